/**
 * migrate(any valid 1.0) is valid 2.0: valid 1.0 files made by changing the 1.0 fixtures in every
 * field the migration touches (titles, signatories, address, opening hours, host, optional parts
 * left out), checked as 1.0 first, then migrated by both routes (data and YAML text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadSchemaV1 } from '../../src/cli/resources.js';
import { migrateData, migrateYamlText } from '../../src/migrate/migrate.js';
import { problemsAsV1 } from '../../src/migrate/validate-1.0.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { PAIRS, read } from './fixtures.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const bases: Data[] = PAIRS.map((p) => parse(read(p.input)) as Data);

/** Text a 1.0 `line` accepts, with the letters real names have. */
const line = fc.oneof(
  fc.constantFrom('Máret Ŋuolja-Đávgi', 'Áilu Gaup', 'Kåre Ødegård', 'Storgata 6', 'Čáhcesuolu', 'Oscar Albertsens vei 1', 'Ole «Olsen» & sønn <AS>'),
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => /^[^\n\r]*\S[^\n\r]*$/.test(s)),
);
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const variant = fc.record({
  base: fc.integer({ min: 0, max: bases.length - 1 }),
  title: fc.constantFrom('rådmann', 'kommunedirektør'),
  municipalSignatory: fc.option(line),
  stateSignatory: fc.option(line),
  place: fc.option(line),
  street: line,
  city: line,
  postalCode: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  days: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  times: fc.tuple(clock, clock).filter(([a, b]) => a !== b).map(([a, b]): [string, string] => (a < b ? [a, b] : [b, a])),
  hostIndex: fc.nat(),
  dropDirector: fc.boolean(),
});

type Variant = typeof variant extends fc.Arbitrary<infer T> ? T : never;

function make(v: Variant): Data {
  const a = structuredClone(bases[v.base]!);
  a.parties.municipalSignatoryTitle = v.title;
  for (const [key, value] of [['municipalSignatory', v.municipalSignatory], ['stateSignatory', v.stateSignatory], ['place', v.place]] as const)
    if (value === null) delete a.signing[key];
    else a.signing[key] = value;
  a.location.address = { street: v.street, postalCode: v.postalCode, city: v.city };
  a.location.openingHours = { fromDay: WEEKDAYS[v.days[0]], toDay: WEEKDAYS[v.days[1]], opens: v.times[0], closes: v.times[1] };
  if (a.parties.form === 'vertskommune') a.parties.host = a.parties.municipalities[v.hostIndex % a.parties.municipalities.length].number;
  if (v.dropDirector) delete a.parties.county.director;
  return a;
}

describe('migrate(any valid 1.0) validates under 2.0', () => {
  it('by the data route and the YAML text route alike', () => {
    fc.assert(
      fc.property(variant, (v) => {
        const a = make(v);
        expect(problemsAsV1(a, loadSchemaV1())).toEqual([]);
        const migrated = migrateData(a) as Data;
        const r = validateAgreement(migrated);
        expect(r.ok ? [] : r.problems).toEqual([]);
        expect(parse(migrateYamlText(stringify(a)))).toEqual(migrated);
        // Lossless: the 1.0 values are all there.
        const site = migrated.location.sites[0];
        expect(site.address).toEqual(a.location.address);
        expect(site.openingHours).toEqual([a.location.openingHours]);
        expect(migrated.signing.municipal?.name).toBe(a.signing.municipalSignatory);
        expect(migrated.signing.state?.name).toBe(a.signing.stateSignatory);
        expect(migrated.parties.municipalHeadTitle).toBe(a.parties.municipalSignatoryTitle);
      }),
      { numRuns: 200 },
    );
  });
});
