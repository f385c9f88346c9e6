import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';

const AGREEMENTS = ['partnerskapsavtale-nav-bodo.docx', 'partnerskapsavtale-nav-indre-salten.docx'];

describe('partnerskap generate', () => {
  it('writes one agreement per example, prints the paths, and is byte-identical on a second run', async () => {
    const dir = tempDir();
    const first = await runCli(['generate', EXAMPLES, '--out', 'a', '--no-guide'], { cwd: dir });
    expect(first.stderr).toBe('2 av 2 avtaler laget.\n');
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual(AGREEMENTS.map((f) => join('a', f)));
    const second = await runCli(['generate', EXAMPLES, '--out', 'b', '--no-guide'], { cwd: dir });
    expect(second.code).toBe(0);
    for (const f of AGREEMENTS) expect(readFileSync(join(dir, 'b', f)).equals(readFileSync(join(dir, 'a', f)))).toBe(true);
  });

  it('does not overwrite an existing file without --force', async () => {
    const dir = tempDir();
    const target = join(dir, AGREEMENTS[0]!);
    writeFileSync(target, 'mitt eget dokument');
    const refused = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('finnes fra før og ble ikke overskrevet. Bruk --force');
    expect(readFileSync(target, 'utf8')).toBe('mitt eget dokument');
    const forced = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the valid files of a batch and reports the invalid ones (exit 1)', async () => {
    const dir = tempDir();
    const bad = join(dir, 'feil.yaml');
    writeFileSync(bad, readFileSync(join(EXAMPLES, 'nav-bodo.yaml'), 'utf8').replace('number: "1804"', 'number: "18"'));
    const r = await runCli(['generate', bad, join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide', '--out', 'ut'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^feil\.yaml:\d+:\d+: feil: .*Kommunenummer/m);
    expect(r.stdout.trim()).toBe(join('ut', AGREEMENTS[0]!));
  });
});

describe('the installed command', () => {
  it('runs as `npx partnerskap` and answers --version and --help in Norwegian', () => {
    const version = execFileSync('npx', ['--no-install', 'partnerskap', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(version.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = execFileSync('npx', ['--no-install', 'partnerskap', 'generate', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help).toContain('Bruk: partnerskap generate');
    expect(help).toContain('overskriv dokumenter som finnes fra før');
  });

  it('answers usage errors with exit 2 and a Norwegian message, bad input with exit 1, never a stack trace', () => {
    const bin = join(ROOT, 'dist', 'cli', 'bin.js');
    const usage = spawnSync('node', [bin, 'generate', '--ukjent'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Ukjent valg «--ukjent»');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'schemaVersion: [\n');
    const bad = spawnSync('node', [bin, 'generate', 'a.yaml'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^a\.yaml:\d+:\d+: feil: /);
    expect(bad.stderr + bad.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });
});
