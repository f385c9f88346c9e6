/**
 * Every command through the shipped bundle (`node dist/bundle/partnerskap.js`, what `npx
 * partnerskap` runs), not through src/: esbuild must have included every module a command loads
 * lazily. Outputs are read independently (mammoth, a strict XML parser, JSON.parse, yaml).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NO_TTY_MESSAGE } from '../../src/cli/commands/wizard.js';
import { runCli } from '../helpers/cli.js';
import { parseParts } from '../helpers/docx.js';
import { EXAMPLE_FILES, EXAMPLES, tempDir } from '../helpers/paths.js';
import { Tmux } from '../wizard/helpers/tmux.js';
import { BUNDLE, ensureBundle, runBundle } from './helpers/bundle.js';

const SALTEN = join(EXAMPLES, 'nav-indre-salten.yaml');
const REVISED = join(EXAMPLES, 'revisjoner', 'nav-indre-salten-2028.yaml');
const AGREEMENT = 'partnerskapsavtale-nav-indre-salten.docx';
const GUIDE = 'veileder-nav-indre-salten.docx';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XHTML = 'http://www.w3.org/1999/xhtml';

const textOf = async (path: string): Promise<string> => (await mammoth.extractRawText({ path })).value;
const dataOf = (path: string): unknown => parse(readFileSync(path, 'utf8'));

let dir: string;

beforeAll(async () => {
  await ensureBundle();
  dir = tempDir('partnerskap-bundle-');
}, 300_000);

describe('the shipped bundle runs every command', () => {
  it('generate: the agreement and its guide, byte-identical to what the sources make', async () => {
    const r = runBundle(['generate', SALTEN, '--out', 'ut'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${join('ut', AGREEMENT)}\n${join('ut', GUIDE)}\n`);
    const agreement = await textOf(join(dir, 'ut', AGREEMENT));
    expect(agreement).toContain('NAV Indre Salten');
    expect(agreement).toContain('Hamarøy kommune – Hábmer');
    const guide = await textOf(join(dir, 'ut', GUIDE));
    expect(guide).toContain('Til vurdering');
    expect(guide).toContain('Har dere lagt delegasjonsvedtaket som et vedlegg til partnerskapsavtalen?');
    const fromSources = await runCli(['generate', SALTEN, '--out', 'kilde'], { cwd: dir });
    expect(fromSources.code, fromSources.stderr).toBe(0);
    for (const f of [AGREEMENT, GUIDE]) expect(readFileSync(join(dir, 'ut', f)).equals(readFileSync(join(dir, 'kilde', f))), f).toBe(true);
  });

  it('validate', () => {
    const r = runBundle(['validate', EXAMPLES, REVISED], { cwd: EXAMPLES });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([...EXAMPLE_FILES, join('revisjoner', 'nav-indre-salten-2028.yaml')].map((f) => `${f}: gyldig\n`).join(''));
  });

  it('validate of invalid files: the same report as the sources give (the validator reads enum values and field names from the schema)', async () => {
    const salten = readFileSync(SALTEN, 'utf8');
    const broken = {
      'valg.yaml': salten.replace(/^( {2}navSpelling: )NAV$/m, '$1NaV'),
      'ukjent.yaml': salten.replace(/^schemaVersion: .*$/m, '$&\nukjent: 1'),
      'mangler.yaml': salten.replace(/^purpose:(\n  .*)*\n/m, ''),
    };
    for (const [name, text] of Object.entries(broken)) {
      expect(text, name).not.toBe(salten);
      writeFileSync(join(dir, name), text);
    }
    const files = Object.keys(broken);
    const r = runBundle(['validate', ...files], { cwd: dir });
    const fromSources = await runCli(['validate', ...files], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    const expected: [string, string][] = [['valg.yaml', '(/document/navSpelling) [enum]'], ['ukjent.yaml', '(/ukjent) [unknown_property]'], ['mangler.yaml', '(/purpose) [required]']];
    for (const [name, code] of expected)
      expect(lines.some((l) => l.startsWith(`${name}:`) && l.endsWith(code)), `${name}: ${code}`).toBe(true);
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: fromSources.code, stdout: fromSources.stdout, stderr: fromSources.stderr });
  });

  it('guide --format html: one strict XHTML page with all 44 questions', () => {
    const r = runBundle(['guide', '--for', SALTEN, '--format', 'html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('veileder-nav-indre-salten.html\n');
    const html = readFileSync(join(dir, 'veileder-nav-indre-salten.html'), 'utf8');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(html.replace(/^<!DOCTYPE html>\n/, ''), 'application/xhtml+xml');
    expect(errors).toEqual([]);
    const ids = (Array.from(doc.getElementsByTagNameNS(XHTML, '*')) as Element[]).map((e) => e.getAttribute('id') ?? '').filter((id) => /^q-\d\.\d-\d+$/.test(id));
    expect(ids).toHaveLength(44);
    expect(html).toContain('Hamarøy kommune – Hábmer');
  });

  it('audit --format json: the report, and exit 1 exactly when something blocks', () => {
    const r = runBundle(['audit', SALTEN, '--format', 'json', '--today', '2025-12-01'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { office: string; today: string; blocking: boolean; counts: { questions: number }; checklist: unknown[] };
    expect(report).toMatchObject({ office: 'NAV Indre Salten', today: '2025-12-01', counts: { questions: 44 } });
    expect(report.checklist).toHaveLength(44);
    expect(r.status).toBe(report.blocking ? 1 : 0);
  });

  it('diff, and --redline: a Word document with tracked changes', () => {
    const text = runBundle(['diff', SALTEN, REVISED], { cwd: dir });
    expect(text.stderr).toBe('');
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('Endringer i partnerskapsavtalen for NAV Indre Salten');
    const r = runBundle(['diff', SALTEN, REVISED, '--redline', 'endringer.docx', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Skrev endringer.docx: den nye avtalen med sporede endringer mot den gamle.\n');
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
    const body = parseParts(readFileSync(join(dir, 'endringer.docx'))).get('word/document.xml')!;
    expect(body.getElementsByTagNameNS(W, 'ins').length).toBeGreaterThan(0);
    expect(body.getElementsByTagNameNS(W, 'del').length).toBeGreaterThan(0);
  });

  it('extract: the data of the generated document, as YAML and as JSON', () => {
    const docx = join(dir, 'ut', AGREEMENT);
    expect(existsSync(docx)).toBe(true);
    const yaml = runBundle(['extract', docx], { cwd: dir });
    expect(yaml.stderr).toBe('');
    expect(yaml.status).toBe(0);
    expect(parse(yaml.stdout)).toEqual(dataOf(SALTEN));
    const json = runBundle(['extract', docx, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual(dataOf(SALTEN));
  });

  it('wizard without a terminal: exit 2 and the Norwegian explanation', () => {
    const r = runBundle(['wizard', '--from', SALTEN, '--out', 'ny.yaml'], { cwd: dir, input: '\n' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`partnerskap: ${NO_TTY_MESSAGE}\n`);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'ny.yaml'))).toBe(false);
  });
});

describe('the shipped wizard in a real terminal (tmux)', () => {
  let tmux: Tmux;
  beforeAll(() => {
    tmux = new Tmux('bundle');
  });
  afterAll(() => tmux?.kill());

  it('--from an example with Enter throughout reaches the end, offers to make the documents, and makes them', async () => {
    const wdir = tempDir('partnerskap-bundle-wizard-');
    tmux.start(wdir, `node ${BUNDLE} wizard --from ${SALTEN} --out revidert.yaml; echo "[avsluttet med $?]"; sleep 60`);
    await tmux.waitFor('? Skrivemåte for NAV'); // the first question (part «Dokumentet», schema 2.0)
    const end = await tmux.enterUntil('Avtalen er klar. Hva vil du gjøre nå?');
    expect(end.answers).toBeGreaterThan(50);
    expect(end.screen).toContain('❯ Lagre avtalen og lag Word-dokumentene (avtalen og veilederen)');
    expect(end.screen).toContain('Bare lagre avtalen');
    tmux.keys('Enter');
    const done = await tmux.waitFor('[avsluttet med', 60_000);
    expect(done).toContain('[avsluttet med 0]');
    expect(done).toContain('Avtalen er lagret: revidert.yaml');
    expect(done).toContain(AGREEMENT);
    expect(dataOf(join(wdir, 'revidert.yaml'))).toEqual(dataOf(SALTEN));
    expect(await textOf(join(wdir, AGREEMENT))).toContain('NAV Indre Salten');
    expect(await textOf(join(wdir, GUIDE))).toContain('Til vurdering');
  }, 180_000);
});
