import type { Agreement } from './agreement.js';

/** The recorded assessment of one «Til vurdering» question (agreement.checklist["3.7-2"]). */
export type ChecklistAnswer = NonNullable<Agreement['checklist']>[string];

export type ChecklistStatus = ChecklistAnswer['status'];

/** One «Til vurdering» question of the guide, as plain text: what the audit and the guide both go through. */
export interface Question {
  /** «3.7-2»: the template section, a dash and the question's number within it. */
  id: string;
  /** The guide file's front matter `section`, e.g. «3.7». */
  section: string;
  /** The question as the guide words it, inline Markdown reduced to plain text. */
  text: string;
}

/**
 * Where a question stands: `unanswered` (no status), `uncommented` («nei» or «delvis» without a
 * comment), `reservation` («nei» or «delvis» with a comment: settled, but the signatories should
 * know), `settled` («ja», «ikke relevant»).
 */
export type QuestionState = 'unanswered' | 'uncommented' | 'reservation' | 'settled';

/** The one rule for where a question stands (see QuestionState). */
export function questionState(answer: ChecklistAnswer | undefined): QuestionState {
  if (answer === undefined) return 'unanswered';
  if (answer.status !== 'nei' && answer.status !== 'delvis') return 'settled';
  return answer.comment === undefined ? 'uncommented' : 'reservation';
}

/**
 * The national template's statements in 2.1 that a «Til vurdering» question confirms. The agreement
 * makes each only while the checklist does not say otherwise (see {@link confirms}); the audit names
 * the ones it leaves out.
 */
export const CONFIRMED_STATEMENTS = [
  { id: '2.1-1', key: 'universalDesign' },
  { id: '2.1-2', key: 'designFollowsAreaConcept' },
  { id: '2.1-4', key: 'designedWithUserCouncil' },
] as const;

export type ConfirmedStatement = (typeof CONFIRMED_STATEMENTS)[number]['key'];

/** Unanswered or «ja»: «nei», «delvis» or «ikke relevant» leaves the statement out. */
export const confirms = (status: ChecklistStatus | null | undefined): boolean => status == null || status === 'ja';

/** «The question is open»: unanswered, or «nei»/«delvis» without a comment. */
export const isOpen = (answer: ChecklistAnswer | undefined): boolean => {
  const state = questionState(answer);
  return state === 'unanswered' || state === 'uncommented';
};
