/**
 * Dataformat 1.0 → 2.0 (issue 13). Pure: text or data in, text or data out. The migration edits a
 * `yaml` Document in place, so a file keeps its comments, key order and quoting; plain data goes
 * through the same steps via a Document made from it, so there is one migration, not two.
 * Lossless for everything 1.0 could say: the 2.0 agreement text of the result is the 1.0 text.
 */
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

import { CURRENT_VERSION, OLD_VERSION } from '../model/schema-version.js';

export { CURRENT_VERSION, OLD_VERSION, schemaVersionOf } from '../model/schema-version.js';

/** 1.0 data (valid against the 1.0 schema) as 2.0 data; anything else comes back as an unchanged copy. */
export function migrateData(data: unknown): unknown {
  const doc = new Document(data);
  migrateDocument(doc);
  return doc.toJS();
}

/**
 * 1.0 YAML text as 2.0 YAML text, with comments, key order and quoting kept. The caller has
 * validated it as 1.0 first. For a .json file use {@link migrateData} and write JSON.
 */
export function migrateYamlText(text: string): string {
  const doc = parseDocument(text, { schema: 'core' });
  migrateDocument(doc);
  // lineWidth 0: never fold a long line the author wrote on one line.
  return doc.toString({ lineWidth: 0 });
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);
const pairIndex = (map: YAMLMap, key: string): number => map.items.findIndex((p) => keyOf(p) === key);
const mapAt = (map: YAMLMap, key: string): YAMLMap | undefined => {
  const v = map.get(key, true);
  return isMap(v) ? (v as YAMLMap) : undefined;
};
const valueAt = (map: YAMLMap | undefined, key: string): unknown => {
  const v = map?.get(key, true);
  return isScalar(v) ? v.value : v;
};
/** Gives a pair a new key name, keeping the key node (and the comment above it) where there is one. */
function renameKey(pair: Pair, name: string): void {
  if (isScalar(pair.key)) pair.key.value = name;
  else pair.key = new Scalar(name);
}

/** Migrates a 1.0 Document to 2.0 in place; a Document that is not 1.0 is left as it is. */
export function migrateDocument(doc: Document): void {
  const root = doc.contents;
  if (!isMap(root) || valueAt(root, 'schemaVersion') !== OLD_VERSION) return;
  const version = root.get('schemaVersion', true) as Scalar;
  version.value = CURRENT_VERSION;
  // `document` right after `schemaVersion`, where 2.0 lists it.
  root.items.splice(pairIndex(root, 'schemaVersion') + 1, 0, doc.createPair('document', { navSpelling: 'NAV' }) as Pair);

  const parties = mapAt(root, 'parties');
  const titleIndex = parties ? pairIndex(parties, 'municipalSignatoryTitle') : -1;
  const headTitle = valueAt(parties, 'municipalSignatoryTitle');
  if (parties && titleIndex >= 0) renameKey(parties.items[titleIndex]!, 'municipalHeadTitle');

  const location = mapAt(root, 'location');
  if (location) migrateLocation(doc, location, siteMunicipality(parties));

  const signing = mapAt(root, 'signing');
  if (signing) migrateSigning(doc, signing, typeof headTitle === 'string' ? headTitle : 'kommunedirektør');
}

/** 1.0's office lies in the vertskommune (Alternativ 2) or in the one kommune (Alternativ 1). */
function siteMunicipality(parties: YAMLMap | undefined): string | undefined {
  const host = valueAt(parties, 'host');
  if (typeof host === 'string') return host;
  const list = parties?.get('municipalities', true);
  const first = isSeq(list) ? (list as YAMLSeq).items[0] : undefined;
  const number = isMap(first) ? valueAt(first as YAMLMap, 'number') : undefined;
  return typeof number === 'string' ? number : undefined;
}

/** `address` + `openingHours` become the one site, the main office; their pairs move with their comments. */
function migrateLocation(doc: Document, location: YAMLMap, municipality: string | undefined): void {
  const addressPair = location.items[pairIndex(location, 'address')];
  const hoursPair = location.items[pairIndex(location, 'openingHours')];
  const city = isMap(addressPair?.value) ? valueAt(addressPair.value as YAMLMap, 'city') : undefined;
  const site = new YAMLMap();
  if (typeof city === 'string') site.items.push(doc.createPair('name', city) as Pair);
  site.items.push(doc.createPair('role', 'hovedkontor') as Pair);
  if (municipality !== undefined) site.items.push(doc.createPair('municipality', quoted(municipality)) as Pair);
  if (addressPair) site.items.push(addressPair);
  if (hoursPair) {
    const hours = new YAMLSeq();
    hours.items.push(hoursPair.value as Node);
    hoursPair.value = hours;
    site.items.push(hoursPair);
  }
  // yaml keeps a comment above a map's first key on the map: it belongs to that key, so it moves with it.
  const first = location.items[0];
  if (location.commentBefore && first && (first === addressPair || first === hoursPair) && isScalar(first.key)) {
    first.key.commentBefore = location.commentBefore;
    location.commentBefore = undefined;
  }
  const sites = new YAMLSeq();
  sites.items.push(site);
  const rest = location.items.filter((p) => p !== addressPair && p !== hoursPair);
  location.items = [doc.createPair('sites', sites) as Pair, ...rest];
  location.flow = false;
}

/** The signatories' names become `{ name, title }`; 1.0 signed by hand. */
function migrateSigning(doc: Document, signing: YAMLMap, headTitle: string): void {
  const person = (key: string, to: string, title: string): void => {
    const i = pairIndex(signing, key);
    if (i < 0) return;
    const pair = signing.items[i]!;
    const who = new YAMLMap();
    who.items.push(new Pair(new Scalar('name'), pair.value), doc.createPair('title', title) as Pair);
    renameKey(pair, to);
    pair.value = who;
  };
  person('municipalSignatory', 'municipal', headTitle);
  person('stateSignatory', 'state', 'direktør');
  const before = Math.max(pairIndex(signing, 'date'), pairIndex(signing, 'place'));
  signing.items.splice(before + 1, 0, doc.createPair('method', 'håndskrevet') as Pair);
  signing.flow = false;
}

/** A number as text that YAML must not read back as a number («1804», «0301»). */
function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = 'QUOTE_DOUBLE';
  return s;
}
