/**
 * The nynorsk documents of an agreement (examples/nav-sogndal.yaml, document.language: nn):
 * valid against ECMA-376 and opened by LibreOffice, tagged nn-NO, with no bokmål leaking in
 * (Hunspell), and — for every example with the målform switched — the same sections, tables,
 * numbers and names as the bokmål document of the same data, and the same embedded data but for
 * the målform. Read independently of the renderer: unzipped, parsed, Hunspell, LibreOffice.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packFolder } from '../../src/build/pack-templates.js';
import { writeFileAtomic } from '../../src/cli/fs.js';
import { loadGuide, loadTemplates } from '../../src/cli/resources.js';
import { derive } from '../../src/derive/derive.js';
import { diffAgreements } from '../../src/diff/compare.js';
import { extractAgreementData } from '../../src/embed/extract.js';
import { renderGuide } from '../../src/guide/guide.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { Renderer } from '../../src/render/docx.js';
import { ooxmlValidate, loCheck } from '../helpers/docx.js';
import { docxTexts } from '../helpers/docx-text.js';
import { describeFindings, leakedWords, readWordList } from '../helpers/hunspell.js';
import { EXAMPLE_FILES, ROOT, example, tempDir } from '../helpers/paths.js';

const NN_EXAMPLE = 'nav-sogndal.yaml';
const TODAY = '2025-12-10';

/**
 * Publications that exist only in bokmål, quoted under their own titles in the nynorsk guide and
 * agreement (reviewed; README «Nynorsk»). Only these exact phrases are excused from the leak check.
 */
const BOKMAL_TITLES = [
  'Veileder til lokal samarbeidsavtale',
  'Samarbeidsavtale mellom KS og Arbeids- og sosialdepartementet om partnerskapet i NAV-kontorene',
  'NAV i en ny tid – for arbeid og aktivitet',
  'Felles sikkerhetsnormer for Arbeids- og velferdsforvaltningen',
  'Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen',
  'Sjekklister for gode prosesser i sammenslåing av NAV-kontor',
  'Inkl. Mal – lokal beredskapsplan og Mal – lokal sikkerhetsinstruks',
  'Mal for samarbeidsavtale med kommunen om drift og forvaltning om eiendom',
  'Rapport om medbestemmelse og rekruttering i NAV-kontor; Inkl. Regelspeilet og Tilsettinger',
  'Kunnskapsoppsummering om partnerskap mellom stat og kommune i NAV-kontorene',
  'Riksrevisjonens undersøkelse av partnerskapet mellom staten og kommunen i NAV',
  'NAV-reformen 2014',
];

let renderer: Renderer;
let guide: ReturnType<typeof loadGuide>;

beforeAll(() => {
  // The template sources, not a stale build.
  for (const name of ['partnerskapsavtale', 'partnerskapsavtale-nn', 'veileder'])
    writeFileAtomic(join(ROOT, 'templates', `${name}.docx`), packFolder(join(ROOT, 'templates', name)), { overwrite: true });
  renderer = new Renderer(loadTemplates());
  guide = loadGuide();
});

const withLanguage = (a: Agreement, language: 'nb' | 'nn'): Agreement => ({ ...a, document: { ...a.document, language } });
const agreementDocx = (a: Agreement): Buffer => renderAgreement(a, derive(a), renderer, { generated: TODAY });
const guideDocx = (a: Agreement): Buffer => renderGuide('docx', { guide, renderer }, { agreement: a, today: TODAY }, { generated: TODAY }) as Buffer;

const part = (docx: Buffer, name: string): string => new PizZip(docx).file(name)!.asText();

/** What must be the same in both målformer, read from document.xml. */
function shape(docx: Buffer) {
  const xml = part(docx, 'word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
    text: [...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
  const text = paragraphs.map((p) => p.text).join('\n');
  return {
    styles: paragraphs.map((p) => p.style),
    headings: paragraphs.filter((p) => /^Heading/.test(p.style)).map((p) => `${p.style} ${/^\d+\.\d+/.exec(p.text)?.[0] ?? ''}`),
    tables: [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => (t[1]!.match(/<w:tr\b/g) ?? []).length),
    numbers: (text.match(/\d[\d\u00a0 ]*(?:[.,]\d+)*/g) ?? []).map((n) => n.trim()).sort(),
  };
}

describe('the nynorsk example, NAV Sogndal', () => {
  it('is in nynorsk, valid against ECMA-376 and opens in LibreOffice, tagged nn-NO', { timeout: 300_000 }, () => {
    const a = example(NN_EXAMPLE);
    expect(a.document.language).toBe('nn');
    const dir = tempDir();
    for (const [name, docx] of [['partnarskapsavtale.docx', agreementDocx(a)], ['rettleiar.docx', guideDocx(a)]] as const) {
      const path = join(dir, name);
      writeFileSync(path, docx);
      const r = ooxmlValidate(path);
      expect(r.status, r.output).toBe(0);
      const report = JSON.parse(loCheck(['report', path])) as { text?: string; headings?: unknown[] };
      expect(JSON.stringify(report)).toContain('NAV Sogndal');
      expect(part(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="nn-NO"/);
      expect(part(docx, 'word/styles.xml')).not.toMatch(/nb-NO/);
      expect(part(docx, 'docProps/core.xml')).toContain('<dc:language>nn-NO</dc:language>');
    }
    const text = docxTexts(agreementDocx(a)).map((t) => t.text).join('\n');
    expect(text).toContain('Partnarskapsavtale');
    expect(text).toContain('1.0 Avtalepartar – eigarar');
    expect(text).toMatch(/måndag–fredag|måndag – fredag/);
    const g = docxTexts(guideDocx(a)).map((t) => t.text).join('\n');
    expect(g).toContain('Rettleiar til partnarskapsavtalen');
    expect(g).toContain('Kva handlar punktet om');
  });

  it('a bokmål agreement stays tagged nb-NO with its bokmål template', () => {
    const a = withLanguage(example(NN_EXAMPLE), 'nb');
    const docx = agreementDocx(a);
    expect(part(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="nb-NO"/);
    expect(part(docx, 'docProps/core.xml')).toContain('<dc:language>nb-NO</dc:language>');
    expect(docxTexts(docx).map((t) => t.text).join('\n')).toContain('1.0 Avtaleparter – eiere');
  });

  it('no bokmål word leaks into the nynorsk agreement or guide (Hunspell nb_NO vs nn_NO)', () => {
    const a = example(NN_EXAMPLE);
    const strip = (s: string) => BOKMAL_TITLES.reduce((t, title) => t.split(title).join(' '), s);
    const texts = [
      ...docxTexts(agreementDocx(a)).map((t) => ({ source: `partnarskapsavtale: ${t.part}`, text: strip(t.text) })),
      ...docxTexts(guideDocx(a)).map((t) => ({ source: `rettleiar: ${t.part}`, text: strip(t.text) })),
    ];
    const leaks = leakedWords(texts, 'nn_NO', 'nb_NO', readWordList('nn-leak.txt'));
    expect(describeFindings(leaks)).toBe('');
  });

  it('the leak check finds bokmål: the same agreement in bokmål leaks plenty', () => {
    const a = withLanguage(example(NN_EXAMPLE), 'nb');
    const texts = docxTexts(agreementDocx(a)).map((t) => ({ source: t.part, text: t.text }));
    const words = leakedWords(texts, 'nn_NO', 'nb_NO', readWordList('nn-leak.txt')).map((f) => f.word);
    expect(words).toEqual(expect.arrayContaining(['ikke', 'eierne']));
  });
});

describe('bokmål and nynorsk of the same data', () => {
  for (const file of EXAMPLE_FILES)
    it(`${file}: same sections, tables, numbers; the data differ only in the målform`, () => {
      const nb = withLanguage(example(file), 'nb');
      const nn = withLanguage(example(file), 'nn');
      const [dnb, dnn] = [agreementDocx(nb), agreementDocx(nn)];
      const [snb, snn] = [shape(dnb), shape(dnn)];
      expect(snn.styles).toEqual(snb.styles);
      expect(snn.headings).toEqual(snb.headings);
      expect(snn.tables).toEqual(snb.tables);
      expect(snn.numbers).toEqual(snb.numbers);
      // The names of the parties stand in both.
      const textNn = docxTexts(dnn).map((t) => t.text).join('\n');
      for (const name of [nn.parties.officeName, nn.parties.county.name, ...nn.parties.municipalities.map((m) => m.name)]) expect(textNn).toContain(name.replace(/^NAV/, nn.document.navSpelling));
      // extract: the embedded data are the input, so the two differ only in document.language.
      const [enb, enn] = [extractAgreementData(dnb), extractAgreementData(dnn)];
      if (!enb.ok || !enn.ok) throw new Error('no embedded data');
      const data = (d: unknown) => JSON.parse(JSON.stringify(d)) as Agreement;
      const [xnb, xnn] = [data(enb.value.data), data(enn.value.data)];
      expect(xnb.document.language).toBe('nb');
      expect(xnn.document.language).toBe('nn');
      expect({ ...xnn, document: { ...xnn.document, language: 'nb' } }).toEqual(xnb);
      // diff between the two documents' data reports the målform and nothing else.
      expect(diffAgreements(xnb, xnn).changes.map((c) => [c.pointer, c.old, c.new])).toEqual([['/document/language', 'nb', 'nn']]);
      // Guides: the same outline in both.
      const headings = (docx: Buffer) => [...part(docx, 'word/document.xml').matchAll(/<w:pStyle w:val="(Heading\d)"\/>/g)].map((m) => m[1]);
      expect(headings(guideDocx(nn))).toEqual(headings(guideDocx(nb)));
    });
});
