/**
 * Hostile and faulty input content: zip bombs (honest and falsified sizes), packages with too many
 * parts, the wrong kind of .docx, XML entity and nesting tricks in the data part, numbers YAML
 * reads but no agreement can hold, and a .docx on standard input. Every case: the exit code, a
 * Norwegian message, no stack trace, no internal error, and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { deflated, zeroBomb, zipOf, type RawEntry } from '../helpers/zip.js';
import { BUNDLE, ensureBundle } from './helpers/bundle.js';

const AGREEMENT = 'partnerskapsavtale-nav-indre-salten.docx';
const GUIDE = 'veileder-nav-indre-salten.docx';
const example = readFileSync(join(EXAMPLES, 'nav-indre-salten.yaml'), 'utf8');

/** The parts of a generated document, as raw entries to rebuild it with one of them replaced. */
function entriesOf(docx: Buffer): RawEntry[] {
  const zip = new PizZip(docx);
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => deflated(f.name, f.asNodeBuffer()));
}
const replaced = (entries: RawEntry[], name: string, by: RawEntry | undefined): RawEntry[] =>
  entries.flatMap((e) => (e.name === name ? (by ? [by] : []) : [e]));

/** A generated document whose data item holds `xml` (with our namespace, so it is taken as ours). */
const withItem = (entries: RawEntry[], xml: string) => zipOf(replaced(entries, 'customXml/item1.xml', deflated('customXml/item1.xml', xml)));
const ITEM_OPEN = '<partnerskap:data xmlns:partnerskap="urn:partnerskap:avtale:1" schemaVersion="1.0" sha256="0" format="json">';

interface DocxCase {
  it: string;
  /** The .docx bytes, from the generated agreement's parts and the guide. */
  make: (parts: RawEntry[], guide: Buffer) => Buffer;
  says: (string | RegExp)[];
}

const docxCases: DocxCase[] = [
  {
    it: 'zip bomb in word/document.xml, honest size header (100 MB of zeros)',
    make: (parts) => zipOf(replaced(parts, 'word/document.xml', { name: 'word/document.xml', ...zeroBomb(100) })),
    says: ['pakkes ut til langt mer enn et Word-dokument', '[docx_too_large]'],
  },
  {
    it: 'zip bomb in word/document.xml, size header claiming 1 000 bytes',
    make: (parts) => zipOf(replaced(parts, 'word/document.xml', { name: 'word/document.xml', ...zeroBomb(100), size: 1000 })),
    says: ['pakkes ut til langt mer enn et Word-dokument', '[docx_too_large]'],
  },
  {
    it: 'zip bombs in many custom XML items, each claiming 100 bytes',
    make: (parts) => zipOf([...parts.filter((p) => !p.name.startsWith('customXml/')), ...Array.from({ length: 20 }, (_, i) => ({ name: `customXml/item${i + 1}.xml`, ...zeroBomb(20), size: 100 }))]),
    says: ['pakkes ut til langt mer enn et Word-dokument', '[docx_too_large]'],
  },
  {
    it: 'a 33 MB package (refused before it is read)',
    make: (parts) => zipOf(replaced(parts, 'word/document.xml', { name: 'word/document.xml', data: Buffer.alloc(33 << 20, 0x20), stored: true, size: 10 })),
    says: ['Filen er 33,0 MB', 'Er dette riktig fil?'],
  },
  {
    it: 'more than 1 000 parts',
    make: (parts) => zipOf([...parts, ...Array.from({ length: 1001 }, (_, i) => deflated(`word/media/x${i}.bin`, ''))]),
    says: ['mer enn 1000 deler', '[docx_too_many_parts]'],
  },
  {
    it: 'a zip package without word/document.xml',
    make: () => zipOf([deflated('hei.txt', 'hei')]),
    says: ['er en zip-pakke, men ikke et Word-dokument', 'word/document.xml', '[not_word_document]'],
  },
  {
    it: 'the guide instead of the agreement',
    make: (_parts, guide) => guide,
    says: ['Dette er veilederen', 'partnerskapsavtale-….docx', '[guide_not_agreement]'],
  },
  {
    it: 'not a zip at all',
    make: () => Buffer.from('PK\x03\x04 dette er ikke en zip-pakke'),
    says: ['ikke en gyldig zip-pakke', '[not_docx]'],
  },
  {
    it: 'a part that does not inflate',
    make: (parts) => zipOf(replaced(parts, 'customXml/item1.xml', { name: 'customXml/item1.xml', data: Buffer.from([0xff, 0xff, 0xff, 0xff]), size: 10 })),
    says: ['Dokumentet er skadet', '[docx_damaged]'],
  },
  {
    it: 'entity expansion (billion laughs) in the data part',
    make: (parts) =>
      withItem(parts, `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${ITEM_OPEN}&c;</partnerskap:data>`),
    says: ['Avtaledataene i dokumentet kan ikke leses', '[embedded_data_unreadable]'],
  },
  {
    it: 'an external entity in the data part',
    make: (parts) => withItem(parts, `<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>${ITEM_OPEN}&e;</partnerskap:data>`),
    says: ['Avtaledataene i dokumentet kan ikke leses', '[embedded_data_unreadable]'],
  },
  {
    it: 'deep element nesting in the data part',
    make: (parts) => withItem(parts, ITEM_OPEN + '<a>'.repeat(300_000) + '</a>'.repeat(300_000) + '</partnerskap:data>'),
    says: ['Avtaledataene i dokumentet kan ikke leses', '[embedded_data_unreadable]'],
  },
];

/** Each command that reads a .docx, with the exit code invalid input gives it (diff: 2, as 1 means «differences»). */
const DOCX_COMMANDS: { args: (f: string) => string[]; exit: number }[] = [
  { args: (f) => ['extract', f], exit: 1 },
  { args: (f) => ['validate', f], exit: 1 },
  { args: (f) => ['audit', f], exit: 1 },
  { args: (f) => ['diff', f, 'avtale.yaml'], exit: 2 },
  { args: (f) => ['generate', f, '--out', 'ut'], exit: 1 },
];

const STACK = /\n\s+at .+:\d+:\d+\)?/;
const pattern = (s: string | RegExp) => (typeof s === 'string' ? new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : s);

function expectClean(r: { code: number; stdout: string; stderr: string }, exit: number, says: (string | RegExp)[], dir: string, before: string[]) {
  expect(r.code, r.stderr).toBe(exit);
  for (const s of says) expect(r.stderr).toMatch(pattern(s));
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/intern feil|Error:|RangeError|Cannot /);
  expect(r.stdout).toBe('');
  // Nothing written: the folder holds what it held before.
  expect(readdirSync(dir).sort()).toEqual(before);
}

describe('hostile .docx input: a Norwegian message, the exit code, bounded work, nothing written', () => {
  let parts: RawEntry[];
  let guide: Buffer;
  let agreementDocx: Buffer;

  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'avtale.yaml'), example);
    const r = await runCli(['generate', 'avtale.yaml', '--out', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    agreementDocx = readFileSync(join(dir, AGREEMENT));
    guide = readFileSync(join(dir, GUIDE));
    parts = entriesOf(agreementDocx);
  });

  it('the rebuilt package is read like the original (the cases change one thing only)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'same.docx'), zipOf(parts));
    const r = await runCli(['extract', 'same.docx', '--format', 'json'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).parties.officeName).toBe('NAV Indre Salten');
  });

  for (const c of docxCases)
    it(c.it, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'avtale.yaml'), example);
      const bytes = c.make(parts, guide);
      // Small on disk, whatever it inflates to.
      expect(bytes.length).toBeLessThan(40 << 20);
      writeFileSync(join(dir, 'x.docx'), bytes);
      const before = readdirSync(dir).sort();
      for (const cmd of DOCX_COMMANDS) expectClean(await runCli(cmd.args('x.docx'), { cwd: dir }), cmd.exit, c.says, dir, before);
    });
});

/** Agreement text with one edit. */
const edited = (from: RegExp, to: string) => {
  expect(example).toMatch(from);
  return example.replace(from, to);
};
/** Every kommune's årsverk set to 0. */
const noMunicipalFte = (text: string) => text.replace(/(\n\s+fte: )[\d.]+/g, '$10');

const textCases: { it: string; content: string; says: (string | RegExp)[] }[] = [
  { it: '.nan as årsverk', content: edited(/stateFte: .*/, 'stateFte: .nan'), says: ['«3.8 Driftsavtale › Statlige årsverk» er «ikke et tall» (.nan), men må være et tall', '[type]'] },
  { it: '.inf as årsverk', content: edited(/stateFte: .*/, 'stateFte: .inf'), says: ['er uendelig (.inf), men må være et tall'] },
  { it: '-.Inf as budget (an integer field)', content: edited(/annualBudget: .*/, 'annualBudget: -.Inf'), says: ['er minus uendelig (-.inf), men må være et heltall'] },
  { it: 'stateFte 1e-12 with every kommune at 0', content: noMunicipalFte(edited(/stateFte: .*/, 'stateFte: 1e-12')), says: ['«3.8 Driftsavtale › Statlige årsverk» er 1e-12, men kan ha høyst to desimaler', '[decimals]'] },
  { it: 'stateFte 1e-12 beside real values', content: edited(/stateFte: .*/, 'stateFte: 1e-12'), says: ['er 1e-12, men kan ha høyst to desimaler'] },
  { it: 'årsverk 0.005 (half a hundredth)', content: edited(/stateFte: .*/, 'stateFte: 0.005'), says: ['er 0,005, men kan ha høyst to desimaler'] },
  { it: 'stateFte 0b100110 (binary is no YAML 1.2 number)', content: edited(/stateFte: .*/, 'stateFte: 0b100110'), says: ['«3.8 Driftsavtale › Statlige årsverk» må være et tall, men er tekst'] },
  { it: 'stateFte 0b100110 in a file with & (read by the other parser path)', content: edited(/stateFte: .*/, 'stateFte: 0b100110').replace('NAV Indre Salten', '"NAV Indre Salten & co"'), says: ['«3.8 Driftsavtale › Statlige årsverk» må være et tall, men er tekst'] },
  { it: 'stateFte 1_000 (no digit separators in YAML 1.2)', content: edited(/stateFte: .*/, 'stateFte: 1_000'), says: ['må være et tall, men er tekst'] },
  { it: 'a %YAML 1.1 directive does not bring back yes/0b (1.2 core always)', content: '%YAML 1.1\n---\n' + edited(/stateFte: .*/, 'stateFte: 0b100110'), says: ['må være et tall, men er tekst'] },
];

describe('numbers YAML reads but no agreement holds: refused by validate and generate alike', () => {
  for (const c of textCases)
    it(c.it, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'avtale.yaml'), c.content);
      const before = readdirSync(dir).sort();
      for (const args of [['validate', 'avtale.yaml'], ['generate', 'avtale.yaml', '--out', 'ut'], ['audit', 'avtale.yaml']])
        expectClean(await runCli(args, { cwd: dir }), 1, c.says, dir, before);
    });

  it('0x26 and 0o46 are 38 on both parser paths, and in the document', async () => {
    const dir = tempDir();
    // The second file has «&», which sends it past the quick parser to the position-keeping one.
    writeFileSync(join(dir, 'a.yaml'), edited(/stateFte: .*/, 'stateFte: 0x26'));
    writeFileSync(join(dir, 'b.yaml'), edited(/stateFte: .*/, 'stateFte: 0o46').replace('officeName: NAV Indre Salten', 'officeName: "NAV Indre Salten & Co"'));
    for (const [f, docx] of [['a.yaml', AGREEMENT], ['b.yaml', 'partnerskapsavtale-nav-indre-salten-co.docx']] as const) {
      const g = await runCli(['generate', f, '--out', f + '.ut', '--no-guide'], { cwd: dir });
      expect(g.code, g.stderr).toBe(0);
      const r = await runCli(['extract', join(f + '.ut', docx), '--format', 'json'], { cwd: dir });
      expect([r.code, JSON.parse(r.stdout).costs.stateFte]).toEqual([0, 38]);
    }
  });
});

describe('a .docx on standard input is known by its bytes', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBundle();
    dir = tempDir();
    writeFileSync(join(dir, 'avtale.yaml'), example);
    const r = await runCli(['generate', 'avtale.yaml', '--out', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);

  const viaStdin = (args: string[], input: Buffer) => spawnSync(process.execPath, [BUNDLE, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('the agreement document: validated, audited and compared like its file', () => {
    const docx = readFileSync(join(dir, AGREEMENT));
    expect(viaStdin(['validate', '-'], docx)).toMatchObject({ status: 0, stdout: 'standard inn: gyldig\n' });
    const diff = viaStdin(['diff', 'avtale.yaml', '-'], docx);
    expect([diff.status, diff.stderr]).toEqual([0, '']);
  });

  it('the guide, a bomb, and nothing at all: each with its own message, never «Lagre avtalen som UTF-8-tekst»', () => {
    // A real data item first, so reading goes on to the main part, which is the bomb.
    const bomb = zipOf(replaced(entriesOf(readFileSync(join(dir, AGREEMENT))), 'word/document.xml', { name: 'word/document.xml', ...zeroBomb(100), size: 10 }));
    const cases: [Buffer, RegExp][] = [
      [readFileSync(join(dir, GUIDE)), /Dette er veilederen/],
      [bomb, /pakkes ut til langt mer enn et Word-dokument/],
      [Buffer.alloc(0), /Ingenting kom inn på standard inn/],
    ];
    const before = readdirSync(dir).sort();
    for (const [input, says] of cases) {
      const r = viaStdin(['validate', '-'], input);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(says);
      expect(r.stderr).not.toMatch(/UTF-8-tekst|Filen er tom|intern feil/);
      expect(r.stderr).not.toMatch(STACK);
      const g = viaStdin(['generate', '-', '--out', 'ut'], input);
      expect([g.status, g.stdout], g.stderr).toEqual([1, '']);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'ut'))).toBe(false);
  });
});
