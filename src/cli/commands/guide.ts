import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { guideFileName, renderGuide, type ForAgreement, type GuideFormat } from '../../guide/guide.js';
import { Renderer } from '../../render/docx.js';
import { loadGuide, loadTemplates } from '../resources.js';
import { isDirectory, refusal, writeFilesAtomic } from '../fs.js';
import { ioError, writeFailureMessage } from '../io-error.js';
import { CliError, shownPath, STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { formatProblems, inputPath, loadAgreement, readAgreementStdin } from '../load.js';
import { documentDate, generationDate } from '../dates.js';
import { makePdf, pdfPath, requirePdfSetup } from '../pdf.js';
import { publicFileName } from '../generate-job.js';
import { languageOf } from '../../model/schema.js';

export interface GuideOptions {
  /** An agreement file: make the guide for that agreement. */
  for?: string;
  format: GuideFormat;
  out?: string;
  force: boolean;
  /** The date the status page is made as of (default: the agreement's signing date or start). */
  today?: string;
  /** Also a PDF/A beside the .docx, made with LibreOffice (--pdf). */
  pdf?: boolean;
  /** --offentlig (with --for): the public copy, without the agreement's internal fields. */
  offentlig?: boolean;
}

const EXTENSIONS: Record<string, GuideFormat> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.md': 'md' };

/**
 * `partnerskap guide`: the national guide, or with --for the guide made for one agreement, as
 * .docx, HTML or Markdown. Writes one file (never over an existing one without --force) and
 * prints its path; `--out -` prints HTML or Markdown itself to standard output instead.
 */
export async function guideCommand(opts: GuideOptions, io: Io): Promise<number> {
  if (opts.out === STDIN && opts.format === 'docx')
    throw new CliError('Word-dokumentet (.docx) skrives ikke til standard ut («--out -»). Bruk --format md eller --format html, eller oppgi et filnavn med --out.');
  if (opts.offentlig && opts.for === undefined)
    throw new CliError('--offentlig gjelder veilederen for én avtale: bruk den sammen med --for AVTALE. Den nasjonale veilederen har ingen interne opplysninger.');
  if (opts.pdf && opts.format !== 'docx') throw new CliError(`--pdf lager PDF av Word-utgaven; bruk --format docx (standard), ikke ${opts.format}.`);
  // Before any work: without LibreOffice, --pdf writes nothing at all.
  const pdf = opts.pdf ? requirePdfSetup(io.env) : undefined;
  let forAgreement: ForAgreement | undefined;
  if (opts.for !== undefined) {
    const stdin = opts.for === STDIN ? await readAgreementStdin(io.stdin) : undefined;
    const loaded = await loadAgreement(inputPath(io.cwd, opts.for), stdin);
    if (!loaded.result.ok) {
      io.stderr.write(formatProblems(loaded.path, loaded.result.problems, io.cwd) + '\n');
      return loaded.exitCode;
    }
    // E.g. a generated .docx whose text was edited in Word: the guide follows the embedded data.
    if (loaded.warnings?.length) io.stderr.write(formatProblems(loaded.path, loaded.warnings, io.cwd) + '\n');
    forAgreement = { agreement: loaded.result.value, today: documentDate(loaded.result.value, opts.today), ...(opts.offentlig ? { publicCopy: true } : {}) };
  }
  const lang = forAgreement ? languageOf(forAgreement.agreement) : 'nb';
  const standardName = guideFileName(opts.format, forAgreement?.agreement.parties.officeName, lang);
  const name = opts.offentlig ? publicFileName(standardName, lang) : standardName;
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
  if (existsSync(dirname(target)) && !isDirectory(dirname(target)))
    throw new CliError(`«${shownPath(io.cwd, dirname(target))}» er en fil, ikke en mappe. Velg en mappe eller et filnavn med --out.`);
  const output = renderGuide(opts.format, { guide: loadGuide(), renderer: new Renderer(loadTemplates()) }, forAgreement, { generated: generationDate(opts.today) });
  if (opts.out === STDIN) {
    io.stdout.write(output);
    return EXIT.ok;
  }
  // --pdf: both names checked and the PDF made before anything is written; then both are written, or neither.
  const pdfTarget = pdf ? pdfPath(target) : undefined;
  const refused = pdfTarget && !opts.force ? [target, pdfTarget].flatMap((t) => refusal(t, { overwrite: false }) ?? [])[0] : undefined;
  if (refused) throw new CliError(writeFailureMessage(shownPath(io.cwd, refused.path), refused, 'velg et annet navn med --out'));
  const pdfBytes = pdf ? await makePdf(pdf, typeof output === 'string' ? Buffer.from(output) : output, basename(target)) : undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (e) {
    throw ioError('opprette mappen', shownPath(io.cwd, dirname(target)), e);
  }
  const files = [{ path: target, data: output }, ...(pdfTarget && pdfBytes ? [{ path: pdfTarget, data: pdfBytes }] : [])];
  try {
    writeFilesAtomic(files, { overwrite: opts.force });
  } catch (e) {
    const failed = (e as { path?: unknown }).path;
    throw new CliError(writeFailureMessage(shownPath(io.cwd, typeof failed === 'string' ? failed : target), e, 'velg et annet navn med --out'));
  }
  for (const f of files) io.stdout.write(`${shownPath(io.cwd, f.path)}\n`);
  return EXIT.ok;
}
