import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_NOTICE } from '../../src/model/public-copy.js';
import { runCli } from '../helpers/cli.js';
import { ooxmlValidate } from '../helpers/docx.js';
import { tempDir } from '../helpers/paths.js';
import { partsWith, publicProperty, SECRET, withComments, writeAgreement } from './helpers.js';

const AGREEMENT = 'partnerskapsavtale-nav-indre-salten-offentlig.docx';
const GUIDE = 'veileder-nav-indre-salten-offentlig.docx';
const text = async (path: string) => (await mammoth.extractRawText({ path })).value;

describe('generate --offentlig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('partnerskap-offentlig-');
    const file = writeAgreement(dir);
    const r = await runCli(['generate', file, '--out', 'ut', '--offentlig', '--today', '2025-11-20'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([`ut/${AGREEMENT}`, `ut/${GUIDE}`]);
    const full = await runCli(['generate', file, '--out', 'intern', '--today', '2025-11-20'], { cwd: dir });
    expect(full.code).toBe(0);
  });

  it('writes only the public copies, named so', () => {
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual([AGREEMENT, GUIDE]);
  });

  it('leaves the comments out of the text and every part of both documents; the full ones have them', async () => {
    for (const name of [AGREEMENT, GUIDE]) {
      const path = join(dir, 'ut', name);
      expect(await text(path)).not.toContain(SECRET);
      expect(partsWith(readFileSync(path), SECRET), name).toEqual([]);
    }
    expect(partsWith(readFileSync(join(dir, 'intern', 'partnerskapsavtale-nav-indre-salten.docx')), SECRET)).toEqual(['customXml/item1.xml']);
    expect(await text(join(dir, 'intern', 'veileder-nav-indre-salten.docx'))).toContain(SECRET);
  });

  it('says so: both in their properties, the agreement in its data, the guide in its text', async () => {
    expect(publicProperty(readFileSync(join(dir, 'ut', AGREEMENT)))).toBe('ja');
    expect(publicProperty(readFileSync(join(dir, 'ut', GUIDE)))).toBe('ja');
    expect(partsWith(readFileSync(join(dir, 'ut', AGREEMENT)), 'public="true"')).toEqual(['customXml/item1.xml']);
    expect(await text(join(dir, 'ut', GUIDE))).toContain(PUBLIC_NOTICE);
    expect(publicProperty(readFileSync(join(dir, 'intern', 'partnerskapsavtale-nav-indre-salten.docx')))).toBeUndefined();
  });

  it('are valid against the ECMA-376 schemas, every part', () => {
    for (const name of [AGREEMENT, GUIDE]) {
      const r = ooxmlValidate(join(dir, 'ut', name));
      expect(r.status, r.output).toBe(0);
    }
  }, 60_000);

  it('extract, audit and diff say they read a public copy', async () => {
    const doc = join('ut', AGREEMENT);
    const extracted = await runCli(['extract', doc, '--format', 'json'], { cwd: dir });
    expect(extracted.code).toBe(0);
    expect(extracted.stderr).toMatch(/advarsel: Dokumentet er en offentlig versjon .*\[public_copy\]/);
    expect(extracted.stdout).not.toContain(SECRET);
    const data = JSON.parse(extracted.stdout) as ReturnType<typeof withComments>;
    expect(data.checklist!['3.7-2']).toEqual({ status: 'delvis', answeredBy: 'Kari Nordmann', answeredAt: '2025-10-01' });

    const audit = await runCli(['audit', doc, '--today', '2025-11-20'], { cwd: dir });
    expect(audit.stderr).toMatch(/\[public_copy\]/);
    const diff = await runCli(['diff', 'avtale.json', doc], { cwd: dir });
    expect(diff.stderr).toMatch(/\[public_copy\]/);

    // The full document says nothing of the kind.
    const full = await runCli(['extract', join('intern', 'partnerskapsavtale-nav-indre-salten.docx')], { cwd: dir });
    expect(full.stderr).toBe('');
    expect(JSON.stringify(parse(full.stdout))).toContain(SECRET);
  });

  it('a public copy whose mark is removed reads as modified data, not as the full agreement', async () => {
    const zip = new PizZip(readFileSync(join(dir, 'ut', AGREEMENT)));
    const item = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n) && zip.file(n)!.asText().includes('public="true"'))!;
    zip.file(item, zip.file(item)!.asText().replace(' public="true"', ''));
    writeFileSync(join(dir, 'umerket.docx'), zip.generate({ type: 'nodebuffer' }));
    const r = await runCli(['extract', 'umerket.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\[embedded_data_modified\]/);
  });
});

describe('guide --offentlig', () => {
  it('needs --for (the national guide has nothing internal)', async () => {
    const r = await runCli(['guide', '--offentlig'], { cwd: tempDir('partnerskap-offentlig-') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--offentlig gjelder veilederen for én avtale/);
  });

  it('with --for: the default name says «offentlig», and the guide has no comment', async () => {
    const dir = tempDir('partnerskap-offentlig-');
    const file = writeAgreement(dir);
    const r = await runCli(['guide', '--for', file, '--offentlig', '--format', 'html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('veileder-nav-indre-salten-offentlig.html');
    const html = readFileSync(join(dir, 'veileder-nav-indre-salten-offentlig.html'), 'utf8');
    expect(html).not.toContain(SECRET);
    expect(html).toContain(PUBLIC_NOTICE);
  });
});

describe('diff --offentlig', () => {
  it('compares the public copies: no comment in the report or in any part of the redline', async () => {
    const dir = tempDir('partnerskap-offentlig-');
    const old = withComments();
    const changed = withComments();
    changed.checklist!['3.8-1']!.comment = `Endret kommentar (${SECRET}-c).`;
    changed.costs.annualBudget = (old.costs.annualBudget ?? 0) + 100_000;
    writeAgreement(dir, old, 'gammel.json');
    writeAgreement(dir, changed, 'ny.json');

    const full = await runCli(['diff', 'gammel.json', 'ny.json'], { cwd: dir });
    expect(full.stdout).toContain(SECRET);
    expect(full.stdout).toContain('Endret kommentar');

    const r = await runCli(['diff', 'gammel.json', 'ny.json', '--offentlig', '--redline', 'endringer.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stdout).not.toContain('Endret kommentar');
    expect(r.stdout).toMatch(/Felles driftsutgifter/);
    const redline = readFileSync(join(dir, 'endringer.docx'));
    expect(partsWith(redline, SECRET)).toEqual([]);
    expect(publicProperty(redline)).toBe('ja');
    expect(partsWith(redline, 'public="true"')).toEqual(['customXml/item1.xml']);
  });
});
