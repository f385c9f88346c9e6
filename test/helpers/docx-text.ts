/**
 * Everything a reader of a .docx can see as text, read from the package independently of the
 * code that wrote it: the paragraphs of the body, headers, footers and notes (w:t, with tabs and
 * breaks, never field instructions or deleted text), the titles and descriptions tables give
 * screen readers, the names of the document's own styles, and the properties Word shows under
 * Fil › Egenskaper. Each piece is labelled with its part, so a finding says where a word is.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/** One user-visible text of a document and where it is («word/document.xml», «docProps/core.xml»). */
export interface PartText {
  part: string;
  text: string;
}

/** Parts with paragraphs a reader sees. */
const STORY = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;
/** Core properties Word shows under Fil › Egenskaper (dates and language are not words). */
const CORE = new Set(['title', 'subject', 'description', 'keywords', 'creator', 'lastModifiedBy', 'category']);

function parse(xml: string, part: string) {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${part}: XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

const elements = (root: Node): Element[] => {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 1) {
        out.push(c as Element);
        walk(c);
      }
  };
  walk(root);
  return out;
};

/** A paragraph's text as Word shows it: runs joined, tabs and breaks as white space. */
function paragraphText(p: Element): string {
  let text = '';
  for (const e of elements(p)) {
    if (e.namespaceURI !== W) continue;
    // w:t only: w:delText (deleted text) and w:instrText (field codes) are not what a reader sees.
    if (e.localName === 't') text += e.textContent ?? '';
    else if (e.localName === 'tab') text += '\t';
    else if (e.localName === 'br' || e.localName === 'cr') text += '\n';
    else if (e.localName === 'noBreakHyphen') text += '-';
  }
  return text;
}

/** The readable text of every part of a .docx, in package order, as «part: text» pieces. */
export function docxTexts(docx: Buffer): PartText[] {
  const zip = new PizZip(docx);
  const out: PartText[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const name = entry.name;
    if (STORY.test(name)) {
      const doc = parse(entry.asText(), name);
      const paragraphs = elements(doc).filter((e) => e.namespaceURI === W && e.localName === 'p' && !hasParagraphAncestor(e));
      out.push({ part: name, text: paragraphs.map(paragraphText).join('\n') });
      const table = elements(doc).filter((e) => e.namespaceURI === W && (e.localName === 'tblCaption' || e.localName === 'tblDescription'));
      if (table.length) out.push({ part: `${name} (tabelltitler)`, text: table.map((e) => e.getAttributeNS(W, 'val') ?? '').join('\n') });
    } else if (name === 'word/styles.xml') {
      const doc = parse(entry.asText(), name);
      const own = elements(doc).filter((e) => e.namespaceURI === W && e.localName === 'style' && e.getAttributeNS(W, 'customStyle') === '1');
      const names = own.flatMap((s) => elements(s).filter((e) => e.namespaceURI === W && e.localName === 'name').map((e) => e.getAttributeNS(W, 'val') ?? ''));
      out.push({ part: `${name} (stilnavn)`, text: names.join('\n') });
    } else if (name === 'docProps/core.xml') {
      const doc = parse(entry.asText(), name);
      out.push({ part: name, text: elements(doc).filter((e) => CORE.has(e.localName ?? '')).map((e) => e.textContent ?? '').join('\n') });
    } else if (name === 'docProps/custom.xml') {
      const doc = parse(entry.asText(), name);
      const props = elements(doc).filter((e) => e.localName === 'property');
      const lines = props.flatMap((p) => [p.getAttribute('name') ?? '', ...elements(p).filter((e) => e.namespaceURI === VT && e.localName === 'lpwstr').map((e) => e.textContent ?? '')]);
      out.push({ part: name, text: lines.join('\n') });
    } else if (name === 'docProps/app.xml') {
      const doc = parse(entry.asText(), name);
      out.push({ part: name, text: elements(doc).filter((e) => e.localName === 'Company').map((e) => e.textContent ?? '').join('\n') });
    }
  }
  return out;
}

/** A paragraph inside a paragraph (a text box) is read with its outer paragraph. */
function hasParagraphAncestor(e: Element): boolean {
  for (let a = e.parentNode; a; a = a.parentNode) if (a.nodeType === 1 && (a as Element).namespaceURI === W && (a as Element).localName === 'p') return true;
  return false;
}

/** All readable text of a .docx as one string (parts separated by blank lines). */
export const docxPlainText = (docx: Buffer): string =>
  docxTexts(docx)
    .map((t) => t.text)
    .join('\n\n');
