import { describe, expect, it } from 'vitest';
import { loadGuide } from '../../src/cli/resources.js';
import { SCHEMA_QUESTION_IDS } from './fixtures.js';

// How the guide files are parsed (headings, ids, front matter) is tested with the one guide parser
// in test/guide/questions.test.ts; here: the questions the audit goes through.
describe('the guide’s «Til vurdering» questions', () => {
  const questions = loadGuide().questions;

  it('are the 44 questions the schema’s checklist accepts, in document order', () => {
    expect(questions).toHaveLength(44);
    expect(questions.map((q) => q.id)).toEqual(SCHEMA_QUESTION_IDS);
  });

  it('each belongs to its own section and has the guide’s wording', () => {
    for (const q of questions) {
      expect(q.id.startsWith(`${q.section}-`), q.id).toBe(true);
      expect(q.text).not.toMatch(/^\[|^\s|\s$/);
    }
    expect(questions.find((q) => q.id === '3.7-4')?.text).toBe('Har dere lagt delegasjonsvedtaket som et vedlegg til partnerskapsavtalen?');
    expect(questions.filter((q) => q.section === '3.7').map((q) => q.id)).toEqual(['3.7-1', '3.7-2', '3.7-3', '3.7-4']);
  });

  it('are read afresh by each load (the loader keeps no cache)', () => {
    questions[0]!.text = 'endret';
    expect(loadGuide().questions[0]!.text).not.toBe('endret');
  });
});
