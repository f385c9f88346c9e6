import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_FILES, EXAMPLES, ROOT, example, tempDir } from '../helpers/paths.js';
import { ensureBundle, runBundle } from './helpers/bundle.js';

/** One agreement per example, named after it in its målform («partnarskapsavtale» in nynorsk), in the folder's order. */
const AGREEMENTS = EXAMPLE_FILES.map((f) => `${example(f).document.language === 'nn' ? 'partnarskapsavtale' : 'partnerskapsavtale'}-${f.replace(/\.yaml$/, '')}.docx`);
const BODO = 'partnerskapsavtale-nav-bodo.docx';
const MADE = `${AGREEMENTS.length} av ${AGREEMENTS.length} avtaler laget.\n`;

describe('partnerskap generate', () => {
  it('writes one agreement per example, prints the paths, and is byte-identical on a second run', async () => {
    const dir = tempDir();
    const first = await runCli(['generate', EXAMPLES, '--out', 'a', '--no-guide'], { cwd: dir });
    expect(first.stderr).toBe(MADE);
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual(AGREEMENTS.map((f) => join('a', f)));
    const second = await runCli(['generate', EXAMPLES, '--out', 'b', '--no-guide'], { cwd: dir });
    expect(second.code).toBe(0);
    for (const f of AGREEMENTS) expect(readFileSync(join(dir, 'b', f)).equals(readFileSync(join(dir, 'a', f)))).toBe(true);
  });

  it('does not overwrite an existing file without --force', async () => {
    const dir = tempDir();
    const target = join(dir, BODO);
    writeFileSync(target, 'mitt eget dokument');
    const refused = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('finnes fra før og ble ikke overskrevet. Bruk --force');
    expect(readFileSync(target, 'utf8')).toBe('mitt eget dokument');
    const forced = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('makes a file named twice (also inside a folder given) once, without calling it a clash with itself', async () => {
    const dir = tempDir();
    const bodo = join(EXAMPLES, 'nav-bodo.yaml');
    const r = await runCli(['generate', bodo, EXAMPLES, bodo, '--out', 'ut', '--no-guide'], { cwd: dir });
    expect(r.stderr).toBe(MADE);
    expect(r.code).toBe(0);
    // Bodø once, where it was first named; the folder's other examples after it.
    const order = [BODO, ...AGREEMENTS.filter((f) => f !== BODO)];
    expect(r.stdout.trim().split('\n')).toEqual(order.map((f) => join('ut', f)));
  });

  it('an --out that is a file is refused before anything is made (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notat.txt'), 'mitt');
    const r = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--out', 'notat.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('partnerskap: «notat.txt» er en fil, ikke en mappe. Oppgi mappen dokumentene skal skrives til med --out.\n');
    expect(readFileSync(join(dir, 'notat.txt'), 'utf8')).toBe('mitt');
  });

  it('a document that cannot be written is reported in Norwegian (exit 2), without an error code', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, BODO, 'innhold'), { recursive: true }); // a folder where the document goes
    const r = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^Kan ikke skrive «${BODO.replace(/\./g, '\\.')}»: `));
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(r.stdout).toBe('');
  });

  it('names files outside the working folder by their absolute path, never «../»', async () => {
    const dir = tempDir();
    const other = tempDir();
    const r = await runCli(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--out', other, '--no-guide'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${join(other, BODO)}\n`);
    writeFileSync(join(other, 'feil.yaml'), 'schemaVersion: [\n');
    const bad = await runCli(['validate', join(other, 'feil.yaml')], { cwd: dir });
    expect(bad.stderr).toMatch(new RegExp(`^${join(other, 'feil.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: feil: `));
  });

  it('without a command: the help on stderr and exit 2 (with --help or `help`: stdout and exit 0)', async () => {
    const dir = tempDir();
    const none = await runCli([], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Bruk: partnerskap [valg] <kommando>');
    expect(none.stderr).toContain('Kommandoer:');
    for (const argv of [['--help'], ['help']]) {
      const asked = await runCli(argv, { cwd: dir });
      expect(asked.code).toBe(0);
      expect(asked.stdout).toContain('Bruk: partnerskap [valg] <kommando>');
      expect(asked.stderr).toBe('');
    }
  });

  it('writes the valid files of a batch and reports the invalid ones (exit 1)', async () => {
    const dir = tempDir();
    const bad = join(dir, 'feil.yaml');
    writeFileSync(bad, readFileSync(join(EXAMPLES, 'nav-bodo.yaml'), 'utf8').replace('number: "1804"', 'number: "18"'));
    const r = await runCli(['generate', bad, join(EXAMPLES, 'nav-bodo.yaml'), '--no-guide', '--out', 'ut'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^feil\.yaml:\d+:\d+: feil: .*Kommunenummer/m);
    expect(r.stdout.trim()).toBe(join('ut', BODO));
  });
});

describe('the installed command (dist/bundle/partnerskap.js, what `npx partnerskap` runs)', () => {
  beforeAll(ensureBundle, 300_000);

  it('runs as `npx partnerskap` and answers --version and --help in Norwegian', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.partnerskap).toBe('dist/bundle/partnerskap.js');
    const version = execFileSync('npx', ['--no-install', 'partnerskap', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(version.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = execFileSync('npx', ['--no-install', 'partnerskap', 'generate', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help).toContain('Bruk: partnerskap generate');
    expect(help).toContain('overskriv dokumenter som finnes fra før');
  });

  it('answers usage errors with exit 2 and a Norwegian message, bad input with exit 1, never a stack trace', () => {
    const usage = runBundle(['generate', '--ukjent'], { cwd: tempDir() });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Ukjent valg «--ukjent»');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'schemaVersion: [\n');
    const bad = runBundle(['generate', 'a.yaml'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^a\.yaml:\d+:\d+: feil: /);
    expect(bad.stderr + bad.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });
});
