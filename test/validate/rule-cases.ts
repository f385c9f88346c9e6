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
    mutate: (a) => a.parties.municipalities.push({ ...a.parties.municipalities[1] }),
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
    says: ['Vertskommunen (1806) er ikke blant kommunene'],
  },
  {
    rule: 'aapningstider_gyldige',
    it: 'closing before opening',
    mutate: (a) => (a.location.openingHours.closes = '08:30'),
    pointers: ['/location/openingHours/closes'],
    says: ['stenger kl. 08:30'],
  },
  {
    rule: 'aapningstider_gyldige',
    it: 'days in the wrong order',
    mutate: (a) => ((a.location.openingHours.fromDay = 'fredag'), (a.location.openingHours.toDay = 'mandag')),
    pointers: ['/location/openingHours/toDay'],
    says: ['fra fredag til mandag'],
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
    mutate: (a) => ((a.costs.stateFte = 0), a.costs.fte.forEach((f: Mutable) => (f.fte = 0))),
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
    rule: 'nav_leder_delt_likt',
    it: 'NAV-leder post split 60/40',
    mutate: (a) => (a.costs.managerShare = { state: 60, municipal: 40 }),
    pointers: ['/costs/managerShare'],
    says: ['«3.8 Driftsavtale › Fordeling av NAV-lederstillingen»', '60 % på staten og 40 % på kommunen', 'sett begge andelene til 50, eller fjern feltet'],
  },
  {
    rule: 'nav_leder_delt_likt',
    it: 'NAV-leder post shares that do not add up to 100',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.costs.managerShare = { state: 50, municipal: 45.5 }),
    pointers: ['/costs/managerShare'],
    says: ['45,5 % på kommunen (til sammen 95,5 %, ikke 100 %)', 'uavhengig av tilsettingsforhold'],
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
];
