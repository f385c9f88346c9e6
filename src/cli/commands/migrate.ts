import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { migrateData, migrateYamlText } from '../../migrate/migrate.js';
import { problemsAsV1 } from '../../migrate/validate-1.0.js';
import type { Problem } from '../../model/problem.js';
import { CURRENT_VERSION, OLD_VERSION, schemaVersionOf } from '../../model/schema-version.js';
import { parseAgreementText } from '../../parse/parse.js';
import { validateAgreement } from '../../validate/validate.js';
import { EXIT } from '../exit-codes.js';
import { writeFileAtomic } from '../fs.js';
import { ioError, writeFailureMessage } from '../io-error.js';
import { CliError, shownPath, STDIN, type Io } from '../io.js';
import { AGREEMENT_EXTENSIONS, decodeText, expandInputs, formatProblems, MAX_INPUT_BYTES } from '../load.js';
import { readInput } from '../read-input.js';
import { loadSchemaV1 } from '../resources.js';

export interface MigrateOptions {
  out?: string;
  force: boolean;
}

/**
 * `partnerskap migrate <fil…>`: turns 1.0 agreement files into 2.0. Each file is checked as 1.0
 * first and written only when the result is valid 2.0, atomically, through the same writer as
 * every other command; nothing is overwritten without --force. Without --out the new file lies
 * beside the old one as «<navn>-2.0.yaml» (with --force: the file itself is replaced). A file
 * already in 2.0 is reported and left alone. Exit 0 all done, 1 invalid input, 2 I/O.
 */
export async function migrateCommand(args: string[], opts: MigrateOptions, io: Io): Promise<number> {
  if (args.includes(STDIN)) throw new CliError('migrate leser bare filer, ikke standard inn (-). Oppgi avtalefilen.');
  const paths = expandInputs(args, io.cwd);
  const outDir = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
  if (outDir !== undefined) {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw ioError('opprette mappen', shownPath(io.cwd, outDir), e);
    }
  }
  let worst: number = EXIT.ok;
  for (const path of paths) worst = Math.max(worst, migrateFile(path, outDir, opts.force, io));
  return worst;
}

/** Where the 2.0 version of `path` goes. */
export function targetPath(path: string, outDir: string | undefined, force: boolean): string {
  if (outDir !== undefined) return join(outDir, basename(path));
  if (force) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${CURRENT_VERSION}${ext}`);
}

function migrateFile(path: string, outDir: string | undefined, force: boolean, io: Io): number {
  const shown = shownPath(io.cwd, path);
  const problems = (exitCode: number, list: readonly Problem[]): number => {
    io.stderr.write(formatProblems(path, list, io.cwd) + '\n');
    return exitCode;
  };
  const fault = (code: string, message: string): Problem => ({ code, severity: 'feil', pointer: '', message });
  const ext = extname(path).toLowerCase();
  if (!AGREEMENT_EXTENSIONS.includes(ext))
    return problems(EXIT.usage, [fault('unsupported_file', 'Filtypen støttes ikke. migrate gjør om avtalefiler (.yaml, .yml eller .json); et dokument (.docx, .pdf) leses direkte av extract, diff og audit.')]);
  const read = readInput(path, MAX_INPUT_BYTES, 'en avtale er normalt under 100 kB (grensen er 2 MB)');
  if (!read.result.ok) return problems(read.exitCode, read.result.problems);
  const text = decodeText(read.result.value);
  if (text === undefined) return problems(EXIT.invalid, [fault('not_text', 'Filen ser ikke ut som tekst (YAML eller JSON). Lagre avtalen som UTF-8-tekst.')]);
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return problems(EXIT.invalid, parsed.problems);
  const { data, locate } = parsed.value;
  const version = schemaVersionOf(data);
  if (version === CURRENT_VERSION) {
    io.stdout.write(`${shown}: er allerede i format ${CURRENT_VERSION}; ingenting er skrevet.\n`);
    return EXIT.ok;
  }
  if (version !== OLD_VERSION) {
    const raw = data && typeof data === 'object' ? (data as Record<string, unknown>).schemaVersion : undefined;
    // An unquoted 1.0 is the number 1 in YAML: say what was read, and how to write it.
    const what = raw === undefined ? 'ikke oppgitt' : typeof raw === 'string' ? `«${raw}»` : `${JSON.stringify(raw)} (ikke tekst i anførselstegn)`;
    return problems(EXIT.invalid, [
      { ...fault('unknown_schema_version', `«schemaVersion» er ${what}. migrate gjør om filer i format ${OLD_VERSION} (schemaVersion: "${OLD_VERSION}") til ${CURRENT_VERSION}.`), pointer: '/schemaVersion', ...locate('/schemaVersion') },
    ]);
  }
  return writeMigrated({ path, shown, text, data, locate, json: ext === '.json', target: targetPath(path, outDir, force), force, io, problems });
}

interface Job {
  path: string;
  shown: string;
  text: string;
  data: unknown;
  locate: (pointer: string) => { line: number; column: number } | undefined;
  json: boolean;
  target: string;
  force: boolean;
  io: Io;
  problems: (exitCode: number, list: readonly Problem[]) => number;
}

function writeMigrated(job: Job): number {
  const v1Problems = problemsAsV1(job.data, loadSchemaV1()).map((p) => ({ ...p, ...job.locate(p.pointer) }));
  if (v1Problems.length) return job.problems(EXIT.invalid, [...v1Problems, { code: 'not_migrated', severity: 'feil', pointer: '', message: `Filen er ikke gyldig i format ${OLD_VERSION} og er ikke gjort om. Rett feilene over og kjør migrate på nytt.` }]);
  const migrated = job.json ? migrateData(job.data) : undefined;
  const out = job.json ? JSON.stringify(migrated, null, 2) + '\n' : migrateYamlText(job.text);
  // The 2.0 file must be valid 2.0; a 1.0 file breaking a rule 1.0 had too (closing before opening) is caught here.
  const reparsed = parseAgreementText(out);
  const check = reparsed.ok ? validateAgreement(reparsed.value.data) : reparsed;
  if (!check.ok)
    return job.problems(EXIT.invalid, [...check.problems.map((p) => ({ ...p, message: `I format ${CURRENT_VERSION}: ${p.message}` })), { code: 'not_migrated', severity: 'feil', pointer: '', message: `Filen er ikke gjort om. Rett feilene over i ${OLD_VERSION}-filen og kjør migrate på nytt.` }]);
  const shownTarget = shownPath(job.io.cwd, job.target);
  try {
    writeFileAtomic(job.target, out, { overwrite: job.force });
  } catch (e) {
    return job.problems(EXIT.usage, [{ code: 'write_failed', severity: 'feil', pointer: '', message: writeFailureMessage(shownTarget, e, 'velg en annen mappe med --out') }]);
  }
  job.io.stdout.write(job.target === job.path ? `${job.shown}: gjort om til format ${CURRENT_VERSION}\n` : `${job.shown}: gjort om til format ${CURRENT_VERSION} i ${shownTarget}\n`);
  return EXIT.ok;
}
