import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseAgreementText } from '../../src/parse/parse.js';
import { parseQuickly } from '../../src/parse/quick.js';
import { EXAMPLE_FILES, EXAMPLES } from '../helpers/paths.js';

/** What the full parser reads, or undefined when it refuses the text. */
function full(text: string): unknown {
  const r = parseAgreementText(text);
  return r.ok ? r.value.data : undefined;
}

/** As JSON sees it (the form the data is embedded and compared in): -0 and 0 are one number. */
const asJson = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/** The quick route may give up (undefined), but when it reads something, it must read the same. */
function agree(text: string): void {
  const quick = parseQuickly(text);
  if (quick !== undefined) expect(asJson(quick), text).toEqual(asJson(full(text)));
}

describe('the quick parser reads what the full parser reads', () => {
  it('for the examples, in YAML and as JSON', () => {
    for (const f of [...EXAMPLE_FILES, 'revisjoner/nav-indre-salten-2028.yaml']) {
      const text = readFileSync(join(EXAMPLES, f), 'utf8');
      expect(parseQuickly(text)).toEqual(full(text));
      const json = JSON.stringify(full(text), null, 2);
      expect(parseQuickly(json)).toEqual(full(json));
    }
  });

  it('for plain scalars that YAML versions read differently', () => {
    const scalars = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'True', 'FALSE', '~', 'null', 'Null', '', '0o17', '017', '0x1F', '1e3', '1_000', '+12', '-0', '.inf', '-.Inf', '.nan', '2026-01-01', '2026-01-01T10:00:00Z', '12:30', '09:00', '1:20:30', '0.5', '.5', '5.', '4,5', '18 41', '"1841"', "'09:00'", 'Hábmer', '=', '<<'];
    for (const s of scalars) agree(`a: ${s}\nb:\n  - ${s}\n`);
  });

  it('for any data written as YAML or JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const data = { schemaVersion: '1.0', data: value };
        agree(stringify(data));
        agree(JSON.stringify(data));
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on what the full parser refuses or must explain', () => {
    const refused = ['a: &x 1\nb: *x\n', 'a: 1\na: 2\n', 'a: [1\n', '---\na: 1\n---\nb: 2\n'];
    for (const text of refused) expect(full(text)).toBeUndefined();
    for (const text of [...refused, 'a: !!binary aGVq\n', 'a: !ukjent x\n']) expect(parseQuickly(text)).toBeUndefined();
  });
});
