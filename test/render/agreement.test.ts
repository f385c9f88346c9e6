import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { zipDate } from '../../src/ooxml/zip-date.js';
import {
  expectedSplit,
  FORBIDDEN,
  fte,
  loadExample,
  loReport,
  mammothText,
  nok,
  ooxmlValidate,
  packAgreementTemplate,
  paragraphs,
  parseParts,
  pct,
  plain,
  styledParagraphs,
  writeTemp,
} from './helpers.js';

beforeAll(packAgreementTemplate);

/** Section headings of the national template, with the office name filled in. */
const headings = (office: string): Array<[string, string]> => [
  ['Heading1', '1.0 Avtaleparter – eiere'],
  ['Heading1', '2.0 Formålet med partnerskapsavtalen'],
  // Issue 14: no comma between the two nouns of the 2.1 and 3.7 headings.
  ['Heading2', `2.1 Fysisk lokalisering og utforming av ${office}`],
  ['Heading1', `3.0 Organisering og drift av ${office}`],
  ['Heading2', `3.1 Styring og ledelse av ${office}`],
  ['Heading2', '3.2 Tilsetting av leder og medarbeidere'],
  ['Heading2', '3.3 Personvern/informasjonssikkerhet/beredskap'],
  ['Heading2', `3.4 Medbestemmelse ved ${office}`],
  ['Heading2', `3.5 Mål og resultatkrav ved ${office}`],
  ['Heading2', `3.6 Kompetanseutvikling ved ${office}`],
  ['Heading2', '3.7 Delegert myndighet til NAV-leder og oppgaveutførelse på hverandres myndighetsområder'],
  ['Heading2', '3.8 Driftsavtale'],
  ['Heading1', `4.0 Tjenestetilbud ved ${office}`],
  ['Heading1', `5.0 Brukermedvirkning ved ${office}`],
  ['Heading1', '6.0 Samhandling med øvrige tjenestetilbud'],
  ['Heading1', '7.0 Prinsipper for tvisteløsning ved uenighet'],
  ['Heading1', '8.0 Revisjon'],
  ['Heading1', '9.0 Avtaleperiode'],
];

interface Case {
  example: string;
  office: string;
  parties: string[];
  /** docProps/core.xml created/modified: the signing date, never a fixed date after it. */
  documentDate: string;
  /** Wording that must be there (the chosen alternatives) … */
  present: string[];
  /** … and wording of the alternatives not chosen. */
  absent: string[];
}

const cases: Case[] = [
  {
    example: 'nav-indre-salten',
    office: 'NAV Indre Salten',
    parties: ['Fauske kommune', 'Saltdal kommune', 'Sørfold kommune', 'Beiarn kommune', 'Hamarøy kommune', 'NAV Nordland'],
    documentDate: '2025-12-15T00:00:00Z',
    present: [
      // The kommuner's full names (with a Sámi name) are checked against the data in the test below.
      // Issue 14: the relative clause set off by commas, the kommuner named once with the plural «kommuner».
      'Denne avtalen inngås mellom kommunedirektør i Fauske kommune, som er vertskommune for Saltdal, Sørfold, Beiarn og Hamarøy (',
      ') kommuner, og Arbeids- og velferdsetaten ved direktør for NAV Nordland.',
      'Partnerskapsavtalen gjelder etablering og drift av felles NAV-kontor, NAV Indre Salten, og inngås med hjemmel i NAV-loven § 14.',
      'Eierne er enige om å ha felles administrativ og faglig ledelse for NAV Indre Salten.',
      'Ved NAV Indre Salten er NAV-leder tilsatt på kommunale vilkår.',
      // Several kommuner: their areas of authority, in the plural.
      'medarbeidere ansatt i statlig linje ved Arbeids- og velferdsetaten kan utføre oppgaver på kommunenes myndighetsområder',
      'medarbeidere ansatt i kommunal linje kan utføre oppgaver på Arbeids- og velferdsetatens myndighetsområder',
      'Status partnerskapsavtale',
      'orientering fra NAV-leder til kommunestyret i hver av kommunene',
      'NAV har myndighet til å utpeke representanter til brukerutvalget.',
      'og kommunenes revisorer (Salten kommunerevisjon IKS) kan utføre sine oppgaver',
      'fra og med 1. januar 2026 til og med 31. desember 2029.',
      'Fauske, 15. desember 2025',
      'Kari Nordhus',
      'Cathrine Stavnes',
      'Kommunedirektør',
      'Driftsavtale for NAV Indre Salten, datert 15. desember 2025',
    ],
    absent: ['tilsatt på statlige vilkår', 'delt administrativ', 'eksempelvis ett til to møter', 'Rådmann', 'rådmann', 'kommunens revisor', 'kommunens myndighetsområder', 'NAV Indre Salten har myndighet', 'gjelder til ny avtale'],
  },
  {
    example: 'nav-bodo',
    office: 'NAV Bodø',
    parties: ['Bodø kommune', 'NAV Nordland'],
    documentDate: '2025-12-10T00:00:00Z',
    present: [
      'Denne avtalen inngås mellom kommunedirektør i Bodø kommune og Arbeids- og velferdsetaten ved direktør for NAV Nordland.',
      'Ved NAV Bodø er NAV-leder tilsatt på statlige vilkår.',
      'medarbeidere ansatt i statlig linje ved Arbeids- og velferdsetaten kan utføre oppgaver på kommunens myndighetsområder',
      'orientering fra NAV-leder til kommunestyret om',
      'og kommunens revisor (Salten kommunerevisjon IKS) kan utføre sine oppgaver',
      'Eierne er enige om følgende gyldighetsperiode: fra og med 1. januar 2026 til ny avtale er inngått.',
      'Bodø, 10. desember 2025',
      'Rolf Kristensen',
      'Driftsavtale for NAV Bodø',
    ],
    absent: [
      'vertskommune',
      'tilsatt på kommunale vilkår',
      'delt administrativ',
      'medarbeidere ansatt i kommunal linje',
      'Status partnerskapsavtale',
      'utpeke representanter',
      'kommunestyret i hver av kommunene',
      'kommunenes revisorer',
      'sies opp',
      'datert',
    ],
  },
];

type Kommune = Agreement['parties']['municipalities'][number];

/** «Hamarøy kommune – Hábmer», as the documents name a kommune. */
const displayName = (m: Kommune) => (m.samiName ? `${m.name} – ${m.samiName}` : m.name);

/** The kommuner with the signing one (the vertskommune in Alternativ 2) first, then the input order. */
function hostFirst(a: Agreement): Kommune[] {
  const ms = a.parties.municipalities;
  const host = ms.find((m) => m.number === a.parties.host) ?? ms[0]!;
  return [host, ...ms.filter((m) => m !== host)];
}

describe.each(cases)('partnerskapsavtale for $example', (c) => {
  let a: Agreement;
  let docx: Buffer;
  let text: string;
  let path: string;

  beforeAll(async () => {
    a = loadExample(c.example);
    docx = renderAgreement(a, derive(a), renderer());
    text = await mammothText(docx);
    path = writeTemp(docx, `${c.example}.docx`);
  });

  it('parses every XML part strictly', () => {
    const parts = parseParts(docx);
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml']) {
      expect(parts.has(name), name).toBe(true);
    }
  });

  it('has every section of the template, in order, as Heading 1 / Heading 2', () => {
    const doc = parseParts(docx).get('word/document.xml')!;
    const found = styledParagraphs(doc).filter(([style]) => style === 'Heading1' || style === 'Heading2');
    expect(found).toEqual(headings(c.office));
    expect(styledParagraphs(doc).slice(0, 2)).toEqual([
      ['Title', 'Partnerskapsavtale'],
      ['Subtitle', c.office],
    ]);
  });

  it('names the office, the county and every party', () => {
    expect(text).toContain(c.office);
    for (const p of c.parties) expect(text).toContain(p);
  });

  it('lists the kommuner by their full names, the vertskommune first, wherever it lists them', () => {
    const t = plain(text);
    const names = hostFirst(a).map(displayName);
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
    expect(t).toContain(`betjener innbyggerne i ${list}.`);
    expect(t).toContain(`har ansvaret for Arbeids- og velferdsetatens tjenester i ${list}.`);
    if (names.length > 1) {
      // 1.0 names the hosted kommuner without their common «kommune», which the plural carries (issue 14).
      const hosted = hostFirst(a)
        .slice(1)
        .map((m) => `${m.name.replace(/ kommune$/, '')}${m.samiName ? ` (${m.samiName})` : ''}`);
      expect(t).toContain(`, som er vertskommune for ${hosted.slice(0, -1).join(', ')} og ${hosted[hosted.length - 1]} kommuner, og Arbeids- og velferdsetaten`);
    }
  });

  it('shows the chosen alternatives and not the others', () => {
    const t = plain(text);
    for (const s of c.present) expect(t).toContain(s);
    for (const s of c.absent) expect(t).not.toContain(s);
  });

  it('leaves no blanks, hints or template tags', () => {
    expect(text).not.toMatch(FORBIDDEN);
    expect(text).not.toMatch(/\(fylke\)|\(adresse\)|\(ukedag\)|\(lenke\)|\(kommune\/-er\)/);
    expect(text).not.toMatch(/ [.,:]| {2}|\(\s*\)/);
  });

  it('splits the common costs by årsverk (computed independently) with a Sum row of 100,00 %', () => {
    const munis = hostFirst(a);
    const ftes = [a.costs.stateFte!, ...munis.map((m) => a.costs.fte!.find((f) => f.municipality === m.number)?.fte ?? 0)];
    const labels = ['Arbeids- og velferdsetaten', ...munis.map(displayName)];
    const shares = expectedSplit(ftes, 10000);
    const amounts = a.costs.annualBudget === undefined ? undefined : expectedSplit(ftes, a.costs.annualBudget);
    const rows = plain(paragraphs(text).join(' | '));
    const header = amounts ? 'Eier | Årsverk | Andel av felles driftsutgifter | Beløp per år' : 'Eier | Årsverk | Andel av felles driftsutgifter';
    expect(rows).toContain(header);
    labels.forEach((label, i) => {
      const cells = [label, fte(ftes[i]!), pct(shares[i]!), ...(amounts ? [nok(amounts[i]!)] : [])];
      expect(rows).toContain(cells.join(' | '));
    });
    const total = ftes.reduce((x, y) => x + y, 0);
    expect(rows).toContain(['Sum', fte(total), '100,00 %', ...(amounts ? [nok(a.costs.annualBudget!)] : [])].join(' | '));
  });

  it('splits the NAV-leder post equally, in the template\'s words, with the amounts only when the cost is given', () => {
    const t = plain(text);
    const cost = a.costs.managerPostCost;
    expect(t).toContain('Utgifter knyttet til NAV-lederstillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold.');
    if (cost === undefined) expect(t).not.toContain('Utgiftene til NAV-lederstillingen');
    else expect(t).toContain(`Utgiftene til NAV-lederstillingen er budsjettert til ${nok(cost)} per år, det vil si ${nok(cost / 2)} for hver eier.`);
    expect(t).not.toMatch(/fordeles med|som vist nedenfor|på kommunene\b/);
  });

  it('is deterministic: the same input gives the same bytes, entries stamped with the fixed date', () => {
    expect(renderAgreement(a, derive(a), renderer()).equals(docx)).toBe(true);
    // Zip timestamps are local wall-clock times: the bytes must not depend on the time zone.
    const tz = process.env.TZ;
    try {
      for (const zone of ['Europe/Oslo', 'America/New_York', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(renderAgreement(a, derive(a), renderer()).equals(docx), zone).toBe(true);
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const zip = new PizZip(docx);
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    for (const n of names) expect(zip.files[n]!.date.getTime(), n).toBe(zipDate().getTime());
    const core = zip.file('docProps/core.xml')!.asText();
    expect(core).toContain(`<dc:title>Partnerskapsavtale for ${c.office}</dc:title>`);
    expect(core).toContain(`>${c.documentDate}</dcterms:created>`);
    expect(core).toContain(`>${c.documentDate}</dcterms:modified>`);
    expect(c.documentDate.slice(0, 10)).toBe(a.signing.date);
    expect(zip.file('word/header1.xml')!.asText()).toContain(c.office);
  });

  it('passes ECMA-376 schema validation', () => {
    const r = ooxmlValidate(path);
    expect(r.output).toMatch(/parts valid/);
    expect(r.status, r.output).toBe(0);
  });

  it('opens in LibreOffice with the same text, headings and page fields', { timeout: 60_000 }, () => {
    const lo = loReport(path);
    expect(lo.xmlstrict.ok, lo.xmlstrict.errors.join('\n')).toBe(true);
    expect(lo.stats.loaded).toBe(true);
    expect(lo.stats.headings).toEqual(headings(c.office).map(([, h]) => h));
    expect(lo.stats.template_tags_left).toEqual([]);
    expect(lo.stats.field_types).toMatchObject({ PageNumber: 1, PageCount: 1 });
    expect(lo.stats.pages).toBeGreaterThanOrEqual(3);
    const loText = plain(lo.text);
    for (const line of plain(text).split('\n').map((l) => l.trim()).filter(Boolean)) expect(loText).toContain(line);
    console.info(`${c.example}: ${lo.stats.pages} sider i LibreOffice`);
  });
});

describe('package structure', () => {
  it('has real styles, bullets via numbering, A4 and page numbers in the footer', () => {
    const a = loadExample('nav-indre-salten');
    const parts = parseParts(renderAgreement(a, derive(a), renderer()));
    const styles = parts.get('word/styles.xml')!.documentElement!.toString();
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">\s*<w:name w:val="heading 1"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">\s*<w:name w:val="heading 2"\/>/);
    expect(styles).toContain('<w:outlineLvl w:val="0"/>');
    expect(styles).toContain('<w:outlineLvl w:val="1"/>');
    expect(styles).toMatch(/w:styleId="ListBullet">[\s\S]*?<w:numId w:val="1"\/>/);
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="CostTable">[\s\S]*?<w:insideH w:val="single"/);
    const numbering = parts.get('word/numbering.xml')!.documentElement!.toString();
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toMatch(/<w:num w:numId="1">\s*<w:abstractNumId w:val="0"\/>/);
    const doc = parts.get('word/document.xml')!.documentElement!.toString();
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(doc).toContain('<w:tblStyle w:val="CostTable"/>');
    const footer = parts.get('word/footer1.xml')!.documentElement!.toString();
    expect(footer).toContain('w:instr=" PAGE "');
    expect(footer).toContain('w:instr=" NUMPAGES "');
  });
});
