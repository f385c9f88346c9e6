import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Agreement } from '../model/agreement.js';
import { fail, type Problem, type Result } from '../model/problem.js';
import { oldSchemaVersion } from '../model/schema-version.js';
import { parseQuickly } from '../parse/quick.js';
import { validateAgreement } from '../validate/validate.js';
import { readErrorMessage } from './io-error.js';
import { CliError, shownPath, STDIN } from './io.js';
import { EXIT } from './exit-codes.js';
import { readInput, readStdin, type ReadInput } from './read-input.js';

export const AGREEMENT_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** An agreement is a few kB; a file this large is not one. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
/** A .docx made by `generate` carries its agreement data and is accepted as input too. */
export const DOCX_EXTENSION = '.docx';
/** So is a PDF made with --pdf, which carries the same data as an attached file. */
export const PDF_EXTENSION = '.pdf';

/** A file's problems, or the exit code of an I/O failure. */
export interface Loaded {
  path: string;
  result: Result<Agreement>;
  /** 1 for invalid content, 2 for I/O. */
  exitCode: number;
  /** What the reader should know although the file loaded (a .docx whose text was edited in Word). */
  warnings?: Problem[];
}

/**
 * Expands arguments to agreement files: a file stays itself, a folder gives its .yaml/.yml/.json
 * files (not recursive, sorted), «-» stands for standard input. A file named twice (also as part of a folder) is taken once, at
 * its first place. Paths that cannot be read and folders without agreements are usage errors.
 */
export function expandInputs(args: readonly string[], cwd: string): string[] {
  if (args.length === 0) throw new CliError('Oppgi minst én avtalefil (.yaml, .yml eller .json) eller en mappe med avtaler.');
  const all = args.flatMap((arg) => {
    const full = inputPath(cwd, arg);
    if (full === STDIN) return [STDIN];
    let st;
    try {
      st = statSync(full);
    } catch (e) {
      throw new CliError(readErrorMessage(arg, e));
    }
    if (!st.isDirectory()) return [full];
    const found = readdirSync(full)
      .filter((n) => AGREEMENT_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.endsWith('.utkast.json'))
      .sort()
      .map((n) => join(full, n));
    if (found.length === 0) throw new CliError(`Mappen «${arg}» inneholder ingen avtalefiler (.yaml, .yml eller .json).`);
    return found;
  });
  // Otherwise the same file would be made twice and reported as clashing with itself.
  return [...new Set(all)];
}

/** An argument as a path to load: «-» (standard input) as it is, anything else resolved from `cwd`. */
export const inputPath = (cwd: string, arg: string): string => (arg === STDIN ? STDIN : resolve(cwd, arg));

const NORMALLY = 'en avtale er normalt under 100 kB (grensen er 2 MB)';

/**
 * Standard input, read once by the command for its «-» argument (a stream can be read only once;
 * see readStdin), as the bytes loadAgreement then takes.
 */
export const readAgreementStdin = (stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<ReadInput> => readStdin(stdin, MAX_INPUT_BYTES, NORMALLY);

/** For a «-» whose command did not read standard input first (a bug, not the user's doing). */
const NO_STDIN: ReadInput = { exitCode: EXIT.usage, result: fail([{ code: 'no_stdin', severity: 'feil', pointer: '', message: 'Standard inn kan ikke brukes her. Oppgi en fil.' }]) };

/**
 * Reads, parses and validates one agreement file («-»: standard input, YAML or JSON, whose bytes
 * the command has read with readAgreementStdin and passes as `stdin`). Never throws for user errors.
 */
export async function loadAgreement(path: string, stdin?: ReadInput): Promise<Loaded> {
  const bad = (exitCode: number, code: string, message: string): Loaded => ({ path, exitCode, result: fail([{ code, severity: 'feil', pointer: '', message }]) });
  // Unzipping and XML parsing are loaded only for a .docx, so reading YAML/JSON starts fast.
  if (extname(path).toLowerCase() === DOCX_EXTENSION) return (await import('./load-docx.js')).loadDocx(path);
  if (extname(path).toLowerCase() === PDF_EXTENSION) return (await import('./load-pdf.js')).loadPdf(path);
  if (path !== STDIN && !AGREEMENT_EXTENSIONS.includes(extname(path).toLowerCase()))
    return bad(EXIT.usage, 'unsupported_file', 'Filtypen støttes ikke. En avtale skal være en .yaml-, .yml- eller .json-fil.');
  const read = path === STDIN ? (stdin ?? NO_STDIN) : readInput(path, MAX_INPUT_BYTES, NORMALLY);
  if (!read.result.ok) return { path, exitCode: read.exitCode, result: read.result };
  if (path === STDIN) {
    // Standard input has no name to tell a .docx by; its first bytes do (zip's «PK\x03\x04»).
    if (read.result.value.subarray(0, 4).equals(ZIP_SIGNATURE)) return (await import('./load-docx.js')).loadDocx(path, read.result.value);
    if (read.result.value.subarray(0, 5).equals(PDF_SIGNATURE)) return (await import('./load-pdf.js')).loadPdf(path, read.result.value);
    if (read.result.value.length === 0) return bad(EXIT.invalid, 'empty_stdin', EMPTY_STDIN);
  }
  const text = decodeText(read.result.value);
  if (text === undefined)
    return bad(EXIT.invalid, 'not_text', 'Filen ser ikke ut som tekst (YAML eller JSON): den inneholder binære data eller er ikke lagret som UTF-8. Lagre avtalen som UTF-8-tekst.');
  // The quick route for the usual, valid file; the full parser explains everything else.
  const quick = parseQuickly(text);
  if (quick !== undefined) {
    const result = validateAgreement(quick);
    if (result.ok) return { path, exitCode: EXIT.ok, result };
  }
  const { parseAgreementText } = await import('../parse/parse.js');
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return { path, exitCode: EXIT.invalid, result: parsed };
  const result = validateAgreement(parsed.value.data, parsed.value.locate);
  return { path, exitCode: result.ok ? EXIT.ok : EXIT.invalid, result };
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF_SIGNATURE = Buffer.from('%PDF-', 'latin1');
const EMPTY_STDIN =
  'Ingenting kom inn på standard inn (-). Send avtalen inn gjennom et rør eller fra en fil, for eksempel «cat avtale.yaml | npx partnerskap validate -».';

/** UTF-8 text without BOM, or undefined for binary content. */
export function decodeText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** «fil:linje:kolonne  feil  melding  (/peker) [kode]» — one line per problem, as compilers print them. */
export function formatProblems(path: string, problems: readonly Problem[], cwd: string): string {
  const name = shownPath(cwd, path);
  return problems
    .map((p) => {
      const where = p.line ? `${name}:${p.line}:${p.column}` : name;
      const pointer = p.pointer ? ` (${p.pointer})` : '';
      // The migrate hint names the file as the user typed it, quoted for a shell when it needs to be.
      const message = p.code === 'old_schema_version' && path !== STDIN ? oldSchemaVersion(shellWord(name)).message : p.message;
      return `${where}: ${p.severity}: ${message}${pointer} [${p.code}]`;
    })
    .join('\n');
}

/** A path as one shell word: as it is when safe, else in single quotes. */
const shellWord = (s: string): string => (/^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
