import PizZip from '../render/pizzip.js';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { fingerprint, sha256Hex } from './canonical.js';
import { readDataItem } from './data-part.js';
import { bodyText } from './body-text.js';

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
}

/** The embedded JSON may not be larger than an agreement file may be. */
export const MAX_EMBEDDED_BYTES = 2 * 1024 * 1024;

const problem = (code: string, message: string): Result<EmbeddedData> => fail([{ code, severity: 'feil', pointer: '', message } satisfies Problem]);

export const MESSAGES = {
  notDocx:
    'Filen er ikke et Word-dokument (.docx) som kan leses: den er ikke en gyldig zip-pakke. Kontroller at det er riktig fil, og at den ikke er skadet.',
  noData: 'Dokumentet inneholder ingen avtaledata; det er ikke laget av partnerskap, eller dataene er fjernet. Bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra.',
  unreadable: 'Avtaledataene i dokumentet kan ikke leses (de er skadet). Bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra, eller lag dokumentet på nytt.',
  textEdited:
    'Teksten i dokumentet er endret etter at det ble laget. Avtaledataene beskriver avtalen slik den ble laget, ikke endringene som er gjort i Word.',
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
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    return problem('not_docx', MESSAGES.notDocx);
  }
  const items = Object.keys(zip.files)
    .filter((n) => /^customXml\/item\d+\.xml$/i.test(n))
    .sort((a, b) => itemNumber(a) - itemNumber(b));
  for (const name of items) {
    const file = zip.file(name);
    if (!file) continue;
    // Declared size first: a crafted package must not make us inflate gigabytes.
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (declared !== undefined && declared > MAX_EMBEDDED_BYTES * 2) continue;
    let part;
    try {
      part = readDataItem(file.asText());
    } catch {
      // A broken item that is not ours is not our business; one of ours that breaks is reported below.
      if (/urn:partnerskap:avtale/.test(safeText(file))) return problem('embedded_data_unreadable', MESSAGES.unreadable);
      continue;
    }
    if (!part) continue;
    let data: unknown;
    try {
      data = JSON.parse(part.json);
    } catch {
      return problem('embedded_data_unreadable', MESSAGES.unreadable);
    }
    if (!/^[0-9a-f]{64}$/.test(part.sha256) || fingerprint(data) !== part.sha256) return problem('embedded_data_modified', MESSAGES.modified);
    const main = zip.file('word/document.xml');
    const textEdited = part.textSha256 !== undefined && main !== null && sha256Hex(bodyText(main.asText())) !== part.textSha256;
    return ok({ data, schemaVersion: part.schemaVersion, sha256: part.sha256, part: name, textEdited });
  }
  if (!zip.file('word/document.xml')) return problem('not_docx', MESSAGES.notDocx);
  return problem('no_embedded_data', MESSAGES.noData);
}

const itemNumber = (name: string): number => Number(/(\d+)\.xml$/i.exec(name)?.[1] ?? 0);

function safeText(file: PizZip.ZipObject): string {
  try {
    return file.asText();
  } catch {
    return '';
  }
}
