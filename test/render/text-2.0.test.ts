/**
 * The agreement text for what schema 2.0 added (issue 13): sites and opening hours (2.1), bydel,
 * plural wording for several kommuner, one partner kommune, the NAV/Nav spelling, signatories with
 * free titles and authority, electronic signing, version, replaced agreement, case numbers and
 * approvals. Every expectation is read back from the .docx (mammoth for the text, the raw parts for
 * header and properties) and written out here by hand, not computed by the code under test.
 */
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { slug } from '../../src/format/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { renderer } from '../helpers/resources.js';
import { bydelAgreement, clone, FORBIDDEN, loadExample, mammothText, ooxmlValidate, packAgreementTemplate, paragraphs, parseParts, plain, writeTemp } from './helpers.js';

beforeAll(packAgreementTemplate);

/** Valid 2.0 data only: a test of the text must not pass on data `validate` would refuse. */
function valid(a: Agreement): Agreement {
  const r = validateAgreement(a);
  if (!r.ok) throw new Error(`ugyldige testdata: ${JSON.stringify(r.problems ?? r, null, 1).slice(0, 1500)}`);
  return a;
}

const render = (a: Agreement) => renderAgreement(valid(a), derive(a), renderer());
const textOf = async (a: Agreement) => paragraphs(plain(await mammothText(render(a))));

/** Every part of the package as text, by name. */
function partsOf(docx: Buffer): Map<string, string> {
  const zip = new PizZip(docx);
  return new Map(Object.values(zip.files).filter((f) => !f.dir).map((f) => [f.name, f.asText()]));
}

const bodo = (): Agreement => clone(loadExample('nav-bodo'));
const salten = (): Agreement => clone(loadExample('nav-indre-salten'));

describe('2.1 sites and opening hours', () => {
  it('one site with one range: exactly the sentences of 1.0', async () => {
    const text = await textOf(bodo());
    expect(text).toContain(
      'NAV Bodøs lokasjon er Storgata 6, 8006 Bodø, og NAV Bodø betjener innbyggerne i Bodø kommune. NAV Bodøs lokasjon er sikret etter kravene til universell utforming i NAV-loven § 13. Utformingen av NAV Bodø er i henhold til NAVs arealkonsept, og er gjort i samarbeid med brukerutvalget.',
    );
    expect(text).toContain('Åpningstidene til NAV Bodø er mandag–fredag kl. 10.00–14.00.');
  });

  it('one site with per-day hours, drop-in, appointments and a note', async () => {
    const a = bodo();
    a.location.sites[0]!.openingHours = [
      { fromDay: 'mandag', toDay: 'onsdag', opens: '09:00', closes: '15:00' },
      { fromDay: 'torsdag', opens: '09:00', closes: '18:00', kind: 'drop-in' },
      { fromDay: 'fredag', opens: '10:00', closes: '12:00', kind: 'timeavtale' },
    ];
    a.location.sites[0]!.byAppointment = true;
    a.location.sites[0]!.note = 'Stengt i juli.';
    expect(await textOf(a)).toContain(
      'Åpningstidene til NAV Bodø er mandag–onsdag kl. 09.00–15.00, torsdag kl. 09.00–18.00 (drop-in) og fredag kl. 10.00–12.00 (bare etter timeavtale), og ellers etter avtale. Stengt i juli.',
    );
  });

  it('several sites: the main site first, each with its address and its own opening hours', async () => {
    const a = salten();
    const main = a.location.sites[0]!;
    a.location.sites = [
      {
        name: 'Rognan',
        role: 'avdelingskontor',
        municipality: '1840',
        address: { street: 'Storgata 10', postalCode: '8250', city: 'Rognan' },
        openingHours: [
          { fromDay: 'tirsdag', opens: '10:00', closes: '14:00' },
          { fromDay: 'torsdag', opens: '10:00', closes: '14:00', kind: 'drop-in' },
        ],
      },
      main,
      { name: 'Misvær', role: 'servicepunkt', municipality: '1839', address: { street: 'Misværveien 1', postalCode: '8100', city: 'Misvær' }, openingHours: [], byAppointment: true },
    ];
    const text = await textOf(a);
    const at = text.indexOf('NAV Indre Salten betjener innbyggerne i Fauske kommune, Saltdal kommune, Sørfold kommune, Beiarn kommune og Hamarøy kommune – Hábmer fra disse lokasjonene:');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 8)).toEqual([
      'Fauske (hovedkontor): Sjøgata 55, 8200 Fauske',
      'Rognan (avdelingskontor): Storgata 10, 8250 Rognan',
      'Misvær (lokalt servicepunkt): Misværveien 1, 8100 Misvær',
      'NAV Indre Saltens lokasjoner er sikret etter kravene til universell utforming i NAV-loven § 13. Utformingen av NAV Indre Salten er i henhold til NAVs arealkonsept, og er gjort i samarbeid med brukerutvalget.',
      'Åpningstidene til NAV Indre Salten er:',
      'Fauske: mandag–fredag kl. 09.00–15.00',
      'Rognan: tirsdag kl. 10.00–14.00 og torsdag kl. 10.00–14.00 (drop-in)',
    ]);
    expect(text[at + 8]).toBe('Misvær: etter avtale');
    // The one-site sentences are gone.
    expect(text.join('\n')).not.toMatch(/lokasjon er |Åpningstidene til NAV Indre Salten er [a-z]/);
  });
});

describe('kommune, bydel and several kommuner', () => {
  /** NAV Østensjø: Alternativ 1 with Bydel Østensjø in the kommune's place. */
  function ostensjo(): Agreement {
    const a = bydelAgreement();
    a.goals.councilBriefing = true;
    a.signing = {};
    return a;
  }

  it('a bydel: «bydelsdirektør i Bydel Østensjø», its genitive, its bydelsutvalg, never «kommune» appended', async () => {
    const text = (await textOf(ostensjo())).join('\n');
    expect(text).toContain('Denne avtalen inngås mellom bydelsdirektør i Bydel Østensjø og Arbeids- og velferdsetaten ved direktør for NAV Oslo.');
    expect(text).toContain('Bydel Østensjøs interne sikkerhetsrutiner');
    expect(text).toContain('henholdsvis bydelsdirektør i Bydel Østensjø og direktør for NAV Oslo');
    expect(text).toContain('orientering fra NAV-leder til bydelsutvalget om NAV-kontorets aktivitet');
    expect(text).toContain('NAV Østensjø har ansvaret for Arbeids- og velferdsetatens tjenester i Bydel Østensjø.');
    expect(text).not.toMatch(/Østensjø kommune|kommunestyret/);
  });

  it('one partner kommune: «…, som er vertskommune for Lunner kommune, og …», no «kommunene»', async () => {
    const a = salten();
    a.parties.municipalities = a.parties.municipalities.slice(0, 2);
    a.parties.municipalities[1] = { ...a.parties.municipalities[1]!, name: 'Lunner kommune' };
    const keep = new Set(a.parties.municipalities.map((m) => m.number));
    a.costs.fte = a.costs.fte!.filter((f) => keep.has(f.municipality));
    a.location.sites = a.location.sites.filter((s) => keep.has(s.municipality));
    const text = (await textOf(a)).join('\n');
    // The relative clause is set off by commas on both sides (issue 14).
    expect(text).toContain('Denne avtalen inngås mellom kommunedirektør i Fauske kommune, som er vertskommune for Lunner kommune, og Arbeids- og velferdsetaten ved direktør for NAV Nordland.');
  });

  it('several kommuner, names used as given: plural «kommunenes» in 3.7 and 4.0, the list of partners in 1.0', async () => {
    const a = salten();
    a.parties.municipalities[4] = { ...a.parties.municipalities[4]!, name: 'Divtasvuona suohkan' };
    delete a.parties.municipalities[4]!.samiName;
    const text = (await textOf(a)).join('\n');
    // A name that does not end in «kommune» cannot share the plural «kommuner»: the full names after «kommunene».
    expect(text).toContain('i Fauske kommune, som er vertskommune for kommunene Saltdal kommune, Sørfold kommune, Beiarn kommune og Divtasvuona suohkan, og Arbeids- og velferdsetaten');
    expect(text).toContain('kan utføre oppgaver på kommunenes myndighetsområder.');
    expect(text).toContain('Kontoret skal dekke kommunenes ansvar etter lov om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) for:');
    expect(text).toContain('Utover kommunenes ansvar etter sosialtjenesteloven skal kontoret også dekke');
    expect(text).not.toContain('kommunens myndighetsområder');
    expect(text).not.toMatch(/Divtasvuona suohkan kommune/);
  });

  it('one kommune keeps the singular «kommunens»', async () => {
    const a = bodo();
    a.delegation.stateStaffOnMunicipalTasks = true;
    const text = (await textOf(a)).join('\n');
    expect(text).toContain('kan utføre oppgaver på kommunens myndighetsområder.');
    expect(text).not.toContain('kommunenes');
  });
});

describe('NAV or Nav (document.navSpelling)', () => {
  /** Bodø written «Nav», with the office and county still typed «NAV …» and every free text «Nav». */
  function navBodo(): Agreement {
    const a = bodo();
    const officeName = a.parties.officeName;
    const county = a.parties.county.name;
    const scrubbed = JSON.parse(JSON.stringify(a).replace(/NAV/g, 'Nav')) as Agreement;
    scrubbed.parties.officeName = officeName;
    scrubbed.parties.county.name = county;
    scrubbed.document.navSpelling = 'Nav';
    scrubbed.userParticipation.navAppointsUserCouncil = true;
    return scrubbed;
  }

  it('writes «Nav» in every generated sentence, header and property, and normalises the names of office and county', async () => {
    const docx = render(navBodo());
    const text = (await mammothText(docx)).replace(/\s+/g, ' ');
    for (const s of ['Nav Bodø skal arbeide etter Navs visjon', 'felles Nav-kontor, Nav Bodø, og inngås med hjemmel i NAV-loven § 14.', 'Nav-leder er ansvarlig for agenda', 'direktør for Nav Nordland', 'Nav-lederstillingen', 'Nav har myndighet til å utpeke', 'med Nav-logo og kommunevåpen', 'Nav stedsnavn'])
      expect(text).toContain(s);
    const parts = partsOf(docx);
    expect(parts.get('word/header1.xml')).toContain('Partnerskapsavtale – Nav Bodø');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Partnerskapsavtale for Nav Bodø</dc:title>');
    // The law's short title is «NAV-loven» (Lovdata), whatever the agency's spelling.
    expect(parts.get('docProps/core.xml')).toContain('etter NAV-loven § 14');
    // Every part but the embedded data (which keeps the names as typed) is free of «NAV», but for the law's title.
    const withNav = [...parts].filter(([name, xml]) => !name.startsWith('customXml/') && /NAV(?!-loven)/.test(xml)).map(([name]) => name);
    expect(withNav).toEqual([]);
    expect(parts.size).toBeGreaterThan(8);
  });

  it('keeps «NAV» by default, and «Arbeids- og velferdsetaten» in both', async () => {
    const text = (await mammothText(render(bodo()))).replace(/\s+/g, ' ');
    expect(text).toContain('NAV Bodø skal arbeide etter NAVs visjon');
    expect(text).not.toMatch(/\bNav\b|Nav-/);
    expect((await mammothText(render(navBodo()))).replace(/\s+/g, ' ')).toContain('Arbeids- og velferdsetaten ved direktør for Nav Nordland');
  });

  it('file names stay lowercase either way', () => {
    expect(slug('Nav Bodø')).toBe('nav-bodo');
    expect(slug('NAV Bodø')).toBe('nav-bodo');
  });
});

describe('signatories, signing, version, case numbers and approvals', () => {
  /** Bottom borders drawn as signing lines in the signature table. */
  const signingLines = (docx: Buffer) => (partsOf(docx).get('word/document.xml')!.match(/<w:tcBorders><w:bottom /g) ?? []).length;

  function signed(): Agreement {
    const a = bodo();
    a.signing = {
      place: 'Bodø',
      date: '2025-12-15',
      municipal: { name: 'Ola Nordmann', title: 'konstituert kommunedirektør' },
      state: { name: 'Kari Nordmann', title: 'fylkesdirektør', authority: 'etter fullmakt fra direktøren for NAV Nordland' },
    };
    return a;
  }

  it('handwritten: free titles and the authority under the names, on signing lines', async () => {
    const docx = render(signed());
    const text = paragraphs(plain(await mammothText(docx)));
    const at = text.indexOf('Ola Nordmann');
    expect(text.slice(at, at + 5)).toEqual(['Ola Nordmann', 'Kari Nordmann', 'Konstituert kommunedirektør', 'Fylkesdirektør', 'Etter fullmakt fra direktøren for NAV Nordland']);
    expect(text).toContain('Sted, dato');
    expect(signingLines(docx)).toBe(2);
  });

  it('handwritten without authority: no authority line, the title «Direktør» when none is given', async () => {
    const a = bodo();
    a.signing = { municipal: { name: 'Ola Nordmann', title: 'kommunedirektør' } };
    const text = paragraphs(plain(await mammothText(render(a))));
    const at = text.indexOf('Kommunedirektør');
    expect(text.slice(at, at + 2)).toEqual(['Kommunedirektør', 'Direktør']);
    expect(text[at + 2]).not.toMatch(/fullmakt/i);
  });

  it('electronic: «Avtalen signeres elektronisk.», names, titles and authority, and no signing lines', async () => {
    const a = signed();
    a.signing.method = 'elektronisk';
    const docx = render(a);
    const text = paragraphs(plain(await mammothText(docx)));
    const at = text.indexOf('Avtalen signeres elektronisk.');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 9)).toEqual([
      'Bodø kommune',
      'NAV Nordland',
      'Ola Nordmann',
      'Kari Nordmann',
      'Konstituert kommunedirektør',
      'Fylkesdirektør',
      'Etter fullmakt fra direktøren for NAV Nordland',
      'Vedlegg:',
    ]);
    expect(text).not.toContain('Sted, dato');
    expect(signingLines(docx)).toBe(0);
  });

  it('version on the first page, in the header and the title; the replaced agreement at the end of 9.0; case numbers', async () => {
    const a = signed();
    a.document = { navSpelling: 'NAV', version: '2', replaces: { version: '1', date: '2021-12-15' } };
    a.parties.municipalities[0]!.caseNumber = '25/1412';
    a.parties.county.caseNumber = '25/8812';
    const docx = render(a);
    const text = paragraphs(plain(await mammothText(docx)));
    expect(text.slice(0, 4)).toEqual(['Partnerskapsavtale', 'NAV Bodø', 'Versjon 2', 'Saksnr.: Bodø kommune 25/1412 · NAV Nordland 25/8812']);
    const end = text.indexOf('Sted, dato');
    expect(text[end - 1]).toBe('Avtalen erstatter partnerskapsavtalen av 15. desember 2021 (versjon 1).');
    const parts = partsOf(docx);
    expect(parts.get('word/header1.xml')).toContain('Partnerskapsavtale – NAV Bodø, versjon 2');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Partnerskapsavtale for NAV Bodø, versjon 2</dc:title>');
  });

  it('no version, case numbers or replaced agreement: none of their lines', async () => {
    const text = (await mammothText(render(bodo()))).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/Versjon|versjon|Saksnr|erstatter/);
  });

  const withoutApprovals = (a: Agreement): Agreement => {
    for (const m of a.parties.municipalities) delete m.approval;
    return a;
  };

  it('Alternativ 2: one sentence in 1.0 naming each kommune\'s approval that is given', async () => {
    const a = withoutApprovals(salten());
    a.parties.municipalities[0]!.approval = { body: 'kommunestyret', date: '2025-11-27', caseNumber: '25/1400' };
    a.parties.municipalities[1]!.approval = { body: 'formannskapet', date: '2025-11-20' };
    a.parties.municipalities[2]!.approval = { body: 'annet', bodyName: 'hovedutvalg for helse og omsorg', date: '2025-11-21' };
    const text = paragraphs(plain(await mammothText(render(a))));
    const at = text.findIndex((p) => p.startsWith('Partnerskapsavtalen gjelder etablering'));
    expect(text[at + 1]).toBe(
      'Vertskommunesamarbeidet og avtalen er godkjent av kommunestyret i Fauske kommune 27. november 2025 (sak 25/1400), formannskapet i Saltdal kommune 20. november 2025 og hovedutvalg for helse og omsorg i Sørfold kommune 21. november 2025.',
    );
    expect(await mammothText(render(withoutApprovals(salten())))).not.toContain('godkjent av');
  });
});

describe('the package', () => {
  it('a document with every new part (several sites, e-signing, version, case numbers, approvals, Nav) is valid OOXML and leaves no tags', async () => {
    const a = salten();
    a.document = { navSpelling: 'Nav', version: '2.1', replaces: { date: '2021-12-15' } };
    a.parties.municipalities[0]!.caseNumber = '25/1412';
    a.parties.municipalities[0]!.approval = { body: 'kommunestyret', date: '2025-11-27' };
    a.location.sites.push({ name: 'Rognan', role: 'avdelingskontor', municipality: '1840', address: { street: 'Storgata 10', postalCode: '8250', city: 'Rognan' }, openingHours: [], note: 'etter avtale med kontoret' });
    a.signing.method = 'elektronisk';
    const docx = render(a);
    parseParts(docx);
    expect(plain(await mammothText(docx))).not.toMatch(FORBIDDEN);
    const r = ooxmlValidate(writeTemp(docx, 'alt.docx'));
    expect(r.status, r.output).toBe(0);
  });
});
