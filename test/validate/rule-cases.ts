import type { Agreement } from '../../src/model/agreement.js';
import { complete, type Mutable } from '../audit/fixtures.js';

/** One way to break one rule, starting from a complete example (test/audit/fixtures.ts). */
export interface RuleCase {
  rule: string;
  it: string;
  /** Which example to start from (made complete); default Indre Salten (Alternativ 2). */
  base?: 'nav-indre-salten.yaml' | 'nav-bodo.yaml';
  mutate: (a: Mutable) => void;
  today?: string;
  /** Pointers of the findings, in order. */
  pointers: string[];
  /** Substrings of the first finding's message. */
  says: string[];
}

/** A valid «delt» leadership: the two leaders, each with terms and lines. */
export const DELT_LEADERSHIP = {
  model: 'delt',
  municipalLeader: { position: 'leder for sosialtjenesten', terms: 'kommunale', leaderGroup: 'kommunedirektøren', reportsTo: 'kommunalsjef for helse og velferd' },
  stateLeader: { position: 'NAV-leder stat', terms: 'statlige', leaderGroup: 'direktøren for NAV Nordland', reportsTo: 'direktøren for NAV Nordland' },
} as const;

/** The case's agreement: the complete example with the mutation applied. */
export function variant(c: RuleCase): Agreement {
  const a = complete(c.base) as unknown as Mutable;
  c.mutate(a);
  return a as Agreement;
}

/**
 * The rules that block generation (src/validate/rules.ts), each broken on its own. Used by
 * test/validate/rules.test.ts (validate and generate refuse) and test/audit/rules.test.ts (the
 * audit reports them too).
 */
export const blockingCases: RuleCase[] = [
  {
    rule: 'kommunenummer_unike',
    it: 'the same kommune twice',
    mutate: (a) => a.parties.municipalities.push(structuredClone(a.parties.municipalities[1])),
    pointers: ['/parties/municipalities/5/number'],
    says: ['Kommunenummer 1840 står mer enn én gang'],
  },
  {
    rule: 'vertskommune_minst_to_kommuner',
    it: 'Alternativ 2 with only the vertskommune',
    mutate: (a) => ((a.parties.municipalities = a.parties.municipalities.slice(0, 1)), (a.costs.fte = a.costs.fte.slice(0, 1))),
    pointers: ['/parties/municipalities'],
    says: ['minst to kommuner'],
  },
  {
    rule: 'vertskommune_minst_to_kommuner',
    it: 'a vertskommune that is not among the kommuner',
    mutate: (a) => (a.parties.host = '1806'),
    pointers: ['/parties/host'],
    says: ['«1.0 Avtaleparter – eiere › Vertskommune» er 1806, som ikke er blant «1.0 Avtaleparter – eiere › Kommuner» (Fauske kommune (1841), Saltdal kommune (1840)', 'Velg vertskommunen blant dem'],
  },
  {
    rule: 'lokasjon_i_partskommune',
    it: 'a site in a kommune that is not a party',
    mutate: (a) => (a.location.sites[0].municipality = '1806'),
    pointers: ['/location/sites/0/municipality'],
    says: ['«2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Kommune» er 1806', 'som ikke er blant «1.0 Avtaleparter – eiere › Kommuner» (Fauske kommune (1841),', 'legg kommunen til som part'],
  },
  {
    rule: 'ett_hovedkontor',
    it: 'two sites that are both the hovedkontor',
    mutate: (a) => a.location.sites.push({ ...structuredClone(a.location.sites[0]), name: 'Rognan', municipality: '1840' }),
    pointers: ['/location/sites/1/role'],
    says: ['Både «2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Type lokasjon» og «2.1 Fysisk lokalisering og utforming › Lokasjoner › Rognan › Type lokasjon» er «Hovedkontor»', '«Avdelingskontor» eller «Lokalt servicepunkt»'],
  },
  {
    rule: 'ett_hovedkontor',
    it: 'no site is the hovedkontor',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.location.sites[0].role = 'avdelingskontor'),
    pointers: ['/location/sites'],
    says: ['Ingen av «2.1 Fysisk lokalisering og utforming › Lokasjoner» har «Hovedkontor» som «Type lokasjon»', '«2.1 Fysisk lokalisering og utforming › Lokasjoner › Bodø › Type lokasjon»'],
  },
  {
    rule: 'aapningstider_gyldige',
    it: 'closing before opening',
    mutate: (a) => (a.location.sites[0].openingHours[0].closes = '08:30'),
    pointers: ['/location/sites/0/openingHours/0/closes'],
    says: ['Lokasjonen «Fauske» stenger kl. 08:30', '«2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Åpningstider › mandag–fredag › Åpner kl.»'],
  },
  {
    rule: 'aapningstider_gyldige',
    it: 'days in the wrong order',
    mutate: (a) => Object.assign(a.location.sites[0].openingHours[0], { fromDay: 'fredag', toDay: 'mandag' }),
    pointers: ['/location/sites/0/openingHours/0/toDay'],
    says: ['› Til ukedag» er mandag, som kommer før «', '› Fra ukedag» (fredag)', 'Bytt om dagene'],
  },
  {
    rule: 'aapningstider_overlapper',
    it: 'two opening hours of the same kind on the same day',
    mutate: (a) => a.location.sites[0].openingHours.push({ fromDay: 'onsdag', opens: '12:00', closes: '18:00' }),
    pointers: ['/location/sites/0/openingHours/1'],
    says: ['«2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Åpningstider › onsdag» overlapper med «2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Åpningstider › mandag–fredag»', 'begge er «Åpent» onsdag'],
  },
  {
    rule: 'aapningstider_oppgitt',
    it: 'a site with no opening hours, not by appointment and no note',
    mutate: (a) => (a.location.sites[0].openingHours = []),
    pointers: ['/location/sites/0/openingHours'],
    says: ['› Fauske › Åpningstider» er tom', '«2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Ellers etter avtale»', '› Merknad om åpningstider»'],
  },
  {
    rule: 'ledermodell_motstrid',
    it: 'delt ledelse that also gives the one NAV-leder’s terms',
    mutate: (a) => (a.leadership = { ...DELT_LEADERSHIP, managerTerms: 'kommunale' }),
    pointers: ['/leadership/managerTerms'],
    says: ['er «delt» (/leadership/model), men «3.2 Tilsetting av leder og medarbeidere › NAV-leders tilsettingsvilkår» (/leadership/managerTerms) beskriver én felles NAV-leder'],
  },
  {
    rule: 'ledermodell_motstrid',
    it: 'felles ledelse that also describes a leader of delt ledelse',
    mutate: (a) => (a.leadership.stateLeader = structuredClone(DELT_LEADERSHIP.stateLeader)),
    pointers: ['/leadership/stateLeader'],
    says: ['er «felles» (/leadership/model), men «3.2 Tilsetting av leder og medarbeidere › Leder for de statlige tjenestene» (/leadership/stateLeader)'],
  },
  {
    rule: 'aarsverk_per_kommune',
    it: 'årsverk missing for one kommune',
    mutate: (a) => a.costs.fte.pop(),
    pointers: ['/costs/fte'],
    says: ['Årsverk mangler for Hamarøy kommune – Hábmer (1875)'],
  },
  {
    rule: 'aarsverk_per_kommune',
    it: 'årsverk twice for one kommune',
    base: 'nav-bodo.yaml',
    mutate: (a) => a.costs.fte.push({ ...a.costs.fte[0] }),
    pointers: ['/costs/fte/1/municipality'],
    says: ['Årsverk for kommunenummer 1804 er oppgitt mer enn én gang'],
  },
  {
    rule: 'aarsverk_over_null',
    it: 'no årsverk at all (Alternativ 2)',
    // Without a stated split of the kommuner's NAV-leder share, which by årsverk would need them.
    mutate: (a) => ((a.costs.stateFte = 0), a.costs.fte.forEach((f: Mutable) => (f.fte = 0)), delete a.costs.managerMunicipalSplit),
    pointers: ['/costs'],
    says: ['Alle årsverkene er 0', '«3.8 Driftsavtale › Statlige årsverk»', 'Før inn årsverkene'],
  },
  {
    rule: 'aarsverk_over_null',
    it: 'no årsverk at all (Alternativ 1)',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.costs.stateFte = 0), (a.costs.fte[0].fte = 0)),
    pointers: ['/costs'],
    says: ['fordeling av ingenting kan ikke vises'],
  },
  {
    rule: 'nav_leder_andeler_sum',
    it: 'NAV-leder post shares that do not add up to 100',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.costs.managerShare = { state: 50, municipal: 45.5 }),
    pointers: ['/costs/managerShare'],
    says: ['«3.8 Driftsavtale › Fordeling av NAV-lederstillingen › Statens andel (%)» (50,00 %)', '«3.8 Driftsavtale › Fordeling av NAV-lederstillingen › Kommunens andel (%)» (45,50 %)', 'til sammen 95,50 %, men skal være nøyaktig 100,00 %'],
  },
  {
    rule: 'fordelingsnokkel_avtalt_gyldig',
    it: 'agreed shares that sum to 100,01',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: 'stat', percent: 60.01 }, { party: '1804', percent: 40 }])),
    pointers: ['/costs/agreedShares'],
    says: ['Andelene i «3.8 Driftsavtale › Avtalt fordeling» er til sammen 100,01 %, men skal være nøyaktig 100,00 %'],
  },
  {
    rule: 'fordelingsnokkel_avtalt_gyldig',
    it: 'an agreed share for a kommune that is not a party, and the kommune left out',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: 'stat', percent: 60 }, { party: '1841', percent: 40 }])),
    pointers: ['/costs/agreedShares', '/costs/agreedShares/1/party'],
    says: ['«3.8 Driftsavtale › Avtalt fordeling» mangler en andel for Bodø kommune (1804)', 'Hver eier skal stå én gang'],
  },
  {
    rule: 'fordelingsnokkel_avtalt_gyldig',
    it: 'the state twice in the agreed shares',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: 'stat', percent: 30 }, { party: 'stat', percent: 30 }, { party: '1804', percent: 40 }])),
    pointers: ['/costs/agreedShares/1/party'],
    says: ['Arbeids- og velferdsetaten (stat) står mer enn én gang'],
  },
  {
    rule: 'fordelingsnokkel_avtalt_gyldig',
    it: 'agreed shares with the årsverk key',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.costs.agreedShares = [{ party: 'stat', percent: 60 }, { party: '1804', percent: 40 }]),
    pointers: ['/costs/agreedShares'],
    says: ['«3.8 Driftsavtale › Avtalt fordeling» er fylt ut, men «3.8 Driftsavtale › Fordelingsnøkkel for felles driftsutgifter» er «Etter årsverk (som i malen)»'],
  },
  {
    rule: 'nav_leder_kommunefordeling',
    it: 'a split among kommuner in Alternativ 1',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.costs.managerMunicipalSplit = 'likt'),
    pointers: ['/costs/managerMunicipalSplit'],
    says: ['gjelder bare Alternativ 2 (vertskommune)', '«1.0 Avtaleparter – eiere › Avtaleform» er Alternativ 1'],
  },
  {
    rule: 'nav_leder_kommunefordeling',
    it: 'the kommuner split by årsverk but have none',
    mutate: (a) => ((a.costs.managerMunicipalSplit = 'årsverk'), a.costs.fte.forEach((f: { fte: number }) => (f.fte = 0))),
    pointers: ['/costs/managerMunicipalSplit'],
    says: ['«3.8 Driftsavtale › Fordeling av kommunenes andel av NAV-lederstillingen» er «Etter kommunenes årsverk», men', 'kommunenes «3.8 Driftsavtale › Årsverk» er til sammen 0', '«Likt mellom kommunene»'],
  },
  {
    rule: 'lovpaalagte_tjenester',
    it: 'one statutory service missing',
    mutate: (a) => (a.services.statutoryMunicipalServices = a.services.statutoryMunicipalServices.filter((s: string) => s !== 'midlertidig bolig')),
    pointers: ['/services/statutoryMunicipalServices'],
    says: ['Den lovpålagte tjenesten «midlertidig bolig» mangler', 'legg den til'],
  },
  {
    rule: 'lovpaalagte_tjenester',
    it: 'no statutory services at all',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.services.statutoryMunicipalServices = []),
    pointers: ['/services/statutoryMunicipalServices'],
    says: ['«økonomisk stønad», «råd og veiledning», «kvalifiseringsprogrammet», «midlertidig bolig» og «individuell plan» mangler', 'legg dem til'],
  },
  {
    rule: 'periode_slutt_etter_start',
    it: 'a period that ends the day it starts',
    mutate: (a) => ((a.period.end = a.period.start), delete a.period.revisionDate),
    pointers: ['/period/end'],
    says: ['før eller samme dag som den begynner'],
  },
  {
    rule: 'sjekkliste_motsier_avtalen',
    it: 'the checklist says the opening hours are not in the agreement',
    mutate: (a) => (a.checklist['2.1-6'] = { status: 'nei', comment: 'Ikke avklart.' }),
    pointers: ['/checklist/2.1-6'],
    says: ['Spørsmål 2.1-6', 'er besvart «nei» (/checklist/2.1-6), men avtalen oppgir åpningstidene i punkt 2.1 (/location/sites)'],
  },
  {
    rule: 'sjekkliste_motsier_avtalen',
    it: 'the checklist says the driftsavtale is not attached, but it is',
    mutate: (a) => (a.checklist['3.8-2'] = { status: 'nei', comment: 'Ettersendes.' }),
    pointers: ['/checklist/3.8-2'],
    says: ['er besvart «nei» (/checklist/3.8-2), men driftsavtalen er lagt ved avtalen (/attachments/0)'],
  },
  {
    rule: 'sjekkliste_motsier_avtalen',
    it: 'the checklist says the delegasjonsvedtak is attached, but none is',
    mutate: (a) => (a.attachments = a.attachments.filter((x: { kind: string }) => x.kind !== 'delegasjonsvedtak')),
    pointers: ['/checklist/3.7-4'],
    says: ['er besvart «ja» (/checklist/3.7-4), men det er ikke lagt ved noe delegasjonsvedtak (/attachments)'],
  },
];
