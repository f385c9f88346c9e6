import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import { parseAgreementText } from '../../src/parse/parse.js';
import { byPointer, keywordCode } from '../../src/validate/messages.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { EXAMPLES, example } from '../helpers/paths.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The problems of the Indre Salten example after a change to its data. */
function problems(mutate: (a: Mutable) => void, name?: string): Problem[] {
  const a = example(name) as unknown as Mutable;
  mutate(a);
  const r = validateAgreement(a);
  return r.ok ? [] : r.problems;
}

/** The problems of the example's text after a textual edit, with line numbers (the full parser). */
function problemsOfText(edit: (text: string) => string, name = 'nav-indre-salten.yaml'): Problem[] {
  const text = edit(readFileSync(join(EXAMPLES, name), 'utf8'));
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return parsed.problems;
  const r = validateAgreement(parsed.value.data, parsed.value.locate);
  return r.ok ? [] : r.problems;
}

describe('a number where text is expected (YAML read it unquoted)', () => {
  const cases: { it: string; from: string; to: string; pointer: string; example: string }[] = [
    { it: 'postnummer with a leading zero', from: 'postalCode: "8200"', to: 'postalCode: 0150', pointer: '/location/address/postalCode', example: '"0150"' },
    { it: 'kommunenummer with a leading zero', from: 'number: "1840"', to: 'number: 0301', pointer: '/parties/municipalities/1/number', example: '"0301"' },
    { it: 'kommunenummer without one', from: 'number: "1845"', to: 'number: 1845', pointer: '/parties/municipalities/2/number', example: '"1845"' },
    { it: 'schema version 1.0', from: 'schemaVersion: "1.0"', to: 'schemaVersion: 1.0', pointer: '/schemaVersion', example: '"1.0"' },
    { it: 'organisasjonsnummer', from: 'orgNumber: "972417718"', to: 'orgNumber: 972417718', pointer: '/parties/municipalities/0/orgNumber', example: '"972417718"' },
  ];
  for (const c of cases) {
    it(c.it, () => {
      const found = problemsOfText((t) => {
        expect(t).toContain(c.from);
        return t.replace(c.from, c.to);
      });
      // One message for the field, not a second one about the constant.
      expect(found.map((p) => [p.pointer, p.code])).toEqual([[c.pointer, 'type']]);
      expect(found[0]!.message).toContain('må være tekst, men er');
      expect(found[0]!.message).toContain(`Skriv verdien i anførselstegn, for eksempel ${c.example}.`);
      expect(found[0]!.line).toBeGreaterThan(0);
    });
  }

  it('other wrong types keep the plain message', () => {
    const [p] = problems((a) => (a.location.address.postalCode = true));
    expect(p!.message).toContain('må være tekst, men er ja eller nei');
    expect(p!.message).not.toContain('anførselstegn');
  });
});

describe('Alternativ 1 with a vertskommune', () => {
  it('is refused at the field, with what to do', () => {
    const found = problems((a) => (a.parties.host = '1804'), 'nav-bodo.yaml');
    expect(found).toEqual([
      {
        code: 'host_not_allowed',
        severity: 'feil',
        pointer: '/parties/host',
        section: 'parties',
        message: '«1.0 Avtaleparter – eiere › Vertskommune» brukes bare ved Alternativ 2 (vertskommune). Fjern feltet, eller velg Alternativ 2 (form: vertskommune).',
      },
    ]);
  });

  it('Alternativ 2 requires it, Alternativ 1 without it is valid', () => {
    expect(problems((a) => delete a.parties.host).map((p) => p.code)).toEqual(['required']);
    expect(validateAgreement(example('nav-bodo.yaml')).ok).toBe(true);
  });
});

describe('årsverk with at most two decimals', () => {
  it('accepts every number of hundredths up to the maximum (4.35 is not exact in binary)', () => {
    const a = example() as unknown as Mutable;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (hundredths) => {
        a.costs.stateFte = hundredths / 100;
        a.costs.fte[1].fte = Number((hundredths / 100).toFixed(2));
        expect(validateAgreement(a).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const v of [4.35, 0.07, 1.15, 0.29, 9999.99]) {
      a.costs.fte[0].fte = v;
      expect(validateAgreement(a).ok, String(v)).toBe(true);
    }
  });

  it('refuses a third decimal, at the field, with a rounded suggestion', () => {
    const found = problems((a) => ((a.costs.fte[0].fte = 9.555), (a.costs.stateFte = 14.001)));
    expect(found.map((p) => [p.pointer, p.code])).toEqual([
      ['/costs/stateFte', 'decimals'],
      ['/costs/fte/0/fte', 'decimals'],
    ]);
    expect(found[0]!.message).toBe('«3.8 Driftsavtale › Statlige årsverk» er 14,001, men kan ha høyst to desimaler. Rund av til 14.');
    expect(found[1]!.message).toBe('«3.8 Driftsavtale › Årsverk › Fauske kommune › Årsverk» er 9,555, men kan ha høyst to desimaler. Rund av til 9,56 (i filen skrives det 9.56).');
  });

  it('writes numbers with a decimal comma in the text, and the file form only where it differs', () => {
    const [found] = problems((a) => (a.costs.stateFte = 38.555));
    expect(found!.message).toBe('«3.8 Driftsavtale › Statlige årsverk» er 38,555, men kan ha høyst to desimaler. Rund av til 38,56 (i filen skrives det 38.56).');
    const [negative] = problems((a) => (a.costs.stateFte = -0.5));
    expect(negative!.message).toContain('er -0,5, men må være minst 0');
  });
});

describe('kommune names end with «kommune»', () => {
  it('suggests the name with «kommune» added', () => {
    const found = problems((a) => (a.parties.municipalities[0].name = 'Bodø'), 'nav-bodo.yaml');
    expect(found.map((p) => [p.pointer, p.code])).toEqual([['/parties/municipalities/0/name', 'municipality_name']]);
    expect(found[0]!.message).toContain('er «Bodø», men skal være kommunens offisielle navn, som slutter på «kommune», for eksempel «Bodø kommune»');
    expect(found[0]!.message).toContain('«Samisk navn» (samiName)');
  });

  it('fixes the case of «Kommune»', () => {
    const [p] = problems((a) => (a.parties.municipalities[0].name = 'Bodø Kommune'), 'nav-bodo.yaml');
    expect(p!.message).toContain('for eksempel «Bodø kommune»');
  });

  it('sends a Sámi name to samiName', () => {
    const [p] = problems((a) => (a.parties.municipalities[4].name = 'Hábmer suohkan'));
    expect(p!.message).toContain('er «Hábmer suohkan», som ser ut som et samisk eller kvensk navn. Før det inn i «Samisk navn» (samiName)');
  });

  it('accepts official names, Sámi letters included', () => {
    for (const name of ['Oslo kommune', 'Nord-Fron kommune', 'Aurskog-Høland kommune', 'Unjárga kommune']) {
      expect(problems((a) => (a.parties.municipalities[0].name = name), 'nav-bodo.yaml'), name).toEqual([]);
    }
  });

  it('an empty or multi-line name gets its own message', () => {
    expect(problems((a) => (a.parties.municipalities[0].name = ''), 'nav-bodo.yaml').map((p) => p.code)).toEqual(['empty']);
    expect(problems((a) => (a.parties.municipalities[0].name = 'Bodø\nkommune'), 'nav-bodo.yaml').map((p) => p.code)).toEqual(['multiline']);
  });
});

describe('problems in document order', () => {
  it('by line in the file, whatever order the validator found them in', () => {
    const found = problemsOfText((t) => {
      // The signing block moved to the top: the validator still finds it last.
      const signing = /^signing:\n(?: .*\n)+/m.exec(t)![0];
      return t
        .replace(signing, '')
        .replace('schemaVersion: "1.0"\n', `schemaVersion: "1.0"\n${signing}`)
        .replace('place: Fauske', 'place: ""')
        .replace('postalCode: "8200"', 'postalCode: "82"')
        .replace('name: Saltdal kommune', 'name: Saltdal')
        .replace('fte: 9.5', 'fte: 9.555');
    });
    expect(found.map((p) => p.pointer)).toEqual(['/signing/place', '/parties/municipalities/1/name', '/location/address/postalCode', '/costs/fte/0/fte']);
    const lines = found.map((p) => p.line!);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });

  it('by pointer in the schema’s order when there are no lines', () => {
    const found = problems((a) => {
      a.signing.place = '';
      a.parties.officeName = 'Bodø';
      a.parties.host = '1804';
      a.costs.fte[0].fte = -1;
      a.costs.fte.push('Bodø: 3');
      a.costs.stateFte = 'fjorten';
      a.parties.municipalities[0].number = '18';
    }, 'nav-bodo.yaml');
    // Ajv reports the Alternativ 1 check (if/else) after the fields it sits beside.
    expect(found.map((p) => p.pointer)).toEqual(['/parties/municipalities/0/number', '/parties/host', '/parties/officeName', '/costs/stateFte', '/costs/fte/0/fte', '/costs/fte/1', '/signing/place']);
  });

  it('byPointer is a stable order: line, column, then pointer', () => {
    const p = (pointer: string, line?: number, column?: number): Problem => ({ code: 'x', severity: 'feil', pointer, message: pointer, line, column });
    const sorted = [p('/signing/date'), p('/period/end', 3, 9), p('/costs', 3, 1), p('/parties/x', 1, 1), p('/parties/form'), p('/checklist/3.7-2')].sort(byPointer);
    expect(sorted.map((x) => x.pointer)).toEqual(['/parties/x', '/costs', '/period/end', '/parties/form', '/signing/date', '/checklist/3.7-2']);
  });
});

describe('problem codes: one convention, snake_case', () => {
  it('turns an Ajv keyword without a code of ours into snake_case', () => {
    expect(keywordCode('minProperties')).toBe('min_properties');
    expect(keywordCode('false schema')).toBe('false_schema');
    expect(keywordCode('required')).toBe('required');
  });

  it('gives every schema problem a snake_case code and the section its pointer lies in', () => {
    const a = JSON.parse(JSON.stringify(example('nav-indre-salten.yaml')));
    a.parties.municipalities[0].orgNumber = '123';
    a.costs.stateFte = 'fire';
    a.unknownField = true;
    const r = validateAgreement(a);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => [p.code, p.section])).toEqual([
      ['bad_orgnumber', 'parties'],
      ['type', 'costs'],
      ['unknown_property', undefined],
    ]);
    for (const p of problems) expect(p.code).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
  });
});
