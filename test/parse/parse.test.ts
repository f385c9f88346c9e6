import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Problem } from '../../src/model/problem.js';
import { parseAgreementText } from '../../src/parse/parse.js';
import { EXAMPLES } from '../helpers/paths.js';

const problemsOf = (text: string): Problem[] => {
  const r = parseAgreementText(text);
  return r.ok ? [] : r.problems;
};

/** The `yaml` package's own (English) messages for the same text. */
const rawMessages = (text: string): string[] => {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  return [...doc.errors, ...doc.warnings].map((e) => e.message);
};

interface Case {
  it: string;
  text: string;
  /** Substring of the first problem's message. */
  says: string;
  line: number;
  code?: string;
}

const cases: Case[] = [
  { it: 'an unclosed quote', text: 'a: "abc\nb: 1\n', says: 'et anførselstegn er ikke lukket', line: 3 },
  { it: 'a tab as indentation', text: 'a:\n\t- 1\n', says: 'rykket inn med tabulator', line: 2 },
  { it: 'a value starting with @', text: 'a: 1\nb: @x\n', says: 'Sett verdien i anførselstegn', line: 2 },
  { it: 'an unclosed flow list', text: 'schemaVersion: "1.0"\nparties: [1\nperiod: 2\n', says: 'Filen kan ikke leses som YAML/JSON:', line: 3 },
  { it: 'an unclosed flow list inside a mapping (found at the next field, where it says so)', text: 'parties:\n  localGoals: [a, b\n  officeName: NAV\n', says: 'en liste i [ ] eller en gruppe i { } er ikke lukket', line: 3 },
  { it: 'an unclosed flow map inside a mapping', text: 'parties:\n  county: {name: x\n  officeName: NAV\n', says: 'er ikke lukket', line: 3 },
  { it: 'a comma too many in JSON', text: '{\n  "schemaVersion": "1.0",\n  "parties": {,\n}\n', says: 'et tegn som ikke passer inn', line: 3 },
  { it: 'a bad escape in double quotes', text: 'a: "C:\\q"\n', says: 'omvendt skråstrek', line: 1 },
  { it: 'a wrong indent', text: 'a: 1\n b: 2\n', says: 'Skriv hvert felt som «navn: verdi»', line: 1 },
  { it: 'an unknown tag', text: 'a: !ukjent x\n', says: 'YAML-merke (!)', line: 1 },
  { it: 'a # glued to a value', text: 'a: "x"#y\n', says: 'tegnet # står rett etter en verdi', line: 1 },
  { it: 'a duplicate key', text: 'a: 1\na: 2\n', says: 'Samme felt står to ganger', line: 2, code: 'duplicate_key' },
  { it: 'two documents', text: 'a: 1\n---\nb: 2\n', says: 'flere YAML-dokumenter', line: 2 },
];

describe('YAML and JSON syntax errors in Norwegian, with line and column', () => {
  for (const c of cases) {
    it(c.it, () => {
      const found = problemsOf(c.text);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]!.message).toContain(c.says);
      expect(found[0]).toMatchObject({ severity: 'feil', pointer: '', line: c.line, code: c.code ?? 'syntax' });
      expect(found[0]!.column).toBeGreaterThanOrEqual(1);
      // The parser's English text never reaches the user.
      const raw = rawMessages(c.text);
      expect(raw.length).toBeGreaterThan(0);
      for (const p of found) for (const r of raw) expect(p.message).not.toContain(r.split('\n')[0]!.slice(0, 30));
    });
  }

  it('one message per place, though the parser explains some mistakes twice there', () => {
    const text = 'parties:\n  officeName: NAV Bodø\n   county: x\n';
    expect(rawMessages(text).length).toBe(2);
    expect(problemsOf(text)).toHaveLength(1);
  });

  it('whatever the damage, every message is Norwegian and placed', () => {
    const text = readFileSync(join(EXAMPLES, 'nav-indre-salten.yaml'), 'utf8');
    const junk = fc.constantFrom('"', "'", ':', '[', ']', '{', '}', ',', '\t', '-', '#', '@', '`', '&', '*', '!', '%', '|', '>', '\\', '\n', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(text.length), junk), { minLength: 1, maxLength: 4 }), (edits) => {
        let t = text;
        for (const [at, ch] of edits) t = t.slice(0, at) + ch + t.slice(at);
        for (const p of problemsOf(t)) {
          expect(p.message).toMatch(/^(Filen|Samme felt)/);
          expect(p.message).not.toMatch(/\b(must|Missing|Unexpected|Implicit|cannot|allowed|indicator|Nested|expected|Unresolved)\b/);
          // Only the refusal of aliases (found after parsing) has no position.
          if (!p.message.includes('aliaser')) expect(p.line).toBeGreaterThanOrEqual(1);
          if (p.line !== undefined) expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
