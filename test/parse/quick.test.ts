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

  it('for the forms the two schemas once read differently (js-yaml core is wider than YAML 1.2 core)', () => {
    const forms = ['0b100110', '0B1', '1_000', '+0x1F', '-0o17', '0o19', '0xG', '+.5e3', '1e', '.e3', '0.', '+.inf', '.NaN', '.Nan', 'TRUE', 'tRUE', 'NULL', 'nULL', '0o', '0x', '00012', '-0.0', '1e400', '9007199254740993', '0x1FFFFFFFFFFFFFFF'];
    for (const s of forms) {
      agree(`a: ${s}\nb: [${s}]\nc: {d: ${s}}\n`);
      expect(parseQuickly(`a: ${s}\n`), s).not.toBeUndefined();
    }
    expect(asJson(parseQuickly('stateFte: 0b100110\n'))).toEqual({ stateFte: '0b100110' });
  });

  it('for every plain scalar form of YAML 1.2 and its near misses, quoted and not', () => {
    const digits = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), minLength: 0, maxLength: 6 });
    const sign = fc.constantFrom('', '+', '-');
    const scalar = fc.oneof(
      fc.tuple(sign, fc.constantFrom('', '0b', '0o', '0x', '0O', '0X'), digits('0123456789abcdefABCDEF_')).map((p) => p.join('')),
      fc.tuple(sign, digits('0123456789'), fc.constantFrom('', '.'), digits('0123456789'), fc.constantFrom('', 'e', 'E', 'e+', 'e-'), digits('0123456789')).map((p) => p.join('')),
      fc.tuple(sign, fc.constantFrom('.inf', '.Inf', '.INF', '.iNf', '.nan', '.NaN', '.NAN', '.Nan', 'inf', 'nan')).map((p) => p.join('')),
      fc.constantFrom('true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', 'Null', 'NULL', 'nULL', '~', ''),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 })).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.constantFrom('2026-01-01', '2026-01-01T10:00:00Z', '2026-01-01 10:00:00.5 +01:00', '12:30', '1:20:30', '190:20:30', '1,5', '4,5', '18 41', '=', '<<', 'Hábmer', 'Ráisa', 'Ŋ'),
    );
    const quoted = fc.tuple(scalar, fc.constantFrom('plain', 'single', 'double')).map(([s, q]) => (q === 'plain' ? s : q === 'single' ? `'${s}'` : `"${s}"`));
    fc.assert(
      fc.property(quoted, (s) => {
        agree(`a: ${s}\nb:\n  - ${s}\nc: [${s}, x]\nd: {e: ${s}}\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('for a %YAML 1.1 directive: the full parser stays on YAML 1.2 core, the quick one gives up', () => {
    const text = '%YAML 1.1\n---\na: yes\nb: 0b101\n';
    expect(full(text)).toEqual({ a: 'yes', b: '0b101' });
    expect(parseQuickly(text)).toBeUndefined();
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
