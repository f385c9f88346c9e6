import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { wizardCommand, type WizardOptions } from '../../../src/cli/commands/wizard.js';
import type { Io } from '../../../src/cli/io.js';
import type { Prompter } from '../../../src/wizard/types.js';

export interface WizardRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Streams for a command; stdin claims to be a terminal unless told otherwise. */
export function fakeIo(cwd: string, opts: { tty?: boolean; stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream } = {}): { io: Io; stdout: () => string; stderr: () => string } {
  const out = (opts.stdout as PassThrough | undefined) ?? new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(Buffer.from(c)));
  err.on('data', (c: Buffer) => chunks.err.push(Buffer.from(c)));
  const stdin = Object.assign(opts.stdin ?? new PassThrough(), { isTTY: opts.tty ?? true });
  return {
    io: { stdin, stdout: out, stderr: err, cwd, env: {} },
    stdout: () => Buffer.concat(chunks.out).toString('utf8'),
    stderr: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}

/** Runs `partnerskap wizard` in-process with the given prompter in place of the terminal. */
export async function runWizard(opts: WizardOptions, prompter: Prompter, cwd: string): Promise<WizardRun> {
  const f = fakeIo(cwd);
  const code = await wizardCommand(opts, f.io, { prompter, now: () => new Date('2025-12-01T10:00:00Z') });
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

export const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
