/**
 * The promise `validate` makes: what it accepts, `generate` makes documents of — and no input
 * ends in exit 70 (an internal error). fast-check mutates the examples at random (types, sizes,
 * Unicode with Sámi letters and characters XML forbids, numbers at the edges) and runs every
 * mutant through the same functions the commands use: loadAgreement (what `validate` reports) and
 * runJob (read → parse → validate → derive → render, what `generate` writes), in this process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { jobResources, runJob, type JobOptions, type JobResources } from '../../src/cli/generate-job.js';
import { loadAgreement } from '../../src/cli/load.js';
import { ensureBundle, runBundle } from '../cli/helpers/bundle.js';
import { EXAMPLE_FILES, EXAMPLES, tempDir } from '../helpers/paths.js';

type Json = unknown;
const examples = EXAMPLE_FILES.map((f) => parse(readFileSync(join(EXAMPLES, f), 'utf8')) as Json);

/** Every place in a value, as a path of keys and indexes (the root excluded). */
function places(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...places(x, [...at, i])]);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...places(x, [...at, k])]);
  return [];
}

const EDGE_NUMBERS = [0, -0, 1e-12, 5e-324, 0.001, 0.005, 0.01, 0.015, 0.1 + 0.2, 4.35, 4.355, 1 / 3, 49.995, 50, 9999.99, 10000, 10000.01, 1e21, -1, -0.01, 2 ** 53, 2 ** 53 + 2, 1e10, 1e10 + 1, NaN, Infinity, -Infinity];
const CHARS = ['a', 'Z', '0', ' ', 'æ', 'ø', 'å', 'Á', 'á', 'Č', 'č', 'Đ', 'đ', 'Ŋ', 'ŋ', 'Š', 'š', 'Ŧ', 'ŧ', 'Ž', 'ž', 'Ï', 'ï', 'Ø', '<', '>', '&', '"', "'", '\\', '{{', '}}', '{', '}', '$', '%', '#', ':', '- ', '\n', '\r', '\t', '\u0000', '\u0007', '\u000b', '\u001f', '\u007f', '\u0085', '\u00a0', '\u200b', '\u202e', '\u2028', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '😀', '𝕏'];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 }),
  fc.tuple(fc.constantFrom(...CHARS), fc.integer({ min: 100, max: 5000 })).map(([c, n]) => c.repeat(n)),
  fc.constantFrom('', ' ', 'NAV Ráisa', 'Guovdageainnu suohkan', 'Kárášjoga gielda', 'Hábmer', 'NAV Snåsa – Snåasen tjïelte', '2026-02-29', '2024-02-29', '0000-01-01', '9999-12-31', '24:00', '00:00', '23:59', '1804', '0000', '972417807', 'true', 'null', '1.0', '.nan'),
);
const number = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double(), fc.integer(), fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100));
const anyValue: fc.Arbitrary<Json> = fc.oneof(number, text, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(text, { maxLength: 3 }), fc.dictionary(text, number, { maxKeys: 2 }));

/** One edit at a place: a value of the same kind at its edges, any value at all, removal, or growth. */
const edit = fc.record({
  place: fc.nat(),
  kind: fc.constantFrom('edge', 'edge', 'edge', 'any', 'delete', 'grow'),
  value: anyValue,
  number,
  text,
  times: fc.integer({ min: 2, max: 60 }),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(root: Json, e: Edit): void {
  const all = places(root);
  if (all.length === 0) return;
  const path = all[e.place % all.length]!;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], root) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  const current = (parent as Record<string | number, Json>)[key];
  if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string | number, Json>)[key];
  } else if (e.kind === 'grow') {
    if (Array.isArray(parent)) parent.push(...Array.from({ length: e.times }, () => structuredClone(current)));
    else if (typeof current === 'string') (parent as Record<string, Json>)[key] = current.repeat(e.times);
    else (parent as Record<string | number, Json>)[key] = e.value;
  } else {
    const value = e.kind === 'any' ? e.value : typeof current === 'number' ? e.number : typeof current === 'string' ? e.text : e.value;
    (parent as Record<string | number, Json>)[key] = value;
  }
}

const mutant = fc.record({
  example: fc.constantFrom(...examples.keys()),
  edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  format: fc.constantFrom('yaml', 'json'),
});

const OPTS: JobOptions = { guide: true };

describe('validate ok ⇒ generate ok, and never exit 70, for mutated examples', () => {
  let res: JobResources;
  let dir: string;
  beforeAll(() => {
    res = jobResources(OPTS);
    dir = tempDir();
  });

  it('in process, through the functions the commands use', async () => {
    let n = 0;
    const verdicts = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(mutant, async ({ example, edits, format }) => {
        const data = structuredClone(examples[example]);
        for (const e of edits) applyEdit(data, e);
        const file = join(dir, `m${n++}.${format}`);
        writeFileSync(file, format === 'json' ? JSON.stringify(data, null, 2) : stringify(data));
        const validated = await loadAgreement(file);
        // runJob must not throw: that is what made `generate` exit 70.
        const generated = await runJob(file, OPTS, res);
        expect([0, 1, 2]).toContain(validated.exitCode);
        expect(generated.exitCode).toBe(validated.exitCode);
        if (validated.exitCode === 0) {
          verdicts.valid++;
          expect(generated.outputs.map((o) => o.bytes.length > 0)).toEqual([true, true]);
        } else {
          verdicts.invalid++;
          expect(generated.outputs).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    // Both sides of the implication were exercised.
    expect(verdicts.valid).toBeGreaterThan(5);
    expect(verdicts.invalid).toBeGreaterThan(5);
  }, 300_000);
});

describe('the same through the command', () => {
  beforeAll(ensureBundle, 300_000);

  /** Valid edge cases and near misses: smallest årsverk, Sámi names, a forbidden character. */
  const cases: { it: string; edit: (a: Record<string, any>) => void; valid: boolean }[] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    { it: 'smallest årsverk (0.01) with the rest at 0', edit: (a) => ((a.costs.stateFte = 0.01), a.costs.fte.forEach((f: { fte: number }) => (f.fte = 0))), valid: true },
    { it: 'largest årsverk everywhere', edit: (a) => ((a.costs.stateFte = 10000), a.costs.fte.forEach((f: { fte: number }) => (f.fte = 10000))), valid: true },
    { it: 'Sámi letters and XML specials in names', edit: (a) => (a.parties.municipalities[0].samiName = 'Ŋŋ Čč Đđ Šš Ŧŧ Žž Áá <&> "\''), valid: true },
    { it: '5e-324 årsverk', edit: (a) => (a.costs.stateFte = 5e-324), valid: false },
    { it: 'U+FFFE in free text', edit: (a) => (a.purpose.localGoals = ['mål \ufffe']), valid: false },
  ];
  for (const c of cases)
    it(c.it, () => {
      const work = tempDir();
      const data = structuredClone(examples[0]) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      c.edit(data);
      writeFileSync(join(work, 'a.yaml'), stringify(data));
      const v = runBundle(['validate', 'a.yaml'], { cwd: work });
      const g = runBundle(['generate', 'a.yaml', '--out', 'ut'], { cwd: work });
      expect([v.status, g.status], v.stderr + g.stderr).toEqual(c.valid ? [0, 0] : [1, 1]);
      expect(g.stderr).not.toMatch(/intern feil|\n\s+at .+:\d+:\d+/);
    });
});
