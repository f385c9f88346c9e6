import { unitWordsDiff } from './tokens.js';
import type { WordPart } from './types.js';

/**
 * Word-by-word comparison of two texts. Every character of both texts is kept: the `equal` and
 * `removed` parts spell the old text, `equal` and `added` the new one (the redline relies on it).
 * Numbers, amounts, percentages and dates are compared as whole units (see tokens.ts).
 */
export function wordParts(oldText: string, newText: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const c of unitWordsDiff.diff(oldText, newText)) {
    const op = c.added ? 'added' : c.removed ? 'removed' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return tidy(parts);
}

/**
 * A lone space or punctuation mark between two edits that together reword something is folded
 * into both, so «[-a-] [-b-]{+c+}» reads as the phrase «[-a b-]{+ … c+}» it is.
 */
function tidy(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (p.op === 'equal' && /^[\s,.;:]{1,2}$/.test(p.text) && prev && prev.op !== 'equal' && next && next.op !== 'equal' && replaces(out, parts, i)) {
      // Split the glue into a removed and an added copy, merging with the edits on both sides.
      absorb(out, 'removed', p.text);
      absorb(out, 'added', p.text);
      continue;
    }
    // «{+,+} {+utdanning +}» → «{+, utdanning+} »: the same text, one insertion.
    if (p.op === 'equal' && /^[\s,.;:]{1,2}$/.test(p.text) && prev && next && prev.op !== 'equal' && next.op === prev.op && next.text.endsWith(p.text) && next.text.length > p.text.length && parts[i + 2]?.op !== next.op) {
      prev.text += p.text + next.text.slice(0, -p.text.length);
      out.push({ op: 'equal', text: p.text });
      i++;
      continue;
    }
    if (p.op !== 'equal') absorb(out, p.op, p.text);
    else out.push({ ...p });
  }
  return out;
}

/** Whether the edits on both sides of the glue at `i` remove and add something (a rewording, not a pure insertion or deletion). */
function replaces(out: readonly WordPart[], parts: readonly WordPart[], i: number): boolean {
  const ops = new Set<string>();
  for (let k = out.length - 1; k >= 0 && out[k]!.op !== 'equal'; k--) ops.add(out[k]!.op);
  for (let k = i + 1; k < parts.length && parts[k]!.op !== 'equal'; k++) ops.add(parts[k]!.op);
  return ops.has('removed') && ops.has('added');
}

/** Appends to the trailing run of edits, keeping removed before added within it. */
function absorb(out: WordPart[], op: 'removed' | 'added', text: string): void {
  let start = out.length;
  while (start > 0 && out[start - 1]!.op !== 'equal') start--;
  const run = out.splice(start);
  const removed = run.filter((r) => r.op === 'removed').map((r) => r.text).join('') + (op === 'removed' ? text : '');
  const added = run.filter((r) => r.op === 'added').map((r) => r.text).join('') + (op === 'added' ? text : '');
  if (removed) out.push({ op: 'removed', text: removed });
  if (added) out.push({ op: 'added', text: added });
}

/** Whether two texts share at least one word, so an inline comparison says more than «old → new». */
export const sharesWords = (parts: readonly WordPart[]): boolean => parts.some((p) => p.op === 'equal' && /[\p{L}\p{N}]/u.test(p.text));

/** Word overlap of two texts (Dice coefficient on their words), from 0 to 1. */
export function similarity(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}
