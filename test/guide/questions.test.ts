import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseGuide } from '../../src/guide/parse.js';
import { guideFiles } from '../../src/cli/resources.js';
import { ROOT } from '../helpers/paths.js';
import { referenceBlocks, squeeze } from './reference.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/partnerskapsavtale.schema.json'), 'utf8'));
const schemaIds: string[] = schema.properties.checklist.propertyNames.enum;
const schemaSections = new Set(Object.values(schema.properties as Record<string, { 'x-section'?: string }>).flatMap((n) => (n['x-section'] ? [n['x-section']] : [])));

const guide = parseGuide(guideFiles());

describe('the reference guide (independent reading of veileder.md)', () => {
  it('has 44 questions in 18 «Til vurdering» blocks', () => {
    const blocks = referenceBlocks();
    expect(blocks).toHaveLength(18);
    expect(blocks.every((b) => b.length > 0)).toBe(true);
    expect(blocks.flat()).toHaveLength(44);
    expect(blocks.map((b) => b.length)).toEqual([1, 4, 6, 4, 3, 4, 3, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2]);
  });
});

describe('guide/*.md', () => {
  it('parses without problems', () => {
    expect(guide.ok ? [] : guide.problems.map((p) => p.message)).toEqual([]);
  });
  const g = guide.ok ? guide.value : { points: [], questions: [] };

  it('has exactly the question ids of the schema’s checklist, once each, in the same order', () => {
    const ids = g.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(schemaIds);
  });

  it('ties every question to a point the schema has (x-section), and 3.0 has none', () => {
    for (const q of g.questions) {
      expect(q.id, q.id).toMatch(/^\d\.\d-[1-9]\d*$/);
      expect(q.id.startsWith(`${q.section}-`), q.id).toBe(true);
      expect(schemaSections.has(q.section), q.id).toBe(true);
    }
    const organisation = g.points.find((p) => p.section === '3.0');
    expect(organisation?.key).toBeUndefined();
    expect(organisation?.blocks.some((b) => b.kind === 'checklist')).toBe(false);
  });

  it('words every question as the reference does, in the same 18 blocks', () => {
    const blocks = g.points.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'checklist' ? [b.questions.map((q) => squeeze(q.text))] : [])));
    expect(blocks).toEqual(referenceBlocks().map((b) => b.map(squeeze)));
  });

  it('has the 3.7 blocks at level 4 inside its two ### parts, the others at level 2', () => {
    const depths = g.points.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'checklist' ? [`${p.section}:${b.depth}`] : [])));
    expect(depths.filter((d) => d.endsWith(':4'))).toEqual(['3.7:4', '3.7:4']);
    expect(depths.filter((d) => d.endsWith(':2'))).toHaveLength(16);
  });

  it('has front matter with section and title in every file, in document order', () => {
    const dir = join(ROOT, 'guide');
    const sections = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, n), 'utf8'))![1]!) as { section: string }).section);
    expect(sections).toEqual(['innledning', '1.0', '2.0', '2.1', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.0', '5.0', '6.0', '7.0', '8.0', '9.0', 'vedlegg']);
  });
});

const file = (name: string, section: string, body: string) => ({ name, text: `---\nsection: "${section}"\ntitle: "Tittel"\n---\n\n${body}` });

interface Case {
  it: string;
  files: { name: string; text: string }[];
  code: string;
  says: string;
}

const cases: Case[] = [
  { it: 'a duplicated id', files: [file('a.md', '2.0', '## Til vurdering\n\n- [2.0-1] A?\n'), file('b.md', '2.0', '## Til vurdering\n\n- [2.0-1] B?\n')], code: 'guide_duplicate_question', says: 'b.md: Spørsmål 2.0-1 står også i a.md' },
  { it: 'a malformed id', files: [file('a.md', '2.0', '## Til vurdering\n\n- [2.0.1] A?\n')], code: 'guide_bad_question_id', says: '«2.0.1» har feil form' },
  { it: 'an id without a number', files: [file('a.md', '2.0', '## Til vurdering\n\n- [2.0-] A?\n')], code: 'guide_bad_question_id', says: '«2.0-» har feil form' },
  { it: 'a question without an id', files: [file('a.md', '2.0', '## Til vurdering\n\n- A?\n')], code: 'guide_question_without_id', says: '«A?» under «Til vurdering» mangler id' },
  { it: 'an id of another point', files: [file('a.md', '2.0', '## Til vurdering\n\n- [2.1-1] A?\n')], code: 'guide_question_section', says: 'Id-en skal begynne med punktnummeret: «2.0-…»' },
  { it: 'numbers out of order', files: [file('a.md', '2.0', '## Til vurdering\n\n- [2.0-2] A?\n')], code: 'guide_question_order', says: 'Nummerer spørsmålene 1, 2, 3' },
  { it: 'a point the schema does not have', files: [file('a.md', '3.9', '## Til vurdering\n\n- [3.9-1] A?\n')], code: 'guide_unknown_section', says: 'skjemaet har ikke noe punkt med x-section «3.9»' },
  { it: 'questions in 3.0, which has no schema key', files: [file('a.md', '3.0', '## Til vurdering\n\n- [3.0-1] A?\n')], code: 'guide_unknown_section', says: 'Punkt 3.0 har spørsmål' },
  { it: 'questions in the introduction', files: [file('a.md', 'innledning', '## Til vurdering\n\n- [innledning-1] A?\n')], code: 'guide_bad_question_id', says: 'har feil form' },
  { it: '«Til vurdering» without a list', files: [file('a.md', '2.0', '## Til vurdering\n\nBare tekst.\n')], code: 'guide_empty_checklist', says: 'skal følges av en punktliste' },
  { it: 'a question list without its heading', files: [file('a.md', '2.0', '## Hva omhandler punktet\n\n- [2.0-1] A?\n')], code: 'guide_question_outside_checklist', says: 'står utenfor «Til vurdering»' },
  { it: 'no front matter', files: [{ name: 'a.md', text: '## Til vurdering\n\n- [2.0-1] A?\n' }], code: 'guide_front_matter', says: 'a.md: Filen skal begynne med front matter' },
  { it: 'front matter without a title', files: [{ name: 'a.md', text: '---\nsection: "2.0"\n---\n' }], code: 'guide_front_matter', says: '«section» og «title»' },
];

describe('parseGuide rejects a broken guide with a problem that says how to fix it', () => {
  for (const c of cases) {
    it(c.it, () => {
      const r = parseGuide(c.files);
      expect(r.ok).toBe(false);
      const problems = r.ok ? [] : r.problems;
      expect(problems.map((p) => p.code)).toContain(c.code);
      expect(problems.map((p) => p.message).join('\n')).toContain(c.says);
    });
  }

  it('accepts a well-formed point, with continuation lines and inline Markdown, and reads the question as plain text', () => {
    const r = parseGuide([file('a.md', '3.7', '### Del\n\n#### Til vurdering\n\n- [3.7-1] Har *NAV-leder*\n  fullmakter?\n- [3.7-2] Hábmer & Divtasvuona?\n')]);
    expect(r.ok && r.value.questions.map((q) => [q.id, q.text])).toEqual([
      ['3.7-1', 'Har NAV-leder fullmakter?'],
      ['3.7-2', 'Hábmer & Divtasvuona?'],
    ]);
  });
});
