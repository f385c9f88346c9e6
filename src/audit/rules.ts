import type { Finding, Rule } from '../validate/rule.js';
import { blockingRules } from '../validate/rules.js';
import { formatDate, joinList } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { schemaAt, sections } from '../model/schema.js';
import { addYears } from './dates.js';
import { agreementDate } from '../derive/derive.js';
import { vertskommuneRules } from './vertskommune-rules.js';
import { costAuditRules } from './cost-rules.js';

/** The schema's default evaluation interval, used when the agreement does not state one. */
const DEFAULT_EVALUATION_YEARS = Number(schemaAt('/period/evaluationIntervalYears')?.default ?? 2);

/**
 * An additional service that is economic advice by another name: «gjeldsrådgivning», «økonomisk
 * rådgivning», «økonomisk veiledning» (and the nynorsk «rådgjeving», «rettleiing»).
 */
const ECONOMIC_ADVICE = /gjelds?\s*-?\s*(?:råd|raad|veiled|rettleiing)|økonomisk\s+(?:råd|raad|veiled|rettleiing)/i;

const hasAttachment = (kinds: { kind: string }[], kind: string): boolean => kinds.some((a) => a.kind === kind);

/**
 * The rules only the audit runs: what a person must see to before signing, but that does not stop
 * a document from being made (a draft may be generated before the driftsavtale exists). Adding a
 * rule is adding an entry here (and its case in the table of test/audit/rules.test.ts, and a
 * source that test/audit/sources.test.ts accepts); nothing else changes. Order: by agreement
 * section. The audit always passes a real `today`.
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
    source: 'Partnerskapsavtalen punkt 3.2 («Eierne er enige om å ha felles/delt administrativ og faglig ledelse»); veilederen punkt 3.7, spørsmål 3.7-2 («NAV-kontor som har to-ledermodell bør tydeliggjøre hvordan brukere skal sikres et enhetlig og helhetlig tjenestetilbud»)',
    explanation: {
      nb: 'Et kontor med delt ledelse (to ledere) bør gjøre tydelig hvordan brukerne sikres et enhetlig og helhetlig tjenestetilbud.',
      nn: 'Eit kontor med delt leiing (to leiarar) bør gjere tydeleg korleis brukarane får eit einskapleg og heilskapleg tenestetilbod.',
    },
    // Settled when question 3.7-2, which asks exactly this, is answered with a comment saying how.
    check: ({ agreement: { leadership, checklist } }) =>
      leadership.model === 'delt' && !checklist?.['3.7-2']?.comment
        ? [
            {
              pointer: '/leadership/model',
              message: {
                nb: 'Ledermodellen er «delt»: kontoret har én leder for de kommunale og én for de statlige tjenestene. Veilederen (punkt 3.7) sier at kontor med to-ledermodell bør gjøre tydelig hvordan brukerne sikres et enhetlig og helhetlig tjenestetilbud. Beskriv hvordan i kommentaren til spørsmål 3.7-2 («Hvordan sikrer dere et enhetlig og helhetlig tjenestetilbud?»), for eksempel med partnerskap checklist.',
                nn: 'Leiarmodellen er «delt»: kontoret har éin leiar for dei kommunale og éin for dei statlege tenestene. Rettleiaren (punkt 3.7) seier at kontor med to-leiarmodell bør gjere tydeleg korleis brukarane får eit einskapleg og heilskapleg tenestetilbod. Skriv korleis i kommentaren til spørsmål 3.7-2, til dømes med partnerskap checklist.',
              },
            },
          ]
        : [],
  },
  {
    code: 'droefting_foer_signering',
    severity: 'feil',
    section: 'coDetermination',
    source: 'Veilederen, innledningen («Før partnerskapsavtalen inngås skal innholdet i avtalen drøftes med de ansattes organisasjoner»); veilederen punkt 3.4',
    explanation: { nb: 'Innholdet i avtalen skal være drøftet med de ansattes organisasjoner før avtalen signeres.', nn: 'Innhaldet i avtalen skal vere drøfta med organisasjonane til dei tilsette før avtalen blir signert.' },
    check: ({ agreement: { coDetermination, signing }, today }) => {
      const consultation = coDetermination.consultation;
      if (!consultation)
        return [
          {
            pointer: '/coDetermination/consultation',
            message: {
              nb: 'Det er ikke registrert at avtalen er drøftet med de ansattes organisasjoner. Hold drøftingsmøtet før signering, og før inn datoen og organisasjonene som deltok.',
              nn: 'Det er ikkje registrert at avtalen er drøfta med organisasjonane til dei tilsette. Hald drøftingsmøtet før signering, og før inn datoen og organisasjonane som deltok.',
            },
          },
        ];
      // Without a planned signing date, signing can happen today at the earliest.
      const signingDay = signing.date ?? today;
      if (consultation.date > signingDay) {
        const when = signing.date ? `signeringen (${formatDate(signing.date)})` : `dagens dato (${formatDate(today)}), og avtalen har ingen signeringsdato`;
        const whenNn = signing.date ? `signeringa (${formatDate(signing.date)})` : `datoen i dag (${formatDate(today)}), og avtalen har ingen signeringsdato`;
        return [
          {
            pointer: '/coDetermination/consultation/date',
            message: {
              nb: `Drøftingen med de ansattes organisasjoner er datert ${formatDate(consultation.date)}, etter ${when}. Avtalen skal drøftes før den inngås: hold drøftingen først, eller rett datoene.`,
              nn: `Drøftinga med organisasjonane til dei tilsette er datert ${formatDate(consultation.date)}, etter ${whenNn}. Avtalen skal drøftast før den blir inngått: hald drøftinga først, eller rett datoane.`,
            },
          },
        ];
      }
      return [];
    },
  },
  {
    code: 'delegasjonsvedtak_vedlagt',
    severity: 'feil',
    section: 'delegation',
    source: 'Partnerskapsavtalen punkt 3.2 og 3.7 og vedleggslisten («NAV-leders fullmakter fremgår av vedlagte delegasjonsvedtak», «Leders fullmakter fremgår av vedlagte delegasjonsvedtak», «Vedlegg: driftsavtale og delegasjonsvedtak»); veilederen punkt 3.7, spørsmål 3.7-4 («skal selve delegasjonsvedtaket legges ved avtalen som vedlegg»)',
    explanation: {
      nb: 'Delegasjonsvedtaket skal alltid ligge ved avtalen: punkt 3.2 og 3.7 viser til det for NAV-leders fullmakter, og punkt 3.7 også for oppgaver på den andre eierens myndighetsområde.',
      nn: 'Delegasjonsvedtaket skal alltid liggje ved avtalen: punkt 3.2 og 3.7 viser til det for fullmaktene til NAV-leiaren, og punkt 3.7 òg for oppgåver på myndeområdet til den andre eigaren.',
    },
    check: ({ agreement: { delegation, attachments } }) => {
      if (hasAttachment(attachments, 'delegasjonsvedtak')) return [];
      const directions = (state: string, municipal: string): string[] =>
        [delegation.stateStaffOnMunicipalTasks && state, delegation.municipalStaffOnStateTasks && municipal].filter((d): d is string => typeof d === 'string');
      const dirNb = directions('statlig ansatte utføre kommunale oppgaver', 'kommunalt ansatte utføre statlige oppgaver');
      const dirNn = directions('statleg tilsette utføre kommunale oppgåver', 'kommunalt tilsette utføre statlege oppgåver');
      const also = dirNb.length ? `, og avtalen lar ${joinList(dirNb)} etter det samme vedtaket` : '';
      const alsoNn = dirNn.length ? `, og avtalen lèt ${joinList(dirNn)} etter det same vedtaket` : '';
      return [
        {
          pointer: '/attachments',
          message: {
            nb: `Delegasjonsvedtaket er ikke blant vedleggene, men avtalen viser alltid til «vedlagte delegasjonsvedtak» for NAV-leders fullmakter (punkt 3.2 og 3.7)${also}. Legg det ved som vedlegg av typen «delegasjonsvedtak».`,
            nn: `Delegasjonsvedtaket er ikkje mellom vedlegga, men avtalen viser alltid til «vedlagde delegasjonsvedtak» for fullmaktene til NAV-leiaren (punkt 3.2 og 3.7)${alsoNn}. Legg det ved som vedlegg av typen «delegasjonsvedtak».`,
          },
        },
      ];
    },
  },
  {
    code: 'driftsavtale_vedlagt',
    severity: 'feil',
    section: 'costs',
    source: 'Partnerskapsavtalen punkt 3.8 og vedleggslisten («Driftsavtale er vedlagt», «Vedlegg: driftsavtale og delegasjonsvedtak»); veilederen punkt 3.8, spørsmål 3.8-2',
    explanation: { nb: 'Driftsavtalen skal ligge ved partnerskapsavtalen.', nn: 'Driftsavtalen skal liggje ved partnarskapsavtalen.' },
    check: ({ agreement: { attachments } }) =>
      hasAttachment(attachments, 'driftsavtale')
        ? []
        : [
            {
              pointer: '/attachments',
              message: {
                nb: 'Driftsavtalen er ikke blant vedleggene, men punkt 3.8 sier «Driftsavtale er vedlagt». Legg den ved som vedlegg av typen «driftsavtale».',
                nn: 'Driftsavtalen er ikkje mellom vedlegga, men punkt 3.8 seier at driftsavtalen er vedlagd. Legg den ved som vedlegg av typen «driftsavtale».',
              },
            },
          ],
  },
  ...costAuditRules,
  {
    code: 'oekonomisk_raadgivning_lovpaalagt',
    severity: 'advarsel',
    section: 'services',
    source: 'Partnerskapsavtalen punkt 4.0 («Ut over kommunens ansvar for økonomisk stønad etter lov om sosiale tjenester, råd og veiledning, …, skal kontoret også dekke følgende kommunale tjenester»); sosialtjenesteloven § 17 («Kommunen skal gi opplysning, råd og veiledning som kan bidra til å løse eller forebygge sosiale problemer»)',
    explanation: {
      nb: 'Økonomisk rådgivning, også gjeldsrådgivning, er en del av den lovpålagte tjenesten opplysning, råd og veiledning, og hører ikke hjemme blant tjenestene kommunen legger til NAV-kontoret ut over lovens minimum.',
      nn: 'Økonomisk rådgiving, òg gjeldsrådgiving, er ein del av den lovpålagde tenesta opplysning, råd og rettleiing, og høyrer ikkje heime blant tenestene kommunen legg til NAV-kontoret utover minimumet i lova.',
    },
    check: ({ agreement: a }) =>
      (a.services.additionalMunicipalServices ?? []).flatMap((service, i) => {
        if (!ECONOMIC_ADVICE.test(service)) return [];
        return [
          {
            pointer: `/services/additionalMunicipalServices/${i}`,
            message: {
              nb: `«${service}» står blant «${labelFor('/services/additionalMunicipalServices', a)}», men økonomisk rådgivning, også gjeldsrådgivning, er en del av tjenesten opplysning, råd og veiledning etter sosialtjenesteloven § 17, som NAV-kontoret alltid skal dekke og avtalen alltid nevner blant de lovpålagte tjenestene. Oppført som en ekstra tjeneste ser den ut som et lokalt valg kommunen kunne latt være. Fjern den fra listen, eller beskriv konkret hva kommunen legger til ut over det loven krever.`,
              nn: `«${service}» står blant «${labelFor('/services/additionalMunicipalServices', a)}», men økonomisk rådgiving, òg gjeldsrådgiving, er ein del av tenesta opplysning, råd og rettleiing etter sosialtenestelova § 17, som NAV-kontoret alltid skal dekkje og avtalen alltid nemner blant dei lovpålagde tenestene. Ført opp som ei ekstra teneste ser ho ut som eit lokalt val kommunen kunne late vere. Fjern henne frå lista, eller skriv konkret kva kommunen legg til utover det lova krev.`,
            },
          },
        ];
      }),
  },
  {
    code: 'brukermedvirkning_begge_nivaaer',
    severity: 'feil',
    section: 'userParticipation',
    source: 'Partnerskapsavtalen punkt 5.0 («På individnivå – (fyll inn)», «På systemnivå – (fyll inn)»); veilederen punkt 5.0 («Eierne har et ansvar for å sikre at det arbeides med brukermedvirkning på individ- og systemnivå»)',
    explanation: { nb: 'Avtalen skal beskrive hvordan brukermedvirkning ivaretas både på individnivå og på systemnivå.', nn: 'Avtalen skal skildre korleis brukarmedverknad blir teken vare på både på individnivå og på systemnivå.' },
    check: ({ agreement: { userParticipation: u } }) => {
      const found: Finding[] = [];
      if (!u.individualLevel)
        found.push({
          pointer: '/userParticipation/individualLevel',
          message: { nb: 'Brukermedvirkning på individnivå er ikke beskrevet. Beskriv hvordan brukeren får en reell stemme i egen sak.', nn: 'Brukarmedverknad på individnivå er ikkje skildra. Skriv korleis brukaren får ei reell stemme i eiga sak.' },
        });
      if (!u.systemLevel)
        found.push({
          pointer: '/userParticipation/systemLevel',
          message: { nb: 'Brukermedvirkning på systemnivå er ikke beskrevet. Beskriv for eksempel brukerutvalget og hvordan det brukes.', nn: 'Brukarmedverknad på systemnivå er ikkje skildra. Skriv til dømes om brukarutvalet og korleis det blir brukt.' },
        });
      return found;
    },
  },
  {
    code: 'revisjonsdato_i_perioden',
    severity: 'feil',
    section: 'period',
    source: 'Partnerskapsavtalen punkt 9.0 («Eierne er enig om følgende gyldighetsperiode»); veilederen punkt 9.0 («Eierne blir enig om gyldighetsperiode for partnerskapsavtalen, og evalueringsintervall»)',
    explanation: { nb: 'Den avtalte revisjonsdatoen skal ligge innenfor avtaleperioden.', nn: 'Den avtalte revisjonsdatoen skal liggje innanfor avtaleperioden.' },
    check: ({ agreement: { period } }) => {
      const r = period.revisionDate;
      if (r === undefined) return [];
      const pointer = '/period/revisionDate';
      if (r < period.start)
        return [{ pointer, message: { nb: `Revisjonsdatoen (${formatDate(r)}) er før avtalen begynner å gjelde (${formatDate(period.start)}). Velg en dato i avtaleperioden.`, nn: `Revisjonsdatoen (${formatDate(r)}) er før avtalen byrjar å gjelde (${formatDate(period.start)}). Vel ein dato i avtaleperioden.` } }];
      if (period.end !== undefined && r > period.end)
        return [
          {
            pointer,
            message: {
              nb: `Revisjonsdatoen (${formatDate(r)}) er etter at avtalen slutter å gjelde (${formatDate(period.end)}). Velg en dato i avtaleperioden, eller forleng perioden.`,
              nn: `Revisjonsdatoen (${formatDate(r)}) er etter at avtalen sluttar å gjelde (${formatDate(period.end)}). Vel ein dato i avtaleperioden, eller forleng perioden.`,
            },
          },
        ];
      return [];
    },
  },
  {
    code: 'evaluering_forfalt',
    severity: 'advarsel',
    section: 'period',
    source: 'Veilederen punkt 9.0, spørsmål 9.0-2 («Eierne blir enig om gyldighetsperiode for partnerskapsavtalen, og evalueringsintervall»); partnerskapsavtalen punkt 9.0',
    explanation: { nb: 'Avtalen skal evalueres og revideres innen evalueringsintervallet den selv fastsetter.', nn: 'Avtalen skal evaluerast og reviderast innan evalueringsintervallet den sjølv fastset.' },
    check: ({ agreement, today }) => {
      const { period, signing } = agreement;
      const from = agreementDate(agreement);
      const years = period.evaluationIntervalYears ?? DEFAULT_EVALUATION_YEARS;
      const due = addYears(from, years);
      if (due >= today) return [];
      const since = signing.date ? `signert ${formatDate(from)}` : `gyldig fra ${formatDate(from)}`;
      const sinceNn = signing.date ? `signert ${formatDate(from)}` : `gyldig frå ${formatDate(from)}`;
      return [
        {
          pointer: '/period/evaluationIntervalYears',
          message: {
            nb: `Avtalen er ${since}, og med et evalueringsintervall på ${years} år skulle den vært evaluert innen ${formatDate(due)}. Evaluer og revider avtalen, og før inn den nye signeringsdatoen.`,
            nn: `Avtalen er ${sinceNn}, og med eit evalueringsintervall på ${years} år skulle den ha vore evaluert innan ${formatDate(due)}. Evaluer og revider avtalen, og før inn den nye signeringsdatoen.`,
          },
        },
      ];
    },
  },
  {
    code: 'underskrift_utfylt',
    severity: 'feil',
    section: 'signing',
    source: 'Partnerskapsavtalen, underskriftsfeltet («Sted, dato», «Rådmann», «Direktør»)',
    explanation: { nb: 'Avtalen skal oppgi sted og dato for signeringen og navnet på den som signerer for hver av de to eierne.', nn: 'Avtalen skal oppgje stad og dato for signeringa og namnet på den som signerer for kvar av dei to eigarane.' },
    check: ({ agreement: { signing, parties } }) => {
      const found: Finding[] = [];
      if (!signing.municipal?.name)
        found.push({ pointer: '/signing/municipal', message: { nb: `Navnet på den som signerer for kommunen mangler. Før inn navnet på ${parties.municipalHeadTitle}.`, nn: `Namnet på den som signerer for kommunen manglar. Før inn namnet på ${parties.municipalHeadTitle}.` } });
      if (!signing.state?.name)
        found.push({ pointer: '/signing/state', message: { nb: `Navnet på den som signerer for staten mangler. Før inn navnet på direktøren for ${parties.county.name}.`, nn: `Namnet på den som signerer for staten manglar. Før inn namnet på direktøren for ${parties.county.name}.` } });
      if (!signing.place) found.push({ pointer: '/signing/place', message: { nb: 'Stedet for signeringen mangler. Før inn stedet avtalen signeres.', nn: 'Staden for signeringa manglar. Før inn staden der avtalen blir signert.' } });
      if (!signing.date) found.push({ pointer: '/signing/date', message: { nb: 'Datoen for signeringen mangler. Før inn datoen avtalen signeres (ÅÅÅÅ-MM-DD).', nn: 'Datoen for signeringa manglar. Før inn datoen avtalen blir signert (ÅÅÅÅ-MM-DD).' } });
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
