import { readFileSync, statSync } from 'node:fs';
import { fail, ok, type Result } from '../model/problem.js';
import { readErrorMessage } from './io-error.js';
import { EXIT } from './exit-codes.js';

/** The bytes of an input file, or the problem that stopped reading it with its exit code. */
export interface ReadInput {
  result: Result<Buffer>;
  /** 0 when read, 1 for a file far too large to be input, 2 for I/O (missing, a folder, no access). */
  exitCode: number;
}

const bad = (exitCode: number, code: string, message: string): ReadInput => ({ exitCode, result: fail([{ code, severity: 'feil', pointer: '', message }]) });
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
const tooLarge = (bytes: number, normally: string) => bad(EXIT.invalid, 'too_large', `Filen er ${megabytes(bytes)} MB; ${normally}. Er dette riktig fil?`);

/**
 * Reads one input file whole, refusing a folder and a file above `maxBytes` before reading it
 * (a wrong file picked by mistake must not be loaded into memory). `normally` completes the
 * too-large message: «Filen er 5,0 MB; `normally`. Er dette riktig fil?». Never throws.
 */
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

/** Said when «-» is given but standard input is the terminal: reading would wait for typing. */
export const STDIN_IS_TERMINAL =
  'Standard inn er terminalen, ikke en fil. Send avtalen inn gjennom et rør eller fra en fil, for eksempel «cat avtale.yaml | npx partnerskap validate -» eller «npx partnerskap validate - < avtale.yaml».';

/**
 * Standard input (for «-») read as a stream, however its writer delivers it (slowly, in many
 * pieces, as binary), with `maxBytes` enforced while reading: once exceeded, reading stops and
 * the stream is closed, so `- < /dev/zero` ends at once with bounded memory. A stream can be read
 * only once, so a command reads it once for all its «-» arguments. Never rejects.
 */
export function readStdin(stdin: NodeJS.ReadableStream & { isTTY?: boolean }, maxBytes: number, normally: string): Promise<ReadInput> {
  if (stdin.isTTY) return Promise.resolve(bad(EXIT.usage, 'stdin_is_terminal', STDIN_IS_TERMINAL));
  // Read before (a second «-»): its 'end' has been and will not come again, so waiting would hang.
  if ((stdin as { readableEnded?: boolean }).readableEnded) return Promise.resolve(bad(EXIT.usage, 'stdin_read', 'Standard inn er allerede lest; den kan leses bare én gang.'));
  return new Promise((settle) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (r: ReadInput) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      // A late error after we are done (the writer dies) must not become an unhandled 'error' event.
      stdin.on('error', () => undefined);
      settle(r);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.length;
      if (size <= maxBytes) return void chunks.push(bytes);
      chunks.length = 0;
      finish(bad(EXIT.invalid, 'too_large', `Standard inn er over ${megabytes(maxBytes)} MB; ${normally}. Er dette riktig fil?`));
      // Stop the writer (a closed pipe) instead of reading on to the end of, say, /dev/zero.
      (stdin as Partial<NodeJS.ReadStream>).destroy?.();
    };
    const onEnd = () => finish({ exitCode: EXIT.ok, result: ok(Buffer.concat(chunks)) });
    const onError = (e: unknown) => finish(bad(EXIT.usage, 'read_failed', readErrorMessage('standard inn', e)));
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    stdin.once('error', onError);
    stdin.resume();
  });
}

/**
 * A ReadInput that crossed to a worker thread (structured cloning makes a Buffer a plain
 * Uint8Array) as a Buffer again, as the loaders expect.
 */
export function revived(read: ReadInput): ReadInput {
  if (!read.result.ok || Buffer.isBuffer(read.result.value)) return read;
  const bytes = read.result.value as Uint8Array;
  return { exitCode: read.exitCode, result: ok(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
}
