import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { syntheticAgreements } from '../../bench/synthetic.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const sorted = (dir: string) => readdirSync(dir).sort();

describe('generate: a batch of agreements in one process', () => {
  let dir: string;
  const agreements = syntheticAgreements(30);

  beforeAll(() => {
    dir = tempDir('batch-');
    mkdirSync(join(dir, 'avtaler'));
    agreements.forEach((a, i) => writeFileSync(join(dir, 'avtaler', `avtale-${String(i + 1).padStart(2, '0')}.yaml`), stringify(a)));
    // Two broken files in the same folder.
    const broken = syntheticAgreements(1)[0]!;
    broken.parties.municipalities[0]!.number = '12';
    writeFileSync(join(dir, 'avtaler', 'feil-kommunenummer.yaml'), stringify(broken));
    writeFileSync(join(dir, 'avtaler', 'feil-yaml.yaml'), 'schemaVersion: "1.0"\nparties: [\n');
  });

  it('writes the 30 valid agreements, reports the 2 invalid ones by name, and exits 1', async () => {
    const r = await runCli(['generate', 'avtaler', '--out', 'ut2', '--jobs', '2', '--no-guide'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(sorted(join(dir, 'ut2'))).toHaveLength(30);
    expect(r.stdout.trim().split('\n')).toHaveLength(30);
    expect(r.stderr).toMatch(/^avtaler\/feil-kommunenummer\.yaml:\d+:\d+: feil: .*Kommunenummer eller bydelsnummer» har feil form: «12»/m);
    expect(r.stderr).toMatch(/^avtaler\/feil-yaml\.yaml:\d+:\d+: feil: Filen kan ikke leses som YAML/m);
    expect(r.stderr).toContain('30 av 32 avtaler laget, 2 avvist');
  });

  it('gives byte-identical files with --jobs 1 and --jobs 2, identical to generating each alone', async () => {
    const one = await runCli(['generate', 'avtaler', '--out', 'ut1', '--jobs', '1'], { cwd: dir });
    const two = await runCli(['generate', 'avtaler', '--out', 'ut2b', '--jobs', '2'], { cwd: dir });
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.stdout.replaceAll('ut2b', 'ut1')).toBe(one.stdout);
    const files = sorted(join(dir, 'ut1'));
    expect(files).toHaveLength(60); // agreement + guide each
    expect(sorted(join(dir, 'ut2b'))).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'ut2b', f)).equals(readFileSync(join(dir, 'ut1', f))), f).toBe(true);
    for (const i of [0, 17]) {
      const alone = await runCli(['generate', join('avtaler', `avtale-${String(i + 1).padStart(2, '0')}.yaml`), '--out', `alene-${i}`], { cwd: dir });
      expect(alone.code).toBe(0);
      for (const f of sorted(join(dir, `alene-${i}`))) expect(readFileSync(join(dir, `alene-${i}`, f)).equals(readFileSync(join(dir, 'ut1', f))), f).toBe(true);
    }
  });

  it('refuses a --jobs that is not a whole number', async () => {
    const r = await runCli(['generate', 'avtaler', '--jobs', 'mange'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs må være et helt tall fra 1 til 64');
  });
});
