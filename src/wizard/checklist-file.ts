/**
 * «Til vurdering» answers written back into an agreement file's text. YAML is edited as a `yaml`
 * Document in place (as `migrate` does), so comments, key order, quoting and blank lines stay as
 * the author wrote them and only the answers given change; JSON is rewritten with its own
 * indentation. Pure: text in, text out; the caller reads and writes the file.
 */
import { isMap, isScalar, parseDocument, Scalar, YAMLMap, type Document, type Pair } from 'yaml';
import type { ChecklistAnswer } from '../model/checklist.js';
import { setAnswer } from './checklist.js';
import { isPlainObject } from './data.js';

/** New answers by question id; undefined removes the answer. */
export type AnswerChanges = Readonly<Record<string, ChecklistAnswer | undefined>>;

/** The fields of an answer in the schema's order. */
const FIELDS = ['status', 'comment', 'answeredBy', 'answeredAt'] as const;

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/** A text YAML 1.1 readers would take for a number or a date is written in quotes, as the wizard writes it. */
function scalar(value: string, like?: Scalar): Scalar {
  const s = new Scalar(value);
  if (like?.type) s.type = like.type;
  else if (/^[\d:.-]+$/.test(value)) s.type = 'QUOTE_DOUBLE';
  return s;
}

/** Inserts `pair` into `map` before the first key that comes after it in `order` (unknown keys last). */
function insertOrdered(map: YAMLMap, pair: Pair, key: string, order: readonly string[]): void {
  const rank = (k: unknown): number => {
    const i = order.indexOf(String(k));
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const at = map.items.findIndex((p) => rank(keyOf(p)) > rank(key));
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/** Brings one answer's map up to date; a value that is unchanged keeps its node (and any comment on it), a flow map stays one. */
function updateAnswer(doc: Document, map: YAMLMap, answer: ChecklistAnswer): void {
  for (const field of FIELDS) {
    const value = answer[field];
    const i = map.items.findIndex((p) => keyOf(p) === field);
    if (value === undefined) {
      if (i >= 0) map.items.splice(i, 1);
    } else if (i >= 0 && isScalar(map.items[i]!.value)) {
      const node = map.items[i]!.value as Scalar;
      if (node.value !== value) map.items[i]!.value = scalar(value, node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? undefined : node);
    } else if (i >= 0) map.items[i]!.value = scalar(value);
    else insertOrdered(map, doc.createPair(field, scalar(value)) as Pair, field, FIELDS);
  }
}

/** The YAML text with the answers in `changes` set or removed, everything else as it was. */
export function checklistIntoYaml(text: string, changes: AnswerChanges, order: readonly string[]): string {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length) throw new Error('The agreement file is not valid YAML.');
  const root = doc.contents as unknown;
  if (!isMap(root)) throw new Error('The agreement is not a YAML map.');
  let pair = (root as YAMLMap).items.find((p) => keyOf(p) === 'checklist');
  if (!pair) {
    const key = new Scalar('checklist');
    key.spaceBefore = true;
    key.commentBefore = ' Svarene på veilederens «Til vurdering»-spørsmål (npx partnerskap checklist <denne filen>).';
    pair = doc.createPair(key, new YAMLMap()) as Pair;
    (root as YAMLMap).items.push(pair);
  }
  if (!isMap(pair.value)) pair.value = new YAMLMap();
  const list = pair.value as YAMLMap;
  const keyStyle = list.items.map((p) => p.key).find(isScalar);
  for (const [id, answer] of Object.entries(changes)) {
    const i = list.items.findIndex((p) => keyOf(p) === id);
    if (answer === undefined) {
      if (i >= 0) list.items.splice(i, 1);
      continue;
    }
    const existing = i >= 0 ? list.items[i]!.value : undefined;
    if (isMap(existing)) updateAnswer(doc, existing, answer);
    else {
      const map = new YAMLMap();
      updateAnswer(doc, map, answer);
      if (i >= 0) list.items[i]!.value = map;
      else insertOrdered(list, doc.createPair(scalar(id, keyStyle), map) as Pair, id, order);
    }
  }
  list.flow = list.items.length === 0 ? list.flow : false;
  const out = doc.toString({ lineWidth: 0 });
  return text.includes('\r\n') ? out.replace(/\r?\n/g, '\r\n') : out;
}

/** The JSON text with the answers in `changes` set or removed, in the file's own indentation. */
export function checklistIntoJson(text: string, changes: AnswerChanges, order: readonly string[]): string {
  const data: unknown = JSON.parse(text);
  if (!isPlainObject(data)) throw new Error('The agreement is not a JSON object.');
  for (const [id, answer] of Object.entries(changes)) setAnswer(data, id, answer, order);
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? 2;
  return JSON.stringify(data, null, indent) + (text.endsWith('\n') || !text.includes('\n') ? '\n' : '');
}
