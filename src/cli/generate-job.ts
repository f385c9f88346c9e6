import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derive } from '../derive/derive.js';
import { slug } from '../format/index.js';
import { guideFileName, renderGuide } from '../guide/guide.js';
import { languageOf, type Language } from '../model/schema.js';
import type { Problem } from '../model/problem.js';
import type { Guide } from '../guide/model.js';
import { renderAgreement } from '../render/agreement.js';
import { Renderer } from '../render/docx.js';
import { documentDate } from './dates.js';
import { loadAgreement } from './load.js';
import { revived, type ReadInput } from './read-input.js';
import { loadGuide, loadTemplates } from './resources.js';
import { CliError } from './io.js';
import { EXIT } from './exit-codes.js';
import { makePdfs, pdfPath, type PdfSetup } from './pdf.js';

/**
 * The worker thread's entry: the one beside this module when there is one (dist/bundle/, dist/cli/),
 * else the tsc-built file (when the tests run src/ directly).
 */
const besideThis = fileURLToPath(new URL('./generate-worker.js', import.meta.url));
export const WORKER = existsSync(besideThis) ? besideThis : fileURLToPath(new URL('../../dist/cli/generate-worker.js', import.meta.url));

export interface JobOptions {
  guide: boolean;
  today?: string;
  /** --pdf: also a PDF/A of each document, made with this LibreOffice. */
  pdf?: PdfSetup;
  /** Standard input, read once in the main thread, for the «-» argument. */
  stdin?: ReadInput;
  /** The documents' generation date (properties), ÅÅÅÅ-MM-DD; see generationDate in dates.ts. */
  generated?: string;
  /** --offentlig: public copies, without the agreement's internal fields, named «…-offentlig.docx». */
  publicCopy?: boolean;
}

export interface JobOutput {
  /** File name only; the caller decides the folder. */
  fileName: string;
  bytes: Uint8Array;
}

/** What one agreement file gives: its documents, or the problems that stopped it. */
export interface JobResult {
  path: string;
  exitCode: number;
  problems: Problem[];
  warnings: Problem[];
  /** The office the documents are named after (for clash messages). */
  officeName?: string;
  outputs: JobOutput[];
}

/**
 * What the jobs render with: one per process, or per worker thread (compiled templates cannot be
 * shared between threads), made once and reused for every file it renders.
 */
export interface JobResources {
  renderer: Renderer;
  /** The parsed guide, when the guide is made too. */
  guide?: Guide;
}

export const jobResources = (opts: JobOptions): JobResources => ({ renderer: new Renderer(loadTemplates()), guide: opts.guide ? loadGuide() : undefined });

/** `partnerskapsavtale-nav-indre-salten.docx`; in nynorsk `partnarskapsavtale-…` (the file name is in the agreement's målform). */
export const agreementFileName = (officeName: string, lang: Language = 'nb'): string => `${lang === 'nn' ? 'partnarskapsavtale' : 'partnerskapsavtale'}-${slug(officeName)}.docx`;

/** A public copy's file name says so: «partnerskapsavtale-nav-bodo.docx» → «partnerskapsavtale-nav-bodo-offentlig.docx» (nynorsk «-offentleg»). */
export const publicFileName = (fileName: string, lang: Language = 'nb'): string => fileName.replace(/(\.[a-z]+)?$/, `-${lang === 'nn' ? 'offentleg' : 'offentlig'}$1`);

/**
 * read → parse → validate → derive → render for one file, without writing anything: the part of
 * `generate` that may run in a worker thread. Writing stays in the main thread, in input order.
 */
export async function runJob(path: string, opts: JobOptions, res: JobResources): Promise<JobResult> {
  const loaded = await loadAgreement(path, opts.stdin && revived(opts.stdin));
  const warnings = loaded.warnings ?? [];
  if (!loaded.result.ok) return { path, exitCode: loaded.exitCode, problems: loaded.result.problems, warnings, outputs: [] };
  const agreement = loaded.result.value;
  const office = agreement.parties.officeName;
  const publicCopy = opts.publicCopy === true;
  const lang = languageOf(agreement);
  const named = (fileName: string) => (publicCopy ? publicFileName(fileName, lang) : fileName);
  const outputs: JobOutput[] = [{ fileName: named(agreementFileName(office, lang)), bytes: renderAgreement(agreement, derive(agreement), res.renderer, { publicCopy, generated: opts.generated }) }];
  if (opts.guide) {
    if (!res.guide) throw new Error('runJob: veilederen er ikke lastet (se jobResources). Dette skal ikke skje; meld fra om feilen.');
    const forAgreement = { agreement, today: documentDate(agreement, opts.today), publicCopy };
    outputs.push({ fileName: named(guideFileName('docx', office, lang)), bytes: Buffer.from(renderGuide('docx', { guide: res.guide, renderer: res.renderer }, forAgreement, { generated: opts.generated })) });
  }
  if (opts.pdf) {
    try {
      const withPdfs = await withPdf(outputs, opts.pdf);
      return { path, exitCode: EXIT.ok, problems: [], warnings, officeName: office, outputs: withPdfs };
    } catch (e) {
      // LibreOffice failed for this file: nothing is written for it, and the others go on.
      if (!(e instanceof CliError)) throw e;
      return { path, exitCode: e.exitCode, problems: [{ code: 'pdf_failed', severity: 'feil', pointer: '', message: e.message }], warnings, outputs: [] };
    }
  }
  return { path, exitCode: EXIT.ok, problems: [], warnings, officeName: office, outputs };
}

/** Each .docx followed by its PDF/A (--pdf), converted in one LibreOffice run. */
async function withPdf(outputs: JobOutput[], setup: PdfSetup): Promise<JobOutput[]> {
  const pdfs = await makePdfs(setup, outputs.map((o) => ({ name: o.fileName, docx: o.bytes })));
  return outputs.flatMap((o, i) => [o, { fileName: pdfPath(o.fileName), bytes: pdfs[i]! }]);
}

/**
 * A job that threw (a bug, or a worker thread that died) as the result of its file: reported
 * with the file's name while the rest of the batch goes on to its summary. Exit 1 for the batch,
 * like a rejected file; a CliError keeps its own code and message.
 */
export function jobFailure(path: string, e: unknown): JobResult {
  const cli = e instanceof CliError;
  const detail = e instanceof Error ? e.message : String(e);
  const message = cli
    ? detail
    : `Intern feil under lagingen av dokumentene (${detail}). Ingenting er skrevet for denne avtalen; de andre lages som vanlig. Dette skal ikke skje: meld fra om feilen, gjerne med avtalefilen (uten personopplysninger).`;
  return { path, exitCode: cli ? e.exitCode : EXIT.invalid, problems: [{ code: cli ? 'job_failed' : 'internal_error', severity: 'feil', pointer: '', message }], warnings: [], outputs: [] };
}
