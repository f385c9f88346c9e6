import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Agreement text read the quick way, or undefined whenever anything is out of the ordinary.
 *
 * The full parser (parse.ts, the `yaml` package) keeps every node's position so a problem can be
 * shown at its line and column, and is several times slower to load and run. Most files are
 * valid, so they are read here first (js-yaml, YAML 1.2 core schema like the full parser) and only
 * a file that fails — to parse here, or to validate — is read again by the full parser, which
 * then reports it. Anchors and aliases, which the full parser refuses, never take this path.
 * test/parse/quick.test.ts checks that both parsers read the same data.
 */
export function parseQuickly(text: string): unknown {
  if (/[&*]/.test(text)) return undefined;
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}
