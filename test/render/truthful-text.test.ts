/**
 * The agreement says only what the data says, in correct law and bokmål (issue 14): 2.1's
 * statements follow the checklist, delt ledelse has its two-leader text, 7.0 and 4.0 cite the law
 * as it is, and the template's language errors are corrected. Every expectation is read back from
 * the generated .docx (mammoth) and written out here by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { continuation } from '../../src/render/view-model.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { EXAMPLE_FILES } from '../helpers/paths.js';
import { renderer } from '../helpers/resources.js';
import { clone, FORBIDDEN, loadExample, mammothText, packAgreementTemplate, paragraphs, plain } from './helpers.js';

beforeAll(packAgreementTemplate);

/** Valid data only: a test of the text must not pass on data `validate` would refuse. */
function valid(a: Agreement): Agreement {
  const r = validateAgreement(a);
  if (!r.ok) throw new Error(`ugyldige testdata: ${JSON.stringify(r.problems, null, 1).slice(0, 1500)}`);
  return a;
}

const textOf = async (a: Agreement, opts: { publicCopy?: boolean } = {}) => paragraphs(plain(await mammothText(renderAgreement(valid(a), derive(a), renderer(), opts))));
const bodo = (): Agreement => clone(loadExample('nav-bodo'));
const salten = (): Agreement => clone(loadExample('nav-indre-salten'));

const UNIVERSAL = 'NAV Bodøs lokasjon er sikret etter kravene til universell utforming i NAV-loven § 13.';
const DESIGN_BOTH = 'Utformingen av NAV Bodø er i henhold til NAVs arealkonsept, og er gjort i samarbeid med brukerutvalget.';

describe('2.1 states only what the checklist does not deny', () => {
  it('unanswered or «ja»: the template’s three statements', async () => {
    for (const checklist of [undefined, { '2.1-1': { status: 'ja' as const }, '2.1-2': { status: 'ja' as const }, '2.1-4': { status: 'ja' as const } }]) {
      const a = bodo();
      if (checklist) a.checklist = checklist;
      const p = await textOf(a);
      expect(p).toContain(`NAV Bodøs lokasjon er Storgata 6, 8006 Bodø, og NAV Bodø betjener innbyggerne i Bodø kommune. ${UNIVERSAL} ${DESIGN_BOTH}`);
    }
  });

  it('«nei» to universal design and «delvis» to the brukerutvalg: neither is claimed, the arealkonsept still is', async () => {
    const a = bodo();
    a.checklist = { '2.1-1': { status: 'nei', comment: 'Heisen mangler; utbedres i 2026.' }, '2.1-4': { status: 'delvis' } };
    const p = await textOf(a);
    expect(p).toContain('NAV Bodøs lokasjon er Storgata 6, 8006 Bodø, og NAV Bodø betjener innbyggerne i Bodø kommune. Utformingen av NAV Bodø er i henhold til NAVs arealkonsept.');
    const all = p.join('\n');
    expect(all).not.toContain('universell utforming');
    expect(all).not.toContain('brukerutvalget.');
    // The comment is internal (x-internal): it is never printed in the agreement.
    expect(all).not.toContain('Heisen mangler');
  });

  it('«nei» to the arealkonsept only: the brukerutvalg clause stands alone; all three denied: no statement at all', async () => {
    const a = bodo();
    a.checklist = { '2.1-2': { status: 'nei' } };
    expect(await textOf(a)).toContain(`NAV Bodøs lokasjon er Storgata 6, 8006 Bodø, og NAV Bodø betjener innbyggerne i Bodø kommune. ${UNIVERSAL} Utformingen av NAV Bodø er gjort i samarbeid med brukerutvalget.`);
    a.checklist = { '2.1-1': { status: 'ikke relevant' }, '2.1-2': { status: 'delvis' }, '2.1-4': { status: 'nei' } };
    expect(await textOf(a)).toContain('NAV Bodøs lokasjon er Storgata 6, 8006 Bodø, og NAV Bodø betjener innbyggerne i Bodø kommune.');
    expect((await textOf(a)).join('\n')).not.toMatch(/Utformingen|universell utforming/);
  });

  it('several sites: the same conditions, and no empty paragraph when nothing is claimed', async () => {
    const a = clone(loadExample('nav-hallingdal'));
    a.checklist = { '2.1-1': { status: 'delvis' } };
    const p = await textOf(a);
    expect(p).toContain('Utformingen av NAV Hallingdal er i henhold til NAVs arealkonsept, og er gjort i samarbeid med brukerutvalget.');
    expect(p.join('\n')).not.toContain('universell utforming');
    a.checklist = { '2.1-1': { status: 'nei' }, '2.1-2': { status: 'nei' }, '2.1-4': { status: 'nei' } };
    const q = await textOf(a);
    const at = q.indexOf('Nesbyen (lokalt servicepunkt): Alfarvegen 10, 3540 Nesbyen');
    expect(q[at + 1]).toBe('Åpningstidene til NAV Hallingdal er:');
  });
});

/** Bodø with delt ledelse: a municipal leader on state terms, to show that each leader has own terms. */
function delt(): Agreement {
  const a = bodo();
  a.leadership = {
    model: 'delt',
    municipalLeader: { position: 'leder for sosialtjenesten', terms: 'statlige', leaderGroup: 'kommunaldirektør for helse og omsorg', reportsTo: 'kommunaldirektør for helse og omsorg' },
    stateLeader: { position: 'NAV-leder stat', terms: 'statlige', leaderGroup: 'direktøren for NAV Nordland', reportsTo: 'avdelingsdirektør for tjenesteområdet i NAV Nordland' },
  };
  a.costs.managerPostCost = 2_000_000;
  return a;
}

describe('delt ledelse: two leaders, each with terms and reporting lines', () => {
  it('3.2 names both leaders, their terms and their lines, consistently with «delt»', async () => {
    const p = await textOf(delt());
    expect(p).toContain('Eierne er enige om å ha delt administrativ og faglig ledelse for NAV Bodø.');
    expect(p).toContain(
      'Ved NAV Bodø er ledelsen delt mellom to ledere: leder for sosialtjenesten, som er tilsatt på statlige vilkår og har ansvaret for de kommunale tjenestene, og NAV-leder stat, som er tilsatt på statlige vilkår og har ansvaret for de statlige tjenestene. Ledernes fullmakter fremgår av vedlagte delegasjonsvedtak.',
    );
    expect(p).toContain('Leder for sosialtjenesten er i kommunen plassert i ledergruppen til kommunaldirektør for helse og omsorg og rapporterer til samme leder.');
    expect(p).toContain('NAV-leder stat er i Arbeids- og velferdsetaten plassert i ledergruppen til direktøren for NAV Nordland og rapporterer til avdelingsdirektør for tjenesteområdet i NAV Nordland.');
    expect(p).toContain('Ved utskiftning av en av lederne er eierne enige om at vurdering av hvilke vilkår som er gjeldende ved en nyrekruttering, er gjenstand for forhandling. Eierne beslutter tilsettingsvilkår før utlysning av stilling.');
    expect(p).toContain('Tilsetting av medarbeidere i NAV-kontoret er underlagt ansvaret til lederen for de tjenestene stillingen hører til. Kunngjøring for medarbeidere styres ut fra om statlige eller kommunale vilkår gjelder for stillingen.');
  });

  it('3.7 describes two leaders, and 3.1, 3.5 and 3.8 speak of the leaders, never of one NAV-leder', async () => {
    const p = await textOf(delt());
    expect(p).toContain('3.7 Delegert myndighet til lederne og oppgaveutførelse på hverandres myndighetsområder');
    expect(p).toContain(
      'Eierne er enige om at NAV Bodø ledes av to ledere: leder for sosialtjenesten har administrativt og faglig ansvar for de kommunale tjenestene, og NAV-leder stat har administrativt og faglig ansvar for de statlige tjenestene. Lederne skal samarbeide slik at brukerne får et enhetlig og helhetlig tjenestetilbud. Ledernes fullmakter fremgår av vedlagte delegasjonsvedtak.',
    );
    expect(p).toContain('Lederne er i fellesskap ansvarlige for agenda til partnerskapsmøtene.');
    expect(p).toContain('Lederne har ansvar for at det utarbeides årlig virksomhetsplan for NAV-kontoret i samarbeid med medarbeidernes organisasjoner.');
    expect(p).toContain('Minst én gang i året skal det gis en orientering fra lederne til kommunestyret om NAV-kontorets aktivitet og oppnådde resultater.');
    expect(p.join('\n')).toContain('Utgifter knyttet til de to lederstillingene deles likt mellom de to eierne, uavhengig av tilsettingsforhold.');
    expect(p).toContain('Utgiftene til de to lederstillingene er budsjettert til 2 000 000 kr per år, det vil si 1 000 000 kr for hver eier.');
    expect(p).toContain('Budsjetterte felles driftsutgifter på 5 400 000 kr per år fordeles slik etter årsverk (utenom lederne):');
    const all = p.join('\n');
    for (const gone of ['felles administrativt og faglig ansvar for alle deler', 'NAV-leder er', 'NAV-leder har', 'NAV-leder deltar', 'NAV-leders', 'NAV-lederstillingen', 'fra NAV-leder', 'felles administrativ og faglig ledelse'])
      expect(all).not.toContain(gone);
    expect(all).not.toMatch(FORBIDDEN);
  });
});

describe('felles ledelse: one NAV-leder, the same leader not named twice', () => {
  it('Bodø: the kommunaldirektør is named once, the county director as «direktøren»', async () => {
    const p = await textOf(bodo());
    expect(p).toContain('NAV-leder er i kommunen plassert i ledergruppen til kommunaldirektør for helse og omsorg og rapporterer til samme leder.');
    expect(p).toContain('NAV-leder deltar i ledergruppen til direktøren for NAV Nordland og rapporterer til direktøren.');
    expect(p.join('\n')).not.toMatch(/kommunaldirektør for helse og omsorg.*kommunaldirektør for helse og omsorg|sin ledergruppe/);
  });

  it('different lines are both named', async () => {
    const a = bodo();
    a.leadership.municipalReportsTo = 'kommunalsjef for velferd';
    a.leadership.stateReportsTo = 'avdelingsdirektør i NAV Nordland';
    const p = await textOf(a);
    expect(p).toContain('NAV-leder er i kommunen plassert i ledergruppen til kommunaldirektør for helse og omsorg og rapporterer til kommunalsjef for velferd.');
    expect(p).toContain('NAV-leder deltar i ledergruppen til direktøren for NAV Nordland og rapporterer til avdelingsdirektør i NAV Nordland.');
  });
});

describe('the law as it is', () => {
  it('7.0 keeps local negotiation first and names the forskrift exactly, with mediation before the nemnd', async () => {
    const p = await textOf(salten());
    const at = p.indexOf('7.0 Prinsipper for tvisteløsning ved uenighet');
    expect(p.slice(at + 1, at + 4)).toEqual([
      'Eierne er enige om å søke å løse alle konflikter om inngåelse og fortolkning av denne avtalen gjennom forhandling lokalt.',
      'Uenighet tas først opp i partnerskapsmøtet.',
      'Skulle dette ikke føre fram, vil en tvist som hindrer inngåelse eller gjennomføring av avtalen, løses etter forskrift 12. mars 2007 nr. 294 om løsning av tvister mellom Arbeids- og velferdsetaten og kommunene etter arbeids- og velferdsforvaltningsloven, gitt med hjemmel i NAV-loven § 14. Etter forskriften mekler statsforvalteren først, og bare om meklingen ikke fører fram, fastsetter en tvisteløsningsnemnd vilkårene det er uenighet om.',
    ]);
    expect(p.join('\n')).not.toContain('nemndbasert');
  });
});

describe('bokmål: the template’s errors corrected in every example (README «Disse avvikene er bevisste»)', () => {
  /** [what the template wrote, what the agreement says instead]: the old form in no example, the new in at least one. */
  const FIXES: Array<[RegExp, string]> = [
    [/kommune som er vertskommune/, 'kommune, som er vertskommune for '],
    [/NAV-kontor, NAV [^,]+ og inngås/, '-kontor, '],
    [/etter behov \(/, ' i året og ellers etter behov, for å samordne'],
    [/sin ledergruppe/, 'deltar i ledergruppen til direktøren for '],
    [/vi eiere/, 'rutiner som eierne er enige om:'],
    [/Minimum en gang/, 'Minst én gang i året skal det gis'],
    [/den andre eier i forhold/, 'vil informere den andre eieren om forhold som kan påvirke'],
    [/disse, fremgår/, 'Nærmere henvisning til disse fremgår av vedlagte delegasjonsvedtak.'],
    [/endres, eller/, 'Delegasjonsvedtakene kan til enhver tid endres eller trekkes tilbake.'],
    [/denne avtale,/, 'Særskilte tjenester som ikke dekkes av denne avtalen, avtales og faktureres særskilt.'],
    [/Ut over/, 'Utover kommune'],
    [/nivå – \p{Lu}\p{Ll}/u, 'På individnivå – brukeren'],
    [/minst en gang pr år/, 'minst én gang per år.'],
    [/føre fram vil/, 'Skulle dette ikke føre fram, vil'],
    [/ – kl\.|(?:dag|sdag) – /, 'mandag–fredag kl. 09.00–15.00'],
    [/for kommunene \p{Lu}\p{Ll}+ kommune,/u, 'for Saltdal, Sørfold, Beiarn og Hamarøy (Hábmer) kommuner'],
    [/Fakturering:|Referanse til delegasjonsvedtaket:/, 'Eierne har avtalt følgende om fakturering: halvårlig'],
    [/Referanse til/, 'Det vises til delegasjonsvedtaket (Delegasjonsvedtak for NAV Indre Salten, sak 25/1412), vedtatt 1. desember 2025.'],
    [/lokalisering, og|NAV-leder, og oppgave/, '2.1 Fysisk lokalisering og utforming av '],
    [/nyrekruttering er gjenstand|beredskap gjelder/, 'personvern/informasjonssikkerhet/beredskap, gjelder for alle'],
    [/behov skal brukermedvirkning/, 'til brukernes behov, skal brukermedvirkning'],
    [/\. Leders fullmakter/, 'NAV-kontoret. NAV-leders fullmakter fremgår'],
  ];
  const texts = new Map<string, string>();
  beforeAll(async () => {
    for (const f of EXAMPLE_FILES) {
      const name = f.replace(/\.yaml$/, '');
      texts.set(name, (await textOf(loadExample(name))).join('\n'));
    }
  });

  it.each(FIXES.map(([old, fixed]) => [String(old), old, fixed] as const))('%s is corrected', (_, old, fixed) => {
    for (const [name, text] of texts) expect(text, name).not.toMatch(old);
    expect([...texts.values()].some((t) => t.includes(fixed)), fixed).toBe(true);
  });

  it('4.0 writes every list item with a capital, whatever the data', async () => {
    const a = bodo();
    a.services.additionalMunicipalServices = ['rustjenester', 'Startlån'];
    a.services.stateServices = ['oppfølging av arbeidsmarkedet'];
    const p = await textOf(a);
    for (const item of ['Oppfølging av arbeidsmarkedet', 'Rustjenester', 'Startlån', 'Økonomisk stønad']) expect(p).toContain(item);
  });
});

describe('free text that continues a sentence of the template', () => {
  const names = ['Fauske kommune', 'NAV Nordland', 'NAV', 'Arbeids- og velferdsetaten'];
  it('starts in lower case, unless it starts with a name or an abbreviation', () => {
    expect(continuation('Halvårlig etterskuddsvis.', names)).toBe('halvårlig etterskuddsvis.');
    expect(continuation('Brukeren deltar.', names)).toBe('brukeren deltar.');
    expect(continuation('Fauske kommune fakturerer.', names)).toBe('Fauske kommune fakturerer.');
    expect(continuation('NAV Nordland fakturerer.', names)).toBe('NAV Nordland fakturerer.');
    expect(continuation('IPS-teamet deltar.', names)).toBe('IPS-teamet deltar.');
    expect(continuation('halvårlig.', names)).toBe('halvårlig.');
  });
});

describe('attachments: «vedlagt» only for what is attached', () => {
  it('without a driftsavtale or delegasjonsvedtak among the attachments, neither is called attached', async () => {
    const a = bodo();
    a.attachments = [];
    // The example's checklist says both are attached; with nothing attached, that would block (sjekkliste_motsier_avtalen).
    a.checklist = { ...a.checklist, '3.7-4': { status: 'nei', comment: 'Ettersendes.' }, '3.8-2': { status: 'nei', comment: 'Ettersendes.' } };
    const all = (await textOf(a)).join('\n');
    expect(all).not.toContain('Driftsavtale er vedlagt.');
    expect(all).not.toContain('vedlagte delegasjonsvedtak');
    expect(all).toContain('NAV-leders fullmakter fremgår av delegasjonsvedtaket.');
    const b = bodo();
    const p = await textOf(b);
    expect(p).toContain('Driftsavtale er vedlagt.');
    expect(p.join('\n')).toContain('NAV-leders fullmakter fremgår av vedlagte delegasjonsvedtak.');
  });
});
