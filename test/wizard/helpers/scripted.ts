import { Interrupted, type CheckboxQuestion, type ConfirmQuestion, type InputQuestion, type Prompter, type Question, type RawAnswer, type SelectQuestion } from '../../../src/wizard/types.js';

/** Press Enter: take the default the question offers. */
export const ENTER = Symbol('Enter');

/**
 * One scripted answer: the question key it must be asked at, and what the user answers. With
 * `rejected`, the typed text must be refused by the field's check (and the message is recorded).
 */
export type Step = [key: string, answer: RawAnswer | typeof ENTER] | [key: string, answer: string, rejected: 'avvist'];

export interface ScriptOptions {
  /** After the script, answer every further question with its default (Enter)… */
  thenEnter?: boolean;
  /** …except these, answered by key every time they are asked. */
  byKey?: Record<string, RawAnswer>;
  /** Throw Interrupted (as Ctrl+C does) instead of asking question number n (0-based). */
  interruptAt?: number;
  /** Before the script: answer every question with its default (Enter) until the one with this key. */
  enterUntil?: string;
}

/**
 * A prompter that answers from a script and fails on any question the script does not expect,
 * with the key and label of the surprise. Input answers go through the question's own check,
 * so an answer the wizard would refuse fails the test unless it is marked as refused.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: Question[] = [];
  readonly said: string[] = [];
  readonly sections: string[] = [];
  /** Messages the field checks gave for answers marked `avvist`. */
  readonly refusals: { key: string; typed: string; message: string }[] = [];
  private readonly steps: Step[];

  constructor(
    steps: readonly Step[],
    private opts: ScriptOptions = {},
  ) {
    this.steps = [...steps];
  }

  /** Script steps not yet used. */
  get left(): readonly Step[] {
    return this.steps;
  }

  private next(q: Question): Step | undefined {
    if (this.opts.interruptAt !== undefined && this.asked.length === this.opts.interruptAt) throw new Interrupted();
    this.asked.push(q);
    if (this.opts.enterUntil !== undefined) {
      if (q.key !== this.opts.enterUntil) return undefined;
      this.opts = { ...this.opts, enterUntil: undefined };
    }
    const step = this.steps[0];
    if (!step) {
      const answer = this.opts.byKey?.[q.key];
      if (answer !== undefined) return [q.key, answer];
      if (this.opts.thenEnter) return undefined;
      throw new Error(`Uventet spørsmål ${q.key} («${q.message}»): skriptet er slutt.`);
    }
    if (step[0] !== q.key) throw new Error(`Uventet spørsmål ${q.key} («${q.message}»); skriptet venter ${step[0]}.`);
    this.steps.shift();
    return step;
  }

  async askInput(q: InputQuestion): Promise<string> {
    for (;;) {
      const step = this.next(q);
      const typed = step === undefined || step[1] === ENTER ? (q.default ?? '') : step[1];
      if (typeof typed !== 'string') throw new Error(`${q.key}: skriptet svarer ${String(typed)}, men spørsmålet vil ha tekst.`);
      const verdict = q.validate(typed);
      if (step?.[2] === 'avvist') {
        if (verdict === true) throw new Error(`${q.key}: «${typed}» skulle vært avvist, men ble godtatt.`);
        this.refusals.push({ key: q.key, typed, message: verdict });
        this.asked.pop(); // the same question is asked again
        continue;
      }
      if (verdict !== true) throw new Error(`${q.key}: «${typed}» ble avvist: ${verdict}`);
      return typed;
    }
  }

  async askConfirm(q: ConfirmQuestion): Promise<boolean> {
    const step = this.next(q);
    const answer = step === undefined || step[1] === ENTER ? q.default : step[1];
    if (typeof answer !== 'boolean') throw new Error(`${q.key}: skriptet svarer ${String(answer)}, men spørsmålet er ja/nei.`);
    return answer;
  }

  async askSelect<T extends string>(q: SelectQuestion<T>): Promise<T> {
    const step = this.next(q);
    const answer = step === undefined || step[1] === ENTER ? (q.default ?? q.choices[0]?.value) : step[1];
    const choice = q.choices.find((c) => c.value === answer);
    if (!choice) throw new Error(`${q.key}: «${String(answer)}» er ikke et av valgene (${q.choices.map((c) => c.value).join(', ')}).`);
    return choice.value;
  }

  async askCheckbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    const step = this.next(q);
    const answer = step === undefined || step[1] === ENTER ? q.default : step[1];
    if (!Array.isArray(answer)) throw new Error(`${q.key}: skriptet svarer ${String(answer)}, men spørsmålet er en avkrysningsliste.`);
    const verdict = q.validate(answer as T[]);
    if (verdict !== true) throw new Error(`${q.key}: ${verdict}`);
    return answer as T[];
  }

  say(text: string): void {
    this.said.push(text);
  }

  section(title: string): void {
    this.sections.push(title);
  }
}
