import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPILED_FILE, compileValidator } from '../../src/build/compile-validator.js';
import { schema } from '../../src/model/schema.js';
import { createAjv } from '../../src/validate/ajv.js';
import { schemaValidator } from '../../src/validate/validate.js';
import { cases, type Mutable } from '../helpers/bad-inputs.js';
import { example, EXAMPLE_FILES } from '../helpers/paths.js';

const runtime = createAjv().compile(schema);
const precompiled = schemaValidator();

/** Same verdict and the same errors (keyword, place) from both validators. */
function agree(data: unknown): void {
  const a = runtime(data);
  const b = precompiled(data);
  expect(b).toBe(a);
  const key = (errs: typeof runtime.errors) => (errs ?? []).map((e) => `${e.keyword} ${e.instancePath} ${e.schemaPath}`).sort();
  expect(key(precompiled.errors)).toEqual(key(runtime.errors));
}

describe('precompiled validator (ajv standalone)', () => {
  it('is up to date with the schema (npm run codegen)', () => {
    expect(readFileSync(COMPILED_FILE, 'utf8')).toBe(compileValidator());
  });

  it('accepts the examples like the schema does', () => {
    for (const f of EXAMPLE_FILES) {
      agree(example(f));
      expect(precompiled(example(f))).toBe(true);
    }
  });

  it('agrees with the schema on every case of the bad-input suite', () => {
    const mutations = cases.filter((c) => c.mutate);
    expect(mutations.length).toBeGreaterThanOrEqual(25);
    for (const c of mutations) {
      const data = example() as unknown as Mutable;
      c.mutate!(data);
      agree(data);
    }
  });

  it('rejects exactly what the schema rejects, with the same errors', () => {
    // Random edits of the example at random places: type changes, removals, odd strings.
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constantFrom('1841', '972417718', '2026-02-30', '09:00', 'vertskommune', 'ja'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), leaf, fc.boolean()), { maxLength: 4 }), (edits) => {
        const data = example() as unknown as Record<string, unknown>;
        for (const [i, j, value, remove] of edits) {
          const keys = Object.keys(data);
          const section = data[keys[i % keys.length]!];
          if (section && typeof section === 'object' && !Array.isArray(section)) {
            const inner = Object.keys(section);
            const k = inner.length ? inner[j % inner.length]! : 'x';
            if (remove) delete (section as Record<string, unknown>)[k];
            else (section as Record<string, unknown>)[k] = value;
          } else data[keys[i % keys.length]!] = value;
        }
        agree(data);
      }),
      { numRuns: 300 },
    );
  });
});
