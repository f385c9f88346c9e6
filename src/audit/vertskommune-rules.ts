import type { Finding, Rule } from '../validate/rule.js';
import { formatDate, municipalityName } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { enumLabel, schemaAt } from '../model/schema.js';

/**
 * The audit's rules for the parties of 1.0 under Alternativ 2 (vertskommune): the agreement the
 * kommuner made with each other and each kommune's decision to join it. Audit only: a draft may be
 * generated before the kommunestyrer have met. Spliced into `auditOnlyRules` (src/audit/rules.ts).
 */

const SOURCE = 'Partnerskapsavtalen punkt 1.0, Alternativ 2; veilederen, innledningen («Dersom kommunen delegerer sin myndighet til en vertskommune kan avtalen inngås med vertskommunen»); kommuneloven kapittel 20';
const vertskommune = (lang: 'nb' | 'nn' = 'nb'): string => enumLabel(schemaAt('/parties/form'), 'vertskommune', lang);

export const vertskommuneRules: Rule[] = [
  {
    code: 'vertskommuneavtale_vedlagt',
    severity: 'feil',
    section: 'parties',
    source: SOURCE,
    explanation: {
      nb: 'Ved Alternativ 2 skal vertskommuneavtalen mellom kommunene ligge ved partnerskapsavtalen: den er grunnlaget for at vertskommunen kan inngå avtalen på de andre kommunenes vegne.',
      nn: 'Ved Alternativ 2 skal vertskommuneavtalen mellom kommunane liggje ved partnarskapsavtalen: den er grunnlaget for at vertskommunen kan inngå avtalen på vegner av dei andre kommunane.',
    },
    check: ({ agreement: a }) =>
      a.parties.form !== 'vertskommune' || a.attachments.some((x) => x.kind === 'vertskommuneavtale')
        ? []
        : [
            {
              pointer: '/attachments',
              message: {
                nb: `«${labelFor('/parties/form', a)}» er «${vertskommune()}», men vertskommuneavtalen er ikke blant «${labelFor('/attachments', a)}». Vertskommunen inngår partnerskapsavtalen på de andre kommunenes vegne etter den avtalen (kommuneloven kapittel 20). Legg den ved som vedlegg av typen «vertskommuneavtale».`,
                nn: `«${labelFor('/parties/form', a)}» er «${vertskommune('nn')}», men vertskommuneavtalen er ikkje mellom «${labelFor('/attachments', a)}». Vertskommunen inngår partnarskapsavtalen på vegner av dei andre kommunane etter den avtalen (kommunelova kapittel 20). Legg den ved som vedlegg av typen «vertskommuneavtale».`,
              },
            },
          ],
  },
  {
    code: 'politisk_godkjenning',
    severity: 'advarsel',
    section: 'parties',
    source: SOURCE,
    explanation: {
      nb: 'Ved Alternativ 2 bør avtalen vise vedtaket der hver kommune sluttet seg til vertskommunesamarbeidet: organ, dato og saksnummer.',
      nn: 'Ved Alternativ 2 bør avtalen vise vedtaket der kvar kommune slutta seg til vertskommunesamarbeidet: organ, dato og saksnummer.',
    },
    check: ({ agreement: a }) => {
      if (a.parties.form !== 'vertskommune') return [];
      return a.parties.municipalities.flatMap((m, i): Finding[] => {
        if (m.approval) return [];
        const pointer = `/parties/municipalities/${i}/approval`;
        return [
          {
            pointer,
            message: {
              nb: `«${labelFor(pointer, a)}» er ikke fylt inn for ${municipalityName(m)}. Ved Alternativ 2 (vertskommune) bygger avtalen på at hver kommune har vedtatt å delta i vertskommunesamarbeidet (kommuneloven kapittel 20). Før inn vedtaksorgan, dato og saksnummer for vedtaket, eller få saken behandlet før avtalen signeres.`,
              nn: `«${labelFor(pointer, a)}» er ikkje fylt inn for ${municipalityName(m)}. Ved Alternativ 2 (vertskommune) byggjer avtalen på at kvar kommune har vedteke å delta i vertskommunesamarbeidet (kommunelova kapittel 20). Før inn vedtaksorgan, dato og saksnummer for vedtaket, eller få saka behandla før avtalen blir signert.`,
            },
          },
        ];
      });
    },
  },
  {
    code: 'godkjenning_etter_signering',
    severity: 'advarsel',
    section: 'parties',
    source: SOURCE,
    explanation: { nb: 'Kommunens vedtak om å delta bør foreligge før avtalen signeres.', nn: 'Vedtaket til kommunen om å delta bør liggje føre før avtalen blir signert.' },
    check: ({ agreement: a }) => {
      const signed = a.signing.date;
      if (signed === undefined) return [];
      return a.parties.municipalities.flatMap((m, i): Finding[] => {
        if (!m.approval || m.approval.date <= signed) return [];
        const pointer = `/parties/municipalities/${i}/approval/date`;
        return [
          {
            pointer,
            message: {
              nb: `«${labelFor(pointer, a)}» er ${formatDate(m.approval.date)}, etter «${labelFor('/signing/date', a)}» (${formatDate(signed)}). ${municipalityName(m)} bør ha vedtatt avtalen før den signeres: vent med signeringen til vedtaket er fattet, eller rett datoene.`,
              nn: `«${labelFor(pointer, a)}» er ${formatDate(m.approval.date)}, etter «${labelFor('/signing/date', a)}» (${formatDate(signed)}). ${municipalityName(m)} bør ha vedteke avtalen før den blir signert: vent med signeringa til vedtaket er gjort, eller rett datoane.`,
            },
          },
        ];
      });
    },
  },
];
