/**
 * The one module that talks to @inquirer/prompts. The streams are injected (the command passes
 * its Io), so the real prompts also run against a fake terminal in tests. All text Norwegian.
 */
import { checkbox, input, select } from '@inquirer/prompts';
import { Writable } from 'node:stream';
import { styleText } from 'node:util';
import { Interrupted, type CheckboxQuestion, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from './types.js';
import { parseYesNo } from './values.js';
import { wrap } from '../text/wrap.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Colours and dim help text; off for NO_COLOR or when output is not a terminal. */
  color: boolean;
}

const ACTIONS: Record<string, string> = { navigate: 'flytt', select: 'velg', submit: 'ferdig', all: 'alle', invert: 'snu valget' };
const KEYS: Record<string, string> = { space: 'mellomrom' };

/** Inquirer's key help line in Norwegian: «↑↓ flytt • ⏎ velg». */
const keysHelpTip = (keys: [string, string][]): string => keys.map(([key, action]) => `${KEYS[key] ?? key} ${ACTIONS[action] ?? action}`).join(' • ');

/**
 * Inquirer pipes each prompt into the output and ends the pipe when the prompt is done, which
 * would close any output but process.stdout. Each prompt gets a pass-through that forwards the
 * writes and the terminal size but keeps the real output open.
 */
function keptOpen(output: NodeJS.WritableStream): NodeJS.WritableStream {
  const forward = new Writable({
    write(chunk, _encoding, done) {
      output.write(chunk);
      done();
    },
  });
  const tty = output as { columns?: number; rows?: number; isTTY?: boolean };
  Object.defineProperties(forward, {
    columns: { get: () => tty.columns },
    rows: { get: () => tty.rows },
    isTTY: { get: () => tty.isTTY },
  });
  return forward;
}

/** Inquirer's errors for a stopped prompt become one error of ours. */
function stopped(e: unknown): unknown {
  const name = (e as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' ? new Interrupted() : e;
}

/**
 * Yes/no as a text prompt so that Norwegian «j»/«ja»/«n»/«nei» work (inquirer's confirm only
 * knows y/n and shows «Y/n»). Exported so tests can render it alone with @inquirer/testing.
 */
export function confirmConfig(q: ConfirmQuestion, dim: (s: string) => string = (s) => s): Parameters<typeof input>[0] {
  return {
    message: q.message,
    default: q.default ? 'ja' : 'nei',
    validate: (raw) => parseYesNo(raw) !== undefined || 'Svar ja eller nei (j eller n).',
    transformer: (raw, { isFinal }) => (isFinal ? (parseYesNo(raw) ? 'Ja' : 'Nei') : raw),
    theme: { style: { defaultAnswer: (text: string) => dim(text === 'ja' ? '(J/n)' : '(j/N)') } },
  };
}

/** A prompter that asks on a terminal with @inquirer/prompts. */
export function inquirerPrompter(terminal: Terminal): Prompter {
  const { input: stdin, output } = terminal;
  const dim = (s: string) => (terminal.color ? styleText('dim', s) : s);
  const bold = (s: string) => (terminal.color ? styleText('bold', s) : s);
  const theme = { style: { keysHelpTip } };
  /** Long help texts wrapped between words at the terminal's width, keeping each line's indent. */
  const columns = (output as { columns?: number }).columns;
  const fit = (text: string): string => {
    if (!columns) return text;
    return text
      .split('\n')
      .flatMap((line) => {
        const indent = /^\s*/.exec(line)![0];
        return wrap(line, columns - 1, indent, indent);
      })
      .join('\n');
  };

  /**
   * Runs one prompt. Ctrl+C ends it through inquirer; Ctrl+D or the end of input would leave it
   * waiting for ever, so those abort it.
   */
  async function run<T>(help: string | undefined, prompt: (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }) => Promise<T>): Promise<T> {
    if (help) output.write(dim(fit(`  ${help}`)) + '\n');
    const controller = new AbortController();
    const onKey = (_s: unknown, key?: { ctrl?: boolean; name?: string }) => {
      if (key?.ctrl && key.name === 'd') controller.abort();
    };
    const onEnd = () => controller.abort();
    stdin.on('keypress', onKey);
    stdin.once('end', onEnd);
    try {
      return await prompt({ input: stdin, output: keptOpen(output), signal: controller.signal });
    } catch (e) {
      throw stopped(e);
    } finally {
      stdin.removeListener('keypress', onKey);
      stdin.removeListener('end', onEnd);
    }
  }

  return {
    askInput: (q: InputQuestion) => run(q.help, (context) => input({ message: q.message, default: q.default, validate: q.validate, theme: { validationFailureMode: 'keep' } }, context)),
    askConfirm: async (q: ConfirmQuestion) => parseYesNo(await run(q.help, (context) => input(confirmConfig(q, dim), context))) === true,
    askSelect: <T extends string>(q: SelectQuestion<T>) =>
      run(q.help, (context) =>
        select<T>({ message: q.message, choices: q.choices, default: q.default, pageSize: Math.min(q.choices.length, 12), loop: false, theme }, context),
      ),
    askCheckbox: <T extends string>(q: CheckboxQuestion<T>) =>
      run(q.help, (context) =>
        checkbox<T>(
          {
            message: q.message,
            choices: q.choices.map((c) => ({ ...c, checked: q.default.includes(c.value) })),
            pageSize: Math.min(q.choices.length, 12),
            loop: false,
            validate: (chosen) => q.validate(chosen.map((c) => c.value)),
            theme,
          },
          context,
        ),
      ),
    say: (text: string) => output.write(fit(text) + '\n'),
    section: (title: string, help?: string) => output.write(`\n${bold(`── ${title} ──`)}\n${help ? dim(fit(help)) + '\n' : ''}`),
  };
}
