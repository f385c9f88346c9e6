import { describe, expect, it } from 'vitest';
import { loadQuestions, parseQuestions } from '../../src/guide/questions.js';
import { SCHEMA_QUESTION_IDS } from './fixtures.js';

const file = (name: string, section: string, body: string) => ({ name, text: `---\nsection: "${section}"\ntitle: "T"\n---\n${body}` });

describe('the guide’s «Til vurdering» questions', () => {
  const questions = loadQuestions();

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

  it('are a fresh copy each time', () => {
    questions[0]!.text = 'endret';
    expect(loadQuestions()[0]!.text).not.toBe('endret');
  });
});

describe('parseQuestions', () => {
  it('takes list items under «Til vurdering» headings only, with continuation lines', () => {
    const qs = parseQuestions([
      file('a.md', '2.0', '## Hva omhandler punktet\n\n- [2.0-9] Not a question here\n\n## Til vurdering\n\n- [2.0-1] Første\n  fortsetter her?\n- [2.0-2] Andre?\n\nAvsnitt.\n'),
      file('b.md', '3.7', '### Del\n\n#### Til vurdering\n\n- [3.7-1] Hábmer?\n\n### Neste del\n\n- [3.7-5] Ikke med\n'),
    ]);
    expect(qs).toEqual([
      { id: '2.0-1', section: '2.0', text: 'Første fortsetter her?' },
      { id: '2.0-2', section: '2.0', text: 'Andre?' },
      { id: '3.7-1', section: '3.7', text: 'Hábmer?' },
    ]);
  });

  it('rejects a duplicate id and a file without front matter', () => {
    expect(() => parseQuestions([file('a.md', '2.0', '## Til vurdering\n- [2.0-1] A\n- [2.0-1] B\n')])).toThrow(/2\.0-1 står mer enn én gang/);
    expect(() => parseQuestions([{ name: 'x.md', text: '## Til vurdering\n- [2.0-1] A\n' }])).toThrow(/x\.md: mangler front matter/);
  });
});
