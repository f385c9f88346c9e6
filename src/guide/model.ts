import type { Token } from 'marked';
import type { Question } from '../model/checklist.js';

/** A guide source file: its name (for messages) and its Markdown text. */
export interface MarkdownFile {
  name: string;
  text: string;
}

/** One «Til vurdering» question of the guide, as plain text (shared with the audit, which reads no guide). */
export type { Question };

/** One question as it sits in the guide: the plain question plus its inline Markdown for rendering. */
export interface GuideQuestion extends Question {
  /** The question's inline tokens (the id prefix removed). */
  inline: Token[];
}

/** A «Til vurdering» block: its heading level in the source (2, or 4 inside a `###` sub-part) and its questions. */
export interface ChecklistBlock {
  kind: 'checklist';
  depth: number;
  heading: string;
  questions: GuideQuestion[];
}

/** Any other block-level Markdown of a point, as marked lexed it. */
export interface MarkdownBlock {
  kind: 'markdown';
  token: Token;
}

export type GuideBlock = MarkdownBlock | ChecklistBlock;

/** One guide file: the introduction, a point of the agreement, or the attachments. */
export interface GuidePoint {
  /** Source file name, for messages. */
  file: string;
  /** Front matter `section`: «innledning», «3.7», «vedlegg». */
  section: string;
  /** Front matter `title`. */
  title: string;
  /** The template number («3.7») when the section is one; undefined for the introduction and attachments. */
  number?: string;
  /** The top-level schema key with this `x-section` («delegation»); undefined for 3.0 and the unnumbered parts. */
  key?: string;
  blocks: GuideBlock[];
}

/** The whole national guide, parsed. */
export interface Guide {
  points: GuidePoint[];
  /** Every question in document order. */
  questions: GuideQuestion[];
  /**
   * The same guide in nynorsk (guide/nn/*.md): the same files, points, blocks and question ids,
   * only the words differ (src/cli/resources.ts checks it on loading). Absent where only bokmål is loaded.
   */
  nn?: Guide;
}

/** The guide in a målform; nynorsk must have been loaded (no silent fallback to bokmål). */
export function guideIn(guide: Guide, lang: 'nb' | 'nn'): Guide {
  if (lang === 'nb') return guide;
  if (!guide.nn) throw new Error('Veilederen på nynorsk (guide/nn/) er ikke lastet. Dette skal ikke skje; meld fra om feilen.');
  return guide.nn;
}

/**
 * Where two målformer of the guide differ in structure: file names, sections, the kind and depth of
 * every block and the question ids, in order. Empty when they are one guide in two målformer.
 */
export function structureDifferences(nb: Guide, nn: Guide): string[] {
  const shape = (g: Guide) =>
    g.points.map((p) => `${p.file} ${p.section} ${p.blocks.map((b) => (b.kind === 'checklist' ? `checklist${b.depth}[${b.questions.map((q) => q.id).join(',')}]` : `${b.token.type}${'depth' in b.token ? String(b.token.depth) : ''}`)).join(' ')}`);
  const a = shape(nb);
  const b = shape(nn);
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) out.push(`bokmål: ${a[i] ?? '(mangler)'}\nnynorsk: ${b[i] ?? '(mangler)'}`);
  return out;
}

/** «3.7 Delegert myndighet …» for a point, the bare title for the unnumbered parts. */
export const pointHeading = (p: Pick<GuidePoint, 'number' | 'title'>): string => (p.number ? `${p.number} ${p.title}` : p.title);

/** HTML id of a point: «punkt-3.7», «innledning». */
export const pointAnchor = (p: Pick<GuidePoint, 'number' | 'section'>): string => (p.number ? `punkt-${p.number}` : p.section);

/** HTML id of a question: «q-3.7-2». */
export const questionAnchor = (id: string): string => `q-${id}`;
