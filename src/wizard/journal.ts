import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, Prompter, Question, RawAnswer, SelectQuestion } from './types.js';

/** One answer as given, in the order given. */
export interface RecordedAnswer {
  key: string;
  value: RawAnswer;
}

/**
 * Wraps the real prompter: records every answer, tells `onAsk` before each question is put to
 * the user (the moment to save the draft), and on resume first replays the answers of the
 * interrupted run. Replaying instead of restoring a position means the same questions come in
 * the same order with the same conditions, so a resumed run ends where an uninterrupted one
 * would. Replay stops at the first answer that no longer fits (the schema changed meanwhile).
 */
export class Journal implements Prompter {
  readonly answers: RecordedAnswer[] = [];
  private queue: RecordedAnswer[];
  private heading?: [string, string | undefined];
  private resumed: boolean;
  private readonly announce: boolean;
  /** What was printed between the last replayed answer and the first live question. */
  private pending: string[] = [];

  /**
   * `announce: false` replays without saying «Du fortsetter der du slapp» — for a replay the user
   * asked for (the page's «Tilbake»), not one after an interruption.
   */
  constructor(
    private readonly inner: Prompter,
    replay: readonly RecordedAnswer[],
    private readonly onAsk: (q: Question, answers: readonly RecordedAnswer[]) => void,
    { announce = true }: { announce?: boolean } = {},
  ) {
    this.queue = [...replay];
    this.resumed = replay.length > 0;
    this.announce = announce;
  }

  /** Whether answers from the interrupted run are still being replayed. */
  get replaying(): boolean {
    return this.queue.length > 0;
  }

  private take(q: Question, fits: (v: RawAnswer) => boolean): RawAnswer | undefined {
    const next = this.queue[0];
    if (next && next.key === q.key && fits(next.value)) {
      this.queue.shift();
      this.answers.push(next);
      return next.value;
    }
    this.queue = [];
    return undefined;
  }

  private async live<T extends RawAnswer>(q: Question, ask: () => Promise<T>): Promise<T> {
    if (this.resumed) {
      this.resumed = false;
      if (this.heading) this.inner.section(...this.heading);
      if (this.announce) this.inner.say('Du fortsetter der du slapp. Svarene du hadde gitt, er tatt vare på.');
      for (const text of this.pending) this.inner.say(text);
      this.pending = [];
    }
    this.onAsk(q, this.answers);
    const value = await ask();
    this.answers.push({ key: q.key, value });
    return value;
  }

  async askInput(q: InputQuestion): Promise<string> {
    const v = this.take(q, (x) => typeof x === 'string');
    return v !== undefined ? (v as string) : this.live(q, () => this.inner.askInput(q));
  }

  async askConfirm(q: ConfirmQuestion): Promise<boolean> {
    const v = this.take(q, (x) => typeof x === 'boolean');
    return v !== undefined ? (v as boolean) : this.live(q, () => this.inner.askConfirm(q));
  }

  async askSelect<T extends string>(q: SelectQuestion<T>): Promise<T> {
    const v = this.take(q, (x) => q.choices.some((c) => c.value === x));
    return v !== undefined ? (v as T) : this.live(q, () => this.inner.askSelect(q));
  }

  async askCheckbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    const v = this.take(q, (x) => Array.isArray(x) && x.every((y) => q.choices.some((c) => c.value === y)));
    return v !== undefined ? (v as T[]) : this.live(q, () => this.inner.askCheckbox(q));
  }

  say(text: string): void {
    if (this.replaying) return;
    if (this.resumed) this.pending.push(text);
    else this.inner.say(text);
  }

  section(title: string, help?: string): void {
    if (this.replaying || this.resumed) {
      this.heading = [title, help];
      this.pending = [];
    } else this.inner.section(title, help);
  }
}
