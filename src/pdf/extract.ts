/**
 * The agreement data a PDF made with `--pdf` carries as an attached file (see finish.ts), read
 * back and checked against its SHA-256 as src/embed/extract.ts does for a .docx. The PDF may come
 * from anyone: its size is bounded by the caller, every stream we inflate is bounded here, and
 * whatever pdf-lib cannot parse becomes a message, never an exception.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib';
import { asCurrentFormat, MAX_EMBEDDED_BYTES, verifiedItem, MESSAGES as DOCX_MESSAGES, type EmbeddedData } from '../embed/extract.js';
import { fail, ok, type Result } from '../model/problem.js';

export const MESSAGES = {
  notPdf: 'Filen er ikke en PDF som kan leses: den er skadet, kryptert eller har en oppbygning partnerskap ikke kjenner. Kontroller at det er riktig fil.',
  noData:
    'PDF-en inneholder ingen avtaledata: den er ikke en avtale laget med «partnerskap generate --pdf» (veilederen har ingen), eller vedlegget med dataene er fjernet (noen programmer gjør det når de lagrer eller signerer PDF-en). Bruk avtalefilen (.yaml eller .json) eller .docx-dokumentet PDF-en ble laget fra.',
  unreadable: DOCX_MESSAGES.unreadable,
  modified: DOCX_MESSAGES.modified,
};

/** A PDF starts with these bytes (we do not look further in, as some readers do). */
export const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** Name trees and attachment lists are walked this deep and this far at most. */
const MAX_DEPTH = 10;
const MAX_FILES = 1000;

const problem = (code: string, message: string): Result<EmbeddedData> => fail([{ code, severity: 'feil', pointer: '', message }]);

/** Finds our attachment, verifies it and returns the data. Pure; the caller reads the file. */
export async function extractPdfAgreementData(pdf: Uint8Array): Promise<Result<EmbeddedData>> {
  if (!isPdf(pdf)) return problem('not_pdf', MESSAGES.notPdf);
  let doc: PDFDocument;
  try {
    doc = await quietly(() => PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: true }));
  } catch {
    return problem('not_pdf', MESSAGES.notPdf);
  }
  let specs: PDFDict[];
  try {
    specs = fileSpecs(doc);
  } catch {
    return problem('not_pdf', MESSAGES.notPdf);
  }
  for (const spec of specs) {
    const xml = attachedText(spec);
    if (xml === undefined) continue;
    if (xml === null) return problem('embedded_data_unreadable', MESSAGES.unreadable);
    const found = verifiedItem(xml);
    if (found === undefined) continue;
    if (!found.ok) return found;
    const { part, data } = found.value;
    const name = spec.lookup(PDFName.of('UF'))?.toString() ?? 'vedlegg';
    // The text of a PDF is not compared with the data (it cannot be read back reliably).
    return ok(asCurrentFormat({ data, schemaVersion: part.schemaVersion, sha256: part.sha256, part: name, textEdited: false, publicCopy: part.publicCopy }));
  }
  return problem('no_embedded_data', MESSAGES.noData);
}

/**
 * Runs pdf-lib's parser with its console messages («Trying to parse invalid object …», in English,
 * some on standard output) kept from the user: what went wrong is reported as one of ours.
 */
async function quietly<T>(parse: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  console.log = console.warn = () => undefined;
  try {
    return await parse();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

/** The file specifications of the document: the catalog's /AF first, then the EmbeddedFiles name tree. */
function fileSpecs(doc: PDFDocument): PDFDict[] {
  const found: PDFDict[] = [];
  const add = (o: PDFObject | undefined) => {
    if (o instanceof PDFDict && found.length < MAX_FILES && !found.includes(o)) found.push(o);
  };
  const af = doc.catalog.lookup(PDFName.of('AF'));
  if (af instanceof PDFArray) for (let i = 0; i < Math.min(af.size(), MAX_FILES); i++) add(af.lookup(i));
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
  const walk = (node: PDFObject | undefined, depth: number) => {
    if (!(node instanceof PDFDict) || depth > MAX_DEPTH || found.length >= MAX_FILES) return;
    const pairs = node.lookup(PDFName.of('Names'));
    if (pairs instanceof PDFArray) for (let i = 1; i < pairs.size(); i += 2) add(pairs.lookup(i));
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i), depth + 1);
  };
  walk(tree, 0);
  return found;
}

/**
 * The attached file's text when it may be ours (undefined when it is something else), or null
 * when it cannot be decoded within the size limit. Only unfiltered and FlateDecode streams.
 */
function attachedText(spec: PDFDict): string | undefined | null {
  const ef = spec.lookup(PDFName.of('EF'));
  const stream = ef instanceof PDFDict ? ef.lookup(PDFName.of('F')) : undefined;
  if (!(stream instanceof PDFRawStream)) return undefined;
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const limit = MAX_EMBEDDED_BYTES * 2;
  let bytes: Uint8Array;
  try {
    if (filter === undefined) bytes = stream.contents;
    else if (filter === PDFName.of('FlateDecode')) bytes = inflateSync(stream.contents, { maxOutputLength: limit });
    else return undefined;
  } catch {
    return null;
  }
  if (bytes.length > limit) return null;
  const text = Buffer.from(bytes).toString('utf8');
  return text.includes('urn:partnerskap:avtale') ? text : undefined;
}
