import type { Finding, Rule } from './rule.js';
import { formatDate, joinList, municipalityName } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { toHundredths } from '../model/numbers.js';
import { schemaAt } from '../model/schema.js';
import { costRules } from './cost-rules.js';
import { locationRules } from './location-rules.js';

/** The law's minimum of municipal services (NAV-loven § 13), from the schema's enum. */
const STATUTORY_SERVICES: readonly string[] = schemaAt('/services/statutoryMunicipalServices/0')?.enum ?? [];

/**
 * The rules that block generation: data the schema accepts but no correct document can be made
 * from (the same kommune twice, a cost split of nothing, a text the template fixes contradicted by
 * the data). They run in `validate`, `generate` and the wizard, and the audit runs them too
 * (src/audit/rules.ts). Being in this list is what makes a rule blocking; every rule here has
 * severity `feil`, and adding one is adding an entry (and its case in test/validate/rules.test.ts).
 * Order: by agreement section.
 */
export const blockingRules: Rule[] = [
  {
    code: 'kommunenummer_unike',
    severity: 'feil',
    section: 'parties',
    source: 'Partnerskapsavtalen punkt 1.0',
    explanation: 'Hver kommune kan bare stå én gang i avtalen.',
    check: ({ agreement }) => {
      const seen = new Set<string>();
      return agreement.parties.municipalities.flatMap((m, i) => {
        if (!seen.has(m.number)) {
          seen.add(m.number);
          return [];
        }
        return [{ pointer: `/parties/municipalities/${i}/number`, message: `Kommunenummer ${m.number} står mer enn én gang. Fjern den doble oppføringen.` }];
      });
    },
  },
  {
    code: 'vertskommune_minst_to_kommuner',
    severity: 'feil',
    section: 'parties',
    source: 'Partnerskapsavtalen punkt 1.0, Alternativ 2; kommuneloven kapittel 20',
    explanation: 'Ved Alternativ 2 skal avtalen nevne vertskommunen og minst én kommune den er vertskommune for, og vertskommunen skal være en av kommunene i listen.',
    check: ({ agreement: { parties } }) => {
      if (parties.form !== 'vertskommune') return [];
      const found: Finding[] = [];
      if (parties.municipalities.length < 2)
        found.push({ pointer: '/parties/municipalities', message: 'Alternativ 2 (vertskommune) krever minst to kommuner: vertskommunen og kommunene den er vertskommune for. Legg til kommunene, eller velg Alternativ 1.' });
      if (!parties.municipalities.some((m) => m.number === parties.host))
        found.push({
          pointer: '/parties/host',
          message: `«${labelFor('/parties/host')}» er ${parties.host}, som ikke er blant «${labelFor('/parties/municipalities')}» (${joinList(parties.municipalities.map((m) => `${municipalityName(m)} (${m.number})`))}). Velg vertskommunen blant dem, eller legg den til i listen.`,
        });
      return found;
    },
  },
  ...locationRules,
  {
    code: 'aarsverk_per_kommune',
    severity: 'feil',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8',
    explanation: 'Årsverkene skal oppgis én gang for hver kommune i avtalen, og bare for dem.',
    check: ({ agreement: a }) => {
      const numbers = new Set(a.parties.municipalities.map((m) => m.number));
      if (!a.costs.fte) return [];
      const seen = new Set<string>();
      const found = a.costs.fte.flatMap((f, i) => {
        const pointer = `/costs/fte/${i}/municipality`;
        if (!numbers.has(f.municipality)) return [{ pointer, message: `Årsverk er oppgitt for kommunenummer ${f.municipality}, som ikke er part i avtalen. Rett kommunenummeret eller fjern linjen.` }];
        if (seen.has(f.municipality)) return [{ pointer, message: `Årsverk for kommunenummer ${f.municipality} er oppgitt mer enn én gang. Slå linjene sammen.` }];
        seen.add(f.municipality);
        return [];
      });
      // `seen` holds every kommune of the agreement that has an årsverk line.
      for (const m of a.parties.municipalities)
        if (!seen.has(m.number))
          found.push({ pointer: '/costs/fte', message: `Årsverk mangler for ${municipalityName(m)} (${m.number}). Legg til kommunens årsverk (0 om den ikke har ansatte i kontoret).` });
      return found;
    },
  },
  {
    code: 'aarsverk_over_null',
    severity: 'feil',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 («Eierne svarer for sin andel av felles driftsutgifter i forhold til antall årsverk»)',
    explanation: 'Til sammen skal staten og kommunene ha flere enn null årsverk i kontoret, ellers finnes det ingen fordeling av driftsutgiftene å vise.',
    check: ({ agreement: { costs } }) =>
      // In the unit derive splits by (integer hundredths), so «more than zero» means the same to both.
      // An agreed key splits by its own shares (cost-rules.ts); årsverk are then shown, not split by.
      !costs.fte || costs.allocationKey === 'avtalt' || toHundredths(costs.stateFte ?? 0) + costs.fte.reduce((sum, f) => sum + toHundredths(f.fte), 0) > 0
        ? []
        : [{ pointer: '/costs', message: `Alle årsverkene er 0, både «${labelFor('/costs/stateFte')}» og kommunenes «Årsverk». Driftsutgiftene fordeles etter årsverk, så en fordeling av ingenting kan ikke vises. Før inn årsverkene (utenom NAV-leder) som staten og kommunene har i kontoret.` }],
  },
  ...costRules,
  {
    code: 'lovpaalagte_tjenester',
    severity: 'feil',
    section: 'services',
    source: 'NAV-loven § 13; sosialtjenesteloven; partnerskapsavtalen punkt 4.0; veilederen punkt 4.0',
    explanation: `NAV-kontoret skal som et minimum dekke kommunens lovpålagte tjenester: ${joinList([...STATUTORY_SERVICES])}.`,
    check: ({ agreement: { services } }) => {
      const missing = STATUTORY_SERVICES.filter((s) => !services.statutoryMunicipalServices.includes(s as never));
      if (missing.length === 0) return [];
      const one = missing.length === 1;
      return [{ pointer: '/services/statutoryMunicipalServices', message: `${one ? 'Den lovpålagte tjenesten' : 'De lovpålagte tjenestene'} ${joinList(missing.map((m) => `«${m}»`))} mangler. Loven krever at NAV-kontoret dekker alle fem, og avtalen sier alltid at det gjør det: legg ${one ? 'den' : 'dem'} til.` }];
    },
  },
  {
    code: 'periode_slutt_etter_start',
    severity: 'feil',
    section: 'period',
    source: 'Partnerskapsavtalen punkt 9.0',
    explanation: 'Avtaleperioden skal slutte etter at den begynner.',
    check: ({ agreement: { period } }) =>
      period.end !== undefined && period.end <= period.start
        ? [{ pointer: '/period/end', message: `Avtalen slutter ${formatDate(period.end)} («${labelFor('/period/end')}»), før eller samme dag som den begynner (${formatDate(period.start)}). Rett sluttdatoen, eller fjern den for en løpende avtale.` }]
        : [],
  },
];
