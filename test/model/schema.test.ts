import { describe, expect, it } from 'vitest';
import { schema, type SchemaNode } from '../../src/model/schema.js';
import { generateTypes, TYPES_FILE } from '../../src/build/gen-types.js';
import { readFileSync } from 'node:fs';

/** Every property node in the schema, with its path. */
function properties(node: SchemaNode, path: string, out: [string, SchemaNode][] = []): [string, SchemaNode][] {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.push([`${path}/${key}`, child]);
    properties(child, `${path}/${key}`, out);
    if (child.items) properties(child.items, `${path}/${key}/*`, out);
  }
  if (typeof node.additionalProperties === 'object') properties(node.additionalProperties, `${path}/*`, out);
  return out;
}

describe('schema', () => {
  const all = [...properties(schema, ''), ...Object.entries((schema as { definitions: Record<string, SchemaNode> }).definitions).flatMap(([k, d]) => properties(d, `#${k}`))];

  it('has a Norwegian title and description on every property', () => {
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter(([, n]) => !n.title || !n.description).map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('uses English camelCase keys', () => {
    const bad = all.map(([p]) => p.split('/').pop()!).filter((k) => k !== '*' && !/^[a-z][a-zA-Z0-9]*$/.test(k));
    expect(bad).toEqual([]);
  });

  it('numbers every section of the template 1.0–9.0 once', () => {
    const numbers = Object.values(schema.properties!).map((n) => n['x-section']).filter(Boolean);
    expect(numbers).toEqual(['1.0', '2.0', '2.1', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.0', '5.0', '6.0', '7.0', '8.0', '9.0']);
  });

  it('has an $id and a schema version', () => {
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.properties!.schemaVersion!.const).toBe('2.0');
  });

  it('labels every enum value', () => {
    const unlabelled = all.filter(([p, n]) => n.enum && !n['x-enumLabels'] && !p.includes('weekday') && !p.endsWith('Day') && !p.includes('statutoryMunicipalServices')).map(([p]) => p);
    expect(unlabelled).toEqual([]);
  });

  it('has generated TypeScript types that are up to date (npm run codegen)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await generateTypes());
  });
});
