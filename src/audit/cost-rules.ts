import type { Rule } from '../validate/rule.js';
import { formatHundredths } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { toHundredths } from '../model/numbers.js';
import { agreedShareFindings } from '../validate/cost-rules.js';

/**
 * The audit's warnings where the agreement departs from the national template's 3.8 in a way the
 * owners may agree to: a NAV-leder split other than 50/50, an allocation key other than årsverk.
 * Valid agreements say what the owners agreed; a person should still see that it is not the
 * template. Spliced into `auditOnlyRules` (src/audit/rules.ts).
 */

const pct = (n: number): string => `${formatHundredths(toHundredths(n))} %`;

export const costAuditRules: Rule[] = [
  {
    code: 'leder_deling_avviker',
    severity: 'advarsel',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 («Utgifter knyttet til NAV-leder stillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold»)',
    explanation: {
      nb: 'Malen deler utgiftene til NAV-lederstillingen likt mellom staten og kommunen; en annen fordeling er lov å avtale, men avviker fra den nasjonale malen.',
      nn: 'Malen deler utgiftene til NAV-leiarstillinga likt mellom staten og kommunen; ei anna fordeling er lov å avtale, men avvik frå den nasjonale malen.',
    },
    check: ({ agreement: a, agreement: { costs } }) => {
      const s = costs.managerShare;
      if (!s || (toHundredths(s.state) === 5000 && toHundredths(s.municipal) === 5000)) return [];
      // Shares that do not sum to 100 are nav_leder_andeler_sum's error, not an agreed departure.
      if (toHundredths(s.state) + toHundredths(s.municipal) !== 10000) return [];
      return [
        {
          pointer: '/costs/managerShare',
          message: {
            nb: `«${labelFor('/costs/managerShare', a)}» er ${pct(s.state)} på staten og ${pct(s.municipal)} på kommunesiden. Malen deler utgiftene likt, uavhengig av tilsettingsforhold. Avtaleteksten sier hva eierne har avtalt; sjekk at begge eiere har godkjent avviket fra malen, og begrunn det gjerne i driftsavtalen.`,
            nn: `«${labelFor('/costs/managerShare', a)}» er ${pct(s.state)} på staten og ${pct(s.municipal)} på kommunesida. Malen deler utgiftene likt, uavhengig av tilsetjingsforhold. Avtaleteksten seier kva eigarane har avtalt; sjekk at begge eigarane har godkjent avviket frå malen, og grunngi det gjerne i driftsavtalen.`,
          },
        },
      ];
    },
  },
  {
    code: 'fordelingsnokkel_avviker',
    severity: 'advarsel',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 («Eierne svarer for sin andel av felles driftsutgifter i forhold til antall årsverk de er representert med i det felles NAV-kontoret»)',
    explanation: {
      nb: 'Malen fordeler felles driftsutgifter etter årsverk; en avtalt fordelingsnøkkel er lov, men avviker fra den nasjonale malen.',
      nn: 'Malen fordeler felles driftsutgifter etter årsverk; ein avtalt fordelingsnøkkel er lov, men avvik frå den nasjonale malen.',
    },
    // Broken shares are fordelingsnokkel_avtalt_gyldig's error; the departure is worth a warning once they hold.
    check: ({ agreement: a }) =>
      a.costs.allocationKey === 'avtalt' && agreedShareFindings(a).length === 0
        ? [
            {
              pointer: '/costs/allocationKey',
              message: {
                nb: `«${labelFor('/costs/allocationKey', a)}» er en avtalt fordeling i prosent («${labelFor('/costs/agreedShares', a)}»), ikke årsverk som i malen. Avtaleteksten sier at eierne har avtalt nøkkelen; sjekk at begge eiere har godkjent avviket fra malen, og beskriv gjerne grunnlaget for nøkkelen i driftsavtalen.`,
                nn: `«${labelFor('/costs/allocationKey', a)}» er ei avtalt fordeling i prosent («${labelFor('/costs/agreedShares', a)}»), ikkje årsverk som i malen. Avtaleteksten seier at eigarane har avtalt nøkkelen; sjekk at begge eigarane har godkjent avviket frå malen, og skriv gjerne om grunnlaget for nøkkelen i driftsavtalen.`,
              },
            },
          ]
        : [],
  },
];
