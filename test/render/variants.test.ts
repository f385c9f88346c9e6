/** Data-dependent wording: optional values absent, partial signing data, other splits. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { agreementView } from '../../src/render/view-model.js';
import { clone, FORBIDDEN, loadExample, mammothText, ooxmlValidate, packAgreementTemplate, paragraphs, parseParts, plain, writeTemp } from './helpers.js';

beforeAll(packAgreementTemplate);

/** Bodø with every optional value removed: only what the schema requires. */
function minimal(): Agreement {
  const a = clone(loadExample('nav-bodo'));
  a.parties.county = { name: a.parties.county.name };
  a.purpose = {};
  a.governance = {};
  a.security = {};
  a.coDetermination = { mainAgreements: a.coDetermination.mainAgreements };
  a.goals = {};
  a.competence = {};
  a.delegation = { stateStaffOnMunicipalTasks: false, municipalStaffOnStateTasks: false };
  a.costs = { stateFte: a.costs.stateFte, fte: a.costs.fte };
  a.services = { stateServices: a.services.stateServices, statutoryMunicipalServices: a.services.statutoryMunicipalServices };
  a.userParticipation = {};
  a.cooperation = {};
  a.disputeResolution = {};
  a.externalAudit = {};
  a.period = { start: a.period.start };
  a.signing = {};
  a.attachments = [];
  return a;
}

const render = async (a: Agreement) => {
  const docx = renderAgreement(a, derive(a));
  parseParts(docx);
  return { docx, text: plain(await mammothText(docx)) };
};

/** Bottom borders drawn as signing lines in the signature table. */
const signingLines = (docx: Buffer) => (parseParts(docx).get('word/document.xml')!.documentElement!.toString().match(/<w:tcBorders><w:bottom /g) ?? []).length;

describe('an agreement with only the required values', () => {
  let docx: Buffer;
  let text: string;
  beforeAll(async () => ({ docx, text } = await render(minimal())));

  it('omits every sentence whose value is missing, without blanks', () => {
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
      'Referanse til delegasjonsvedtaket',
      'Beløp per år',
      'Budsjetterte',
      'Fakturering:',
      'Driftsavtale er vedlagt.',
      'skal kontoret også dekke',
      'brukermedvirkning ivaretas på følgende måte',
      'På individnivå',
      'På systemnivå',
      'utpeke representanter',
      'følgende samarbeidsavtaler',
      'kommunens revisor (',
      'evalueres og revideres',
      'revideres innen',
      'Vedlegg:',
      'Cathrine Stavnes',
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it('keeps the template wording that needs no data', () => {
    for (const kept of [
      'NAV Bodø skal arbeide etter NAVs visjon – «Vi gir mennesker muligheter».',
      'og direktør for NAV Nordland, etter behov (eksempelvis ett til to møter i året), for å samordne',
      'Felles driftsutgifter fordeles slik etter årsverk (utenom NAV-leder):',
      'Eier | Årsverk | Andel av felles driftsutgifter | Arbeids- og velferdsetaten',
      'Kontoret dekker kommunens ansvar for økonomisk stønad',
      'reguleres i egne samarbeidsavtaler/-rutiner.',
      'kommunens revisor kan utføre',
      'fra og med 1. januar 2026 og inntil avtalen sies opp eller erstattes av en ny avtale.',
      'Sted, dato',
      'Kommunedirektør',
      'Direktør',
    ]) {
      expect(paragraphs(text).join(' | ')).toContain(kept);
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
    expect(signingLines(renderAgreement(full, derive(full)))).toBe(2);
    const placeOnly = clone(full);
    delete placeOnly.signing.date;
    const { docx, text } = await render(placeOnly);
    expect(signingLines(docx)).toBe(3);
    expect(paragraphs(text)).toContain('Bodø');
    expect(paragraphs(text).filter((p) => p.startsWith('Bodø,'))).toEqual([]);
  });

  it('uses the county director as state signatory when no signatory is named', async () => {
    const a = clone(loadExample('nav-bodo'));
    delete a.signing.stateSignatory;
    expect((await render(a)).text).toContain('Cathrine Stavnes');
  });

  it('describes an unequal NAV-leder split instead of «deles likt»', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    a.costs.managerShare = { state: 60, municipal: 40 };
    const { text } = await render(a);
    expect(text).not.toContain('deles likt');
    expect(text).toContain('fordeles mellom de to eierne som vist nedenfor');
    expect(text).toContain('fordeles med 60,00 % (660 000 kr) på Arbeids- og velferdsetaten og 40,00 % (440 000 kr) på kommunene.');
  });

  it('shows the three-column cost table without a budget', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    delete a.costs.annualBudget;
    const { text } = await render(a);
    const rows = paragraphs(text).join(' | ');
    expect(rows).not.toContain('Beløp per år');
    expect(rows).toContain('Eier | Årsverk | Andel av felles driftsutgifter | Arbeids- og velferdsetaten | 14,00 | 40,58 % | Fauske kommune');
    expect(rows).toContain('Sum | 34,50 | 100,00 % | Utgiftene');
  });

  it('writes one meeting a year, a yearly evaluation, a single opening day and a rådmann', async () => {
    const a = clone(loadExample('nav-bodo'));
    a.governance.meetingsPerYear = 1;
    a.period.evaluationIntervalYears = 1;
    a.location.openingHours.toDay = 'mandag';
    a.parties.municipalSignatoryTitle = 'rådmann';
    const { text } = await render(a);
    expect(text).toContain('og direktør for NAV Nordland, én gang i året og ellers etter behov, for å samordne');
    expect(text).toContain('Avtalen skal evalueres og revideres hvert år.');
    expect(text).toContain('Åpningstidene til NAV Bodø er mandag kl. 10.00 – kl. 14.00.');
    expect(text).toContain('Denne avtalen inngås mellom rådmann i Bodø kommune');
    expect(paragraphs(text)).toContain('Rådmann');
  });

  it('names a Sámi host kommune in full, and uses its Norwegian name in the genitive', async () => {
    const a = clone(loadExample('nav-indre-salten'));
    a.parties.host = '1875';
    const { text } = await render(a);
    expect(text).toContain('mellom kommunedirektør i Hamarøy kommune – Hábmer suohkan som er vertskommune for kommunene Fauske kommune, Saltdal kommune, Sørfold kommune og Beiarn kommune og');
    expect(text).toContain('Hamarøy kommunes interne sikkerhetsrutiner');
  });

  it('never leaves blanks, whatever optional values are missing', async () => {
    const full = loadExample('nav-indre-salten');
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
      (a) => delete a.signing.municipalSignatory,
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
