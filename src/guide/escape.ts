/**
 * Escaping for every output format of the guide. Each format has exactly one function, and every
 * piece of text that comes from the guide sources or from an agreement goes through it.
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference: C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Validation keeps
 * them out of agreements; dropping them here means no input can ever make a file Word refuses.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text → XML character data that is also safe inside a double- or single-quoted attribute:
 * `& < > " '` become references (so `]]>` can never close anything), characters XML cannot hold
 * are dropped, everything else (æøå, áčđŋšŧž) is kept as it is.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_REFS[c]!);
}

const XML_REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The HTML page is written as XHTML-compatible HTML, so the XML rules are the HTML rules too. */
export const escapeHtml = escapeXml;

/** Text → Markdown that shows exactly this text inside a line: emphasis, code, links, raw HTML, table pipes and entities are backslash-escaped. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(NOT_XML, '').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/**
 * Text → Markdown that shows exactly this text where it begins a line: as
 * {@link escapeMarkdownInline}, and what would start a block there (a heading, quote, list item,
 * rule or setext underline) is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      escapeMarkdownInline(line)
        .replace(/^(\s*)([#>+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/**
 * Multi-line text for a place inside a line (after a label, in a table cell): the first line is
 * escaped as inline text, each later line as the start of a line, and the line breaks become
 * `sep` (a hard break with the right indentation, or `<br>` in a table cell).
 */
export function markdownLines(text: string, sep: string): string {
  const [first = '', ...rest] = text.replace(/\r\n?/g, '\n').trim().split('\n').map((l) => l.trim());
  return [escapeMarkdownInline(first), ...rest.map(escapeMarkdown)].join(sep);
}
