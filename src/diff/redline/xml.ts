/** DOM helpers for WordprocessingML, on @xmldom/xmldom. */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ELEMENT_NODE = 1;

/** Parses a part strictly: any error or warning is a bug in the part, and throws. */
export function parseXml(xml: string, part: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${part}: ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

/** Serializes a part with the XML declaration Word expects. */
export function serializeXml(doc: Document): string {
  const body = new XMLSerializer().serializeToString(doc).replace(/^<\?xml[^>]*\?>\s*/, '');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

export const isElement = (n: Node | null | undefined): n is Element => !!n && n.nodeType === ELEMENT_NODE;

/** Whether a node is the WordprocessingML element `w:<name>`. */
export const isW = (n: Node | null | undefined, name: string): boolean => isElement(n) && n.namespaceURI === W && n.localName === name;

/** The element children of a node, as an array (safe to mutate the parent while iterating). */
export function elements(n: Node): Element[] {
  const out: Element[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export const firstW = (n: Node, name: string): Element | undefined => elements(n).find((c) => isW(c, name));

/** Creates `w:<name>` with w:-prefixed attributes, in the given order. */
export function wElement(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
  const el = doc.createElementNS(W, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(k.startsWith('xml:') ? 'http://www.w3.org/XML/1998/namespace' : W, k.includes(':') ? k : `w:${k}`, v);
  return el;
}

/** Inserts `child` into `parent` before the first child whose local name is in `before`, else appends. */
export function insertBefore(parent: Element, child: Node, before: readonly string[]): void {
  const ref = elements(parent).find((c) => c.namespaceURI === W && before.includes(c.localName ?? ''));
  parent.insertBefore(child, ref ?? null);
}
