/**
 * Precompiles the schema validator with Ajv standalone into src/validate/compiled-validator.ts,
 * so no process pays for compiling the schema at start-up. `--check` exits 1 when the
 * committed file is stale (run by the test suite).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { schema } from '../model/schema.js';
import { createAjv } from '../validate/ajv.js';

export const COMPILED_FILE = new URL('../../src/validate/compiled-validator.ts', import.meta.url);

const standalone = standaloneCode as unknown as typeof standaloneCode.default;

export function compileValidator(): string {
  // The generated code refers to `formats.<name>` and ajv's CommonJS runtime helpers; we import both ourselves.
  const ajv = createAjv({ code: { source: true, esm: true, lines: true, formats: _`formats` } });
  const code = standalone(ajv, ajv.compile(schema));
  return [
    '// @ts-nocheck',
    '/* Generated from schemas/partnerskapsavtale.schema.json by src/build/compile-validator.ts. Do not edit; run `npm run codegen`. */',
    "import { formats } from './formats.js';",
    code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/g, (_m, name: string) => `__${name}`).replace(/^"use strict";/, ''),
  ]
    .join('\n')
    .replace("import { formats } from './formats.js';", () => {
      const runtimes = [...new Set([...code.matchAll(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)/g)].map((m) => m[1]!))];
      return ["import { formats } from './formats.js';", ...runtimes.flatMap((r) => [
          `import __${r}Module from 'ajv/dist/runtime/${r}.js';`,
          // Node gives CommonJS exports as the default import; bundlers (vitest) unwrap `.default`.
          `const __${r} = typeof __${r}Module === 'function' ? __${r}Module : __${r}Module.default;`,
        ])].join('\n');
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = compileValidator();
  if (process.argv.includes('--check')) {
    if (readFileSync(COMPILED_FILE, 'utf8') !== fresh) {
      console.error('src/validate/compiled-validator.ts er utdatert. Kjør «npm run codegen».');
      process.exit(1);
    }
  } else writeFileSync(COMPILED_FILE, fresh);
}
