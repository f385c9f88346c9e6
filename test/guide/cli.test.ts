import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { packGuideTemplate, personalAgreement } from './fixtures.js';

const SALTEN = join(EXAMPLES, 'nav-indre-salten.yaml');
const isDocx = (path: string) => readFileSync(path).subarray(0, 2).toString() === 'PK';

beforeAll(() => packGuideTemplate());

describe('partnerskap guide', () => {
  it.each([
    ['docx', [], 'veileder.docx'],
    ['html', ['--format', 'html'], 'veileder.html'],
    ['md', ['--format', 'md'], 'veileder.md'],
  ])('writes the national guide as %s to the current folder by default', async (_f, args, name) => {
    const dir = tempDir();
    const r = await runCli(['guide', ...args], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${name}\n`);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('names the guide for an agreement after its office, and writes into a folder given as --out', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'ut'));
    const r = await runCli(['guide', '--for', SALTEN, '--out', 'ut'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${join('ut', 'veileder-nav-indre-salten.docx')}\n`);
    expect(isDocx(join(dir, 'ut', 'veileder-nav-indre-salten.docx'))).toBe(true);
  });

  it('takes an --out with a trailing separator as a folder, created if need be', async () => {
    const dir = tempDir();
    for (const out of ['ny mappe/', `annen mappe${sep}`]) {
      const r = await runCli(['guide', '--format', 'md', '--out', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${join(out, 'veileder.md')}\n`);
      expect(readdirSync(join(dir, out))).toEqual(['veileder.md']);
    }
  });

  it('an --out inside a file is refused in Norwegian, without an error code', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notat.txt'), 'mitt');
    const r = await runCli(['guide', '--format', 'md', '--out', join('notat.txt', 'veileder.md')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('partnerskap: «notat.txt» er en fil, ikke en mappe. Velg en mappe eller et filnavn med --out.\n');
    const deeper = await runCli(['guide', '--format', 'md', '--out', join('notat.txt', 'under', 'veileder.md')], { cwd: dir });
    expect(deeper.code).toBe(2);
    expect(deeper.stderr).toContain('en del av stien er en fil, ikke en mappe');
    expect(deeper.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it('never overwrites without --force, and does with it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'veileder.html'), 'mitt eget');
    const refused = await runCli(['guide', '--format', 'html'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('partnerskap: veileder.html finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg et annet navn med --out.\n');
    expect(readFileSync(join(dir, 'veileder.html'), 'utf8')).toBe('mitt eget');
    const forced = await runCli(['guide', '--format', 'html', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'veileder.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('refuses an --out name that does not fit the format, before writing anything', async () => {
    const dir = tempDir();
    const r = await runCli(['guide', '--out', 'veileder.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«veileder.html» er et html-filnavn, men formatet er docx. Bruk --format html');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an invalid agreement like validate does (exit 1) and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feil.yaml'), readFileSync(SALTEN, 'utf8').replace('host: "1841"', 'host: "18"'));
    const r = await runCli(['guide', '--for', 'feil.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^feil\.yaml:\d+:\d+: feil: .*Vertskommune/m);
    expect(readdirSync(dir)).toEqual(['feil.yaml']);
  });

  it('says so when the agreement file is missing (exit 2), or --today is not a date', async () => {
    const dir = tempDir();
    const missing = await runCli(['guide', '--for', 'finnes-ikke.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Finner ikke filen');
    const badDate = await runCli(['guide', '--for', SALTEN, '--today', '1. desember'], { cwd: dir });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Ugyldig dato for --today: «1. desember»');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('partnerskap generate writes the guide beside the agreement', () => {
  const AGREEMENT = 'partnerskapsavtale-nav-indre-salten.docx';
  const GUIDE = 'veileder-nav-indre-salten.docx';

  it('writes both files by default, the guide made for that agreement', async () => {
    const dir = tempDir();
    const r = await runCli(['generate', personalAgreement(dir), '--out', 'ut'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${join('ut', AGREEMENT)}\n${join('ut', GUIDE)}\n`);
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual([AGREEMENT, GUIDE]);
    const guide = await runCli(['guide', '--for', personalAgreement(dir), '--out', 'direkte.docx'], { cwd: dir });
    expect(guide.code).toBe(0);
    expect(readFileSync(join(dir, 'ut', GUIDE)).equals(readFileSync(join(dir, 'direkte.docx')))).toBe(true);
  });

  it('writes only the agreement with --no-guide', async () => {
    const dir = tempDir();
    const r = await runCli(['generate', SALTEN, '--no-guide'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${AGREEMENT}\n`);
    expect(readdirSync(dir)).toEqual([AGREEMENT]);
  });

  it('lets an existing guide block both files without --force, and overwrites both with it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, GUIDE), 'mine notater');
    const refused = await runCli(['generate', SALTEN], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`${GUIDE} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg en annen mappe med --out.\n`);
    expect(existsSync(join(dir, AGREEMENT))).toBe(false);
    expect(readFileSync(join(dir, GUIDE), 'utf8')).toBe('mine notater');

    const forced = await runCli(['generate', SALTEN, '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(isDocx(join(dir, AGREEMENT)) && isDocx(join(dir, GUIDE))).toBe(true);
  });

  it('lets an existing agreement block the guide too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, AGREEMENT), 'gammel avtale');
    const r = await runCli(['generate', SALTEN], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([AGREEMENT]);
  });
});
