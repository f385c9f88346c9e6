import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';

/**
 * Runs a command of the tsc-built CLI (dist/cli/) in a fresh Node process and lists the CommonJS
 * packages it loaded, to check that a command loads only what it needs. dist/cli/, not the bundle:
 * there every package is still its own module under node_modules, so loading one can be seen.
 */
function packagesLoadedBy(args: string[]): string[] {
  const script = `
    import { createRequire } from 'node:module';
    import { PassThrough } from 'node:stream';
    const { run } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
    const sink = new PassThrough(); sink.resume();
    await run(${JSON.stringify(args)}, { stdout: sink, stderr: sink, stdin: new PassThrough(), cwd: process.cwd(), env: {} });
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((p) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(p)?.[1]).filter(Boolean);
    console.log(JSON.stringify([...new Set(loaded)].sort()));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
}

describe('start-up: each command loads only what it needs', () => {
  it('--help loads nothing heavy', () => {
    const loaded = packagesLoadedBy(['--help']);
    for (const heavy of ['docxtemplater', 'pizzip', 'yaml', 'ajv', 'marked', '@xmldom/xmldom', 'diff', '@inquirer/core']) expect(loaded).not.toContain(heavy);
  });

  it('validate of a valid file reads it the quick way, without docxtemplater, pizzip, the XML parser or the full YAML parser', () => {
    const loaded = packagesLoadedBy(['validate', join(EXAMPLES, 'nav-bodo.yaml')]);
    expect(loaded).toContain('ajv'); // it did validate (js-yaml, an ES module, does not show here)
    for (const heavy of ['yaml', 'docxtemplater', 'pizzip', '@xmldom/xmldom', 'marked', '@inquirer/core']) expect(loaded).not.toContain(heavy);
  });

  it('generate loads docxtemplater (so the checks above, which find none, can see it)', () => {
    const out = tempDir('partnerskap-startup-');
    expect(packagesLoadedBy(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--out', out, '--no-guide'])).toContain('docxtemplater');
    expect(readdirSync(out)).toEqual(['partnerskapsavtale-nav-bodo.docx']);
  });
});
