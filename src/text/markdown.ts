/**
 * The one place that knows how to put user text into the Markdown we write (the diff and audit
 * reports), so that any CommonMark/GFM renderer shows exactly the text that was typed.
 */

/** What CommonMark and GFM read as inline syntax: emphasis, code, links, raw HTML, entities, table pipes, strikethrough, headings, e-mail autolinks. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~&#@]/g;

/**
 * User text as literal inline Markdown on one line: every character CommonMark (and GFM tables)
 * reads as inline syntax is backslash-escaped (`&lt;` stays the four characters, not «<»), GFM's
 * bare-URL autolinks are defused, and each line break becomes `lineBreak` (a list item or a
 * table cell is one line). For text inside a line or after a marker such as `# ` or `- `: block
 * markers at the very start of a line (`-`, `1.`) are not escaped.
 */
export function escapeMarkdown(text: string, lineBreak = ' '): string {
  return text
    .replace(/[ \t]*\r?\n[ \t]*/g, '\n')
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(?<=\bwww)\./gi, '\\.')
    .replace(/\n/g, lineBreak);
}
