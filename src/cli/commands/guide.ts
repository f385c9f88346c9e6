import { mkdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { guideFileName, renderGuide, type ForAgreement, type GuideFormat } from '../../guide/guide.js';
import { FileExistsError, writeFileAtomic } from '../fs.js';
import { CliError, EXIT, type Io } from '../io.js';
import { formatProblems, loadAgreement } from '../load.js';

export interface GuideOptions {
  /** An agreement file: make the guide for that agreement. */
  for?: string;
  format: GuideFormat;
  out?: string;
  force: boolean;
}

const EXTENSIONS: Record<string, GuideFormat> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.md': 'md' };

/**
 * The date the status page is made as of: PARTNERSKAP_TODAY (ÅÅÅÅ-MM-DD) when set, so a run can
 * be repeated byte for byte, otherwise today's date on this machine.
 */
export function today(io: Io): string {
  const fixed = io.env.PARTNERSKAP_TODAY;
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) throw new CliError(`PARTNERSKAP_TODAY er «${fixed}», som ikke er en dato. Bruk formen ÅÅÅÅ-MM-DD, eller fjern variabelen.`);
    return fixed;
  }
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `partnerskap guide`: the national guide, or with --for the guide made for one agreement, as
 * .docx, HTML or Markdown. Writes one file (never over an existing one without --force) and
 * prints its path.
 */
export async function guideCommand(opts: GuideOptions, io: Io): Promise<number> {
  let forAgreement: ForAgreement | undefined;
  if (opts.for !== undefined) {
    const loaded = loadAgreement(resolve(io.cwd, opts.for));
    if (!loaded.result.ok) {
      io.stderr.write(formatProblems(loaded.path, loaded.result.problems, io.cwd) + '\n');
      return loaded.exitCode;
    }
    forAgreement = { agreement: loaded.result.value, today: today(io) };
  }
  const name = guideFileName(opts.format, forAgreement?.agreement.parties.officeName);
  let target = join(io.cwd, name);
  if (opts.out !== undefined) {
    target = resolve(io.cwd, opts.out);
    if (isDirectory(target)) target = join(target, name);
    else {
      const implied = EXTENSIONS[extname(target).toLowerCase()];
      if (implied && implied !== opts.format)
        throw new CliError(`«${opts.out}» er et ${implied}-filnavn, men formatet er ${opts.format}. Bruk --format ${implied}, eller gi filen endelsen .${opts.format}.`);
    }
  }
  const shown = relative(io.cwd, target) || target;
  const output = renderGuide(opts.format, forAgreement);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, output, { overwrite: opts.force });
  } catch (e) {
    if (e instanceof FileExistsError) throw new CliError(`${shown} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg et annet navn med --out.`);
    throw new CliError(`Kan ikke skrive «${shown}» (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  io.stdout.write(`${shown}\n`);
  return EXIT.ok;
}
