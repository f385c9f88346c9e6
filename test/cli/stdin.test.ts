import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { ensureBundle, runBundle } from './helpers/bundle.js';

const bodo = readFileSync(join(EXAMPLES, 'nav-bodo.yaml'), 'utf8');

describe('«-» reads the agreement from standard input', () => {
  beforeAll(ensureBundle, 300_000);

  it('validate, with problems shown as «standard inn:line:column»', () => {
    const dir = tempDir();
    const good = runBundle(['validate', '-'], { cwd: dir, input: bodo });
    expect([good.status, good.stdout]).toEqual([0, 'standard inn: gyldig\n']);
    const bad = runBundle(['validate', '-'], { cwd: dir, input: bodo.replace('number: "1804"', 'number: "18"') });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^standard inn:\d+:\d+: feil: .*Kommunenummer eller bydelsnummer» har feil form: «18»/m);
  });

  it('generate, audit and diff take it too', () => {
    const dir = tempDir();
    const gen = runBundle(['generate', '-', '--out', 'ut', '--no-guide'], { cwd: dir, input: bodo });
    expect([gen.status, gen.stdout]).toEqual([0, `${join('ut', 'partnerskapsavtale-nav-bodo.docx')}\n`]);
    const audit = runBundle(['audit', '-', '--format', 'json', '--today', '2026-01-01'], { cwd: dir, input: bodo });
    expect(JSON.parse(audit.stdout).office).toBe('NAV Bodø');
    const diff = runBundle(['diff', join(EXAMPLES, 'nav-bodo.yaml'), '-'], { cwd: dir, input: bodo });
    expect([diff.status, diff.stdout.trim()]).toEqual([0, expect.stringContaining('Ingen endringer') as unknown as string]);
  });
});
