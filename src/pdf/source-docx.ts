/**
 * What the PDF takes from the .docx it was converted from: the document date (so the PDF's dates
 * are the .docx's, not the time of conversion) and the agreement data part, copied verbatim.
 */
import PizZip from '../ooxml/pizzip.js';
import { DATA_NAMESPACE } from '../embed/data-part.js';

export interface DocxFacts {
  /** dcterms:created of docProps/core.xml, e.g. 2025-12-15T00:00:00Z. */
  created: Date;
  /** The custom XML item that carries the agreement data, when the document has one (the guide has none). */
  dataItem?: Uint8Array;
}

/** Reads the facts from a .docx this program made; throws on a package that is not one (a bug, not user input). */
export function docxFacts(docx: Uint8Array): DocxFacts {
  const zip = new PizZip(docx);
  const core = zip.file('docProps/core.xml')?.asText() ?? '';
  const iso = /<dcterms:created\b[^>]*>([^<]+)<\/dcterms:created>/.exec(core)?.[1];
  const created = iso ? new Date(iso) : new Date(NaN);
  if (Number.isNaN(created.getTime())) throw new Error('Dokumentet mangler dcterms:created. Dette skal ikke skje; meld fra om feilen.');
  const item = Object.keys(zip.files)
    .filter((n) => /^customXml\/item\d+\.xml$/.test(n))
    .map((n) => zip.file(n)!.asUint8Array())
    .find((bytes) => Buffer.from(bytes).toString('utf8').includes(DATA_NAMESPACE));
  return item ? { created, dataItem: item } : { created };
}
