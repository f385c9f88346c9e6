/**
 * The new agreement as a Word document with tracked changes against the old one («redline»):
 * both versions are rendered, their bodies aligned block by block (paragraphs and table rows),
 * and the differences written as Word revisions. Accepting all changes gives the new document's
 * text, rejecting all gives the old one's. Headers and footers are the new version's, untracked, and
 * the package says it is a comparison (comparison.ts).
 */
import type { Document, Element } from '@xmldom/xmldom';
import PizZip from '../../ooxml/pizzip.js';
import { restampDocumentText } from '../../embed/embed.js';
import { zipToBuffer } from '../../ooxml/package.js';
import { similarity, wordParts } from '../words.js';
import { align, type Step } from './align.js';
import { pieces, textOf, type Piece } from './text.js';
import { comparisonNote, markPackage, noteParagraph, styleOf } from './comparison.js';
import type { Language } from '../../model/schema.js';
import { settleParagraphRun, type RunItem } from './marks.js';
import { markParagraph, markRow, markRuns, pPrOf, Tracker } from './track.js';
import { elements, firstW, isW, parseXml, serializeXml, W, wElement } from './xml.js';

export interface RedlineOptions {
  /** The generation date, ÅÅÅÅ-MM-DD (--today, else today): every change is dated by it. */
  date: string;
  /** The two agreements' own dates (ÅÅÅÅ-MM-DD), for the note on the first page. */
  versions: { old: string; new: string };
  author?: string;
  /** The new agreement's målform: the note and the «Sammenligning» prefix are written in it. */
  language?: Language;
}

/** Paragraphs (or rows) sharing less of their wording than this are shown as removed and added. */
const PAIR_THRESHOLD = 0.4;
const MAIN = 'word/document.xml';

type Block = { kind: 'p'; el: Element } | { kind: 'row'; el: Element; table: Element } | { kind: 'other'; el: Element };

/** What goes into the output body, before paragraph marks are settled. */
type Out = ({ kind: 'p' } & RunItem) | { kind: 'row'; el: Element; table: Element } | { kind: 'other'; el: Element };

/**
 * Builds the redline from the two rendered documents. Pure and deterministic: the same two
 * documents and options give the same bytes. The package (styles, numbering, embedded data) is
 * the new document's.
 */
export function redline(oldDocx: Uint8Array, newDocx: Uint8Array, opts: RedlineOptions): Buffer {
  const oldZip = new PizZip(oldDocx);
  const newZip = new PizZip(newDocx);
  const oldDoc = parseXml(oldZip.file(MAIN)!.asText(), `gammel ${MAIN}`);
  const newDoc = parseXml(newZip.file(MAIN)!.asText(), `ny ${MAIN}`);
  const tracker = new Tracker(newDoc, opts.author ?? 'partnerskap', `${opts.date}T00:00:00Z`, maxId(newDoc) + 1);
  new Redliner(oldDoc, newDoc, tracker).run(comparisonNote(opts.versions.old, opts.versions.new, opts.language));
  newZip.file(MAIN, serializeXml(newDoc));
  markPackage(newZip, opts.language);
  // The embedded data stays the new version's, which the accepted redline shows; its record of
  // the document text is renewed, so reading the data back does not warn of hand edits.
  restampDocumentText(newZip);
  return zipToBuffer(newZip);
}

/** The largest w:id in use (bookmarks), so revision ids never collide with them. */
function maxId(doc: Document): number {
  let max = 0;
  const all = doc.getElementsByTagNameNS(W, '*');
  for (let i = 0; i < all.length; i++) {
    const id = Number(all.item(i)!.getAttributeNS(W, 'id'));
    if (Number.isInteger(id) && id > max) max = id;
  }
  return max;
}

class Redliner {
  constructor(
    private readonly oldDoc: Document,
    private readonly newDoc: Document,
    private readonly t: Tracker,
  ) {}

  /** Revises the new body against the old, with `note` (untracked) under the title. */
  run(note: string): void {
    const oldBody = firstW(this.oldDoc.documentElement!, 'body')!;
    const newBody = firstW(this.newDoc.documentElement!, 'body')!;
    const sectPr = elements(newBody).filter((c) => isW(c, 'sectPr')).pop();
    const steps = align(blocks(oldBody), blocks(newBody), { key: blockKey, similarity: blockSimilarity, threshold: PAIR_THRESHOLD });
    const out = steps.flatMap((s) => this.step(s));
    // Under the title and subtitle as the new version has them, else first.
    const titled = (style: string) => out.findIndex((o) => o.kind === 'p' && o.status !== 'del' && styleOf(o.el) === style);
    const at = Math.max(titled('Subtitle'), titled('Title')) + 1;
    out.splice(at, 0, { kind: 'p', el: noteParagraph(this.newDoc, note), status: 'kept' });
    while (newBody.firstChild) newBody.removeChild(newBody.firstChild);
    this.emitBody(newBody, out);
    if (sectPr) newBody.appendChild(sectPr);
  }

  private import(el: Element): Element {
    return el.ownerDocument === this.newDoc ? el : (this.newDoc.importNode(el, true) as Element);
  }

  private step(s: Step<Block>): Out[] {
    if (s.op === 'equal') {
      if (s.new.kind === 'p') {
        this.trackParagraphProperties(s.old.el, s.new.el);
        return [{ kind: 'p', el: s.new.el, status: 'kept' }];
      }
      return [s.new];
    }
    if (s.op === 'insert') {
      const b = s.new;
      if (b.kind === 'p') {
        markRuns(this.t, b.el, 'ins');
        return [{ kind: 'p', el: b.el, status: 'ins' }];
      }
      if (b.kind === 'row') this.wholeRow(b.el, 'ins');
      return [b];
    }
    if (s.op === 'delete') {
      const b = s.old;
      if (b.kind === 'other') return []; // Not trackable; the new version simply lacks it.
      const el = this.import(b.el);
      if (b.kind === 'p') {
        markRuns(this.t, el, 'del');
        return [{ kind: 'p', el, status: 'del' }];
      }
      this.wholeRow(el, 'del');
      return [{ kind: 'row', el, table: b.table }];
    }
    // changed
    if (s.old.kind === 'p' && s.new.kind === 'p') {
      const p = this.changedParagraph(s.old.el, s.new.el);
      const whole = () => this.step({ op: 'delete', old: s.old }).concat(this.step({ op: 'insert', new: s.new })) as unknown as [RunItem, RunItem];
      if (p) return [{ kind: 'p', el: p, status: 'kept', split: whole }];
    } else if (s.old.kind === 'row' && s.new.kind === 'row') {
      if (this.changedRow(s.old.el, s.new.el)) return [s.new];
    }
    return [...this.step({ op: 'delete', old: s.old }), ...this.step({ op: 'insert', new: s.new })];
  }

  /**
   * A new paragraph with word-level revisions against the old, or undefined if either holds more
   * than runs of text. The originals are left as they are (the change may yet be written whole).
   */
  private changedParagraph(oldP: Element, newP: Element): Element | undefined {
    const before = pieces(oldP);
    const after = pieces(newP);
    if (!before || !after) return undefined;
    const p = newP.cloneNode(false) as Element;
    const pPr = firstW(newP, 'pPr');
    if (pPr) p.appendChild(pPr.cloneNode(true));
    this.trackParagraphProperties(oldP, p);
    let o = 0;
    let n = 0;
    for (const part of wordParts(join(before), join(after))) {
      const len = part.text.length;
      if (part.op === 'equal') {
        for (const r of this.runs(after, n, n + len, false)) p.appendChild(r);
        o += len;
        n += len;
      } else if (part.op === 'added') {
        p.appendChild(this.wrap('ins', this.runs(after, n, n + len, false)));
        n += len;
      } else {
        p.appendChild(this.wrap('del', this.runs(before, o, o + len, true)));
        o += len;
      }
    }
    return p;
  }

  private wrap(name: 'ins' | 'del', runs: Element[]): Element {
    const el = this.t.change(name);
    for (const r of runs) el.appendChild(r);
    return el;
  }

  /** Runs for the characters [start, end) of a paragraph's text, each with its piece's formatting. */
  private runs(list: readonly Piece[], start: number, end: number, deleted: boolean): Element[] {
    const out: Element[] = [];
    let at = 0;
    for (const piece of list) {
      const from = Math.max(start, at);
      const to = Math.min(end, at + piece.text.length);
      if (from < to) {
        const r = wElement(this.newDoc, 'r');
        if (piece.rPr) r.appendChild(this.newDoc.importNode(piece.rPr, true));
        for (const token of piece.text.slice(from - at, to - at).match(/\t|\n|\u2011|\u00ad|[^\t\n\u2011\u00ad]+/g) ?? []) {
          if (token === '\t') r.appendChild(wElement(this.newDoc, 'tab'));
          else if (token === '\n') r.appendChild(wElement(this.newDoc, 'br'));
          else if (token === '\u2011') r.appendChild(wElement(this.newDoc, 'noBreakHyphen'));
          else if (token === '\u00ad') r.appendChild(wElement(this.newDoc, 'softHyphen'));
          else {
            const t = wElement(this.newDoc, deleted ? 'delText' : 't', { 'xml:space': 'preserve' });
            t.appendChild(this.newDoc.createTextNode(token));
            r.appendChild(t);
          }
        }
        out.push(r);
      }
      at += piece.text.length;
    }
    return out;
  }

  /** Records a change of paragraph formatting (style, list, spacing) as w:pPrChange. */
  private trackParagraphProperties(oldP: Element, newP: Element): void {
    const base = (p: Element) => {
      const pPr = firstW(p, 'pPr');
      return pPr ? elements(pPr).filter((c) => !isW(c, 'rPr') && !isW(c, 'sectPr') && !isW(c, 'pPrChange')) : [];
    };
    const oldBase = base(oldP);
    const key = (els: Element[]) => els.map((e) => e.toString()).join('');
    if (key(oldBase) === key(base(newP))) return;
    const change = this.t.change('pPrChange');
    const was = wElement(this.newDoc, 'pPr');
    for (const c of oldBase) was.appendChild(this.newDoc.importNode(c, true));
    change.appendChild(was);
    pPrOf(this.newDoc, newP).appendChild(change);
  }

  /** A whole row inserted or deleted: the row mark, every run, and the paragraph marks but each cell's last. */
  private wholeRow(tr: Element, status: 'ins' | 'del'): void {
    markRow(this.t, tr, status);
    for (const tc of elements(tr).filter((c) => isW(c, 'tc'))) {
      const paras = elements(tc).filter((c) => isW(c, 'p'));
      for (const p of paras) markRuns(this.t, p, status);
      for (const p of paras.slice(0, -1)) markParagraph(this.t, p, status);
    }
  }

  /** Revises a row cell by cell, paragraph by paragraph; false when the rows are not alike enough to. */
  private changedRow(oldTr: Element, newTr: Element): boolean {
    const cells = (tr: Element) => elements(tr).filter((c) => isW(c, 'tc'));
    const simple = (tc: Element) => elements(tc).every((c) => isW(c, 'tcPr') || isW(c, 'p'));
    const oldCells = cells(oldTr);
    const newCells = cells(newTr);
    if (oldCells.length !== newCells.length || ![...oldCells, ...newCells].every(simple)) return false;
    newCells.forEach((tc, i) => {
      const paras = (c: Element) => elements(c).filter((x) => isW(x, 'p')).map((el): Block => ({ kind: 'p', el }));
      // Every paragraph of a cell is paired with one of the old cell's if it can be, even when
      // they share no word («40,58 %» → «39,44 %»), so each changed cell shows its old value
      // deleted and its new one inserted in the same paragraph, like every other changed cell.
      const pairAll = (a: Block, b: Block) => Math.max(blockSimilarity(a, b), Number.EPSILON);
      const steps = align(paras(oldCells[i]!), paras(tc), { key: blockKey, similarity: pairAll, threshold: 0 });
      const out = settleParagraphRun(this.t, steps.flatMap((s) => this.step(s)) as RunItem[]);
      for (const p of elements(tc).filter((x) => isW(x, 'p'))) tc.removeChild(p);
      for (const o of out) tc.appendChild(o.el);
    });
    return true;
  }

  /** Writes paragraphs and rows into the body, regrouping rows into tables. */
  private emitBody(body: Element, out: Out[]): void {
    let table: { source: Element; el: Element } | undefined;
    let run: RunItem[] = [];
    const endRun = () => {
      for (const item of settleParagraphRun(this.t, run)) body.appendChild(item.el);
      run = [];
    };
    for (const item of out) {
      if (item.kind === 'p') {
        table = undefined;
        run.push(item);
        continue;
      }
      endRun();
      if (item.kind === 'other') {
        table = undefined;
        body.appendChild(item.el);
        continue;
      }
      // Rows of the new version go into a copy of their table; a deleted row joins the table
      // being written (or, if its whole table is gone, a copy of the old table).
      const fromNew = item.table.ownerDocument === this.newDoc;
      if (!table || (fromNew && table.source !== item.table)) {
        table = { source: item.table, el: this.tableShell(item.table) };
        body.appendChild(table.el);
      }
      table.el.appendChild(item.el);
    }
    endRun();
  }

  /** A copy of a table without its rows (table properties and grid). */
  private tableShell(source: Element): Element {
    const shell = (source.ownerDocument === this.newDoc ? source.cloneNode(false) : this.newDoc.importNode(source, false)) as Element;
    for (const c of elements(source)) if (!isW(c, 'tr')) shell.appendChild(this.newDoc.importNode(c, true));
    return shell;
  }
}

const join = (list: readonly Piece[]): string => list.map((p) => p.text).join('');

function blocks(body: Element): Block[] {
  return elements(body).flatMap((el): Block[] => {
    if (isW(el, 'sectPr')) return [];
    if (isW(el, 'p')) return [{ kind: 'p', el }];
    if (isW(el, 'tbl')) return elements(el).filter((r) => isW(r, 'tr')).map((row) => ({ kind: 'row', el: row, table: el }));
    return [{ kind: 'other', el }];
  });
}

function blockKey(b: Block): string {
  return `${b.kind}\u0000${textOf(b.el)}`;
}

/** Rows are alike when their first cells (the row's label) are; paragraphs by shared words. */
function blockSimilarity(a: Block, b: Block): number {
  if (a.kind !== b.kind || a.kind === 'other') return 0;
  if (a.kind === 'row') {
    const cells = (el: Element) => elements(el).filter((c) => isW(c, 'tc'));
    const ca = cells(a.el);
    const cb = cells(b.el);
    if (ca.length !== cb.length) return 0;
    const first = textOf(ca[0]!).trim();
    if (first && first === textOf(cb[0]!).trim()) return 1;
  }
  const ta = textOf(a.el);
  const tb = textOf(b.el);
  if (ta.trim() === '' && tb.trim() === '') return 1;
  return similarity(ta, tb);
}
