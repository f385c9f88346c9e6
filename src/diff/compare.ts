import type { Agreement } from '../model/agreement.js';
import { labelFor, sectionLabel } from '../model/labels.js';
import { pointerOf, segmentsOf } from '../model/problem.js';
import { labelsOf, languageOf, schema, schemaAt, type Language } from '../model/schema.js';
import { derive } from '../derive/derive.js';
import { derivedChanges } from './derived.js';
import { displayValue } from './display.js';
import type { AgreementDiff, Change } from './types.js';
import { sharesWords, similarity, wordParts } from './words.js';

/** Reworded list items (same identity lost) are paired when this much of their wording is shared. */
const REWORDED = 0.5;
/** Strings longer than one-line fields (schema `line`, 200 characters) are free text. */
const FREE_TEXT = 200;

/**
 * The changes from one valid agreement to another, in agreement order: entered values first
 * (walked in schema order), then the computed cost shares they affect. Array items are matched by
 * their identity (`x-identity`), so reordering is no change and an added kommune is one addition.
 */
export function diffAgreements(oldA: Agreement, newA: Agreement): AgreementDiff {
  // The report is in the new version's målform, removed values included.
  const lang = languageOf(newA);
  const walker = new Walker(oldA, newA, lang);
  walker.compare(oldA, newA, [], []);
  const changes = walker.changes;
  const costsAt = lastIndexOf(changes, (c) => c.key === 'costs');
  const derived = derivedChanges(derive(oldA), derive(newA), lang);
  // Computed rows belong to 3.8, after the entered ones (or where 3.8 would be).
  const insertAt = costsAt >= 0 ? costsAt + 1 : changes.findIndex((c) => sectionRank(c.key) > sectionRank('costs'));
  changes.splice(insertAt < 0 ? changes.length : insertAt, 0, ...derived);
  return { officeName: newA.parties.officeName, language: lang, changes };
}

const TOP_KEYS = Object.keys(schema.properties ?? {});
const sectionRank = (key: string): number => {
  const i = TOP_KEYS.indexOf(key);
  return i < 0 ? TOP_KEYS.length : i;
};

function lastIndexOf<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

type Segs = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

class Walker {
  readonly changes: Change[] = [];

  constructor(
    private readonly oldData: unknown,
    private readonly newData: unknown,
    private readonly lang: Language,
  ) {}

  compare(oldV: unknown, newV: unknown, oldPath: Segs, newPath: Segs): void {
    if (oldV === undefined && newV === undefined) return;
    if (oldV === undefined) return this.push('added', newPath, undefined, newV);
    if (newV === undefined) return this.push('removed', oldPath, oldV, undefined);
    if (Array.isArray(oldV) && Array.isArray(newV)) return this.compareArrays(oldV, newV, oldPath, newPath);
    if (isObject(oldV) && isObject(newV)) return this.compareObjects(oldV, newV, oldPath, newPath);
    if (!sameScalar(oldV, newV)) this.push('changed', newPath, oldV, newV);
  }

  private compareObjects(oldV: Record<string, unknown>, newV: Record<string, unknown>, oldPath: Segs, newPath: Segs): void {
    const node = schemaAt(pointerOf(newPath));
    const known = Object.keys(node?.properties ?? {});
    const order = (node?.propertyNames as { enum?: string[] } | undefined)?.enum ?? [];
    const extra = [...new Set([...Object.keys(oldV), ...Object.keys(newV)])]
      .filter((k) => !known.includes(k))
      // Checklist ids in the guide's order; anything else alphabetically.
      .sort((a, b) => rank(order, a) - rank(order, b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const key of [...known, ...extra]) this.compare(oldV[key], newV[key], [...oldPath, key], [...newPath, key]);
  }

  private compareArrays(oldV: unknown[], newV: unknown[], oldPath: Segs, newPath: Segs): void {
    const identity = schemaAt(pointerOf(newPath))?.['x-identity'];
    const keyOf = (item: unknown): string | undefined => {
      if (identity === 'value') return typeof item === 'string' || typeof item === 'number' ? `v:${item}` : undefined;
      if (identity && isObject(item)) {
        const k = item[identity];
        return typeof k === 'string' || typeof k === 'number' ? `k:${k}` : undefined;
      }
      return undefined;
    };
    // Match by identity (duplicates pair up in order); items without one pair up by position.
    const pending = new Map<string, number[]>();
    const keyless: number[] = [];
    oldV.forEach((item, i) => {
      const k = keyOf(item);
      if (k === undefined) keyless.push(i);
      else pending.set(k, [...(pending.get(k) ?? []), i]);
    });
    const match = new Map<number, number>(); // new index → old index
    // An item without one (an opening hour) is first paired with an equal item, so a row put in or
    // taken out is one addition or removal, not a change to every row after it.
    newV.forEach((item, j) => {
      if (keyOf(item) !== undefined) return;
      const text = JSON.stringify(item);
      const at = keyless.findIndex((i) => JSON.stringify(oldV[i]) === text);
      if (at >= 0) match.set(j, keyless.splice(at, 1)[0]!);
    });
    newV.forEach((item, j) => {
      if (match.has(j)) return;
      const k = keyOf(item);
      const i = k === undefined ? keyless.shift() : pending.get(k)?.shift();
      if (i !== undefined) match.set(j, i);
    });
    const matchedOld = new Set(match.values());
    const unmatchedOld = oldV.map((_, i) => i).filter((i) => !matchedOld.has(i));
    // A reworded string (a local goal, a service) keeps its place in the list: pair it with the
    // most similar removed string, so the reader sees the rewording, not a removal and an addition.
    if (identity === 'value') {
      const candidates = newV
        .map((item, j) => ({ item, j }))
        .filter(({ j }) => !match.has(j))
        .flatMap(({ item, j }) =>
          unmatchedOld.map((i) => ({ i, j, score: typeof item === 'string' && typeof oldV[i] === 'string' ? similarity(oldV[i] as string, item) : 0 })),
        )
        .filter((c) => c.score >= REWORDED)
        .sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
      for (const c of candidates) {
        if (match.has(c.j) || matchedOld.has(c.i)) continue;
        match.set(c.j, c.i);
        matchedOld.add(c.i);
      }
    }
    newV.forEach((item, j) => {
      const i = match.get(j);
      if (i === undefined) this.push('added', [...newPath, j], undefined, item);
      else this.compare(oldV[i], item, [...oldPath, i], [...newPath, j]);
    });
    oldV.forEach((item, i) => {
      if (!matchedOld.has(i)) this.push('removed', [...oldPath, i], item, undefined);
    });
  }

  private push(kind: Change['kind'], path: Segs, oldV: unknown, newV: unknown): void {
    const pointer = pointerOf(path);
    const data = kind === 'removed' ? this.oldData : this.newData;
    const key = String(path[0] ?? '');
    const change: Change = { pointer, key, section: key ? sectionLabel(key, this.lang) : 'Avtalen', label: label(pointer, data, this.lang), kind, old: oldV ?? null, new: newV ?? null };
    if (oldV !== undefined) change.oldText = displayValue(pointer, oldV, this.oldData, this.lang);
    if (newV !== undefined) change.newText = displayValue(pointer, newV, this.newData, this.lang);
    // Word by word for free text (paragraphs, not one-line names, dates or labels).
    if (kind === 'changed' && typeof oldV === 'string' && typeof newV === 'string' && (schemaAt(pointer)?.maxLength ?? 0) > FREE_TEXT) {
      const parts = wordParts(oldV, newV);
      if (sharesWords(parts)) change.words = parts;
    }
    this.changes.push(change);
  }
}

const rank = (order: readonly string[], key: string): number => {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
};

function sameScalar(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
}

/**
 * The schema label, shortened where it would repeat itself: an item of a list of strings is named
 * by the list (its text is the value shown), and «Årsverk › Saltdal kommune › Årsverk» loses the
 * last «Årsverk».
 */
function label(pointer: string, data: unknown, lang: Language): string {
  const segs = segmentsOf(pointer);
  const parent = pointerOf(segs.slice(0, -1));
  if (segs.length > 1 && schemaAt(parent)?.['x-identity'] === 'value') return labelFor(parent, data, lang);
  const full = labelFor(pointer, data, lang);
  if (segs.length >= 3) {
    const list = labelsOf(schemaAt(pointerOf(segs.slice(0, -2))), lang).title;
    const leaf = labelsOf(schemaAt(pointer), lang).title;
    if (schemaAt(pointerOf(segs.slice(0, -2)))?.type === 'array' && leaf && leaf === list) return full.slice(0, full.lastIndexOf(' › '));
  }
  return full;
}
