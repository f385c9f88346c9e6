import { migrateData, OLD_VERSION, schemaVersionOf } from '../migrate/migrate.js';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { sha256Hex } from './canonical.js';
import { dataFingerprint, readDataItem, type DataPart } from './data-part.js';
import { bodyText } from './body-text.js';
import { openZip, ZipError, type ZipFault, type ZipReader } from './zip.js';

/** Data found in a document, verified against the fingerprint it was stored with. */
export interface EmbeddedData {
  data: unknown;
  schemaVersion: string;
  sha256: string;
  /** The part it came from, e.g. `customXml/item1.xml`. */
  part: string;
  /**
   * The document's wording differs from what was generated from the data (someone edited the
   * text in Word afterwards): the data still describes the agreement as generated, not as edited.
   */
  textEdited: boolean;
  /** The data of a public copy (`--offentlig`): internal fields, such as checklist comments, were left out. */
  publicCopy: boolean;
  /** The document was made by a version that wrote dataformat 1.0; `data` is that data migrated to 2.0. */
  migratedFrom?: string;
}

/**
 * Embedded data as the current format: a document made by an older version carries 1.0 data,
 * migrated here (after its fingerprint was checked against what was stored), so every command
 * reading documents sees 2.0.
 */
export function asCurrentFormat(found: EmbeddedData): EmbeddedData {
  if (schemaVersionOf(found.data) !== OLD_VERSION) return found;
  const data = migrateData(found.data);
  return { ...found, data, schemaVersion: schemaVersionOf(data) ?? found.schemaVersion, migratedFrom: OLD_VERSION };
}

/** The embedded JSON may not be larger than an agreement file may be. */
export const MAX_EMBEDDED_BYTES = 2 * 1024 * 1024;

/**
 * What reading a package may cost, whatever its headers claim: a generated document has about 15
 * parts and inflates to well under 1 MB (a long one edited in Word to a few MB).
 */
export const ZIP_LIMITS = { maxEntries: 1000, maxTotalBytes: 64 * 1024 * 1024 };
/** The main text part, inflated at most this far. */
const MAX_DOCUMENT_XML_BYTES = 32 * 1024 * 1024;
/** A custom XML item larger than this (inflated) is not ours. */
const MAX_ITEM_BYTES = MAX_EMBEDDED_BYTES * 2;
const MAX_PROPS_BYTES = 64 * 1024;
const MAIN = 'word/document.xml';

const problem = <T = EmbeddedData>(code: string, message: string): Result<T> => fail([{ code, severity: 'feil', pointer: '', message } satisfies Problem]);

export const MESSAGES = {
  notDocx:
    'Filen er ikke et Word-dokument (.docx) som kan leses: den er ikke en gyldig zip-pakke. Kontroller at det er riktig fil, og at den ikke er skadet.',
  notWordDocument:
    'Filen er en zip-pakke, men ikke et Word-dokument: den mangler hoveddelen word/document.xml. Oppgi avtaledokumentet (.docx) laget av partnerskap, eller avtalefilen (.yaml eller .json).',
  guide:
    'Dette er veilederen (veileder-….docx), ikke avtalen: veilederen inneholder ingen avtaledata. Bruk avtaledokumentet som ble laget sammen med den (partnerskapsavtale-….docx), eller avtalefilen (.yaml eller .json).',
  tooLarge:
    'Dokumentet pakkes ut til langt mer enn et Word-dokument med en avtale kan være (grensen er 32 MB for dokumentteksten og 64 MB til sammen), så det ble ikke lest videre. Det er ikke laget av partnerskap, eller det er skadet. Kontroller at det er riktig fil, eller bruk avtalefilen (.yaml eller .json).',
  tooManyParts:
    `Dokumentet består av mer enn ${ZIP_LIMITS.maxEntries} deler, mens et dokument laget av partnerskap har rundt 15, så det ble ikke lest videre. Kontroller at det er riktig fil, eller bruk avtalefilen (.yaml eller .json).`,
  damaged:
    'Dokumentet er skadet: en del av zip-pakken kan ikke pakkes ut. Kontroller at det er riktig fil, eller bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra.',
  noData: 'Dokumentet inneholder ingen avtaledata; det er ikke laget av partnerskap, eller dataene er fjernet. Bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra.',
  unreadable: 'Avtaledataene i dokumentet kan ikke leses (de er skadet). Bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra, eller lag dokumentet på nytt.',
  textEdited:
    'Teksten i dokumentet er endret etter at det ble laget. Avtaledataene beskriver avtalen slik den ble laget, ikke endringene som er gjort i Word.',
  publicCopy:
    'Dokumentet er en offentlig versjon (laget med --offentlig): interne felt, som kommentarene i sjekklisten, er utelatt fra avtaledataene. Bruk avtalefilen eller det interne dokumentet for å få dem med.',
  modified:
    'Avtaledataene i dokumentet stemmer ikke med kontrollsummen de ble lagret med, så de er endret etter at dokumentet ble laget. Bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra, eller lag dokumentet på nytt.',
};

/**
 * Finds the agreement data a generated .docx carries and checks it against the SHA-256 stored
 * with it. The hash is unkeyed: it reveals data edited after the document was made without
 * updating the hash (by hand, by a tool that does not know it), but it is no signature — whoever
 * edits the data on purpose can compute a new one. Pure: the caller reads the file. Word may
 * renumber custom XML items, so every item is looked at.
 */
export function extractAgreementData(docx: Uint8Array): Result<EmbeddedData> {
  try {
    return extractFrom(openZip(docx, ZIP_LIMITS));
  } catch (e) {
    if (e instanceof ZipError) return zipProblem(e.fault);
    throw e;
  }
}

function zipProblem(fault: ZipFault): Result<EmbeddedData> {
  switch (fault) {
    case 'not_zip':
      return problem('not_docx', MESSAGES.notDocx);
    case 'too_many_entries':
      return problem('docx_too_many_parts', MESSAGES.tooManyParts);
    case 'too_large':
    case 'over_budget':
      return problem('docx_too_large', MESSAGES.tooLarge);
    case 'damaged':
      return problem('docx_damaged', MESSAGES.damaged);
  }
}

/**
 * One data item, read and checked against its fingerprint: undefined when the item is not ours
 * (a broken item that is not ours is not our business; one of ours that breaks is reported).
 * Shared by the .docx reader here and the PDF reader (src/pdf/extract.ts).
 */
export function verifiedItem(text: string): Result<{ part: DataPart; data: unknown }> | undefined {
  let part;
  try {
    part = readDataItem(text);
  } catch {
    return /urn:partnerskap:avtale/.test(text) ? problem('embedded_data_unreadable', MESSAGES.unreadable) : undefined;
  }
  if (!part) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(part.json);
  } catch {
    return problem('embedded_data_unreadable', MESSAGES.unreadable);
  }
  if (!/^[0-9a-f]{64}$/.test(part.sha256) || dataFingerprint(data, part.publicCopy) !== part.sha256) return problem('embedded_data_modified', MESSAGES.modified);
  return ok({ part, data });
}

/** Throws ZipError when the package is larger or more broken than a document can be. */
function extractFrom(zip: ZipReader): Result<EmbeddedData> {
  const items = zip.names.filter((n) => /^customXml\/item\d+\.xml$/i.test(n)).sort((a, b) => itemNumber(a) - itemNumber(b));
  for (const name of items) {
    const text = readItem(zip, name);
    if (text === undefined) continue;
    const found = verifiedItem(text);
    if (found === undefined) continue;
    if (!found.ok) return found;
    const { part, data } = found.value;
    const main = part.textSha256 === undefined ? undefined : zip.read(MAIN, MAX_DOCUMENT_XML_BYTES);
    const textEdited = main !== undefined && sha256Hex(bodyText(main.toString('utf8'))) !== part.textSha256;
    return ok(asCurrentFormat({ data, schemaVersion: part.schemaVersion, sha256: part.sha256, part: name, textEdited, publicCopy: part.publicCopy }));
  }
  if (!zip.has(MAIN)) return problem('not_word_document', MESSAGES.notWordDocument);
  if (isGuide(zip)) return problem('guide_not_agreement', MESSAGES.guide);
  return problem('no_embedded_data', MESSAGES.noData);
}

/** An item as text, or undefined when it is too large to be ours (the package's budget running out is not skipped). */
function readItem(zip: ZipReader, name: string): string | undefined {
  try {
    return zip.read(name, MAX_ITEM_BYTES)?.toString('utf8');
  } catch (e) {
    if (e instanceof ZipError && e.fault === 'too_large') return undefined;
    throw e;
  }
}

/** The guide `generate` writes beside the agreement: its title says so (docProps/core.xml). */
function isGuide(zip: ZipReader): boolean {
  const core = zip.read('docProps/core.xml', MAX_PROPS_BYTES)?.toString('utf8') ?? '';
  return /<dc:title>\s*Veileder til partnerskapsavtalen/.test(core);
}

const itemNumber = (name: string): number => Number(/(\d+)\.xml$/i.exec(name)?.[1] ?? 0);
