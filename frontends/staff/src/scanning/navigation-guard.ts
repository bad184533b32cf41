/**
 * A page with unsaved work (the counter intake form) registers a question here; a scan that would leave the page
 * asks it first. Module state is enough: only one staff page is mounted at a time.
 */
let question: string | null = null;

export function setLeaveQuestion(text: string | null): void {
  question = text;
}

/** True when nothing is unsaved, or the officer agrees to leave. */
export function confirmLeave(): boolean {
  return question === null || window.confirm(question);
}
