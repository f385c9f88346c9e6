/**
 * Post-processing of the PDF/A-3b LibreOffice made from one of our .docx documents: the agreement
 * data attached as an associated file, and every date and id LibreOffice takes from the clock
 * replaced by ones taken from the .docx, so the same .docx always gives the same PDF bytes.
 * Pure: bytes in, bytes out.
 */
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { docxFacts } from './source-docx.js';

/** The attachment's file name; src/pdf/extract.ts looks for our namespace, not for this name. */
export const DATA_FILE_NAME = 'avtaledata.xml';
const DATA_DESCRIPTION = 'Avtaledataene dokumentet er laget fra (JSON i XML, med SHA-256), for «partnerskap extract», «diff» og «audit».';

export async function finishPdf(pdf: Uint8Array, docx: Uint8Array): Promise<Uint8Array> {
  const { created, dataItem } = docxFacts(docx);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const ctx = doc.context;
  setInfoDates(ctx, created);
  setXmpDates(ctx, doc.catalog, created);
  setIccDate(ctx, doc.catalog, created);
  if (dataItem)
    await doc.attach(dataItem, DATA_FILE_NAME, {
      mimeType: 'application/xml',
      description: DATA_DESCRIPTION,
      creationDate: created,
      modificationDate: created,
      // The data is what the document was rendered from (PDF/A-3: the source of the content).
      afRelationship: AFRelationship.Source,
    });
  // The file id LibreOffice makes is random; ours is a hash of the .docx, the same for the same input.
  const id = createHash('sha256').update(docx).digest('hex').slice(0, 32).toUpperCase();
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  // A classic cross-reference table, as LibreOffice writes it.
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/** The Info dictionary's dates (PDF/A: they must match the XMP's, set below to the same instant). */
function setInfoDates(ctx: PDFContext, date: Date): void {
  const info = ctx.lookup(ctx.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return;
  for (const key of ['CreationDate', 'ModDate']) if (info.has(PDFName.of(key))) info.set(PDFName.of(key), PDFString.fromDate(date));
}

/** xmp:CreateDate and its kin in the metadata stream, which is left unfiltered as PDF/A wants. */
function setXmpDates(ctx: PDFContext, catalog: PDFDict, date: Date): void {
  const ref = catalog.get(PDFName.of('Metadata'));
  const stream = ref instanceof PDFRef ? ctx.lookup(ref) : undefined;
  if (!(stream instanceof PDFRawStream) || stream.dict.has(PDFName.of('Filter'))) return;
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = Buffer.from(stream.contents)
    .toString('utf8')
    .replace(/(<xmp:(CreateDate|ModifyDate|MetadataDate)>)[^<]*(<\/xmp:\2>)/g, (_m, open: string, _tag: string, close: string) => `${open}${iso}${close}`);
  ctx.assign(ref as PDFRef, ctx.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' }));
}

/**
 * The output intent's ICC profile: LibreOffice has Little CMS make it at export time, with the
 * time of day in its header (bytes 24–35, six big-endian 16-bit numbers). Its profile id is not
 * set, so changing the date leaves the profile valid.
 */
function setIccDate(ctx: PDFContext, catalog: PDFDict, date: Date): void {
  const intents = catalog.lookup(PDFName.of('OutputIntents'));
  if (!(intents instanceof PDFArray)) return;
  for (let i = 0; i < intents.size(); i++) {
    const intent = intents.lookup(i);
    const ref = intent instanceof PDFDict ? intent.get(PDFName.of('DestOutputProfile')) : undefined;
    const stream = ref instanceof PDFRef ? ctx.lookup(ref) : undefined;
    if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue;
    const icc = Buffer.from(inflateSync(stream.contents));
    if (icc.length < 128 || icc.toString('latin1', 36, 40) !== 'acsp' || !icc.subarray(84, 100).every((b) => b === 0)) continue;
    const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
    fields.forEach((v, k) => icc.writeUInt16BE(v, 24 + 2 * k));
    const dict: Record<string, unknown> = {};
    for (const [key, value] of stream.dict.entries()) if (!['Length', 'Filter', 'DecodeParms'].includes(key.decodeText())) dict[key.decodeText()] = value;
    ctx.assign(ref as PDFRef, ctx.flateStream(icc, dict as never));
  }
}
