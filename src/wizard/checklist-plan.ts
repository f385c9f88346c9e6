/**
 * The «Til vurdering» questions as the wizard and `partnerskap checklist` ask them, computed from
 * the parsed guide (the caller loads it): one part per point of the agreement, the questions in
 * the guide's order, each block of questions with the guide's own text about it as help. Pure:
 * a question added to guide/*.md is asked without any change here.
 */
import type { Token, Tokens } from 'marked';
import { collapse, plainText } from '../guide/inline.js';
import type { Guide, GuidePoint } from '../guide/model.js';

export interface ChecklistQuestion {
  /** «3.7-2». */
  id: string;
  /** The question as the guide words it, plain text. */
  text: string;
}

/** A run of questions and the guide text they follow (one «Til vurdering» block). */
export interface ChecklistBlock {
  /** The guide's text about these questions: the sub-part's heading and paragraphs, or «Hva omhandler punktet». */
  help?: string;
  questions: ChecklistQuestion[];
}

/** One point of the agreement that has questions. */
export interface ChecklistPoint {
  /** «3.7». */
  number: string;
  /** «3.7 Delegert myndighet til NAV-leder, og …». */
  heading: string;
  blocks: ChecklistBlock[];
}

// As in src/guide (footnotes.ts, view.ts), repeated here so the wizard does not load the guide's renderers.
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]/g;
const isLabelHeading = (text: string): boolean => /^(hva omhandler punktet|til vurdering):?$/i.test(text.trim());

/** A paragraph that is a footnote's own text («[^3]: …»), not body text. */
const isFootnote = (t: Token): boolean => t.type === 'paragraph' && /^\[\^[^\]\s]+\]:/.test(t.raw.trim());

/** Body text as a reader sees it, footnote marks removed. */
const readable = (tokens: readonly Token[]): string => collapse(plainText(tokens).replace(FOOTNOTE_MARK, ''));

/** A block-level token as plain lines: a paragraph as one, a list as «• item» lines. */
function lines(t: Token): string[] {
  if (t.type === 'paragraph') return [readable((t as Tokens.Paragraph).tokens)];
  if (t.type === 'list') return (t as Tokens.List).items.map((item) => `• ${readable(item.tokens)}`);
  return [];
}

function pointBlocks(point: GuidePoint): ChecklistBlock[] {
  const blocks: ChecklistBlock[] = [];
  // The text since the last heading: what a «Til vurdering» block that follows is about.
  let context: string[] = [];
  for (const b of point.blocks) {
    if (b.kind === 'checklist') {
      const help = context.filter(Boolean).join('\n\n');
      blocks.push({ help: help || undefined, questions: b.questions.map(({ id, text }) => ({ id, text })) });
      context = [];
    } else if (b.token.type === 'heading') {
      const text = collapse(plainText((b.token as Tokens.Heading).tokens));
      context = isLabelHeading(text) ? [] : [text];
    } else if (!isFootnote(b.token)) context.push(...lines(b.token));
  }
  return blocks;
}

/** The points with questions, in the guide's order. */
export function checklistPlan(guide: Guide): ChecklistPoint[] {
  return guide.points
    .filter((p) => p.number !== undefined)
    .map((p) => ({ number: p.number!, heading: `${p.number} ${p.title}`, blocks: pointBlocks(p) }))
    .filter((p) => p.blocks.some((b) => b.questions.length > 0));
}

/** Every question id in the guide's order: the order answers are kept in. */
export const questionOrder = (plan: readonly ChecklistPoint[]): string[] => plan.flatMap((p) => p.blocks.flatMap((b) => b.questions.map((q) => q.id)));
