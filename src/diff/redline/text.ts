/**
 * The text of paragraphs and table rows as a reader sees it, and the runs it comes from, so a
 * word-level comparison can be mapped back onto runs with their formatting.
 */
import type { Element } from '@xmldom/xmldom';
import { elements, isW, W as W_NS } from './xml.js';

/** A stretch of text from one run, with that run's properties (w:rPr), if any. */
export interface Piece {
  rPr: Element | undefined;
  text: string;
}

/** Run content that stands for one character of text. */
const CHAR_ELEMENTS: Record<string, string> = { tab: '\t', cr: '\n', noBreakHyphen: '\u2011', softHyphen: '\u00ad' };
/** Run content with no text that may be dropped when a paragraph is rebuilt. */
const IGNORABLE_IN_RUN = new Set(['rPr', 'lastRenderedPageBreak']);
/** Paragraph content with no text that may be dropped when a paragraph is rebuilt. */
const IGNORABLE_IN_PARAGRAPH = new Set(['pPr', 'proofErr']);

/**
 * A paragraph as pieces of text, or undefined when it holds anything a rebuilt paragraph could
 * not reproduce (fields, drawings, hyperlinks, bookmarks, earlier tracked changes): such a
 * paragraph is then replaced as a whole instead of word by word.
 */
export function pieces(p: Element): Piece[] | undefined {
  const out: Piece[] = [];
  for (const child of elements(p)) {
    if (child.namespaceURI === W_NS && IGNORABLE_IN_PARAGRAPH.has(child.localName ?? '')) continue;
    if (!isW(child, 'r')) return undefined;
    const rPr = elements(child).find((c) => isW(c, 'rPr'));
    let text = '';
    for (const c of elements(child)) {
      const name = c.localName ?? '';
      if (isW(c, 't')) text += c.textContent ?? '';
      else if (isW(c, 'br') && (c.getAttributeNS(W_NS, 'type') ?? 'textWrapping') === 'textWrapping') text += '\n';
      else if (c.namespaceURI === W_NS && name in CHAR_ELEMENTS) text += CHAR_ELEMENTS[name];
      else if (!(c.namespaceURI === W_NS && IGNORABLE_IN_RUN.has(name))) return undefined;
    }
    if (text) out.push({ rPr, text });
  }
  return out;
}


/** The visible text of any element: w:t, tabs and breaks, in document order (w:delText excluded). */
export function textOf(el: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (const c of elements(n)) {
      const name = c.localName ?? '';
      if (c.namespaceURI !== W_NS) continue;
      if (name === 't') out += c.textContent ?? '';
      else if (name === 'br' || name === 'cr') out += '\n';
      else if (name in CHAR_ELEMENTS) out += CHAR_ELEMENTS[name];
      else if (name === 'p' || name === 'tc') {
        walk(c);
        out += name === 'p' ? '\u2029' : '\u0001';
      } else if (name !== 'delText' && name !== 'instrText') walk(c);
    }
  };
  walk(el);
  return out;
}
