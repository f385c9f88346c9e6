import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { Prompter, Question } from '../../../src/wizard/types.js';

/** Key codes as a terminal sends them. */
export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', backspace: '\x7f', ctrlC: '\x03' } as const;

/**
 * A pretend terminal for the real inquirer prompts: an input stream that claims to be a TTY and
 * an output that collects what would be on screen (escape codes removed).
 */
export class FakeTerminal {
  readonly input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: (_mode: boolean) => undefined });
  readonly output = Object.assign(new PassThrough(), { isTTY: false, columns: 1000, rows: 40 }); // wide: messages are not wrapped
  private text = '';
  private cursor = 0;

  constructor() {
    this.output.on('data', (c: Buffer) => (this.text += stripVTControlCharacters(c.toString('utf8'))));
  }

  /** Everything written so far. */
  get screen(): string {
    return this.text;
  }

  /** Waits until `pattern` appears after the previous match, and returns the text up to it. */
  async waitFor(pattern: string | RegExp, timeoutMs = 5000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.text.slice(this.cursor);
      const m = typeof pattern === 'string' ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), 0: pattern } : null) : pattern.exec(rest);
      if (m) {
        const seen = rest.slice(0, m.index + m[0].length);
        this.cursor += m.index + m[0].length;
        return seen;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`Ventet på ${String(pattern)}, men skjermen viser:\n${rest.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  type(keys: string): void {
    this.input.write(keys);
  }
}

/**
 * Drives a real prompter by typing into its input as each question comes up: `keys` says what
 * to type for a question (Enter by default). The prompts themselves are inquirer's.
 */
export function typing(prompter: Prompter, terminal: FakeTerminal, keys: (q: Question) => string = () => KEY.enter): Prompter & { asked: Question[] } {
  const asked: Question[] = [];
  const wrap =
    <Q extends Question, R>(ask: (q: Q) => Promise<R>) =>
    (q: Q): Promise<R> => {
      asked.push(q);
      const answer = ask(q);
      setImmediate(() => terminal.type(keys(q)));
      return answer;
    };
  return {
    asked,
    askInput: wrap((q) => prompter.askInput(q)),
    askConfirm: wrap((q) => prompter.askConfirm(q)),
    askSelect: wrap((q) => prompter.askSelect(q)) as Prompter['askSelect'],
    askCheckbox: wrap((q) => prompter.askCheckbox(q)) as Prompter['askCheckbox'],
    say: (t) => prompter.say(t),
    section: (t, h) => prompter.section(t, h),
  };
}
