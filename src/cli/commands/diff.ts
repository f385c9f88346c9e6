import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { agreementDate, derive } from '../../derive/derive.js';
import { diffAgreements } from '../../diff/compare.js';
import { redline } from '../../diff/redline/redline.js';
import { differentOffices } from '../../diff/group.js';
import { formatDiff, type DiffFormat } from '../../diff/report.js';
import type { Agreement } from '../../model/agreement.js';
import { publicCopy } from '../../model/public-copy.js';
import { languageOf } from '../../model/schema.js';
import { renderAgreement } from '../../render/agreement.js';
import { Renderer } from '../../render/docx.js';
import { isDirectory, refusal, writeFilesAtomic } from '../fs.js';
import { ioError, writeFailureMessage } from '../io-error.js';
import { CliError, shownPath, STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { formatProblems, inputPath, loadAgreement, readAgreementStdin } from '../load.js';
import { loadTemplates } from '../resources.js';
import { makePdf, pdfPath, requirePdfSetup, type PdfSetup } from '../pdf.js';
import { generationDate, todayOption } from '../dates.js';

export interface DiffOptions {
  format: DiffFormat;
  redline?: string;
  force: boolean;
  /** Also the redline as PDF/A beside it, made with LibreOffice (--pdf). */
  pdf?: boolean;
  /** The redline's generation date, ÅÅÅÅ-MM-DD (--today): its changes and properties are dated by it. Default: today. */
  today?: string;
  /** --offentlig: compare the public copies (no internal fields in the report or the redline). */
  offentlig?: boolean;
}


/**
 * `partnerskap diff <gammel> <ny>`: what changed between two versions of an agreement, in the
 * agreement's terms, and optionally the new version as a Word document with tracked changes.
 * Either side may be a .yaml/.yml/.json file or a .docx made by `generate`. Exit 0 no
 * differences, 1 differences (EXIT.different), 2 trouble (EXIT.usage) — including an invalid side (its validation messages are
 * printed) and a .docx without data or with data edited after it was made.
 */
export async function diffCommand(oldFile: string, newFile: string, opts: DiffOptions, io: Io): Promise<number> {
  if (oldFile === STDIN && newFile === STDIN)
    throw new CliError('Bare én av versjonene kan leses fra standard inn («-»): den kan leses bare én gang. Oppgi den andre som fil.', EXIT.usage);
  if (opts.redline === STDIN)
    throw new CliError('Redline-dokumentet (.docx) skrives ikke til standard ut («--redline -»). Oppgi et filnavn som slutter på .docx.', EXIT.usage);
  if (opts.pdf && opts.redline === undefined) throw new CliError('--pdf lager PDF av redline-dokumentet; bruk det sammen med --redline UT.docx.', EXIT.usage);
  if (opts.today !== undefined && opts.redline === undefined) throw new CliError('--today er datoen redline-dokumentet lages; bruk det sammen med --redline UT.docx.', EXIT.usage);
  todayOption(opts.today);
  // Before any work: without LibreOffice, --pdf writes nothing at all.
  const pdf = opts.pdf ? requirePdfSetup(io.env) : undefined;
  const stdin = oldFile === STDIN || newFile === STDIN ? await readAgreementStdin(io.stdin) : undefined;
  const sides = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadAgreement(inputPath(io.cwd, file), stdin);
    for (const w of loaded.warnings ?? []) io.stderr.write(formatProblems(loaded.path, [w], io.cwd) + '\n');
    sides.push(loaded);
  }
  let failed = false;
  for (const side of sides) {
    if (side.result.ok) continue;
    io.stderr.write(formatProblems(side.path, side.result.problems, io.cwd) + '\n');
    failed = true;
  }
  if (failed) return EXIT.usage;
  // --offentlig: both sides as public copies, so no internal field shows in the report or the redline.
  const [oldA, newA] = sides.map((s) => (s.result as { value: Agreement }).value).map((a) => (opts.offentlig ? publicCopy(a) : a)) as [Agreement, Agreement];
  // Most likely the wrong file; the comparison still runs, so say it before anything else.
  const offices = differentOffices(oldA.parties.officeName, newA.parties.officeName, languageOf(newA));
  if (offices) io.stderr.write(formatProblems(sides[1]!.path, [offices], io.cwd) + '\n');

  if (opts.redline !== undefined) {
    const code = await writeRedline(oldA, newA, opts, io, pdf);
    if (code !== EXIT.ok) return EXIT.usage;
  }

  const diff = diffAgreements(oldA, newA);
  const name = (p: string) => shownPath(io.cwd, p);
  const color = opts.format === 'text' && io.stdout.isTTY === true && !io.env.NO_COLOR;
  io.stdout.write(formatDiff(diff, opts.format, { oldName: name(sides[0]!.path), newName: name(sides[1]!.path) }, { color }));
  return diff.changes.length === 0 ? EXIT.ok : EXIT.different;
}

async function writeRedline(oldA: Agreement, newA: Agreement, opts: DiffOptions, io: Io, pdf?: PdfSetup): Promise<number> {
  const target = resolve(io.cwd, opts.redline!);
  const shown = shownPath(io.cwd, target);
  if (!/\.docx$/i.test(target)) {
    io.stderr.write(`partnerskap: redline-filen må ha endelsen .docx («${shown}»).\n`);
    return EXIT.usage;
  }
  const renderer = new Renderer(loadTemplates());
  // Dated the day it is made (never the new agreement's date, which may lie ahead); --today makes it reproducible.
  const generated = generationDate(opts.today);
  const render = (a: Agreement) => renderAgreement(a, derive(a), renderer, { publicCopy: opts.offentlig === true, generated });
  const docx = redline(render(oldA), render(newA), { date: generated, versions: { old: agreementDate(oldA), new: agreementDate(newA) }, language: languageOf(newA) });
  // --pdf: both names checked and the PDF made before anything is written; then both are written, or neither.
  const pdfTarget = pdf ? pdfPath(target) : undefined;
  let pdfBytes: Uint8Array | undefined;
  if (pdf && pdfTarget) {
    const refused = opts.force ? undefined : [target, pdfTarget].flatMap((t) => refusal(t, { overwrite: false }) ?? [])[0];
    if (refused) {
      io.stderr.write(`partnerskap: ${writeFailureMessage(shownPath(io.cwd, refused.path), refused, 'velg et annet filnavn')}\n`);
      return EXIT.usage;
    }
    try {
      pdfBytes = await makePdf(pdf, docx, shown);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.stderr.write(`partnerskap: ${e.message}\n`);
      return EXIT.usage;
    }
  }
  if (existsSync(dirname(target)) && !isDirectory(dirname(target))) {
    io.stderr.write(`partnerskap: «${shownPath(io.cwd, dirname(target))}» er en fil, ikke en mappe. Velg en mappe eller et annet filnavn med --redline.\n`);
    return EXIT.usage;
  }
  try {
    // Like generate --out: a folder that is not there yet is made.
    mkdirSync(dirname(target), { recursive: true });
  } catch (e) {
    io.stderr.write(`partnerskap: ${ioError('opprette mappen', shownPath(io.cwd, dirname(target)), e).message}\n`);
    return EXIT.usage;
  }
  const files = [{ path: target, data: docx }, ...(pdfTarget && pdfBytes ? [{ path: pdfTarget, data: pdfBytes }] : [])];
  try {
    writeFilesAtomic(files, { overwrite: opts.force });
  } catch (e) {
    const failed = (e as { path?: unknown }).path;
    io.stderr.write(`partnerskap: ${writeFailureMessage(shownPath(io.cwd, typeof failed === 'string' ? failed : target), e, 'velg et annet filnavn')}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`Skrev ${shown}: den nye avtalen med sporede endringer mot den gamle.\n`);
  if (pdfTarget) io.stderr.write(`Skrev ${shownPath(io.cwd, pdfTarget)}: det samme som PDF/A.\n`);
  return EXIT.ok;
}
