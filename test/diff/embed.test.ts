import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { canonicalJson } from '../../src/embed/canonical.js';
import { runCli } from '../helpers/cli.js';
import { ooxmlValidate } from '../helpers/docx.js';
import { EXAMPLE_FILES, EXAMPLES, example, tempDir } from '../helpers/paths.js';

const CT_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const NS = 'urn:partnerskap:avtale:1';

const sha256 = (text: string): string => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

/** Sorted-keys JSON, written independently of src/embed/canonical.ts to check it. */
const sortedJson = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(sortedJson).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v);

const generated = new Map<string, string>();
let dir: string;

beforeAll(async () => {
  dir = tempDir('partnerskap-embed-');
  for (const file of EXAMPLE_FILES) {
    const r = await runCli(['generate', join(EXAMPLES, file), '--out', dir], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const name = r.stdout.split('\n').find((l) => /partn[ae]rskapsavtale-/.test(l))!.trim(); // «partnarskapsavtale-» in nynorsk
    generated.set(file, join(dir, name));
  }
});

/** Rewrites one part of a .docx and saves it under a new name. */
function editPart(src: string, part: string, edit: (xml: string) => string, name: string): string {
  const zip = new PizZip(readFileSync(src));
  zip.file(part, edit(zip.file(part)!.asText()));
  const out = join(dir, name);
  writeFileSync(out, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

describe('data inside the document', () => {
  for (const file of EXAMPLE_FILES) {
    it(`extract(generate(${file})) equals the input canonically, as JSON and as YAML`, async () => {
      const input = parse(readFileSync(join(EXAMPLES, file), 'utf8'));
      const json = await runCli(['extract', generated.get(file)!, '--format', 'json'], { cwd: dir });
      expect(json.code, json.stderr).toBe(0);
      expect(json.stderr).toBe('');
      expect(sortedJson(JSON.parse(json.stdout))).toBe(sortedJson(input));
      const yaml = await runCli(['extract', generated.get(file)!], { cwd: dir });
      expect(yaml.code).toBe(0);
      expect(sortedJson(parse(yaml.stdout))).toBe(sortedJson(input));
      // The YAML reads like the source: same top-level order, Sámi letters as they are.
      expect(Object.keys(parse(yaml.stdout))).toEqual(Object.keys(input));
      if (file === 'nav-indre-salten.yaml') expect(yaml.stdout).toContain('samiName: Hábmer');
    });
  }

  it('is a custom XML part Word keeps: related from the document, content types right, valid OOXML', () => {
    const path = generated.get('nav-indre-salten.yaml')!;
    const zip = new PizZip(readFileSync(path));
    const strict = (xml: string) =>
      new DOMParser({
        onError: (level, msg) => {
          throw new Error(`${level}: ${msg}`);
        },
      }).parseFromString(xml, 'text/xml');
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    expect(rels).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/);
    expect(zip.file('customXml/_rels/item1.xml.rels')!.asText()).toContain('Target="itemProps1.xml"');
    expect(zip.file('[Content_Types].xml')!.asText()).toContain(`<Override PartName="/customXml/itemProps1.xml" ContentType="${CT_PROPS}"/>`);
    const item = strict(zip.file('customXml/item1.xml')!.asText()).documentElement!;
    expect(item.namespaceURI).toBe(NS);
    expect(item.localName).toBe('data');
    expect(item.getAttribute('schemaVersion')).toBe('2.0');
    const data = JSON.parse(item.textContent!);
    expect(item.getAttribute('sha256')).toBe(sha256(sortedJson(data)));
    expect(canonicalJson(data)).toBe(sortedJson(data));
    expect(strict(zip.file('customXml/itemProps1.xml')!.asText()).documentElement!.getAttribute('ds:itemID')).toMatch(/^\{[0-9A-F-]{36}\}$/);
    const v = ooxmlValidate(path);
    expect(v.status, v.output).toBe(0);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const again = tempDir('partnerskap-embed-');
    await runCli(['generate', join(EXAMPLES, 'nav-indre-salten.yaml'), '--out', again], { cwd: again });
    const first = generated.get('nav-indre-salten.yaml')!;
    expect(readFileSync(join(again, 'partnerskapsavtale-nav-indre-salten.docx')).equals(readFileSync(first))).toBe(true);
  });

  it('a generated .docx is accepted wherever an agreement file is (validate, diff)', async () => {
    const docx = generated.get('nav-indre-salten.yaml')!;
    expect((await runCli(['validate', docx], { cwd: dir })).code).toBe(0);
    const r = await runCli(['diff', docx, join(EXAMPLES, 'nav-indre-salten.yaml'), '--format', 'json'], { cwd: dir });
    expect(r.stdout).toBe('[]\n');
    expect(r.code).toBe(0);
  });
});

describe('documents that cannot be trusted or read', () => {
  const data = () => generated.get('nav-indre-salten.yaml')!;

  it('data edited by hand after generation (hash no longer matches): refused by extract (1) and diff (2)', async () => {
    const tampered = editPart(data(), 'customXml/item1.xml', (xml) => xml.replace('"fte":4.5', '"fte":9.5'), 'tuklet.docx');
    expect(new PizZip(readFileSync(tampered)).file('customXml/item1.xml')!.asText()).toContain('"fte":9.5');
    const x = await runCli(['extract', tampered, '--format', 'json'], { cwd: dir });
    expect(x.code).toBe(1);
    expect(x.stdout).toBe('');
    expect(x.stderr).toContain('tuklet.docx: feil: Avtaledataene i dokumentet stemmer ikke med kontrollsummen');
    expect(x.stderr).toContain('Bruk avtalefilen (.yaml eller .json) dokumentet ble laget fra');
    expect(x.stderr).toContain('[embedded_data_modified]');
    const d = await runCli(['diff', tampered, join(EXAMPLES, 'nav-indre-salten.yaml')], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stdout).toBe('');
    expect(d.stderr).toContain('så de er endret etter at dokumentet ble laget');
  });

  it('the hash is no signature: data edited together with a new hash is read as it stands', async () => {
    const forged = editPart(
      data(),
      'customXml/item1.xml',
      (xml) => {
        const json = /format="json">([^<]*)</.exec(xml)![1]!;
        const edited = JSON.parse(json.replace('"fte":4.5', '"fte":9.5')) as unknown;
        return xml.replace(/sha256="[0-9a-f]{64}"/, `sha256="${sha256(sortedJson(edited))}"`).replace('"fte":4.5', '"fte":9.5');
      },
      'ny-sum.docx',
    );
    const x = await runCli(['extract', forged, '--format', 'json'], { cwd: dir });
    expect(x.code).toBe(0);
    expect(x.stdout).toContain('"fte": 9.5');
  });

  it('a .docx without the data part: a clear message, extract 1, diff 2', async () => {
    const zip = new PizZip(readFileSync(data()));
    for (const name of Object.keys(zip.files)) if (name.startsWith('customXml/')) zip.remove(name);
    const bare = join(dir, 'uten-data.docx');
    writeFileSync(bare, zip.generate({ type: 'nodebuffer' }));
    const x = await runCli(['extract', bare], { cwd: dir });
    expect(x.code).toBe(1);
    expect(x.stderr).toContain('Dokumentet inneholder ingen avtaledata; det er ikke laget av partnerskap, eller dataene er fjernet.');
    const d = await runCli(['diff', bare, join(EXAMPLES, 'nav-indre-salten.yaml')], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('ingen avtaledata');
  });

  it('wording edited in Word after generation: the data is given, with a warning', async () => {
    const edited = editPart(data(), 'word/document.xml', (xml) => xml.replace('åpenhet, respekt og samarbeid', 'åpenhet og respekt'), 'redigert.docx');
    const x = await runCli(['extract', edited, '--format', 'json'], { cwd: dir });
    expect(x.code).toBe(0);
    expect(x.stderr).toContain('advarsel: Teksten i dokumentet er endret etter at det ble laget');
    expect(JSON.parse(x.stdout).purpose.municipalValues).toBe('åpenhet, respekt og samarbeid');
  });

  const cases: { it: string; content: Buffer | string; exit: number; says: string }[] = [
    { it: 'not a zip', content: 'dette er ikke et dokument', exit: 1, says: 'ikke en gyldig zip-pakke' },
    { it: 'a zip that is not a Word document', content: new PizZip().file('a.txt', 'x').generate({ type: 'nodebuffer' }), exit: 1, says: 'er en zip-pakke, men ikke et Word-dokument' },
    { it: 'an empty file', content: '', exit: 1, says: 'ikke en gyldig zip-pakke' },
  ];
  for (const c of cases) {
    it(`${c.it}: exit ${c.exit}, a message, no stack trace`, async () => {
      const path = join(dir, `${c.it.replace(/\W+/g, '-')}.docx`);
      writeFileSync(path, c.content);
      const r = await runCli(['extract', path], { cwd: dir });
      expect(r.code).toBe(c.exit);
      expect(r.stderr).toContain(c.says);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?|intern feil/);
      expect(r.stdout).toBe('');
    });
  }

  it('a missing file is exit 2; a .yaml given to extract is a usage error', async () => {
    expect((await runCli(['extract', join(dir, 'finnes-ikke.docx')], { cwd: dir })).code).toBe(2);
    const y = join(dir, 'avtale.yaml');
    writeFileSync(y, stringify(example()));
    const r = await runCli(['extract', y], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('er ikke et .docx- eller .pdf-dokument');
  });
});
