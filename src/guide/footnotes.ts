/**
 * Footnotes in the guide's Markdown, written as in GitHub and Pandoc Markdown: a mark «[^3]» in
 * the text and the note as a paragraph of its own, «[^3]: The note.». marked knows neither, so
 * the renderers take the notes out of the body (Word: word/footnotes.xml; HTML: a notes list with
 * links both ways) and turn each mark into a reference.
 */
import { Lexer, type Token } from 'marked';
import type { BlockView, PointView } from './view.js';

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]+([\s\S]*\S)\s*$/;
/** A mark in running text; the label is group 1. */
export const FOOTNOTE_MARK = /\[\^([^\]\s]+)\]/g;

/** The note's label and inline tokens, when a block is a footnote's text rather than body text. */
export function footnoteDefinition(b: BlockView): { label: string; inline: Token[] } | undefined {
  if (b.kind !== 'markdown' || b.token.type !== 'paragraph') return undefined;
  const m = DEFINITION.exec(b.token.raw.trim());
  return m ? { label: m[1]!, inline: Lexer.lexInline(m[2]!.replace(/\s*\n\s*/g, ' ')) } : undefined;
}

/** Every note of the guide by label, in the order they are written. */
export function footnotes(points: readonly PointView[]): Map<string, Token[]> {
  const notes = new Map<string, Token[]>();
  for (const p of points)
    for (const b of p.blocks) {
      const d = footnoteDefinition(b);
      if (d && !notes.has(d.label)) notes.set(d.label, d.inline);
    }
  return notes;
}

/** Splits text at its footnote marks: text pieces and labels alternate, starting with text. */
export function splitMarks(text: string): string[] {
  return text.split(FOOTNOTE_MARK);
}
