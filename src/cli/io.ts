import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The process edges a command may touch, injected so commands run in tests without a process. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

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
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/**
 * A path as the user should see it: relative to the working folder when it lies inside it
 * («ut/avtale.docx»), absolute when it does not (never «../../tmp/…»), «.» for the folder itself.
 */
/** The argument that means «read the agreement from standard input». */
export const STDIN = '-';

export function shownPath(cwd: string, path: string): string {
  if (path === STDIN) return 'standard inn';
  const full = resolve(cwd, path);
  const rel = relative(cwd, full);
  if (rel === '') return '.';
  // Outside: up and out, or (on Windows) another drive, which relative() gives as absolute.
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return full;
  return rel;
}
