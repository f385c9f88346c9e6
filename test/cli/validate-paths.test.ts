/**
 * `validate <fil...>` without options skips building the command-line program (src/cli/main.ts,
 * plainValidate); with `--` before the files it goes through commander. Both must answer alike.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';

describe('validate: the quick way and through the program answer alike', () => {
  const dir = tempDir('partnerskap-validate-paths-');
  copyFileSync(join(EXAMPLES, 'nav-bodo.yaml'), join(dir, 'gyldig.yaml'));
  writeFileSync(join(dir, 'ugyldig.yaml'), 'schemaVersion: "2.0"\nparties: {}\n');
  const cases: Record<string, string[]> = {
    'a valid file': ['gyldig.yaml'],
    'an invalid file': ['ugyldig.yaml'],
    'a missing file': ['finnes-ikke.yaml'],
    'a folder and standard input': ['.', '-'],
  };
  for (const [name, files] of Object.entries(cases))
    it(name, async () => {
      const quick = await runCli(['validate', ...files], { cwd: dir, input: 'ikke: yaml: her' });
      const viaProgram = await runCli(['validate', '--', ...files], { cwd: dir, input: 'ikke: yaml: her' });
      expect(quick.stdout + quick.stderr).not.toBe('');
      expect(viaProgram).toEqual(quick);
    });

  it('without files, or with an option, the program answers (usage error, help)', async () => {
    expect((await runCli(['validate'], { cwd: dir })).stderr).toMatch(/^partnerskap: Mangler argumentet «fil»/);
    expect((await runCli(['validate', 'gyldig.yaml', '--hjelp'], { cwd: dir })).stderr).toMatch(/Ukjent valg «--hjelp»/);
  });
});

describe('validate --format json', () => {
  const dir = tempDir('partnerskap-validate-json-');
  copyFileSync(join(EXAMPLES, 'nav-bodo.yaml'), join(dir, 'gyldig.yaml'));
  writeFileSync(join(dir, 'ugyldig.yaml'), readFileSync(join(EXAMPLES, 'nav-bodo.yaml'), 'utf8').replace('number: "1804"', 'number: 1804'));

  it('one array on stdout: each file, whether it is valid, and its problems with the same messages as the text', async () => {
    const r = await runCli(['validate', '--format', 'json', 'gyldig.yaml', 'ugyldig.yaml', '-'], { cwd: dir, input: readFileSync(join(EXAMPLES, 'nav-bodo.yaml')) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const files = JSON.parse(r.stdout) as { file: string; valid: boolean; problems: Record<string, unknown>[] }[];
    expect(files.map((f) => [f.file, f.valid])).toEqual([['gyldig.yaml', true], ['ugyldig.yaml', false], ['-', true]]);
    const [problem] = files[1]!.problems;
    expect(Object.keys(problem!)).toEqual(['code', 'severity', 'pointer', 'section', 'line', 'column', 'message']);
    expect(problem).toMatchObject({ code: 'type', severity: 'feil', pointer: '/parties/municipalities/0/number', section: 'parties', line: 11 });
    const text = await runCli(['validate', 'ugyldig.yaml'], { cwd: dir });
    expect(text.stderr).toContain(`: feil: ${problem!.message as string} (/parties/municipalities/0/number) [type]`);
  });

  it('the same input gives the same bytes, and a format it does not have is refused in Norwegian', async () => {
    const a = await runCli(['validate', '--format', 'json', '.'], { cwd: dir });
    expect((await runCli(['validate', '--format', 'JSON', '.'], { cwd: dir })).stdout).toBe(a.stdout);
    const r = await runCli(['validate', '--format', 'yaml', 'gyldig.yaml'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('partnerskap: Ugyldig verdi «yaml». Gyldige verdier: text, json.\n');
  });
});
