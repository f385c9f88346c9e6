import type { Finding, Rule } from '../validate/rule.js';
import { blockingRules } from '../validate/rules.js';
import { formatDate, joinList } from '../format/index.js';
import { schemaAt, sections } from '../model/schema.js';
import { addYears } from './dates.js';
import { agreementDate } from '../derive/derive.js';
import { vertskommuneRules } from './vertskommune-rules.js';
import { costAuditRules } from './cost-rules.js';

/** The schema's default evaluation interval, used when the agreement does not state one. */
const DEFAULT_EVALUATION_YEARS = Number(schemaAt('/period/evaluationIntervalYears')?.default ?? 2);

const hasAttachment = (kinds: { kind: string }[], kind: string): boolean => kinds.some((a) => a.kind === kind);

/**
 * The rules only the audit runs: what a person must see to before signing, but that does not stop
 * a document from being made (a draft may be generated before the driftsavtale exists). Adding a
 * rule is adding an entry here (and its case in the table of test/audit/rules.test.ts); nothing
 * else changes. Order: by agreement section. The audit always passes a real `today`.
 *
 * Severity, as a municipal auditor would set it: `feil` when the law or the national template
 * requires it and signing anyway would leave the agreement unlawful, incomplete or saying
 * something untrue (e.g. «Driftsavtale er vedlagt» with no driftsavtale); `advarsel` when a
 * person should look at it but may accept it (an overdue evaluation).
 */
export const auditOnlyRules: Rule[] = [
  ...vertskommuneRules,
  {
    code: 'ledermodell_delt',
    severity: 'advarsel',
    section: 'leadership',
    source: 'Partnerskapsavtalen punkt 3.7 («ledes av en NAV-leder som har felles administrativt og faglig ansvar»); veilederen punkt 3.7 og spørsmål 3.7-2',
    explanation: 'Malens punkt 3.7 forutsetter én NAV-leder med felles administrativt og faglig ansvar; et kontor med delt ledelse bør gjøre tydelig hvordan brukerne sikres et enhetlig og helhetlig tjenestetilbud.',
    check: ({ agreement: { leadership } }) =>
      leadership.model === 'delt'
        ? [{ pointer: '/leadership/model', message: 'Ledermodellen er «delt», men punkt 3.7 i avtalen sier fast at kontoret «ledes av en NAV-leder som har felles administrativt og faglig ansvar for alle deler av» virksomheten, og den teksten passer ikke med to ledere. Veilederen (punkt 3.7) sier at kontor med to-ledermodell bør gjøre tydelig hvordan brukerne sikres et enhetlig og helhetlig tjenestetilbud. Avklar med den andre eieren hvordan ledelsen skal beskrives i punkt 3.7, skriv i avtalen hvordan tjenestetilbudet holdes enhetlig (og før vurderingen inn under checklist → "3.7-2"), eller velg felles ledelse.' }]
        : [],
  },
  {
    code: 'droefting_foer_signering',
    severity: 'feil',
    section: 'coDetermination',
    source: 'Veilederen del I («Før partnerskapsavtalen inngås skal innholdet i avtalen drøftes med de ansattes organisasjoner»); veilederen punkt 3.4; hovedavtalene i staten og KS',
    explanation: 'Innholdet i avtalen skal være drøftet med de ansattes organisasjoner før avtalen signeres.',
    check: ({ agreement: { coDetermination, signing }, today }) => {
      const consultation = coDetermination.consultation;
      if (!consultation)
        return [{ pointer: '/coDetermination/consultation', message: 'Det er ikke registrert at avtalen er drøftet med de ansattes organisasjoner. Hold drøftingsmøtet før signering, og før inn datoen og organisasjonene som deltok.' }];
      // Without a planned signing date, signing can happen today at the earliest.
      const signingDay = signing.date ?? today;
      if (consultation.date > signingDay) {
        const when = signing.date ? `signeringen (${formatDate(signing.date)})` : `dagens dato (${formatDate(today)}), og avtalen har ingen signeringsdato`;
        return [{ pointer: '/coDetermination/consultation/date', message: `Drøftingen med de ansattes organisasjoner er datert ${formatDate(consultation.date)}, etter ${when}. Avtalen skal drøftes før den inngås: hold drøftingen først, eller rett datoene.` }];
      }
      return [];
    },
  },
  {
    code: 'delegasjonsvedtak_vedlagt',
    severity: 'feil',
    section: 'delegation',
    source: 'Partnerskapsavtalen punkt 3.2 og 3.7 («NAV-leders fullmakter fremgår av vedlagte delegasjonsvedtak», «Leders fullmakter fremgår av vedlagte delegasjonsvedtak») og vedleggslisten; veilederen punkt 3.7 og spørsmål 3.7-4; NAV-loven § 14',
    explanation: 'Delegasjonsvedtaket skal alltid ligge ved avtalen: punkt 3.2 og 3.7 viser til det for NAV-leders fullmakter, og punkt 3.7 også for oppgaver på den andre eierens myndighetsområde.',
    check: ({ agreement: { delegation, attachments } }) => {
      if (hasAttachment(attachments, 'delegasjonsvedtak')) return [];
      const directions = [
        delegation.stateStaffOnMunicipalTasks && 'statlig ansatte utføre kommunale oppgaver',
        delegation.municipalStaffOnStateTasks && 'kommunalt ansatte utføre statlige oppgaver',
      ].filter((d): d is string => typeof d === 'string');
      const also = directions.length ? `, og avtalen lar ${joinList(directions)} etter det samme vedtaket` : '';
      return [{ pointer: '/attachments', message: `Delegasjonsvedtaket er ikke blant vedleggene, men avtalen viser alltid til «vedlagte delegasjonsvedtak» for NAV-leders fullmakter (punkt 3.2 og 3.7)${also}. Legg det ved som vedlegg av typen «delegasjonsvedtak».` }];
    },
  },
  {
    code: 'driftsavtale_vedlagt',
    severity: 'feil',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 («Driftsavtale er vedlagt») og vedleggslisten; veilederen punkt 3.8 og spørsmål 3.8-2',
    explanation: 'Driftsavtalen skal ligge ved partnerskapsavtalen.',
    check: ({ agreement: { attachments } }) =>
      hasAttachment(attachments, 'driftsavtale')
        ? []
        : [{ pointer: '/attachments', message: 'Driftsavtalen er ikke blant vedleggene, men punkt 3.8 sier «Driftsavtale er vedlagt». Legg den ved som vedlegg av typen «driftsavtale».' }],
  },
  ...costAuditRules,
  {
    code: 'brukermedvirkning_begge_nivaaer',
    severity: 'feil',
    section: 'userParticipation',
    source: 'Partnerskapsavtalen punkt 5.0 («På individnivå – (fyll inn)», «På systemnivå – (fyll inn)»); veilederen punkt 5.0; NAV-loven § 6',
    explanation: 'Avtalen skal beskrive hvordan brukermedvirkning ivaretas både på individnivå og på systemnivå.',
    check: ({ agreement: { userParticipation: u } }) => {
      const found: Finding[] = [];
      if (!u.individualLevel)
        found.push({ pointer: '/userParticipation/individualLevel', message: 'Brukermedvirkning på individnivå er ikke beskrevet. Beskriv hvordan brukeren får en reell stemme i egen sak.' });
      if (!u.systemLevel)
        found.push({ pointer: '/userParticipation/systemLevel', message: 'Brukermedvirkning på systemnivå er ikke beskrevet. Beskriv for eksempel brukerutvalget og hvordan det brukes.' });
      return found;
    },
  },
  {
    code: 'revisjonsdato_i_perioden',
    severity: 'feil',
    section: 'period',
    source: 'Partnerskapsavtalen punkt 9.0; veilederen punkt 9.0 (gyldighetsperiode og evalueringsintervall)',
    explanation: 'Den avtalte revisjonsdatoen skal ligge innenfor avtaleperioden.',
    check: ({ agreement: { period } }) => {
      const r = period.revisionDate;
      if (r === undefined) return [];
      const pointer = '/period/revisionDate';
      if (r < period.start)
        return [{ pointer, message: `Revisjonsdatoen (${formatDate(r)}) er før avtalen begynner å gjelde (${formatDate(period.start)}). Velg en dato i avtaleperioden.` }];
      if (period.end !== undefined && r > period.end)
        return [{ pointer, message: `Revisjonsdatoen (${formatDate(r)}) er etter at avtalen slutter å gjelde (${formatDate(period.end)}). Velg en dato i avtaleperioden, eller forleng perioden.` }];
      return [];
    },
  },
  {
    code: 'evaluering_forfalt',
    severity: 'advarsel',
    section: 'period',
    source: 'Veilederen punkt 9.0 (evalueringsintervall) og spørsmål 9.0-2; partnerskapsavtalen punkt 9.0',
    explanation: 'Avtalen skal evalueres og revideres innen evalueringsintervallet den selv fastsetter.',
    check: ({ agreement, today }) => {
      const { period, signing } = agreement;
      const from = agreementDate(agreement);
      const years = period.evaluationIntervalYears ?? DEFAULT_EVALUATION_YEARS;
      const due = addYears(from, years);
      if (due >= today) return [];
      const since = signing.date ? `signert ${formatDate(from)}` : `gyldig fra ${formatDate(from)}`;
      return [{ pointer: '/period/evaluationIntervalYears', message: `Avtalen er ${since}, og med et evalueringsintervall på ${years} år skulle den vært evaluert innen ${formatDate(due)}. Evaluer og revider avtalen, og før inn den nye signeringsdatoen.` }];
    },
  },
  {
    code: 'underskrift_utfylt',
    severity: 'feil',
    section: 'signing',
    source: 'Partnerskapsavtalen, underskriftsfeltet («Sted, dato», kommunens rådmann/kommunedirektør og direktøren for NAV fylke); NAV-loven § 14',
    explanation: 'Avtalen skal oppgi sted og dato for signeringen og navnet på den som signerer for hver av de to eierne.',
    check: ({ agreement: { signing, parties } }) => {
      const found: Finding[] = [];
      if (!signing.municipal?.name)
        found.push({ pointer: '/signing/municipal', message: `Navnet på den som signerer for kommunen mangler. Før inn navnet på ${parties.municipalHeadTitle}.` });
      if (!signing.state?.name)
        found.push({ pointer: '/signing/state', message: `Navnet på den som signerer for staten mangler. Før inn navnet på direktøren for ${parties.county.name}.` });
      if (!signing.place) found.push({ pointer: '/signing/place', message: 'Stedet for signeringen mangler. Før inn stedet avtalen signeres.' });
      if (!signing.date) found.push({ pointer: '/signing/date', message: 'Datoen for signeringen mangler. Før inn datoen avtalen signeres (ÅÅÅÅ-MM-DD).' });
      return found;
    },
  },
];

const ORDER = new Map(sections().map((s, i) => [s.key, i]));

/** A top-level key's place in the agreement, for sorting rules and findings by section; unknown keys go last. */
export const sectionRank = (section: string): number => ORDER.get(section) ?? ORDER.size;
const rank = (r: Rule): number => sectionRank(r.section);

/**
 * The audit's registry: the rules that block generation (src/validate/rules.ts) and the audit-only
 * rules, ordered by agreement section (a stable sort, so each list keeps its own order within a
 * section, blocking rules first).
 */
export const rules: readonly Rule[] = [...blockingRules, ...auditOnlyRules].sort((a, b) => rank(a) - rank(b));
