import { calloutSpeech, type Callout } from './callout';

/**
 * The hall's voice: a short chime (two WebAudio oscillator notes, no sound file), then the call spoken by the Web
 * Speech API in Vietnamese. Calls queue up and are said one after another. Browsers allow sound only after a user
 * gesture, so `enable()` must run inside a click ("Bật âm thanh").
 */
export class Announcer {
  private context: AudioContext | null = null;
  private readonly queue: Callout[] = [];
  private busy = false;

  get enabled(): boolean {
    return this.context !== null;
  }

  /** True when the browser has a Vietnamese voice; without one it still tries (the text is lang="vi-VN"). */
  static hasVietnameseVoice(): boolean {
    return typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith('vi'));
  }

  static speechSupported(): boolean {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
  }

  /** Call from a click: unlocks audio and speech for the rest of the visit. */
  async enable(confirmation: string): Promise<void> {
    const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (AudioContextClass && !this.context) this.context = new AudioContextClass();
    await this.context?.resume();
    this.chime();
    // Speaking once inside the gesture is what unlocks speech in Chrome and Safari.
    this.speak(confirmation);
  }

  disable(): void {
    this.queue.length = 0;
    if (Announcer.speechSupported()) speechSynthesis.cancel();
    void this.context?.close();
    this.context = null;
    this.busy = false;
  }

  announce(callout: Callout): void {
    if (!this.enabled) return;
    this.queue.push(callout);
    if (!this.busy) void this.next();
  }

  private async next(): Promise<void> {
    const callout = this.queue.shift();
    if (!callout || !this.enabled) {
      this.busy = false;
      return;
    }
    this.busy = true;
    this.chime();
    await wait(900);
    await this.speak(calloutSpeech(callout));
    await wait(600);
    await this.next();
  }

  /** Two soft notes, ding-dong (E5 then C5), each with a quick attack and a gentle fade so it never clicks. */
  private chime(): void {
    const context = this.context;
    if (!context) return;
    const notes: [number, number][] = [
      [659.25, 0],
      [523.25, 0.32],
    ];
    for (const [frequency, offset] of notes) {
      const start = context.currentTime + offset;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.35, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.55);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.6);
    }
  }

  private speak(text: string): Promise<void> {
    if (!Announcer.speechSupported()) return Promise.resolve();
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'vi-VN';
      utterance.rate = 0.9;
      const voice = speechSynthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith('vi'));
      if (voice) utterance.voice = voice;
      // Some engines never fire `end` (no voice installed, tab in the background): do not stall the queue.
      const fallback = window.setTimeout(resolve, 2000 + text.length * 90);
      const done = () => {
        window.clearTimeout(fallback);
        resolve();
      };
      utterance.onend = done;
      utterance.onerror = done;
      speechSynthesis.speak(utterance);
    });
  }
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}
