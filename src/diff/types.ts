import type { Language } from '../model/schema.js';

/** What changed between two versions of an agreement, in the agreement's own terms. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** One piece of a word-by-word comparison of two texts. */
export interface WordPart {
  op: 'equal' | 'removed' | 'added';
  text: string;
}

export interface Change {
  /**
   * JSON pointer of the value: into the new version, or into the old one for `removed`.
   * Computed values have pointers under `/costs/derived/…`, which are not in the data.
   */
  pointer: string;
  /** Top-level key the change belongs to (`costs`), for grouping in schema order. */
  key: string;
  /** «3.8 Driftsavtale», or the title of a section without a number («Underskrift»). */
  section: string;
  /** Full label from the schema titles: «3.8 Driftsavtale › Årsverk › Saltdal kommune». */
  label: string;
  kind: ChangeKind;
  /** The raw values (null where there is none). */
  old: unknown;
  new: unknown;
  /** True for values computed from the data (cost shares), not entered. */
  derived?: boolean;
  /** The values as the documents show them (Norwegian numbers, dates, labels). */
  oldText?: string;
  newText?: string;
  /** For edited free text: the word-by-word comparison. */
  words?: WordPart[];
}

/** The whole comparison, with what a report needs to say which versions it compares. */
export interface AgreementDiff {
  officeName: string;
  /** The new version's målform: the report is written in it. */
  language: Language;
  changes: Change[];
}
