import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractAgreementData } from '../../src/embed/extract.js';
import { migrateData } from '../../src/migrate/migrate.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';
import { MIGRATE_FIXTURES, OLD_DOCX, read } from './fixtures.js';

const fixture = (name: string) => join(MIGRATE_FIXTURES, name);
/** A temp folder with a copy of a 1.0 fixture in it, as `avtale.yaml` (or the name given). */
function withFile(name = 'nav-indre-salten.1.0.yaml', as = 'avtale.yaml'): { dir: string; file: string } {
  const dir = tempDir();
  copyFileSync(fixture(name), join(dir, as));
  return { dir, file: join(dir, as) };
}
const listing = (dir: string) => readdirSync(dir).sort();

describe('partnerskap migrate', () => {
  it('writes <navn>-2.0.yaml beside the file, reports it, and leaves the 1.0 file as it was', async () => {
    const { dir, file } = withFile();
    const r = await runCli(['migrate', 'avtale.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('avtale.yaml: gjort om til format 2.0 i avtale-2.0.yaml\n');
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'avtale-2.0.yaml'), 'utf8')).toBe(read(fixture('nav-indre-salten.2.0.yaml')));
    expect(readFileSync(file, 'utf8')).toBe(read(fixture('nav-indre-salten.1.0.yaml')));
    expect(listing(dir)).toEqual(['avtale-2.0.yaml', 'avtale.yaml']);
  });

  it('never overwrites without --force; with --force and no --out it converts the file in place', async () => {
    const { dir, file } = withFile();
    writeFileSync(join(dir, 'avtale-2.0.yaml'), 'mitt eget\n');
    const refused = await runCli(['migrate', 'avtale.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('avtale-2.0.yaml finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive');
    expect(refused.stdout).toBe('');
    expect(readFileSync(join(dir, 'avtale-2.0.yaml'), 'utf8')).toBe('mitt eget\n');
    expect(readFileSync(file, 'utf8')).toBe(read(fixture('nav-indre-salten.1.0.yaml')));

    const forced = await runCli(['migrate', 'avtale.yaml', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toBe('avtale.yaml: gjort om til format 2.0\n');
    expect(readFileSync(file, 'utf8')).toBe(read(fixture('nav-indre-salten.2.0.yaml')));
    expect(readFileSync(join(dir, 'avtale-2.0.yaml'), 'utf8')).toBe('mitt eget\n');
    expect(listing(dir)).toEqual(['avtale-2.0.yaml', 'avtale.yaml']);
  });

  it('--out writes the same name into the folder (made if missing), and refuses an existing file there without --force', async () => {
    const { dir, file } = withFile();
    const r = await runCli(['migrate', file, '--out', 'ny/mappe'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`avtale.yaml: gjort om til format 2.0 i ${join('ny', 'mappe', 'avtale.yaml')}\n`);
    expect(readFileSync(join(dir, 'ny', 'mappe', 'avtale.yaml'), 'utf8')).toBe(read(fixture('nav-indre-salten.2.0.yaml')));
    writeFileSync(join(dir, 'ny', 'mappe', 'avtale.yaml'), 'mitt eget\n');
    const again = await runCli(['migrate', file, '--out', 'ny/mappe'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, 'ny', 'mappe', 'avtale.yaml'), 'utf8')).toBe('mitt eget\n');
    const forced = await runCli(['migrate', file, '--out', 'ny/mappe', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'ny', 'mappe', 'avtale.yaml'), 'utf8')).toBe(read(fixture('nav-indre-salten.2.0.yaml')));
    expect(readFileSync(file, 'utf8')).toBe(read(fixture('nav-indre-salten.1.0.yaml')));
  });

  it('is atomic: a target that cannot be replaced leaves everything as it was, and no temp file', async () => {
    const { dir, file } = withFile();
    mkdirSync(join(dir, 'avtale-2.0.yaml'));
    const r = await runCli(['migrate', 'avtale.yaml', '--force', '--out', 'avtale-2.0.yaml'], { cwd: dir });
    // --out names the folder: avtale-2.0.yaml/avtale.yaml is written whole, nothing else.
    expect(r.code, r.stderr).toBe(0);
    expect(listing(join(dir, 'avtale-2.0.yaml'))).toEqual(['avtale.yaml']);
    const { dir: dir2 } = withFile();
    mkdirSync(join(dir2, 'avtale-2.0.yaml'));
    const blocked = await runCli(['migrate', 'avtale.yaml', '--force', '--out', '.'], { cwd: dir2 });
    expect(blocked.code, blocked.stderr).toBe(0);
    expect(listing(dir2)).toEqual(['avtale-2.0.yaml', 'avtale.yaml']);
    const { dir: dir3 } = withFile();
    mkdirSync(join(dir3, 'avtale-2.0.yaml'));
    const refused = await runCli(['migrate', 'avtale.yaml'], { cwd: dir3 });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('avtale.yaml: feil: Kan ikke skrive «avtale-2.0.yaml»: det er en mappe, ikke en vanlig fil, og blir ikke erstattet, heller ikke med --force. Velg et filnavn. [write_failed]\n');
    expect(listing(dir3)).toEqual(['avtale-2.0.yaml', 'avtale.yaml']);
    expect(readdirSync(join(dir3, 'avtale-2.0.yaml'))).toEqual([]);
    expect(readFileSync(join(dir3, 'avtale.yaml'), 'utf8')).toBe(read(fixture('nav-indre-salten.1.0.yaml')));
    expect(readFileSync(file, 'utf8')).toBe(read(fixture('nav-indre-salten.1.0.yaml')));
  });

  it('a 2.0 file: «er allerede i format 2.0», exit 0, nothing written', async () => {
    const { dir } = withFile('nav-bodo.2.0.yaml');
    const r = await runCli(['migrate', 'avtale.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('avtale.yaml: er allerede i format 2.0; ingenting er skrevet.\n');
    expect(listing(dir)).toEqual(['avtale.yaml']);
    expect(readFileSync(join(dir, 'avtale.yaml'), 'utf8')).toBe(read(fixture('nav-bodo.2.0.yaml')));
  });

  it('an invalid 1.0 file: its 1.0 problems with line numbers, exit 1, nothing written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'avtale.yaml'), read(fixture('nav-bodo.1.0.yaml')).replace('postalCode: "8006"', 'postalCode: 8006').replace('orgNumber: "972418013"', 'orgNumber: "972418014"'));
    const r = await runCli(['migrate', 'avtale.yaml', '--force'], { cwd: dir });
    expect(r.code).toBe(1);
    // In the 1.0 schema's terms: its fields and titles, not 2.0's.
    expect(r.stderr).toMatch(/avtale\.yaml:\d+:\d+: feil: «2\.1 Fysisk lokalisering og utforming › Adresse › Postnummer» må være tekst, men er et heltall \(8006\).*\(\/location\/address\/postalCode\) \[type\]/);
    expect(r.stderr).toContain('(/parties/municipalities/0/orgNumber) [bad_orgnumber]');
    expect(r.stderr).toContain('Filen er ikke gyldig i format 1.0 og er ikke gjort om.');
    const typo = tempDir();
    writeFileSync(join(typo, 'avtale.yaml'), read(fixture('nav-bodo.1.0.yaml')).replace('  openingHours:', '  openingHour:'));
    const unknown = await runCli(['migrate', 'avtale.yaml'], { cwd: typo });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('«2.1 Fysisk lokalisering og utforming › openingHour» er ikke et kjent felt. Sjekk stavemåten; gyldige felt her er: address, openingHours.');
    expect(listing(typo)).toEqual(['avtale.yaml']);
    expect(r.stdout).toBe('');
    expect(listing(dir)).toEqual(['avtale.yaml']);
    expect(readFileSync(join(dir, 'avtale.yaml'), 'utf8')).toContain('schemaVersion: "1.0"');
  });

  it('a file of neither format is named as such; each file counts on its own and the worst exit code wins', async () => {
    const { dir } = withFile('kommentarer-samisk.1.0.yaml', 'a.yaml');
    writeFileSync(join(dir, 'b.yaml'), read(fixture('nav-bodo.1.0.yaml')).replace('schemaVersion: "1.0"', 'schemaVersion: "0.9"'));
    const r = await runCli(['migrate', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.yaml: gjort om til format 2.0 i a-2.0.yaml\n');
    expect(r.stderr).toContain('b.yaml:3:16: feil: «schemaVersion» er «0.9». migrate gjør om filer i format 1.0 (schemaVersion: "1.0") til 2.0. (/schemaVersion) [unknown_schema_version]');
    expect(listing(dir)).toEqual(['a-2.0.yaml', 'a.yaml', 'b.yaml']);
    writeFileSync(join(dir, 'c.yaml'), read(fixture('nav-bodo.1.0.yaml')).replace('schemaVersion: "1.0"', 'schemaVersion: 1.0'));
    const unquoted = await runCli(['migrate', 'c.yaml'], { cwd: dir });
    expect(unquoted.code).toBe(1);
    expect(unquoted.stderr).toContain('«schemaVersion» er 1 (ikke tekst i anførselstegn). migrate gjør om filer i format 1.0 (schemaVersion: "1.0") til 2.0.');
  });

  it('keeps comments and Sámi names (the committed expectation), and writes JSON for JSON', async () => {
    const { dir } = withFile('kommentarer-samisk.1.0.yaml', 'hábmer.yaml');
    copyFileSync(fixture('vertskommune.1.0.json'), join(dir, 'salten.json'));
    const r = await runCli(['migrate', 'hábmer.yaml', 'salten.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = readFileSync(join(dir, 'hábmer-2.0.yaml'), 'utf8');
    expect(out).toBe(read(fixture('kommentarer-samisk.2.0.yaml')));
    expect(out).toContain('samiName: Hábmer # samisk navn, skal stå urørt');
    expect(out).toContain('# Besøksadressen.');
    expect(readFileSync(join(dir, 'salten-2.0.json'), 'utf8')).toBe(read(fixture('vertskommune.2.0.json')));
  });

  it('refuses standard input and document files', async () => {
    const { dir } = withFile();
    copyFileSync(OLD_DOCX, join(dir, 'avtale.docx'));
    expect((await runCli(['migrate', '-'], { cwd: dir })).code).toBe(2);
    const docx = await runCli(['migrate', 'avtale.docx'], { cwd: dir });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('Filtypen støttes ikke');
    expect(listing(dir)).toEqual(['avtale.docx', 'avtale.yaml']);
  });
});

describe('a 1.0 file elsewhere', () => {
  for (const command of ['validate', 'generate', 'audit']) {
    it(`${command}: exit 1 with how to migrate, nothing written`, async () => {
      const { dir } = withFile('nav-bodo.1.0.yaml', 'min avtale.yaml');
      const r = await runCli(command === 'generate' ? [command, 'min avtale.yaml', '--out', 'ut'] : [command, 'min avtale.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("min avtale.yaml:3:16: feil: Filen bruker dataformat 1.0. Gjør den om til 2.0 med «npx partnerskap migrate 'min avtale.yaml'» (den gamle filen blir stående). (/schemaVersion) [old_schema_version]");
      expect(r.stderr.match(/feil:/g)).toHaveLength(1);
      expect(listing(dir)).toEqual(['min avtale.yaml']);
    });
  }
});

describe('a .docx made by the 1.0 version is read by migrating its data on the fly', () => {
  const migrated = migrateData(parse(read(fixture('nav-bodo.1.0.yaml'))));

  it('extract prints the data as 2.0 and says so on stderr', async () => {
    const dir = tempDir();
    const r = await runCli(['extract', OLD_DOCX, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(migrated);
    expect(r.stderr).toContain('advarsel: Dokumentet ble laget med dataformat 1.0. Dataene er gjort om til format 2.0');
  });

  it('diff against the migrated file finds no differences', async () => {
    const r = await runCli(['diff', OLD_DOCX, fixture('nav-bodo.2.0.yaml')], { cwd: tempDir() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ingen endringer');
  });

  it('diff against a changed 2.0 file names the change', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ny.yaml'), read(fixture('nav-bodo.2.0.yaml')).replace('closes: "14:00"', 'closes: "15:00"'));
    const r = await runCli(['diff', OLD_DOCX, 'ny.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('14:00');
    expect(r.stdout).toContain('15:00');
  });

  it('audit reads it as the migrated file', async () => {
    const dir = tempDir();
    const fromDocx = await runCli(['audit', OLD_DOCX, '--format', 'json', '--today', '2025-12-01'], { cwd: dir });
    const fromFile = await runCli(['audit', fixture('nav-bodo.2.0.yaml'), '--format', 'json', '--today', '2025-12-01'], { cwd: dir });
    expect(fromDocx.code, fromDocx.stderr).toBe(fromFile.code);
    expect(fromDocx.stderr).not.toContain('old_schema_version');
    const findings = (s: string) => JSON.stringify((JSON.parse(s) as { findings?: unknown }).findings ?? JSON.parse(s));
    // The command that answers the checklist names a data file, and a placeholder for a .docx.
    expect(findings(fromDocx.stdout).replaceAll(OLD_DOCX, 'X').replaceAll('<avtalefil>', 'X')).toBe(findings(fromFile.stdout).replaceAll(fixture('nav-bodo.2.0.yaml'), 'X'));
  });

  it('the fixture really carries 1.0 data', () => {
    const found = extractAgreementData(readFileSync(OLD_DOCX));
    expect(found.ok && found.value.migratedFrom).toBe('1.0');
  });
});
