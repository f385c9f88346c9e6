import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchemaV1 } from '../../src/cli/resources.js';
import { migrateData, migrateYamlText } from '../../src/migrate/migrate.js';
import { problemsAsV1 } from '../../src/migrate/validate-1.0.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { PAIRS, read } from './fixtures.js';

describe('migrate 1.0 → 2.0: every 1.0 fixture becomes its committed 2.0 file', () => {
  it('has the fixtures (the examples as they were, a JSON file, comments and Sámi names)', () => {
    expect(PAIRS.map((p) => p.name)).toEqual(['kommentarer-samisk.1.0.yaml', 'nav-bodo.1.0.yaml', 'nav-indre-salten-2028.1.0.yaml', 'nav-indre-salten.1.0.yaml', 'vertskommune.1.0.json']);
  });

  for (const p of PAIRS) {
    describe(p.name, () => {
      const text = read(p.input);
      const data: unknown = parse(text);

      it('is valid 1.0 to begin with', () => expect(problemsAsV1(data, loadSchemaV1())).toEqual([]));

      it('migrates to the expected file, byte for byte', () => {
        const out = p.json ? JSON.stringify(migrateData(data), null, 2) + '\n' : migrateYamlText(text);
        expect(out).toBe(read(p.expected));
      });

      it('gives valid 2.0', () => {
        const r = validateAgreement(parse(read(p.expected)));
        expect(r.ok ? [] : r.problems).toEqual([]);
      });

      it('the text route and the data route agree', () => expect(parse(migrateYamlText(text))).toEqual(migrateData(data)));

      it('leaves 2.0 as it is', () => {
        const v2: unknown = parse(read(p.expected));
        expect(migrateData(v2)).toEqual(v2);
        if (!p.json) expect(migrateYamlText(read(p.expected))).toBe(read(p.expected));
      });
    });
  }
});

describe('what moves and what stays', () => {
  const text = read(PAIRS.find((p) => p.name === 'kommentarer-samisk.1.0.yaml')!.input);
  const out = migrateYamlText(text);

  it('keeps every comment, including those in the parts that move', () => {
    const comments = (s: string) => s.split('\n').map((l) => /#.*$/.exec(l)?.[0]).filter((c) => c !== undefined);
    expect(comments(out)).toEqual(comments(text));
    // The comment above the address moves with it into the site.
    expect(out).toContain('      # Besøksadressen.\n      address:');
    expect(out).toContain('      # Bare onsdager.\n      openingHours:');
  });

  it('keeps Sámi names and letters as they were', () => {
    const a = parse(out);
    expect(a.parties.municipalities[0]).toEqual({ name: 'Hamarøy kommune', samiName: 'Hábmer', number: '1875', orgNumber: '964983313' });
    expect(a.parties.officeName).toBe('NAV Hamarøy – Hábmer');
  });

  it('maps the 1.0 fields as the design says', () => {
    const a = parse(out);
    expect(a.schemaVersion).toBe('2.0');
    expect(a.document).toEqual({ navSpelling: 'NAV' });
    expect(a.parties.municipalHeadTitle).toBe('rådmann');
    expect(a.parties.municipalSignatoryTitle).toBeUndefined();
    expect(a.location).toEqual({
      sites: [
        {
          name: 'Hamarøy',
          role: 'hovedkontor',
          municipality: '1875',
          address: { street: 'Oscar Albertsens vei 1', postalCode: '8294', city: 'Hamarøy' },
          openingHours: [{ fromDay: 'onsdag', toDay: 'onsdag', opens: '09:30', closes: '15:00' }],
        },
      ],
    });
    // No names in 1.0: none in 2.0 (the lines stay for handwriting).
    expect(a.signing).toEqual({ place: 'Oppeid', date: '2025-12-10', method: 'håndskrevet' });
  });

  it('names the signatories with their titles, and puts the site in the vertskommune', () => {
    const a = migrateData(parse(read(PAIRS.find((p) => p.name === 'nav-indre-salten.1.0.yaml')!.input))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(a.signing).toEqual({
      place: 'Fauske',
      date: '2025-12-15',
      method: 'håndskrevet',
      municipal: { name: 'Kari Nordhus', title: 'kommunedirektør' },
      state: { name: 'Cathrine Stavnes', title: 'direktør' },
    });
    expect(a.location.sites[0].municipality).toBe('1841');
  });

  it('keeps numbers that look like numbers as text («0301», «1804»)', () => {
    const t = text.replace('number: "1875"', 'number: "0301"').replace('municipality: "1875"', 'municipality: "0301"');
    expect(parse(migrateYamlText(t)).location.sites[0].municipality).toBe('0301');
  });
});
