import { isAbsolute, relative, resolve, sep } from 'node:path';
import { EXIT } from './exit-codes.js';
import { outputStream } from './output-stream.js';

/** The process edges a command may touch, injected so commands run in tests without a process. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}


/** A failure that ends a command with a message and an exit code, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

export function processIo(): Io {
  // Standard input only when a command reads it: opening it costs a few ms of every start-up.
  return {
    stdout: outputStream(1),
    stderr: outputStream(2),
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
}

/** The argument that means «read the agreement from standard input» (or, as an output, «write to standard output»). */
export const STDIN = '-';

/**
 * A path as the user should see it: relative to the working folder when it lies inside it
 * («ut/avtale.docx»), absolute when it does not (never «../../tmp/…»), «.» for the folder itself.
 */
export function shownPath(cwd: string, path: string): string {
  if (path === STDIN) return 'standard inn';
  const full = resolve(cwd, path);
  const rel = relative(cwd, full);
  if (rel === '') return '.';
  // Outside: up and out, or (on Windows) another drive, which relative() gives as absolute.
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return full;
  return rel;
}

/** What went wrong with the terminal streams: the exit code that then replaces the command's. */
export interface OutputGuard {
  /** Waits until everything written has reached the streams, then gives `code` or the failure's code. */
  settle(code: number): Promise<number>;
}

const errnoCode = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

/**
 * The one place where writing to stdout or stderr can fail. A closed pipe (EPIPE: `… | head -1`)
 * ends quietly with 141; any other failure (ENOSPC on `> /dev/full`, EIO) is said on stderr and
 * ends with 74, so a report nobody received is never taken for a result (`diff` exit 1,
 * `audit` exit 0). Without this Node would print «Unhandled 'error' event» and a stack trace.
 */
export function guardOutput(io: Io): OutputGuard {
  let failure: number | undefined;
  const fail = (code: number) => (failure ??= code);
  io.stdout.on('error', (e: unknown) => {
    if (errnoCode(e) === 'EPIPE') return void fail(EXIT.closedPipe);
    if (failure === undefined) io.stderr.write(`partnerskap: Kan ikke skrive til standard ut: ${outputReason(e)}.\n`);
    fail(EXIT.output);
  });
  // Nothing can be said about stderr failing; its exit code is all that is left.
  io.stderr.on('error', (e: unknown) => void fail(errnoCode(e) === 'EPIPE' ? EXIT.closedPipe : EXIT.output));
  const drained = (s: NodeJS.WritableStream) =>
    new Promise<void>((done) => {
      if ((s as { destroyed?: boolean }).destroyed || (s as { writable?: boolean }).writable === false) return done();
      s.write('', () => done());
    });
  return {
    async settle(code) {
      await drained(io.stdout);
      await drained(io.stderr);
      return failure ?? code;
    },
  };
}

function outputReason(e: unknown): string {
  switch (errnoCode(e)) {
    case 'ENOSPC':
      return 'disken er full. Frigjør plass, eller send utdataene et annet sted';
    case 'EFBIG':
      return 'filen er blitt for stor (grensen for filstørrelse er nådd)';
    case 'EIO':
      return 'skrivefeil fra disken eller enheten';
    default:
      return `uventet feil (${errnoCode(e) ?? (e instanceof Error ? e.message : String(e))})`;
  }
}
