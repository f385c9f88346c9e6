import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';
import { ensureBundle } from './helpers/bundle.js';

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

/**
 * Runs a command of the shipped bundle in a fresh Node process, loaded as its launcher loads it
 * (dist/bundle/cli.js with its code cache), and lists the other files of dist/bundle/ it loaded.
 */
function bundleFilesLoadedBy(args: string[]): string[] {
  const script = `
    import { createRequire } from 'node:module';
    import { PassThrough } from 'node:stream';
    const { loadBundle } = await import(${JSON.stringify(join(ROOT, 'dist/cli/code-cache.js'))});
    const { exports: cli } = loadBundle(${JSON.stringify(join(ROOT, 'dist/bundle/cli.js'))});
    const sink = new PassThrough(); sink.resume();
    const code = await cli.run(${JSON.stringify(args)}, { stdout: sink, stderr: sink, stdin: new PassThrough(), cwd: process.cwd(), env: {} });
    if (code !== 0) throw new Error('status ' + code);
    const dir = ${JSON.stringify(join(ROOT, 'dist/bundle/'))};
    console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache).filter((p) => p.startsWith(dir)).map((p) => p.slice(dir.length)).sort()));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
}

describe('start-up of the shipped bundle: cli.js holds what validate and --help run, cli-rest.js the rest', () => {
  beforeAll(async () => {
    await ensureBundle();
  }, 300_000);

  it('validate of a valid file and --help load no other file of the bundle', () => {
    expect(bundleFilesLoadedBy(['validate', join(EXAMPLES, 'nav-bodo.yaml')])).toEqual([]);
    expect(bundleFilesLoadedBy(['--help'])).toEqual([]);
  });

  it('generate loads cli-rest.js and docxtemplater (so the check above, which finds none, can see them)', () => {
    const out = tempDir('partnerskap-startup-');
    const loaded = bundleFilesLoadedBy(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--out', out, '--no-guide']);
    expect(loaded).toContain('cli-rest.js');
    expect(loaded).toContain('vendor/docxtemplater.js');
    expect(readdirSync(out)).toEqual(['partnerskapsavtale-nav-bodo.docx']);
  });
});
