/**
 * `--pdf`: a PDF/A beside each .docx. LibreOffice converts (I/O, here at the edge); src/pdf
 * attaches the agreement data and fixes the dates (pure, loaded only when a PDF is made).
 */
import { convertToPdf, findSoffice, missingSofficeMessage } from './libreoffice.js';
import { CliError } from './io.js';
import { EXIT } from './exit-codes.js';

/** What a command needs to make PDFs; plain data, so it can be handed to a worker thread. */
export interface PdfSetup {
  soffice: string;
  env: Record<string, string | undefined>;
}

/**
 * Checked before anything is rendered or written: a run with --pdf writes all its files or,
 * without LibreOffice, none (exit 2 with how to install it).
 */
export function requirePdfSetup(env: NodeJS.ProcessEnv): PdfSetup {
  const soffice = findSoffice(env);
  if (!soffice) throw new CliError(missingSofficeMessage(env), EXIT.usage);
  return { soffice, env: { ...env } };
}

/** `partnerskapsavtale-nav-bodo.docx` → `partnerskapsavtale-nav-bodo.pdf` */
export const pdfPath = (docxPath: string): string => docxPath.replace(/\.docx$/i, '') + '.pdf';

/** The finished PDF/A of each .docx this program made, in order, from one LibreOffice run. */
export async function makePdfs(setup: PdfSetup, docs: { name: string; docx: Uint8Array }[]): Promise<Uint8Array[]> {
  const raw = await convertToPdf(setup.soffice, docs, setup.env);
  // LibreOffice before 7.4 does not read the JSON filter options and silently writes a plain PDF.
  if (!raw.every((pdf) => pdf.includes('<pdfaid:part>3</pdfaid:part>')))
    throw new CliError(`LibreOffice (${setup.soffice}) laget en vanlig PDF, ikke PDF/A-3. Det trengs LibreOffice 7.4 eller nyere; oppdater LibreOffice.`, EXIT.usage);
  await fillContentsPages(setup, docs, raw);
  const { finishPdf } = await import('../pdf/finish.js');
  return Promise.all(raw.map((pdf, i) => finishPdf(pdf, docs[i]!.docx)));
}

/**
 * The guide's contents field: LibreOffice keeps its stored page numbers, so they are taken from
 * the first PDF's bookmarks and the documents that have one are converted once more with them
 * filled in (src/pdf/toc-pages.ts). Replaces those PDFs in `raw`; the .docx files stay as made.
 */
async function fillContentsPages(setup: PdfSetup, docs: { name: string; docx: Uint8Array }[], raw: Buffer[]): Promise<void> {
  const { outlinePages, withContentsPages } = await import('../pdf/toc-pages.js');
  const again: { i: number; name: string; docx: Uint8Array }[] = [];
  for (const [i, d] of docs.entries()) {
    const filled = withContentsPages(d.docx, await outlinePages(raw[i]!));
    if (filled) again.push({ i, name: d.name, docx: filled });
  }
  if (!again.length) return;
  const second = await convertToPdf(setup.soffice, again, setup.env);
  again.forEach((a, n) => (raw[a.i] = second[n]!));
}

/** The finished PDF/A of one .docx. */
export const makePdf = async (setup: PdfSetup, docx: Uint8Array, name: string): Promise<Uint8Array> => (await makePdfs(setup, [{ name, docx }]))[0]!;
