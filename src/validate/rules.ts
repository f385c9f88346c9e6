import type { Finding, Rule } from './rule.js';
import { formatDate, joinList, municipalityName } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { toHundredths } from '../model/numbers.js';
import { enumLabel, languageOf, schemaAt } from '../model/schema.js';
import { checklistRules, leadershipRules } from './contradiction-rules.js';
import { costRules } from './cost-rules.js';
import { locationRules } from './location-rules.js';

/** The law's minimum of municipal services (NAV-loven § 13), from the schema's enum. */
const STATUTORY_NODE = schemaAt('/services/statutoryMunicipalServices/0');
const STATUTORY_SERVICES: readonly string[] = STATUTORY_NODE?.enum ?? [];

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
    explanation: { nb: 'Hver kommune kan bare stå én gang i avtalen.', nn: 'Kvar kommune kan berre stå éin gong i avtalen.' },
    check: ({ agreement }) => {
      const seen = new Set<string>();
      return agreement.parties.municipalities.flatMap((m, i) => {
        if (!seen.has(m.number)) {
          seen.add(m.number);
          return [];
        }
        return [{ pointer: `/parties/municipalities/${i}/number`, message: { nb: `Kommunenummer ${m.number} står mer enn én gang. Fjern den doble oppføringen.`, nn: `Kommunenummer ${m.number} står meir enn éin gong. Fjern den doble oppføringa.` } }];
      });
    },
  },
  {
    code: 'vertskommune_minst_to_kommuner',
    severity: 'feil',
    section: 'parties',
    source: 'Partnerskapsavtalen punkt 1.0, Alternativ 2 («… kommune som er vertskommune for kommunene …»); kommuneloven kapittel 20',
    explanation: {
      nb: 'Ved Alternativ 2 skal avtalen nevne vertskommunen og minst én kommune den er vertskommune for, og vertskommunen skal være en av kommunene i listen.',
      nn: 'Ved Alternativ 2 skal avtalen nemne vertskommunen og minst éin kommune den er vertskommune for, og vertskommunen skal vere ein av kommunane i lista.',
    },
    check: ({ agreement: a, agreement: { parties } }) => {
      if (parties.form !== 'vertskommune') return [];
      const found: Finding[] = [];
      if (parties.municipalities.length < 2)
        found.push({
          pointer: '/parties/municipalities',
          message: {
            nb: 'Alternativ 2 (vertskommune) krever minst to kommuner: vertskommunen og kommunene den er vertskommune for. Legg til kommunene, eller velg Alternativ 1.',
            nn: 'Alternativ 2 (vertskommune) krev minst to kommunar: vertskommunen og kommunane den er vertskommune for. Legg til kommunane, eller vel Alternativ 1.',
          },
        });
      if (!parties.municipalities.some((m) => m.number === parties.host))
        found.push({
          pointer: '/parties/host',
          message: {
            nb: `«${labelFor('/parties/host', a)}» er ${parties.host}, som ikke er blant «${labelFor('/parties/municipalities', a)}» (${joinList(parties.municipalities.map((m) => `${municipalityName(m)} (${m.number})`))}). Velg vertskommunen blant dem, eller legg den til i listen.`,
            nn: `«${labelFor('/parties/host', a)}» er ${parties.host}, som ikkje er mellom «${labelFor('/parties/municipalities', a)}» (${joinList(parties.municipalities.map((m) => `${municipalityName(m)} (${m.number})`))}). Vel vertskommunen mellom dei, eller legg den til i lista.`,
          },
        });
      return found;
    },
  },
  ...locationRules,
  ...leadershipRules,
  {
    code: 'aarsverk_per_kommune',
    severity: 'feil',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 («Eierne svarer for sin andel av felles driftsutgifter i forhold til antall årsverk de er representert med i det felles NAV-kontoret»)',
    explanation: { nb: 'Årsverkene skal oppgis én gang for hver kommune i avtalen, og bare for dem.', nn: 'Årsverka skal oppgjevast éin gong for kvar kommune i avtalen, og berre for dei.' },
    check: ({ agreement: a }) => {
      const numbers = new Set(a.parties.municipalities.map((m) => m.number));
      if (!a.costs.fte) return [];
      const seen = new Set<string>();
      const found = a.costs.fte.flatMap((f, i) => {
        const pointer = `/costs/fte/${i}/municipality`;
        if (!numbers.has(f.municipality))
          return [{ pointer, message: { nb: `Årsverk er oppgitt for kommunenummer ${f.municipality}, som ikke er part i avtalen. Rett kommunenummeret eller fjern linjen.`, nn: `Årsverk er oppgitt for kommunenummer ${f.municipality}, som ikkje er part i avtalen. Rett kommunenummeret eller fjern lina.` } }];
        if (seen.has(f.municipality)) return [{ pointer, message: { nb: `Årsverk for kommunenummer ${f.municipality} er oppgitt mer enn én gang. Slå linjene sammen.`, nn: `Årsverk for kommunenummer ${f.municipality} er oppgitt meir enn éin gong. Slå linene saman.` } }];
        seen.add(f.municipality);
        return [];
      });
      // `seen` holds every kommune of the agreement that has an årsverk line.
      for (const m of a.parties.municipalities)
        if (!seen.has(m.number))
          found.push({
            pointer: '/costs/fte',
            message: {
              nb: `Årsverk mangler for ${municipalityName(m)} (${m.number}). Legg til kommunens årsverk (0 om den ikke har ansatte i kontoret).`,
              nn: `Årsverk manglar for ${municipalityName(m)} (${m.number}). Legg til årsverka til kommunen (0 dersom den ikkje har tilsette i kontoret).`,
            },
          });
      return found;
    },
  },
  {
    code: 'aarsverk_over_null',
    severity: 'feil',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 («Eierne svarer for sin andel av felles driftsutgifter i forhold til antall årsverk»)',
    explanation: {
      nb: 'Til sammen skal staten og kommunene ha flere enn null årsverk i kontoret, ellers finnes det ingen fordeling av driftsutgiftene å vise.',
      nn: 'Til saman skal staten og kommunane ha fleire enn null årsverk i kontoret, elles finst det inga fordeling av driftsutgiftene å vise.',
    },
    check: ({ agreement: a, agreement: { costs } }) =>
      // In the unit derive splits by (integer hundredths), so «more than zero» means the same to both.
      // An agreed key splits by its own shares (cost-rules.ts); årsverk are then shown, not split by.
      !costs.fte || costs.allocationKey === 'avtalt' || toHundredths(costs.stateFte ?? 0) + costs.fte.reduce((sum, f) => sum + toHundredths(f.fte), 0) > 0
        ? []
        : [
            {
              pointer: '/costs',
              message: {
                nb: `Alle årsverkene er 0, både «${labelFor('/costs/stateFte', a)}» og kommunenes «Årsverk». Driftsutgiftene fordeles etter årsverk, så en fordeling av ingenting kan ikke vises. Før inn årsverkene (utenom NAV-leder) som staten og kommunene har i kontoret.`,
                nn: `Alle årsverka er 0, både «${labelFor('/costs/stateFte', a)}» og «Årsverk» til kommunane. Driftsutgiftene blir fordelte etter årsverk, så ei fordeling av ingenting kan ikkje visast. Før inn årsverka (utanom NAV-leiaren) som staten og kommunane har i kontoret.`,
              },
            },
          ],
  },
  ...costRules,
  {
    code: 'lovpaalagte_tjenester',
    severity: 'feil',
    section: 'services',
    source: 'NAV-loven § 13; partnerskapsavtalen punkt 4.0 («Ut over kommunens ansvar for økonomisk stønad etter lov om sosiale tjenester, råd og veiledning, kvalifiseringsprogrammet, midlertidig bolig og arbeidet med individuelle planer»); veilederen punkt 4.0 («Loven pålegger at NAV-kontoret som et minimum skal dekke kommunens ansvar i sosialtjenesteloven»)',
    explanation: {
      nb: `NAV-kontoret skal som et minimum dekke kommunens lovpålagte tjenester: ${joinList([...STATUTORY_SERVICES])}.`,
      nn: `NAV-kontoret skal som eit minimum dekkje dei lovpålagde tenestene til kommunen: ${joinList(STATUTORY_SERVICES.map((s) => enumLabel(STATUTORY_NODE, s, 'nn')))}.`,
    },
    check: ({ agreement: a, agreement: { services } }) => {
      const missing = STATUTORY_SERVICES.filter((s) => !services.statutoryMunicipalServices.includes(s as never));
      if (missing.length === 0) return [];
      const one = missing.length === 1;
      const nn = languageOf(a) === 'nn' ? joinList(missing.map((m) => `«${enumLabel(STATUTORY_NODE, m, 'nn')}»`)) : '';
      return [
        {
          pointer: '/services/statutoryMunicipalServices',
          message: {
            nb: `${one ? 'Den lovpålagte tjenesten' : 'De lovpålagte tjenestene'} ${joinList(missing.map((m) => `«${m}»`))} mangler. Loven krever at NAV-kontoret dekker alle fem, og avtalen sier alltid at det gjør det: legg ${one ? 'den' : 'dem'} til.`,
            nn: `${one ? 'Den lovpålagde tenesta' : 'Dei lovpålagde tenestene'} ${nn} manglar. Lova krev at NAV-kontoret dekkjer alle fem, og avtalen seier alltid at det gjer det: legg ${one ? 'den' : 'dei'} til.`,
          },
        },
      ];
    },
  },
  {
    code: 'periode_slutt_etter_start',
    severity: 'feil',
    section: 'period',
    source: 'Partnerskapsavtalen punkt 9.0 («Eierne er enig om følgende gyldighetsperiode»); veilederen punkt 9.0, spørsmål 9.0-1',
    explanation: { nb: 'Avtaleperioden skal slutte etter at den begynner.', nn: 'Avtaleperioden skal slutte etter at den byrjar.' },
    check: ({ agreement: a, agreement: { period } }) =>
      period.end !== undefined && period.end <= period.start
        ? [
            {
              pointer: '/period/end',
              message: {
                nb: `Avtalen slutter ${formatDate(period.end)} («${labelFor('/period/end', a)}»), før eller samme dag som den begynner (${formatDate(period.start)}). Rett sluttdatoen, eller fjern den for en løpende avtale.`,
                nn: `Avtalen sluttar ${formatDate(period.end)} («${labelFor('/period/end', a)}»), før eller same dag som den byrjar (${formatDate(period.start)}). Rett sluttdatoen, eller fjern den for ein løpande avtale.`,
              },
            },
          ]
        : [],
  },
  ...checklistRules,
];
