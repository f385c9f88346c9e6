/**
 * Escaping for the guide's Markdown output. (XML and HTML use src/text/xml.ts, like every other
 * writer.) Every piece of text that comes from the guide sources or from an agreement goes
 * through one of these or through escapeXml/escapeHtml.
 */
import { escapeMarkdown as escapeInline } from '../text/markdown.js';
import { replaceXmlForbidden } from '../text/xml.js';

/** Text → Markdown that shows exactly this text inside a line (the project's one inline escaper, src/text/markdown.ts). */
export function escapeMarkdownInline(text: string): string {
  return escapeInline(replaceXmlForbidden(text));
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
