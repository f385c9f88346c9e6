/**
 * The project's own test tools, tried on documents built here by hand: the schema check must
 * reject what Word rejects and apply Markup Compatibility as Word does; lo-check must count
 * tracked changes and give the text after accepting and after rejecting them; and a test run
 * that leaves a temp file must fail.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, runBundle } from '../cli/helpers/bundle.js';
import { loCheck, ooxmlValidate } from '../helpers/docx.js';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

let base: Buffer;
let dir: string;
// A generated agreement from the shipped command, as the starting point for hand-made variants.
beforeAll(async () => {
  await ensureBundle();
  dir = tempDir('partnerskap-tools-');
  const r = runBundle(['generate', join(EXAMPLES, 'nav-bodo.yaml'), '--out', dir, '--no-guide'], { cwd: dir });
  expect(r.status, r.stderr).toBe(0);
  base = readFileSync(join(dir, 'partnerskapsavtale-nav-bodo.docx'));
}, 300_000);

/** The generated agreement with word/document.xml replaced by `body` inside <w:body>. */
function withBody(name: string, body: string, rootAttributes = ''): string {
  const zip = new PizZip(base);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${rootAttributes}><w:body>${body}</w:body></w:document>`);
  const path = join(dir, name);
  writeFileSync(path, zip.generate({ type: 'nodebuffer' }));
  return path;
}

const para = (text: string, attrs = '') => `<w:p${attrs}><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('ooxml-validate', () => {
  it('validates every part of a generated agreement, core properties included, and skips only the embedded data', () => {
    const path = join(dir, 'avtale.docx');
    writeFileSync(path, base);
    const r = ooxmlValidate(path);
    expect(r.status, r.output).toBe(0);
    const byPart = new Map(r.report!.parts.map((p) => [p.part, p.status]));
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'docProps/app.xml', 'word/document.xml', 'word/styles.xml', 'customXml/itemProps1.xml'])
      expect(byPart.get(part), part).toBe('valid');
    expect(byPart.get('customXml/item1.xml')).toBe('skipped');
  });

  it('rejects elements in the wrong order, naming the part', () => {
    const r = ooxmlValidate(withBody('rekkefolge.docx', '<w:p><w:r><w:t>x</w:t></w:r><w:pPr><w:jc w:val="left"/></w:pPr></w:p>'));
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/word\/document\.xml: .*pPr.*not expected/);
  });

  it('drops ignorable extensions and keeps the Fallback of AlternateContent, as Word does', () => {
    const body = `<w:p w14:paraId="12345678"><mc:AlternateContent><mc:Choice Requires="w14"><w14:ukjent/></mc:Choice><mc:Fallback><w:r><w:t>reserve</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`;
    expect(ooxmlValidate(withBody('mc-ok.docx', body, `${MC} ${W14} mc:Ignorable="w14"`)).status).toBe(0);
    const strict = ooxmlValidate(withBody('mc-ikke-ignorerbar.docx', body, `${MC} ${W14}`));
    expect(strict.status).toBe(1);
    expect(strict.output).toMatch(/paraId/);
    const otherFallback = body.replace('<w:r><w:t>reserve</w:t></w:r>', '<w:pPr/>');
    expect(ooxmlValidate(withBody('mc-reserve-avsnittsformat.docx', `${para('a')}${otherFallback}`, `${MC} ${W14} mc:Ignorable="w14"`)).status).toBe(0);
    expect(ooxmlValidate(withBody('mc-reserve-tabell-i-avsnitt.docx', otherFallback.replace('<w:pPr/>', '<w:tbl/>'), `${MC} ${W14} mc:Ignorable="w14"`)).status).toBe(1);
  });

  it('exits 2 on a file that is not a package', () => {
    const path = join(dir, 'ikke-zip.docx');
    writeFileSync(path, 'ikke en zip');
    expect(ooxmlValidate(path).status).toBe(2);
  });
});

describe('lo-check', () => {
  it('counts tracked changes and gives the text after accepting and after rejecting all', { timeout: 180_000 }, () => {
    const change = (kind: 'ins' | 'del', id: number, text: string) =>
      `<w:${kind} w:id="${id}" w:author="test" w:date="2026-01-01T00:00:00Z"><w:r><w:${kind === 'ins' ? 't' : 'delText'} xml:space="preserve">${text}</w:${kind === 'ins' ? 't' : 'delText'}></w:r></w:${kind}>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Overskrift</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Før </w:t></w:r>${change('del', 1, 'gammel')}${change('ins', 2, 'ny')}<w:r><w:t xml:space="preserve"> etter</w:t></w:r></w:p>`;
    const path = withBody('sporet.docx', body);
    expect(ooxmlValidate(path).status).toBe(0);
    const report = JSON.parse(loCheck(['report', path]));
    expect(report.xmlstrict.ok).toBe(true);
    expect(report.stats.loaded).toBe(true);
    expect(report.stats.redlines).toBe(2);
    expect(report.stats.outline).toEqual([{ level: 1, text: 'Overskrift' }]);
    expect(report.accepted_text.split('\n')).toEqual(['Overskrift', 'Før ny etter']);
    expect(report.rejected_text.split('\n')).toEqual(['Overskrift', 'Før gammel etter']);
  });
});

describe('the temp folder check (test/helpers/global-setup.ts)', () => {
  it('fails a run that leaves a file in the temp folder, and names it', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'test/tools/fixtures/leak.config.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain('Testene etterlot 1 midlertidige filer eller mapper: glemt.txt');
  });
});
