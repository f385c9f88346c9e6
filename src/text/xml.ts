/**
 * The one place that knows what XML (and the XHTML-compatible HTML we write) cannot hold and how
 * to escape text for it. Every writer of XML or HTML and the validator's «xml-text» format use it.
 */

/**
 * One character XML 1.0 cannot carry at all, not even as a character reference: C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. No `u` flag,
 * so lone surrogates are matched one code unit at a time; no `g` flag, so `exec`/`test` keep no
 * state between calls (use {@link replaceXmlForbidden} to replace them all).
 */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const XML_FORBIDDEN_ALL = new RegExp(XML_FORBIDDEN.source, 'g');

/** Every character XML cannot carry replaced by `by` (dropped by default). */
export function replaceXmlForbidden(text: string, by = ''): string {
  return text.replace(XML_FORBIDDEN_ALL, by);
}

const REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text → XML that is safe both as character data and inside a double- or single-quoted
 * attribute: `& < > " '` become references (so `]]>` can never close anything), characters XML
 * cannot hold are dropped, everything else (æøå, áčđŋšŧž) is kept as it is. Dropping means no
 * input can ever make a file Word or a browser refuses; validation keeps such characters out of
 * agreements in the first place.
 */
export function escapeXml(text: string): string {
  return replaceXmlForbidden(text).replace(/[&<>"']/g, (c) => REFS[c]!);
}

/**
 * Text → XML character data only (not for attributes): as {@link escapeXml}, but quotes stay as
 * they are, so large text such as embedded JSON stays readable and small.
 */
export function escapeXmlText(text: string): string {
  return replaceXmlForbidden(text).replace(/[&<>]/g, (c) => REFS[c]!);
}

/** The HTML pages are written as XHTML-compatible HTML, so the XML rules are the HTML rules too. */
export const escapeHtml = escapeXml;
