import { existsSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { guideFileName, renderGuide, type ForAgreement, type GuideFormat } from '../../guide/guide.js';
import { FileExistsError, isDirectory, writeFileAtomic } from '../fs.js';
import { ioError } from '../io-error.js';
import { CliError, EXIT, shownPath, type Io } from '../io.js';
import { formatProblems, inputPath, loadAgreement } from '../load.js';
import { documentDate } from '../dates.js';

export interface GuideOptions {
  /** An agreement file: make the guide for that agreement. */
  for?: string;
  format: GuideFormat;
  out?: string;
  force: boolean;
  /** The date the status page is made as of (default: the agreement's signing date or start). */
  today?: string;
}

const EXTENSIONS: Record<string, GuideFormat> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.md': 'md' };

/**
 * `partnerskap guide`: the national guide, or with --for the guide made for one agreement, as
 * .docx, HTML or Markdown. Writes one file (never over an existing one without --force) and
 * prints its path.
 */
export async function guideCommand(opts: GuideOptions, io: Io): Promise<number> {
  let forAgreement: ForAgreement | undefined;
  if (opts.for !== undefined) {
    const loaded = await loadAgreement(inputPath(io.cwd, opts.for));
    if (!loaded.result.ok) {
      io.stderr.write(formatProblems(loaded.path, loaded.result.problems, io.cwd) + '\n');
      return loaded.exitCode;
    }
    // E.g. a generated .docx whose text was edited in Word: the guide follows the embedded data.
    if (loaded.warnings?.length) io.stderr.write(formatProblems(loaded.path, loaded.warnings, io.cwd) + '\n');
    forAgreement = { agreement: loaded.result.value, today: documentDate(loaded.result.value, opts.today) };
  }
  const name = guideFileName(opts.format, forAgreement?.agreement.parties.officeName);
  let target = join(io.cwd, name);
  if (opts.out !== undefined) {
    target = resolve(io.cwd, opts.out);
    // An existing folder, or one named with a trailing separator («ny mappe/»), gets the default name.
    if (isDirectory(target) || /[\\/]$/.test(opts.out)) target = join(target, name);
    else {
      const implied = EXTENSIONS[extname(target).toLowerCase()];
      if (implied && implied !== opts.format)
        throw new CliError(`«${opts.out}» er et ${implied}-filnavn, men formatet er ${opts.format}. Bruk --format ${implied}, eller gi filen endelsen .${opts.format}.`);
    }
  }
  const shown = shownPath(io.cwd, target);
  if (existsSync(dirname(target)) && !isDirectory(dirname(target)))
    throw new CliError(`«${shownPath(io.cwd, dirname(target))}» er en fil, ikke en mappe. Velg en mappe eller et filnavn med --out.`);
  const output = renderGuide(opts.format, forAgreement);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, output, { overwrite: opts.force });
  } catch (e) {
    if (e instanceof FileExistsError) throw new CliError(`${shown} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg et annet navn med --out.`);
    throw ioError('skrive', shown, e);
  }
  io.stdout.write(`${shown}\n`);
  return EXIT.ok;
}
