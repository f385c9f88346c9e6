/**
 * Which paragraph marks of a run of consecutive paragraphs (a stretch of the body between
 * tables, or one table cell) are tracked as inserted or deleted.
 *
 * An inserted or deleted paragraph normally has its own mark tracked («own» rule): accepting or
 * rejecting joins it to the next paragraph and it disappears. A group at the end of the run has
 * no next paragraph to join (and a cell's last mark cannot go), so there the mark before the
 * group is tracked instead of the group's last one («end» rule) — which is also what Word
 * records when someone types new paragraphs at the end of an existing one.
 *
 * LibreOffice joins two tracked changes of the same kind that meet at an untracked paragraph
 * mark into one, swallowing the mark (rejecting « {+a+}¶{+b+}» then removes the ¶). Where
 * that would happen, the group switches rule, or a reworded paragraph is written as a whole
 * deleted paragraph followed by a whole inserted one, so the marks are never left in between.
 */
import type { Element } from '@xmldom/xmldom';
import { markParagraph, type Status, type Tracker } from './track.js';
import { elements, isW, W } from './xml.js';

export interface RunItem {
  el: Element;
  status: Status;
  /** For a reworded paragraph: the same change as a deleted and an inserted paragraph. */
  split?: () => [RunItem, RunItem];
}

type Edge = 'ins' | 'del' | 'plain' | undefined;

interface Group {
  a: number;
  b: number;
  status: 'ins' | 'del';
  rule: 'own' | 'end';
}

/** Settles the marks of one run, applies them, and returns the paragraphs to write (in order). */
export function settleParagraphRun(t: Tracker, input: readonly RunItem[]): RunItem[] {
  let run = [...input];
  const endRule = new Set<Element>(); // groups (by first paragraph) switched to the end rule
  const given = new Set<Element>(); // paragraphs whose conflict we cannot resolve
  for (let guard = 0; guard < 4 * run.length + 4; guard++) {
    const groups = groupsOf(run, endRule);
    const marks = marksOf(run, groups);
    const conflict = findConflict(run, marks, given);
    if (conflict === undefined) {
      run.forEach((item, i) => {
        for (const m of marks[i]!) markParagraph(t, item.el, m);
      });
      return run;
    }
    const b = conflict + 1;
    const g = groups.find((x) => x.a === b);
    const a = run[conflict]!;
    if (g && g.rule === 'own' && g.b < run.length - 1 && g.a > 0) endRule.add(run[g.a]!.el);
    else if (a.split) run = [...run.slice(0, conflict), ...a.split(), ...run.slice(conflict + 1)];
    else if (run[b]!.split) run = [...run.slice(0, b), ...run[b]!.split!(), ...run.slice(b + 1)];
    else given.add(a.el);
  }
  throw new Error('redline: paragraph marks did not settle');
}

function groupsOf(run: readonly RunItem[], endRule: ReadonlySet<Element>): Group[] {
  const groups: Group[] = [];
  for (let a = 0; a < run.length; ) {
    let b = a;
    while (b + 1 < run.length && run[b + 1]!.status === run[a]!.status) b++;
    const status = run[a]!.status;
    if (status !== 'kept') groups.push({ a, b, status, rule: b === run.length - 1 || endRule.has(run[a]!.el) ? 'end' : 'own' });
    a = b + 1;
  }
  return groups;
}

function marksOf(run: readonly RunItem[], groups: readonly Group[]): ('ins' | 'del')[][] {
  const marks = run.map((): ('ins' | 'del')[] => []);
  for (const g of groups) {
    if (g.rule === 'own') for (let i = g.a; i <= g.b; i++) marks[i]!.push(g.status);
    else {
      for (let i = g.a; i < g.b; i++) marks[i]!.push(g.status);
      if (g.a > 0) marks[g.a - 1]!.push(g.status);
    }
  }
  return marks;
}

/** Index of the first paragraph whose untracked mark sits between two changes of the same kind. */
function findConflict(run: readonly RunItem[], marks: readonly ('ins' | 'del')[][], given: ReadonlySet<Element>): number | undefined {
  for (let i = 0; i + 1 < run.length; i++) {
    if (marks[i]!.length > 0 || given.has(run[i]!.el)) continue;
    const last = edge(run[i]!.el, 'last');
    const first = edge(run[i + 1]!.el, 'first') ?? marks[i + 1]![0];
    if ((last === 'ins' || last === 'del') && last === first) return i;
  }
  return undefined;
}

/** Whether a paragraph's content begins (or ends) with inserted, deleted or untracked text. */
function edge(p: Element, which: 'first' | 'last'): Edge {
  const seq: Edge[] = [];
  const walk = (n: Element, inside: Edge) => {
    for (const c of elements(n)) {
      if (c.namespaceURI !== W) continue;
      if (isW(c, 'pPr')) continue;
      if (isW(c, 'ins') || isW(c, 'del')) walk(c, c.localName as 'ins' | 'del');
      else if (isW(c, 'r')) {
        if (hasText(c)) seq.push(inside ?? 'plain');
      } else walk(c, inside);
    }
  };
  walk(p, undefined);
  return which === 'first' ? seq[0] : seq[seq.length - 1];
}

const hasText = (r: Element): boolean => elements(r).some((c) => (isW(c, 't') || isW(c, 'delText') ? (c.textContent ?? '') !== '' : !isW(c, 'rPr')));
