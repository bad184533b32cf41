import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  canPerform,
  DossierAction as A,
  DossierStatus as S,
  isAssignable,
  isClockPaused,
  isSettled,
  isTerminal,
  nationalStatusCode,
  NATIONAL_STATUS_LABELS,
  transition,
  type TransitionContext,
} from '../dossier-state';

function run(start: S, steps: [A, TransitionContext?][]): S {
  return steps.reduce((status, [action, ctx]) => {
    const result = transition(status, action, ctx);
    if (!result.ok) throw new Error(`${status} -${action}-> ${result.reason}`);
    return result.status;
  }, start);
}

describe('dossier state machine', () => {
  it('follows the online path from draft to returned result', () => {
    const end = run(S.DRAFT, [[A.SUBMIT], [A.RECEIVE], [A.START_PROCESSING], [A.TRANSFER], [A.RECORD_STEP], [A.APPROVE], [A.RETURN_RESULT]]);
    expect(end).toBe(S.RETURNED);
  });

  it('takes a counter dossier straight to RECEIVED', () => {
    expect(transition(S.DRAFT, A.RECEIVE_AT_COUNTER)).toEqual({ ok: true, status: S.RECEIVED });
  });

  it('keeps a transfer or a recorded step in progress', () => {
    expect(transition(S.IN_PROGRESS, A.TRANSFER)).toEqual({ ok: true, status: S.IN_PROGRESS });
    expect(transition(S.IN_PROGRESS, A.RECORD_STEP)).toEqual({ ok: true, status: S.IN_PROGRESS });
  });

  it('reports where a pause started and resumes there', () => {
    expect(transition(S.SUBMITTED, A.REQUEST_SUPPLEMENT)).toEqual({
      ok: true,
      status: S.SUPPLEMENT_REQUESTED,
      pausedFrom: S.SUBMITTED,
    });
    expect(transition(S.SUPPLEMENT_REQUESTED, A.SUPPLEMENT, { pausedFrom: S.SUBMITTED })).toEqual({
      ok: true,
      status: S.SUBMITTED,
    });
    expect(transition(S.IN_PROGRESS, A.REQUEST_SUPPLEMENT)).toMatchObject({ pausedFrom: S.IN_PROGRESS });
    expect(transition(S.SUPPLEMENT_REQUESTED, A.SUPPLEMENT, { pausedFrom: S.IN_PROGRESS })).toMatchObject({
      status: S.IN_PROGRESS,
    });
  });

  it('returns a paid dossier to RECEIVED or IN_PROGRESS, whichever it paused from', () => {
    expect(transition(S.RECEIVED, A.REQUIRE_FEE)).toEqual({ ok: true, status: S.WAITING_FOR_FEE, pausedFrom: S.RECEIVED });
    expect(transition(S.WAITING_FOR_FEE, A.FEE_PAID, { pausedFrom: S.RECEIVED })).toEqual({ ok: true, status: S.RECEIVED });
    expect(transition(S.WAITING_FOR_FEE, A.FEE_PAID, { pausedFrom: S.IN_PROGRESS })).toEqual({
      ok: true,
      status: S.IN_PROGRESS,
    });
  });

  it('needs a valid pausedFrom to leave a pause', () => {
    expect(transition(S.WAITING_FOR_FEE, A.FEE_PAID)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(transition(S.SUPPLEMENT_REQUESTED, A.SUPPLEMENT, { pausedFrom: S.RECEIVED })).toMatchObject({ ok: false });
    expect(transition(S.WAITING_FOR_FEE, A.SUPPLEMENT, { pausedFrom: S.RECEIVED })).toMatchObject({ ok: false });
  });

  it('rejects invalid transitions with a result, not an exception', () => {
    const result = transition(S.DRAFT, A.APPROVE);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', from: S.DRAFT, action: A.APPROVE });
    expect(transition(S.SUBMITTED, A.START_PROCESSING).ok).toBe(false);
    expect(transition(S.RESULT_READY, A.REJECT).ok).toBe(false);
    expect(transition(S.RECEIVED, A.REQUEST_SUPPLEMENT).ok).toBe(false);
    expect(transition(S.IN_PROGRESS, A.RECEIVE).ok).toBe(false);
  });

  it('allows withdrawal only before processing starts', () => {
    for (const status of [S.DRAFT, S.SUBMITTED, S.RECEIVED]) {
      expect(transition(status, A.WITHDRAW)).toEqual({ ok: true, status: S.WITHDRAWN });
    }
    expect(transition(S.SUPPLEMENT_REQUESTED, A.WITHDRAW, { pausedFrom: S.SUBMITTED }).ok).toBe(true);
    expect(transition(S.WAITING_FOR_FEE, A.WITHDRAW, { pausedFrom: S.RECEIVED }).ok).toBe(true);

    expect(transition(S.IN_PROGRESS, A.WITHDRAW).ok).toBe(false);
    expect(transition(S.SUPPLEMENT_REQUESTED, A.WITHDRAW, { pausedFrom: S.IN_PROGRESS }).ok).toBe(false);
    expect(transition(S.WAITING_FOR_FEE, A.WITHDRAW, { pausedFrom: S.IN_PROGRESS }).ok).toBe(false);
    expect(transition(S.RESULT_READY, A.WITHDRAW).ok).toBe(false);
  });

  it('lets the citizen stop processing only once it has started', () => {
    expect(transition(S.IN_PROGRESS, A.STOP)).toEqual({ ok: true, status: S.STOPPED });
    expect(transition(S.SUPPLEMENT_REQUESTED, A.STOP, { pausedFrom: S.IN_PROGRESS })).toEqual({ ok: true, status: S.STOPPED });
    expect(transition(S.RECEIVED, A.STOP).ok).toBe(false);
    expect(transition(S.WAITING_FOR_FEE, A.STOP, { pausedFrom: S.RECEIVED }).ok).toBe(false);
  });

  it('refuses at the desk before receipt and rejects during processing', () => {
    expect(transition(S.SUBMITTED, A.REFUSE)).toEqual({ ok: true, status: S.REFUSED });
    expect(transition(S.SUPPLEMENT_REQUESTED, A.REFUSE, { pausedFrom: S.SUBMITTED }).ok).toBe(true);
    expect(transition(S.IN_PROGRESS, A.REJECT)).toEqual({ ok: true, status: S.REFUSED });
    expect(transition(S.SUPPLEMENT_REQUESTED, A.REJECT, { pausedFrom: S.IN_PROGRESS }).ok).toBe(true);
    expect(transition(S.RECEIVED, A.REFUSE).ok).toBe(false);
    expect(transition(S.IN_PROGRESS, A.REFUSE).ok).toBe(false);
    expect(transition(S.SUBMITTED, A.REJECT).ok).toBe(false);
  });

  it('has no way out of a terminal state', () => {
    for (const status of [S.REFUSED, S.RETURNED, S.WITHDRAWN, S.STOPPED]) {
      expect(isTerminal(status)).toBe(true);
      expect(allowedActions(status)).toEqual([]);
      const result = transition(status, A.SUBMIT);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain('final');
    }
  });

  it('reaches every state from DRAFT', () => {
    const reached = new Set<S>([S.DRAFT]);
    const visited = new Set<string>(['DRAFT/']);
    const queue: { status: S; pausedFrom?: S }[] = [{ status: S.DRAFT }];
    while (queue.length) {
      const { status, pausedFrom } = queue.shift()!;
      for (const action of allowedActions(status, { pausedFrom })) {
        const result = transition(status, action, { pausedFrom });
        if (!result.ok) throw new Error(`allowedActions offered ${action} in ${status}`);
        reached.add(result.status);
        const node = `${result.status}/${result.pausedFrom ?? ''}`;
        if (visited.has(node)) continue;
        visited.add(node);
        queue.push({ status: result.status, pausedFrom: result.pausedFrom });
      }
    }
    expect([...reached].sort()).toEqual(Object.values(S).sort());
  });

  it('lists every action that transition accepts, and only those', () => {
    for (const status of Object.values(S)) {
      for (const pausedFrom of [undefined, S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS]) {
        if (isClockPaused(status) && !pausedFrom) continue;
        const allowed = allowedActions(status, { pausedFrom });
        for (const action of Object.values(A)) {
          expect(transition(status, action, { pausedFrom }).ok, `${status}/${pausedFrom}/${action}`).toBe(allowed.includes(action));
        }
      }
    }
  });

  it('offers the union of possible actions for a pause of unknown origin', () => {
    expect([...allowedActions(S.SUPPLEMENT_REQUESTED)].sort()).toEqual([A.SUPPLEMENT, A.REFUSE, A.REJECT, A.WITHDRAW, A.STOP].sort());
    expect(allowedActions(S.WAITING_FOR_FEE, { pausedFrom: S.RECEIVED })).toEqual([A.FEE_PAID, A.WITHDRAW]);
  });

  it('pauses the clock only while waiting for the citizen', () => {
    const paused = Object.values(S).filter(isClockPaused);
    expect(paused.sort()).toEqual([S.SUPPLEMENT_REQUESTED, S.WAITING_FOR_FEE]);
  });

  it('counts a dossier settled once its result is ready or it has ended', () => {
    const settled = Object.values(S).filter(isSettled);
    expect(settled.sort()).toEqual([S.REFUSED, S.RESULT_READY, S.RETURNED, S.STOPPED, S.WITHDRAWN].sort());
  });
});

describe('assigning a handler', () => {
  it('is possible from receipt until the result, and during a pause that began in processing', () => {
    expect([S.RECEIVED, S.IN_PROGRESS].every((status) => isAssignable(status))).toBe(true);
    expect(isAssignable(S.SUPPLEMENT_REQUESTED, S.IN_PROGRESS)).toBe(true);
    expect(isAssignable(S.SUPPLEMENT_REQUESTED, S.SUBMITTED)).toBe(false);
    expect([S.DRAFT, S.SUBMITTED, S.RESULT_READY, S.RETURNED, S.REFUSED].some((status) => isAssignable(status))).toBe(false);
  });
});

describe('who may act', () => {
  it('lets each role do its own job only', () => {
    expect(canPerform(['CITIZEN'], A.SUBMIT)).toBe(true);
    expect(canPerform(['VOLUNTEER'], A.SUBMIT)).toBe(true);
    expect(canPerform(['CITIZEN'], A.APPROVE)).toBe(false);
    expect(canPerform(['HANDLER'], A.APPROVE)).toBe(false);
    expect(canPerform(['APPROVER'], A.APPROVE)).toBe(true);
    expect(canPerform(['INTAKE'], A.RECEIVE_AT_COUNTER)).toBe(true);
    expect(canPerform(['VOLUNTEER'], A.WITHDRAW)).toBe(false);
    expect(canPerform(['CITIZEN', 'APPROVER'], A.APPROVE)).toBe(true);
    expect(canPerform([], A.SUBMIT)).toBe(false);
  });

  it('lets the volunteer who submitted receive the online result, as the resolver allows (issue 12)', () => {
    expect(canPerform(['VOLUNTEER'], A.RETURN_RESULT)).toBe(true);
    expect(canPerform(['OFFICIAL'], A.RETURN_RESULT)).toBe(false);
  });

  it('gives officials and admins no dossier actions', () => {
    for (const action of Object.values(A)) {
      expect(canPerform(['OFFICIAL'], action)).toBe(false);
      expect(canPerform(['ADMIN'], action)).toBe(false);
    }
  });

  it('leaves no action without a performer', () => {
    const roles = ['CITIZEN', 'VOLUNTEER', 'INTAKE', 'HANDLER', 'APPROVER'] as const;
    for (const action of Object.values(A)) expect(canPerform([...roles], action), action).toBe(true);
  });
});

describe('national portal status codes', () => {
  it('maps the states to the portal codes', () => {
    expect(nationalStatusCode(S.DRAFT)).toBeNull();
    expect(nationalStatusCode(S.SUBMITTED)).toBe(1);
    expect(nationalStatusCode(S.RECEIVED)).toBe(2);
    expect(nationalStatusCode(S.REFUSED)).toBe(3);
    expect(nationalStatusCode(S.IN_PROGRESS)).toBe(4);
    expect(nationalStatusCode(S.SUPPLEMENT_REQUESTED)).toBe(5);
    expect(nationalStatusCode(S.WAITING_FOR_FEE)).toBe(6);
    expect(nationalStatusCode(S.WITHDRAWN)).toBe(7);
    expect(nationalStatusCode(S.STOPPED)).toBe(8);
    expect(nationalStatusCode(S.RESULT_READY)).toBe(9);
    expect(nationalStatusCode(S.RETURNED)).toBe(10);
  });

  it('reports a refusal during processing as stopped', () => {
    expect(nationalStatusCode(S.REFUSED, { refusedAfterReceipt: true })).toBe(8);
  });

  it('uses every one of the ten codes', () => {
    const used = new Set(Object.values(S).map((status) => nationalStatusCode(status)));
    for (const code of Object.keys(NATIONAL_STATUS_LABELS)) expect(used.has(Number(code) as 1)).toBe(true);
    expect(NATIONAL_STATUS_LABELS[10]).toBe('Đã trả kết quả');
  });
});
