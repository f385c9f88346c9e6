import { readFileSync, statSync } from 'node:fs';
import { fail, ok, type Result } from '../model/problem.js';
import { readErrorMessage } from './io-error.js';
import { EXIT } from './io.js';

/** The bytes of an input file, or the problem that stopped reading it with its exit code. */
export interface ReadInput {
  result: Result<Buffer>;
  /** 0 when read, 1 for a file far too large to be input, 2 for I/O (missing, a folder, no access). */
  exitCode: number;
}

/**
 * Reads one input file whole, refusing a folder and a file above `maxBytes` before reading it
 * (a wrong file picked by mistake must not be loaded into memory). `normally` completes the
 * too-large message: «Filen er 5,0 MB; `normally`. Er dette riktig fil?». Never throws.
 */
const bad = (exitCode: number, code: string, message: string): ReadInput => ({ exitCode, result: fail([{ code, severity: 'feil', pointer: '', message }]) });
const tooLarge = (bytes: number, normally: string) => bad(EXIT.invalid, 'too_large', `Filen er ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB; ${normally}. Er dette riktig fil?`);

export function readInput(path: string, maxBytes: number, normally: string): ReadInput {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return bad(EXIT.usage, 'is_directory', 'Dette er en mappe, ikke en fil.');
    if (st.size > maxBytes) return tooLarge(st.size, normally);
    return { exitCode: EXIT.ok, result: ok(readFileSync(path)) };
  } catch (e) {
    return bad(EXIT.usage, 'read_failed', readErrorMessage(undefined, e));
  }
}

/** Standard input read whole (for «-»), with the same size limit as a file. */
export function readStdin(maxBytes: number, normally: string): ReadInput {
  try {
    const bytes = readFileSync(0);
    return bytes.length > maxBytes ? tooLarge(bytes.length, normally) : { exitCode: EXIT.ok, result: ok(bytes) };
  } catch (e) {
    return bad(EXIT.usage, 'read_failed', readErrorMessage('standard inn', e));
  }
}
