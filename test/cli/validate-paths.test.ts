/**
 * `validate <fil...>` without options skips building the command-line program (src/cli/main.ts,
 * plainValidate); with `--` before the files it goes through commander. Both must answer alike.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
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
