import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (no TTY). */
export async function runCli(argv: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string | Buffer }): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  // Standard input as a pipe that ends, with `input` or nothing in it (a «-» never waits).
  const stdin = new PassThrough();
  stdin.end(opts.input ?? '');
  const io: Io = { stdout: out, stderr: err, stdin, cwd: opts.cwd, env: opts.env ?? {} };
  const code = await run(argv, io);
  return { code, stdout: Buffer.concat(chunks.out).toString('utf8'), stderr: Buffer.concat(chunks.err).toString('utf8') };
}
