import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * The YAML 1.2 core schema exactly as the full parser (the `yaml` package, schema 'core') reads
 * plain scalars — js-yaml's own CORE_SCHEMA is wider (0b101, 1_000, 0o17 with a sign, +.5e3 …),
 * so a value could be a number on one path and text on the other. Same patterns, same parseInt/
 * parseFloat; test/parse/quick.test.ts checks every scalar form against the full parser.
 */
const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => s !== null && test.test(s), construct });

const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (s) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10))),
    scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) =>
      /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s),
    ),
  ],
});

/**
 * Agreement text read the quick way, or undefined whenever anything is out of the ordinary.
 *
 * The full parser (parse.ts, the `yaml` package) keeps every node's position so a problem can be
 * shown at its line and column, and is several times slower to load and run. Most files are
 * valid, so they are read here first (js-yaml with the YAML 1.2 core schema above, as the full
 * parser reads it) and only a file that fails — to parse here, or to validate — is read again by
 * the full parser, which then reports it. Anchors and aliases, which the full parser refuses, and
 * directives (%YAML), never take this path.
 */
export function parseQuickly(text: string): unknown {
  if (/[&*]|^%/m.test(text)) return undefined;
  try {
    return load(text, { schema: CORE_1_2 });
  } catch {
    return undefined;
  }
}
