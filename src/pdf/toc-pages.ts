/**
 * Page numbers for the guide's contents field in the PDF. Word updates the field on opening
 * (w:updateFields), but LibreOffice 7.4 keeps the stored result, whose page numbers the renderer
 * cannot know. So the PDF is made twice: the first PDF's bookmarks (one per heading, with its
 * page) give the numbers, which are written into the stored result of a copy of the .docx, and
 * that copy is converted again. Same lines, only digits change, so the pages stay where they were.
 * Pure: bytes in, bytes out.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import PizZip from '../ooxml/pizzip.js';
import { zipToBuffer } from '../ooxml/package.js';

/** A contents entry as src/guide/render-docx.ts writes it: the heading's text, then PAGEREF with a stored page number. */
const ENTRY = /(<w:hyperlink w:anchor="[^"]+" w:history="1"><w:r><w:t xml:space="preserve">)([^<]*)(<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:instrText xml:space="preserve"> PAGEREF [^<]*<\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">)(\d+)(<\/w:t>)/g;

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Does this .docx have a contents field with stored page numbers to fill in? */
export const hasContentsPages = (documentXml: string): boolean => new RegExp(ENTRY.source).test(documentXml);

/** Bookmark title → 1-based page, from the PDF's outline (LibreOffice makes one per heading). */
export async function outlinePages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = new Map<string, number>();
  const visit = (ref: unknown): void => {
    for (let item = ref; item instanceof PDFRef; ) {
      const d = doc.context.lookup(item, PDFDict);
      const title = d.lookup(PDFName.of('Title'));
      let dest = d.lookup(PDFName.of('Dest'));
      if (!dest) dest = d.lookup(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('D'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
      if ((title instanceof PDFString || title instanceof PDFHexString) && page !== undefined) {
        const text = title.decodeText().trim();
        if (!out.has(text)) out.set(text, page);
      }
      visit(d.get(PDFName.of('First')));
      item = d.get(PDFName.of('Next'));
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) visit(outlines.get(PDFName.of('First')));
  return out;
}

/**
 * A copy of the .docx with the contents' stored page numbers taken from `pages` (heading text →
 * page); undefined when it has no contents field. Entries without a bookmark keep their number.
 */
export function withContentsPages(docx: Uint8Array, pages: ReadonlyMap<string, number>): Uint8Array | undefined {
  const zip = new PizZip(docx);
  const name = 'word/document.xml';
  const xml = zip.file(name)?.asText();
  if (xml === undefined || !hasContentsPages(xml)) return undefined;
  const filled = xml.replace(ENTRY, (all, open: string, text: string, mid: string, _n: string, close: string) => {
    const page = pages.get(unescapeXml(text).trim());
    return page === undefined ? all : `${open}${text}${mid}${page}${close}`;
  });
  zip.file(name, filled);
  return zipToBuffer(zip);
}
