/**
 * The custom XML part that carries an agreement's data inside its .docx: the namespace, the part
 * contents, and reading them back. Word keeps custom XML parts ("data store items") when a
 * document is opened and saved, so the data survives a round trip through Word.
 */
import { DOMParser } from '@xmldom/xmldom';
import { escapeXml, escapeXmlText } from '../text/xml.js';
import { fingerprint } from './canonical.js';

/** Our namespace; the version is the embedding format's, not the schema's. */
export const DATA_NAMESPACE = 'urn:partnerskap:avtale:1';
/** Fixed data store id: the same agreement gives the same bytes, and Word can tell our item apart. */
export const DATA_ITEM_ID = '{5B1C7E2A-9D34-4F6B-8A10-2C7D3E9F4B61}';

const CUSTOM_XML_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';

/** What the part says about itself, and the data as found. */
export interface DataPart {
  schemaVersion: string;
  /** SHA-256 the generator recorded (hex). */
  sha256: string;
  /** The JSON text inside the element. */
  json: string;
  /** SHA-256 of the document's visible text when it was made (see bodyText), if recorded. */
  textSha256?: string;
  /** The data of a public copy (`--offentlig`): the internal fields were left out (`public="true"`). */
  publicCopy: boolean;
}

/**
 * JSON text that is also valid XML character data: JSON.stringify already escapes C0 controls and
 * lone surrogates; the few other characters XML 1.0 forbids or discourages are written as \u
 * escapes, which JSON reads back as the same characters.
 */
function xmlSafeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The item part: the data as JSON text in the key order of the input (so `extract` gives back a
 * file that reads like the original), with the SHA-256 of its canonical form and, as a hint for
 * readers, the SHA-256 of the document text it was rendered as.
 */
/**
 * The checksum of the data as stored: a public copy's mark is inside it, so that removing the mark
 * (to pass the copy off as the full agreement) reads as modified data.
 */
export const dataFingerprint = (data: unknown, publicCopy: boolean): string => fingerprint(publicCopy ? { publicCopy: true, data } : data);

export function dataItemXml(data: unknown, schemaVersion: string, textSha256: string, publicCopy = false): string {
  const sha = dataFingerprint(data, publicCopy);
  // Only a public copy has the attribute, so the full document's bytes are as they were.
  const mark = publicCopy ? ' public="true"' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<partnerskap:data xmlns:partnerskap="${DATA_NAMESPACE}" schemaVersion="${escapeXml(schemaVersion)}" sha256="${sha}" textSha256="${textSha256}" format="json"${mark}>` +
    escapeXmlText(xmlSafeJson(JSON.stringify(data))) +
    '</partnerskap:data>'
  );
}

/** The item's properties part, which makes it a data store item Word preserves. */
export function dataItemPropsXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${DATA_ITEM_ID}" xmlns:ds="${CUSTOM_XML_NS}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${DATA_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/**
 * Reads our element from a custom XML item, or undefined when the item is someone else's
 * (Word and SharePoint add their own items). Throws on XML that cannot be parsed.
 */
export function readDataItem(xml: string): DataPart | undefined {
  // Our item is one element holding text. A DTD (entity tricks) or deep nesting (xmldom takes
  // seconds on a few MB of it) is not ours, and is refused before parsing.
  if (/<!DOCTYPE/i.test(xml)) throw new Error('DOCTYPE');
  if (nestingDepth(xml) > MAX_DEPTH) throw new Error('nesting');
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== DATA_NAMESPACE || root.localName !== 'data') return undefined;
  return {
    schemaVersion: root.getAttribute('schemaVersion') ?? '',
    sha256: (root.getAttribute('sha256') ?? '').toLowerCase(),
    json: root.textContent ?? '',
    textSha256: root.getAttribute('textSha256')?.toLowerCase() || undefined,
    publicCopy: root.getAttribute('public') === 'true',
  };
}

/** Deeper than any custom XML item Word or SharePoint writes. */
const MAX_DEPTH = 64;

/** The deepest element nesting, counted from the tags alone (stops counting past MAX_DEPTH). */
function nestingDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (const m of xml.matchAll(/<(\/?)(?![!?])[^<>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2]) max = Math.max(max, ++depth);
    if (max > MAX_DEPTH) break;
  }
  return max;
}
