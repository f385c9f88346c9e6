/** Data-dependent wording: optional values absent, partial signing data, other splits. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { agreementView } from '../../src/render/view-model.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { clone, FORBIDDEN, loadExample, mammothText, minimal, ooxmlValidate, packAgreementTemplate, paragraphs, parseParts, plain, writeTemp } from './helpers.js';

beforeAll(packAgreementTemplate);

const render = async (a: Agreement) => {
  const docx = renderAgreement(a, derive(a), renderer());
  parseParts(docx);
  return { docx, text: plain(await mammothText(docx)) };
};

/** The statutory municipal services in sosialtjenesteloven's own terms, always listed (issue 14). */
const STATUTORY =
  'Kontoret skal dekke kommunens ansvar etter lov om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) for: | Opplysning, råd og veiledning, herunder økonomisk rådgivning | Økonomisk stønad | Midlertidig botilbud | Individuell plan | Kvalifiseringsprogram';

/** Bottom borders drawn as signing lines in the signature table. */
const signingLines = (docx: Buffer) => (parseParts(docx).get('word/document.xml')!.documentElement!.toString().match(/<w:tcBorders><w:bottom /g) ?? []).length;

describe('an agreement with only the required values', () => {
  let docx: Buffer;
  let text: string;
  beforeAll(async () => ({ docx, text } = await render(minimal())));

  it('omits the sentences whose blank has nothing to fill it, without blanks and without inventing replacements', () => {
    expect(text).not.toMatch(FORBIDDEN);
    expect(text).not.toMatch(/ [.,:]| {2}|\(\s*\)/);
    for (const gone of [
      'verdier:',
      'andre lokale mål',
      'drøftet med de ansattes organisasjoner',
      'ønsker følgende resultatmål',
      'orientering til kommunestyret',
      'Følgende felles kompetansetiltak',
      'medarbeidere ansatt i statlig linje',
      'medarbeidere ansatt i kommunal linje',
      'Det vises til delegasjonsvedtaket',
      'Beløp per år',
      'Budsjetterte',
      'Utgiftene til NAV-lederstillingen',
      'om fakturering',
      'skal kontoret også dekke',
      'På individnivå',
      'På systemnivå',
      // The audit flags the missing levels; without either, the lead-in has nothing to introduce.
      'brukermedvirkning ivaretas på følgende måte',
      'utpeke representanter',
      // 6.0 without agreements to name: no list and no colon.
      'følgende samarbeidsavtaler',
      'kommunens revisor (',
      'evalueres og revideres',
      'revideres innen',
      'Vedlegg:',
      // Nothing attached: no «vedlagte» and no «Driftsavtale er vedlagt.» (issue 14).
      'vedlagt',
      // No signatory named: the name line is left for handwriting, not filled with the county director.
      'Cathrine Stavnes',
      // Wording the project once invented, which is not in the template.
      'Kontoret dekker',
      'sies opp',
      'fordeles med',
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it('keeps the template wording that needs no data', () => {
    const joined = paragraphs(text).join(' | ');
    for (const kept of [
      'NAV Bodø skal arbeide etter NAVs visjon – «Vi gir mennesker muligheter».',
      // Without an agreed number of meetings: «etter behov», not the template's example (issue 14).
      'Det avholdes møter mellom NAV Bodøs eiere, henholdsvis kommunedirektør i Bodø kommune og direktør for NAV Nordland, etter behov, for å samordne',
      // Nothing attached: the delegasjonsvedtak is not called «vedlagte» (issue 14).
      'Ved NAV Bodø er NAV-leder tilsatt på statlige vilkår. NAV-leders fullmakter fremgår av delegasjonsvedtaket.',
      'begge eierne av NAV-kontoret. NAV-leders fullmakter fremgår av delegasjonsvedtaket.',
      'Nærmere henvisning til disse fremgår av delegasjonsvedtaket.',
      'Utgifter knyttet til NAV-lederstillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold.',
      'Felles driftsutgifter fordeles slik etter årsverk (utenom NAV-leder):',
      'Eier | Årsverk | Andel av felles driftsutgifter | Arbeids- og velferdsetaten',
      `Oppfølging av arbeidsmarkedet og arbeidsgivere | ${STATUTORY} | 5.0 Brukermedvirkning ved NAV Bodø`,
      '5.0 Brukermedvirkning ved NAV Bodø | Samhandlingen skal evalueres i samarbeid med brukerrepresentantene minst én gang per år. | 6.0',
      // 6.0 is never a bare heading: the template sentence without the list.
      '6.0 Samhandling med øvrige tjenestetilbud | Eierne er enige om at samhandling med andre kommunale og statlige tjenester enn de som etter denne avtalen inngår i NAV-kontoret, eventuelt reguleres i egne samarbeidsavtaler/-rutiner. | 7.0 Prinsipper for tvisteløsning ved uenighet',
      'og kommunens revisor kan utføre',
      'Eierne er enige om følgende gyldighetsperiode: fra og med 1. januar 2026 til ny avtale er inngått.',
      'Sted, dato',
      'Kommunedirektør',
      'Direktør',
    ]) {
      expect(joined).toContain(kept);
    }
  });

  it('draws a signing line for the missing place and date (no dots)', () => {
    expect(signingLines(docx)).toBe(3);
    expect(text).not.toMatch(/\.{3}|…|_{3}/);
  });

  it('passes schema validation', () => {
    const r = ooxmlValidate(writeTemp(docx, 'minimal.docx'));
    expect(r.status, r.output).toBe(0);
  });
});

describe('data-dependent choices', () => {
  it('prints place and date without a line when both are given, above the line when one is missing', async () => {
    const full = loadExample('nav-bodo');
    expect(signingLines(renderAgreement(full, derive(full), renderer()))).toBe(2);
    const placeOnly = clone(full);
    delete placeOnly.signing.date;
    const { docx, text } = await render(placeOnly);
    expect(signingLines(docx)).toBe(3);
    expect(paragraphs(text)).toContain('Bodø');
    expect(paragraphs(text).filter((p) => p.startsWith('Bodø,'))).toEqual([]);
  });

  it('leaves the state signatory line empty when no signatory is named, even with a county director on record', async () => {
    const a = clone(loadExample('nav-bodo'));
    delete a.signing.state;
    expect(a.parties.county.director).toBe('Cathrine Stavnes');
    const { docx, text } = await render(a);
    expect(text).not.toContain('Cathrine Stavnes');
    expect(paragraphs(text).join(' | ')).toContain('Bodø kommune | NAV Nordland | Rolf Kristensen | Kommunedirektør | Direktør');
    expect(signingLines(docx)).toBe(2);
  });

  it('states an agreed NAV-leder split other than 50/50 instead of «deles likt», with each owner\'s amount', async () => {
    const a = clone(loadExample('nav-bodo'));
    a.costs.managerShare = { state: 60, municipal: 40 };
    a.costs.managerPostCost = 1_000_000;
    expect(validateAgreement(a).ok).toBe(true);
    const { text } = await render(a);
    expect(text).toContain('Utgifter knyttet til NAV-lederstillingen deles med 60 % på staten og 40 % på kommunen, uavhengig av tilsettingsforhold.');
    expect(text).toContain('Utgiftene til NAV-lederstillingen er budsjettert til 1 000 000 kr per år, det vil si 600 000 kr for staten og 400 000 kr for kommunen.');
    expect(text).not.toMatch(/deles likt|for hver eier/);
  });

  it('halves an odd NAV-leder cost exactly, and leaves the amounts out without a cost', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    a.costs.managerPostCost = 1_100_001;
    expect((await render(a)).text).toContain('Utgiftene til NAV-lederstillingen er budsjettert til 1 100 001 kr per år, det vil si 550 000,50 kr for hver eier.');
    delete a.costs.managerPostCost;
    const { text } = await render(a);
    expect(text).toContain('deles likt mellom de to eierne');
    expect(text).not.toContain('Utgiftene til NAV-lederstillingen');
  });

  it("lists the statutory services in the law's own terms, and the added services after «Utover kommunens ansvar», each with a capital", async () => {
    const a = clone(loadExample('nav-bodo'));
    delete a.services.additionalMunicipalServices;
    const only = paragraphs((await render(a)).text).join(' | ');
    expect(only).toContain(`${STATUTORY} | 5.0 Brukermedvirkning`);
    expect(only).not.toContain('Utover');
    a.services.additionalMunicipalServices = ['rustjenester', 'startlån'];
    expect(paragraphs((await render(a)).text).join(' | ')).toContain(
      `${STATUTORY} | Utover kommunens ansvar etter sosialtjenesteloven skal kontoret også dekke følgende kommunale tjenester som ligger til NAV-kontoret i Bodø kommune: | Rustjenester | Startlån | 5.0`,
    );
    // Several kommuner: «kommunenes ansvar» in both sentences.
    const b = paragraphs((await render(clone(loadExample('nav-indre-salten')))).text).join(' | ');
    expect(b).toContain(STATUTORY.replace('dekke kommunens ansvar', 'dekke kommunenes ansvar'));
    expect(b).toContain('Utover kommunenes ansvar etter sosialtjenesteloven skal kontoret også dekke');
    // The template's own list and the act's short name are gone.
    expect(b).not.toMatch(/Ut over|etter lov om sosiale tjenester,|midlertidig bolig|arbeidet med individuelle planer/);
  });

  it('keeps the 5.0 lead-in with one level given and attributes the user-council authority to NAV', async () => {
    const a = clone(loadExample('nav-bodo'));
    delete a.userParticipation.individualLevel;
    a.userParticipation.navAppointsUserCouncil = true;
    const { text } = await render(a);
    expect(paragraphs(text).join(' | ')).toContain(
      // The free text continues the sentence after the dash: lower case (issue 14).
      'for å tilpasse tjenestene til brukernes behov, skal brukermedvirkning ivaretas på følgende måte: | På systemnivå – brukerutvalget for NAV Bodø møtes fire ganger i året. | NAV har myndighet til å utpeke representanter til brukerutvalget. | Samhandlingen skal evalueres',
    );
    expect(text).not.toContain('NAV Bodø har myndighet');
  });

  it('dates the package properties at signing, or at the start without a signing date, never later', () => {
    const core = (a: Agreement) => parseParts(renderAgreement(a, derive(a), renderer())).get('docProps/core.xml')!.documentElement!.toString();
    const a = clone(loadExample('nav-bodo'));
    a.signing.date = '2025-06-30';
    expect(core(a)).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T00:00:00Z<\/dcterms:created>\s*<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-30T00:00:00Z</);
    delete a.signing.date;
    a.period.start = '2025-09-01';
    expect(core(a)).toContain('>2025-09-01T00:00:00Z</dcterms:created>');
    expect(core(a)).toContain('>2025-09-01T00:00:00Z</dcterms:modified>');
  });

  it('shows the three-column cost table without a budget', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    delete a.costs.annualBudget;
    const { text } = await render(a);
    const rows = paragraphs(text).join(' | ');
    expect(rows).not.toContain('Beløp per år');
    expect(rows).toContain('Eier | Årsverk | Andel av felles driftsutgifter | Arbeids- og velferdsetaten | 14,00 | 40,58 % | Fauske kommune');
    expect(rows).toContain('Sum | 34,50 | 100,00 % | I egen avtale om drift');
  });

  it('writes one meeting a year, a yearly evaluation, a single opening day and a rådmann', async () => {
    const a = clone(loadExample('nav-bodo'));
    a.governance.meetingsPerYear = 1;
    a.period.evaluationIntervalYears = 1;
    a.location.sites[0]!.openingHours[0]!.toDay = 'mandag';
    a.parties.municipalHeadTitle = 'rådmann';
    a.signing.municipal!.title = 'rådmann';
    const { text } = await render(a);
    expect(text).toContain('og direktør for NAV Nordland, én gang i året og ellers etter behov, for å samordne');
    expect(text).toContain('Avtalen skal evalueres og revideres hvert år.');
    expect(text).toContain('Åpningstidene til NAV Bodø er mandag kl. 10.00–14.00.');
    expect(text).toContain('Denne avtalen inngås mellom rådmann i Bodø kommune');
    expect(paragraphs(text)).toContain('Rådmann');
  });

  it('names a Sámi host kommune in full and first in every list, and uses its Norwegian name in the genitive', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    a.parties.host = '1875';
    const hamaroy = `Hamarøy kommune – ${a.parties.municipalities.find((m) => m.number === '1875')!.samiName}`;
    const { text } = await render(a);
    expect(text).toContain(`mellom kommunedirektør i ${hamaroy}, som er vertskommune for Fauske, Saltdal, Sørfold og Beiarn kommuner, og Arbeids-`);
    expect(text).toContain(`betjener innbyggerne i ${hamaroy}, Fauske kommune, Saltdal kommune, Sørfold kommune og Beiarn kommune.`);
    expect(text).toContain(`tjenester i ${hamaroy}, Fauske kommune,`);
    expect(paragraphs(text).join(' | ')).toContain(`Arbeids- og velferdsetaten | 14,00 | 40,58 % | 953 623 kr | ${hamaroy} | 3,30 | 9,56 % | 224 783 kr | Fauske kommune | 9,50`);
    expect(text).toContain('Hamarøy kommunes interne sikkerhetsrutiner');
  });

  it('names the auditors in the plural when several kommuner are parties', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    delete a.externalAudit.municipalAuditor;
    const { text } = await render(a);
    expect(text).toContain('Arbeids- og velferdsdirektoratets internrevisjon og kommunenes revisorer kan utføre sine oppgaver i forhold til NAV-kontoret på en hensiktsmessig måte.');
  });

  it('never leaves blanks, whatever optional values are missing', async () => {
    const full = loadExample('nav-indre-salten');
    // Every optional value of schema 2.0 given, so that dropping each is tried too.
    full.document = { navSpelling: 'NAV', version: '2', replaces: { version: '1', date: '2021-12-15' } };
    full.parties.municipalities[0]!.caseNumber = '25/1412';
    full.parties.municipalities[0]!.approval = { body: 'kommunestyret', date: '2025-11-27', caseNumber: '25/1400' };
    full.parties.county.caseNumber = '25/8812';
    full.location.sites[0]!.note = 'stengt i juli';
    full.signing.municipal = { name: 'Kari Nordhus', title: 'kommunedirektør', authority: 'etter fullmakt' };
    full.signing.method = 'elektronisk';
    const optional: Array<(a: Agreement) => void> = [
      (a) => delete a.purpose.municipalValues,
      (a) => delete a.purpose.localGoals,
      (a) => delete a.governance.meetingsPerYear,
      (a) => delete a.governance.additionalAgendaItems,
      (a) => delete a.security.additionalRoutines,
      (a) => delete a.coDetermination.consultation,
      (a) => delete a.coDetermination.consultation?.organisations,
      (a) => delete a.goals.resultGoals,
      (a) => delete a.competence.commonMeasures,
      (a) => delete a.delegation.decision,
      (a) => delete a.delegation.decision?.date,
      (a) => delete a.costs.annualBudget,
      (a) => delete a.costs.managerPostCost,
      (a) => delete a.costs.invoicing,
      (a) => delete a.services.additionalMunicipalServices,
      (a) => delete a.userParticipation.individualLevel,
      (a) => delete a.userParticipation.systemLevel,
      (a) => delete a.cooperation.agreements,
      (a) => delete a.disputeResolution.localProcedure,
      (a) => delete a.externalAudit.municipalAuditor,
      (a) => delete a.period.end,
      (a) => delete a.period.evaluationIntervalYears,
      (a) => delete a.period.revisionDate,
      (a) => delete a.signing.place,
      (a) => delete a.signing.date,
      (a) => delete a.signing.municipal,
      (a) => delete a.signing.state,
      (a) => delete a.signing.method,
      (a) => delete a.document.version,
      (a) => delete a.document.replaces,
      (a) => delete a.document.replaces?.version,
      (a) => delete a.parties.municipalities[0]?.caseNumber,
      (a) => delete a.parties.municipalities[0]?.approval,
      (a) => delete a.parties.county.caseNumber,
      (a) => delete a.location.sites[0]?.note,
      (a) => delete a.userParticipation.navAppointsUserCouncil,
      (a) => delete a.attachments[0]?.date,
      (a) => (a.attachments = []),
    ];
    await fc.assert(
      fc.asyncProperty(fc.subarray(optional.map((_, i) => i)), async (drop) => {
        const a = clone(full);
        for (const i of drop) optional[i]!(a);
        const view = agreementView(a, derive(a));
        for (const [k, v] of Object.entries(view)) if (typeof v === 'string') expect(v.trim(), k).not.toBe('');
        const { text } = await render(a);
        expect(text).not.toMatch(FORBIDDEN);
        expect(text).not.toMatch(/ [.,:]| {2}|\(\s*\)/);
      }),
      { numRuns: 30, seed: 20260101 },
    );
  });
});
