/**
 * Tracked-change markup in the element order ECMA-376 requires (Word refuses documents that get
 * it wrong): w:ins/w:del around runs, w:delText for deleted text, the paragraph mark's change
 * first in the w:rPr that sits at the end of w:pPr, a row's change at the end of w:trPr.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { elements, firstW, insertBefore, isW, W, wElement } from './xml.js';

export type Status = 'kept' | 'ins' | 'del';

/** Author, date and a source of unique ids for the changes of one document. */
export class Tracker {
  private next: number;

  constructor(
    readonly doc: Document,
    readonly author: string,
    readonly date: string,
    firstId: number,
  ) {
    this.next = firstId;
  }

  /** A w:ins or w:del (or w:pPrChange) with the next unique id. */
  change(name: 'ins' | 'del' | 'pPrChange'): Element {
    return wElement(this.doc, name, { 'w:id': String(this.next++), 'w:author': this.author, 'w:date': this.date });
  }
}

/** Children of w:pPr that come after w:rPr (CT_PPr: pPrBase, rPr, sectPr, pPrChange). */
const AFTER_PARA_RPR = ['sectPr', 'pPrChange'];
/** Containers of runs inside a paragraph whose runs are marked too. */
const RUN_CONTAINERS = new Set(['hyperlink', 'smartTag', 'fldSimple', 'customXml', 'sdt', 'sdtContent', 'dir', 'bdo']);

/** The paragraph's w:pPr, created as its first child if missing. */
export function pPrOf(doc: Document, p: Element): Element {
  const found = firstW(p, 'pPr');
  if (found) return found;
  const pPr = wElement(doc, 'pPr');
  p.insertBefore(pPr, p.firstChild);
  return pPr;
}

/** Marks a paragraph's mark (its pilcrow) as inserted or deleted. */
export function markParagraph(t: Tracker, p: Element, status: 'ins' | 'del'): void {
  const pPr = pPrOf(t.doc, p);
  let rPr = firstW(pPr, 'rPr');
  if (!rPr) {
    rPr = wElement(t.doc, 'rPr');
    insertBefore(pPr, rPr, AFTER_PARA_RPR);
  }
  if (firstW(rPr, status)) return;
  // CT_ParaRPr: ins?, del?, moveFrom?, moveTo?, then the formatting.
  if (status === 'ins') rPr.insertBefore(t.change('ins'), rPr.firstChild);
  else insertBefore(rPr, t.change('del'), elements(rPr).filter((c) => !isW(c, 'ins')).map((c) => c.localName ?? ''));
}

/** Wraps every run of a paragraph (or cell) in w:ins / w:del; deleted text becomes w:delText. */
export function markRuns(t: Tracker, container: Element, status: 'ins' | 'del'): void {
  let group: Element | undefined;
  for (const child of elements(container)) {
    if (isW(child, 'r')) {
      if (status === 'del') toDeleted(t.doc, child);
      if (!group) {
        group = t.change(status);
        container.insertBefore(group, child);
      }
      group.appendChild(child);
      continue;
    }
    group = undefined;
    if (status === 'del' && (isW(child, 'bookmarkStart') || isW(child, 'bookmarkEnd'))) container.removeChild(child);
    else if (child.namespaceURI === W && RUN_CONTAINERS.has(child.localName ?? '')) markRuns(t, child, status);
  }
}

/** w:t → w:delText and w:instrText → w:delInstrText, keeping attributes (xml:space) and text. */
export function toDeleted(doc: Document, run: Element): void {
  for (const c of elements(run)) {
    const name = isW(c, 't') ? 'delText' : isW(c, 'instrText') ? 'delInstrText' : undefined;
    if (!name) continue;
    const repl = wElement(doc, name);
    for (let i = 0; i < c.attributes.length; i++) {
      const a = c.attributes.item(i)!;
      repl.setAttributeNS(a.namespaceURI, a.name, a.value);
    }
    while (c.firstChild) repl.appendChild(c.firstChild);
    run.replaceChild(repl, c);
  }
}

/** Marks a table row inserted or deleted (w:trPr/w:ins, w:trPr/w:del). */
export function markRow(t: Tracker, tr: Element, status: 'ins' | 'del'): void {
  let trPr = firstW(tr, 'trPr');
  if (!trPr) {
    trPr = wElement(t.doc, 'trPr');
    const after = firstW(tr, 'tblPrEx');
    tr.insertBefore(trPr, after ? after.nextSibling : tr.firstChild);
  }
  // CT_TrPr: the row properties, then ins?, del?, trPrChange?.
  insertBefore(trPr, t.change(status), status === 'ins' ? ['del', 'trPrChange'] : ['trPrChange']);
}
