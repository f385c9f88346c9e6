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
    { it: 'postnummer with a leading zero', from: 'postalCode: "8200"', to: 'postalCode: 0150', pointer: '/location/sites/0/address/postalCode', example: '"0150"' },
    { it: 'kommunenummer with a leading zero', from: 'number: "1840"', to: 'number: 0301', pointer: '/parties/municipalities/1/number', example: '"0301"' },
    { it: 'kommunenummer without one', from: 'number: "1845"', to: 'number: 1845', pointer: '/parties/municipalities/2/number', example: '"1845"' },
    { it: 'schema version 2.0', from: 'schemaVersion: "2.0"', to: 'schemaVersion: 2.0', pointer: '/schemaVersion', example: '"2.0"' },
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
    const [p] = problems((a) => (a.location.sites[0].address.postalCode = true));
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

describe('names as the kommune or bydel writes them', () => {
  it('accepts the names kommuner and bydeler use for themselves, Sámi names included', () => {
    for (const name of ['Bodø kommune', 'Bodø', 'Divtasvuona suohkan', 'Unjárga kommune', 'Aurskog-Høland kommune']) {
      expect(problems((a) => (a.parties.municipalities[0].name = name), 'nav-bodo.yaml'), name).toEqual([]);
    }
  });

  it('an empty or multi-line name gets its own message', () => {
    expect(problems((a) => (a.parties.municipalities[0].name = ''), 'nav-bodo.yaml').map((p) => p.code)).toEqual(['empty']);
    expect(problems((a) => (a.parties.municipalities[0].name = 'Bodø\nkommune'), 'nav-bodo.yaml').map((p) => p.code)).toEqual(['multiline']);
  });
});

describe('two fields that disagree: the message names both', () => {
  const bydel = (a: Mutable) => Object.assign(a.parties.municipalities[0], { kind: 'bydel', name: 'Bydel Østensjø', number: '030113' });

  it('a bydel in an Alternativ 2 agreement names the kind and the form', () => {
    const found = problems(bydel);
    expect(found.map((p) => [p.pointer, p.code])).toEqual([['/parties/municipalities/0/kind', 'bydel_vertskommune']]);
    expect(found[0]!.message).toContain('«1.0 Avtaleparter – eiere › Kommuner › Bydel Østensjø › Type part» er «Bydel i Oslo kommune»');
    expect(found[0]!.message).toContain('men «1.0 Avtaleparter – eiere › Avtaleform» er «Alternativ 2: vertskommune for flere kommuner»');
    expect(found[0]!.message).toContain('Velg Alternativ 1 med bydelen som eneste part');
  });

  it('a bydelsnummer for a kommune, and a kommunenummer for a bydel, name the number and the kind', () => {
    const kommune = problems((a) => (a.parties.municipalities[0].number = '030113'), 'nav-bodo.yaml');
    expect(kommune.map((p) => [p.pointer, p.code])).toEqual([['/parties/municipalities/0/number', 'nummer_og_type']]);
    expect(kommune[0]!.message).toContain('Kommunenummer eller bydelsnummer» er «030113», et bydelsnummer, men «1.0 Avtaleparter – eiere › Kommuner › Bodø kommune › Type part» er «Kommune»');
    expect(kommune[0]!.message).toContain('Sett typen til «Bydel i Oslo kommune» (kind: bydel)');
    const forBydel = problems((a) => ((a.parties.municipalities[0].kind = 'bydel'), (a.parties.municipalities[0].number = '0301')), 'nav-bodo.yaml');
    expect(forBydel.map((p) => [p.pointer, p.code])).toEqual([['/parties/municipalities/0/number', 'nummer_og_type']]);
    expect(forBydel[0]!.message).toContain('er «0301», men «1.0 Avtaleparter – eiere › Kommuner › Bodø kommune › Type part» er «Bydel i Oslo kommune»');
    // A number of no valid form gets the plain message only, once.
    expect(problems((a) => (a.parties.municipalities[0].number = '0301AB'), 'nav-bodo.yaml').map((p) => p.code)).toEqual(['pattern']);
  });

  it('a field required by another field’s value says which', () => {
    const found = problems((a) => (a.parties.municipalities[1].approval = { body: 'annet', date: '2025-11-20' }));
    expect(found.map((p) => [p.pointer, p.code])).toEqual([['/parties/municipalities/1/approval/bodyName', 'required']]);
    expect(found[0]!.message).toContain('«1.0 Avtaleparter – eiere › Kommuner › Saltdal kommune › Politisk godkjenning › Navn på organet» mangler. Fyll det inn. Det kreves fordi «1.0 Avtaleparter – eiere › Kommuner › Saltdal kommune › Politisk godkjenning › Vedtaksorgan» er «Annet organ».');
    const [host] = problems((a) => delete a.parties.host);
    expect(host!.message).toContain('Det kreves fordi «1.0 Avtaleparter – eiere › Avtaleform» er «Alternativ 2: vertskommune for flere kommuner».');
  });
});

describe('problems in document order', () => {
  it('by line in the file, whatever order the validator found them in', () => {
    const found = problemsOfText((t) => {
      // The signing block moved to the top: the validator still finds it last.
      const signing = /^signing:\n(?: .*\n)+/m.exec(t)![0];
      return t
        .replace(signing, '')
        .replace('schemaVersion: "2.0"\n', `schemaVersion: "2.0"\n${signing}`)
        .replace('place: Fauske', 'place: ""')
        .replace('postalCode: "8200"', 'postalCode: "82"')
        .replace('name: Saltdal kommune', 'name: " "')
        .replace('fte: 9.5', 'fte: 9.555');
    });
    expect(found.map((p) => p.pointer)).toEqual(['/signing/place', '/parties/municipalities/1/name', '/location/sites/0/address/postalCode', '/costs/fte/0/fte']);
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
