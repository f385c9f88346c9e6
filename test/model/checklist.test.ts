import { describe, expect, it } from 'vitest';
import { isOpen, questionState, type ChecklistAnswer } from '../../src/model/checklist.js';

/** The one rule for «the question is open», table-driven: every status, with and without a comment. */
const cases: [string, ChecklistAnswer | undefined, ReturnType<typeof questionState>, boolean][] = [
  ['no answer', undefined, 'unanswered', true],
  ['ja', { status: 'ja' }, 'settled', false],
  ['ja with a comment', { status: 'ja', comment: 'Avklart.' }, 'settled', false],
  ['ikke relevant', { status: 'ikke relevant' }, 'settled', false],
  ['nei without a comment', { status: 'nei' }, 'uncommented', true],
  ['delvis without a comment', { status: 'delvis', answeredBy: 'Kari Nordhus' }, 'uncommented', true],
  ['nei with a comment', { status: 'nei', comment: 'Lages i 2026.' }, 'reservation', false],
  ['delvis with a comment', { status: 'delvis', comment: 'Startet.' }, 'reservation', false],
];

describe('questionState and isOpen', () => {
  it.each(cases)('%s', (_, answer, state, open) => {
    expect(questionState(answer)).toBe(state);
    expect(isOpen(answer)).toBe(open);
  });
});
