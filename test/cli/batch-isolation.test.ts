/**
 * One file that fails unexpectedly (a bug reached while deriving) must not take the batch with it:
 * it is reported with its name, the others are written, the summary comes, and the exit code is 1.
 * The bug is simulated: derive throws for one office, as `1e-12` årsverk once made it throw.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';

vi.mock('../../src/derive/derive.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/derive/derive.js')>();
  return {
    ...real,
    derive: (a: Parameters<typeof real.derive>[0]) => {
      if (a.parties.officeName === 'NAV Krasj') throw new Error('simulert feil');
      return real.derive(a);
    },
  };
});

describe('generate: an unexpected error in one file of a batch', () => {
  it('is reported with the file name; the rest are written and summed up; exit 1, not 70', async () => {
    const dir = tempDir();
    const bodo = readFileSync(join(EXAMPLES, 'nav-bodo.yaml'), 'utf8');
    writeFileSync(join(dir, 'a.yaml'), bodo);
    writeFileSync(join(dir, 'b-krasj.yaml'), bodo.replace(/officeName: .*/, 'officeName: NAV Krasj'));
    writeFileSync(join(dir, 'c.yaml'), readFileSync(join(EXAMPLES, 'nav-indre-salten.yaml'), 'utf8'));
    const r = await runCli(['generate', 'a.yaml', 'b-krasj.yaml', 'c.yaml', '--out', 'ut', '--jobs', '1', '--no-guide'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^b-krasj\.yaml: feil: Intern feil under lagingen av dokumentene \(simulert feil\)\. Ingenting er skrevet for denne avtalen/m);
    expect(r.stderr).toContain('2 av 3 avtaler laget, 1 avvist');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual(['partnerskapsavtale-nav-bodo.docx', 'partnerskapsavtale-nav-indre-salten.docx']);
  });
});
