/**
 * Generates src/model/agreement.ts from the schema with json-schema-to-typescript.
 * `--check` exits 1 when the committed file is stale (run by the test suite).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { schema } from '../model/schema.js';

export const TYPES_FILE = new URL('../../src/model/agreement.ts', import.meta.url);

/**
 * json-schema-to-typescript names a type after every `title`; ours are Norwegian labels, so drop
 * the keyword (but not a property that happens to be called `title`), with defaults and x- annotations.
 */
function stripTitles(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => stripTitles(n));
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (!isPropertyMap && (k === 'title' || k === 'default' || k.startsWith('x-'))) continue;
      out[k] = isPropertyMap ? stripTitles(v) : k === 'enum' || k === 'const' ? v : stripTitles(v, k === 'properties' || k === 'definitions');
    }
    return out;
  }
  return node;
}

export async function generateTypes(): Promise<string> {
  const input = { ...(stripTitles(schema) as object), title: 'Agreement' } as JSONSchema;
  return compile(input, 'Agreement', {
    bannerComment: '/* Generated from schemas/partnerskapsavtale.schema.json by src/build/gen-types.ts. Do not edit; run `npm run codegen`. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    // Plain arrays instead of tuple types for minItems/maxItems.
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 120 },
    format: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = await generateTypes();
  if (process.argv.includes('--check')) {
    const current = readFileSync(TYPES_FILE, 'utf8');
    if (current !== fresh) {
      console.error('src/model/agreement.ts er utdatert. Kjør «npm run codegen».');
      process.exit(1);
    }
  } else {
    writeFileSync(TYPES_FILE, fresh);
    console.log('skrev src/model/agreement.ts');
  }
}
