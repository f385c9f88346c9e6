import type { Agreement } from '../model/agreement.js';
import { labelFor } from '../model/labels.js';
import type { Finding, Rule, Text } from './rule.js';

/**
 * Contradictions the agreement's text cannot resolve: two fields that say opposite things where
 * the template has one sentence for both. Each finding points at one field and names the other by
 * its label and JSON pointer, so the user sees both places. Spliced into `blockingRules`
 * (src/validate/rules.ts). What the text can resolve, it does instead (2.1 leaves out a
 * statement the checklist denies, src/render/view-text.ts).
 */

/** Fields that describe the one NAV-leder of «felles» ledelse, and the two leaders of «delt». */
const SHARED_FIELDS = ['managerTerms', 'municipalLeaderGroup', 'municipalReportsTo', 'stateReportsTo'] as const;
const SPLIT_FIELDS = ['municipalLeader', 'stateLeader'] as const;

const leadershipContradiction: Rule = {
  code: 'ledermodell_motstrid',
  severity: 'feil',
  section: 'leadership',
  source: 'Partnerskapsavtalen punkt 3.2 og 3.7 («Eierne er enige om å ha felles/delt administrativ og faglig ledelse»)',
  explanation: {
    nb: 'Ledermodellen bestemmer hvilke ledere avtalen beskriver: én NAV-leder ved felles ledelse, to ledere med hver sine vilkår og rapporteringslinjer ved delt ledelse.',
    nn: 'Leiarmodellen avgjer kva for leiarar avtalen skildrar: éin NAV-leiar ved felles leiing, to leiarar med kvar sine vilkår og rapporteringsliner ved delt leiing.',
  },
  check: ({ agreement: a }) => {
    const l = a.leadership as Record<string, unknown> & Agreement['leadership'];
    const model = labelFor('/leadership/model', a);
    const wrong = l.model === 'delt' ? SHARED_FIELDS : SPLIT_FIELDS;
    return wrong
      .filter((k) => l[k] !== undefined)
      .map((k): Finding => {
        const pointer = `/leadership/${k}`;
        const field = labelFor(pointer, a);
        return {
          pointer,
          message:
            l.model === 'delt'
              ? {
                  nb: `«${model}» er «delt» (/leadership/model), men «${field}» (${pointer}) beskriver én felles NAV-leder. Ved delt ledelse står vilkår og rapportering for hver av de to lederne («${labelFor('/leadership/municipalLeader', a)}» og «${labelFor('/leadership/stateLeader', a)}»). Fjern feltet, eller velg felles ledelse.`,
                  nn: `«${model}» er «delt» (/leadership/model), men «${field}» (${pointer}) skildrar éin felles NAV-leiar. Ved delt leiing står vilkår og rapportering for kvar av dei to leiarane («${labelFor('/leadership/municipalLeader', a)}» og «${labelFor('/leadership/stateLeader', a)}»). Fjern feltet, eller vel felles leiing.`,
                }
              : {
                  nb: `«${model}» er «felles» (/leadership/model), men «${field}» (${pointer}) beskriver en av to ledere ved delt ledelse. Ved felles ledelse har kontoret én NAV-leder med vilkår og rapportering i feltene for NAV-leder. Fjern feltet, eller velg delt ledelse.`,
                  nn: `«${model}» er «felles» (/leadership/model), men «${field}» (${pointer}) skildrar ein av to leiarar ved delt leiing. Ved felles leiing har kontoret éin NAV-leiar med vilkår og rapportering i felta for NAV-leiaren. Fjern feltet, eller vel delt leiing.`,
                },
        };
      });
  },
};

/**
 * A «Til vurdering» answer the agreement's own text contradicts. `other` is the field the text
 * states the fact from; `contradicts` says whether the answer and the data disagree.
 */
interface ChecklistFact {
  id: string;
  /** The question, shortened, in both målformer. */
  question: Text;
  /** The pointer of the data (or the section) the text states the fact from. */
  other: (a: Agreement) => string;
  /** The answer contradicts the data; returns what the text says instead, in both målformer. */
  contradicts: (status: string, a: Agreement) => Text | undefined;
}

const attachmentIndex = (a: Agreement, kind: string) => a.attachments.findIndex((x) => x.kind === kind);

/** «ja» while nothing of the kind is attached, or «nei» while one is. */
const attached =
  (kind: string, isAttached: Text, notAttached: Text) =>
  (status: string, a: Agreement): Text | undefined => {
    const has = attachmentIndex(a, kind) >= 0;
    if (status === 'nei' && has) return isAttached;
    if (status === 'ja' && !has) return notAttached;
    return undefined;
  };

/** The template always states this: a «nei» contradicts it. */
const always =
  (nb: string, nn: string) =>
  (status: string): Text | undefined =>
    status === 'nei' ? { nb, nn } : undefined;

const FACTS: readonly ChecklistFact[] = [
  {
    id: '2.1-6',
    question: { nb: 'Fremkommer NAV-kontorets åpningstider i partnerskapsavtalen?', nn: 'Går opningstidene til NAV-kontoret fram av partnarskapsavtalen?' },
    other: () => '/location/sites',
    contradicts: always('avtalen oppgir åpningstidene i punkt 2.1', 'avtalen oppgir opningstidene i punkt 2.1'),
  },
  {
    id: '3.2-2',
    question: { nb: 'Fremkommer det hvilke ledergrupper NAV-leder skal være en del av?', nn: 'Går det fram kva for leiargrupper NAV-leiaren skal vere ein del av?' },
    other: (a) => (a.leadership.model === 'delt' ? '/leadership/municipalLeader/leaderGroup' : '/leadership/municipalLeaderGroup'),
    contradicts: always('avtalen sier i punkt 3.2 hvilke ledergrupper lederen er plassert i', 'avtalen seier i punkt 3.2 kva for leiargrupper leiaren er plassert i'),
  },
  {
    id: '3.3-1',
    question: { nb: 'Benytter dere Felles sikkerhetsnormer for Arbeids- og velferdsforvaltningen, og omfatter det alle ansatte?', nn: 'Nyttar de Felles sikkerhetsnormer for Arbeids- og velferdsforvaltningen, og omfattar det alle tilsette?' },
    other: () => '/security',
    contradicts: always(
      'avtalen sier i punkt 3.3 at «Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen» gjelder for alle medarbeidere',
      'avtalen seier i punkt 3.3 at «Felles sikkerhetsnorm for Arbeids- og velferdsforvaltningen» gjeld for alle medarbeidarar',
    ),
  },
  {
    id: '3.7-4',
    question: { nb: 'Har dere lagt delegasjonsvedtaket som et vedlegg til partnerskapsavtalen?', nn: 'Har de lagt delegasjonsvedtaket ved partnarskapsavtalen?' },
    other: (a) => (attachmentIndex(a, 'delegasjonsvedtak') >= 0 ? `/attachments/${attachmentIndex(a, 'delegasjonsvedtak')}` : '/attachments'),
    contradicts: attached(
      'delegasjonsvedtak',
      { nb: 'delegasjonsvedtaket er lagt ved avtalen', nn: 'delegasjonsvedtaket er lagt ved avtalen' },
      { nb: 'det er ikke lagt ved noe delegasjonsvedtak', nn: 'det er ikkje lagt ved noko delegasjonsvedtak' },
    ),
  },
  {
    id: '3.8-2',
    question: { nb: 'Er driftsavtalen vedlagt?', nn: 'Er driftsavtalen lagt ved?' },
    other: (a) => (attachmentIndex(a, 'driftsavtale') >= 0 ? `/attachments/${attachmentIndex(a, 'driftsavtale')}` : '/attachments'),
    contradicts: attached(
      'driftsavtale',
      { nb: 'driftsavtalen er lagt ved avtalen', nn: 'driftsavtalen er lagt ved avtalen' },
      { nb: 'det er ikke lagt ved noen driftsavtale', nn: 'det er ikkje lagt ved nokon driftsavtale' },
    ),
  },
  {
    id: '9.0-1',
    question: { nb: 'Har dere fastsatt gyldighetsperiode for deres avtale?', nn: 'Har de fastsett gyldigheitsperiode for avtalen?' },
    other: () => '/period/start',
    contradicts: always('avtalen fastsetter gyldighetsperioden i punkt 9.0', 'avtalen fastset gyldigheitsperioden i punkt 9.0'),
  },
];

const checklistContradiction: Rule = {
  code: 'sjekkliste_motsier_avtalen',
  severity: 'feil',
  section: 'checklist',
  source: 'Veilederen punkt 2.1, 3.2, 3.3, 3.7, 3.8 og 9.0, spørsmål 2.1-6, 3.2-2, 3.3-1, 3.7-4, 3.8-2 og 9.0-1; Partnerskapsavtalen punkt 2.1, 3.2, 3.3, 3.7, 3.8 og 9.0',
  explanation: {
    nb: 'Svaret på et «Til vurdering»-spørsmål kan ikke si det motsatte av det avtalen selv sier.',
    nn: 'Svaret på eit «Til vurdering»-spørsmål kan ikkje seie det motsette av det avtalen sjølv seier.',
  },
  check: ({ agreement: a }) =>
    FACTS.flatMap((f): Finding[] => {
      const status = a.checklist?.[f.id]?.status;
      const says = status === undefined ? undefined : f.contradicts(status, a);
      if (says === undefined || status === undefined) return [];
      const pointer = `/checklist/${f.id}`;
      const other = f.other(a);
      return [
        {
          pointer,
          message: {
            nb: `Spørsmål ${f.id} («${f.question.nb}») er besvart «${status}» (${pointer}), men ${says.nb} (${other}). Rett svaret eller avtalen, så de sier det samme.`,
            nn: `Spørsmål ${f.id} («${f.question.nn}») er svart «${status}» (${pointer}), men ${says.nn} (${other}). Rett svaret eller avtalen, så dei seier det same.`,
          },
        },
      ];
    }),
};

/** The blocking contradiction rules, in section order (leadership, then the checklist last). */
export const leadershipRules: Rule[] = [leadershipContradiction];
export const checklistRules: Rule[] = [checklistContradiction];
