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
}

/** «3.7 Delegert myndighet …» for a point, the bare title for the unnumbered parts. */
export const pointHeading = (p: Pick<GuidePoint, 'number' | 'title'>): string => (p.number ? `${p.number} ${p.title}` : p.title);

/** HTML id of a point: «punkt-3.7», «innledning». */
export const pointAnchor = (p: Pick<GuidePoint, 'number' | 'section'>): string => (p.number ? `punkt-${p.number}` : p.section);

/** HTML id of a question: «q-3.7-2». */
export const questionAnchor = (id: string): string => `q-${id}`;
