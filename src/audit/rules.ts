import type { Finding, Rule } from './rule.js';
import { formatDate, formatDecimal, joinList, municipalityName } from '../derive/format.js';
import { labelFor } from '../model/labels.js';
import { schemaAt } from '../model/schema.js';
import { WEEKDAYS } from '../model/weekdays.js';
import { addYears } from './dates.js';

/** The law's minimum of municipal services (NAV-loven § 13), from the schema's enum. */
const STATUTORY_SERVICES: readonly string[] = schemaAt('/services/statutoryMunicipalServices/0')?.enum ?? [];
/** The schema's default evaluation interval, used when the agreement does not state one. */
const DEFAULT_EVALUATION_YEARS = Number(schemaAt('/period/evaluationIntervalYears')?.default ?? 2);

const hasAttachment = (kinds: { kind: string }[], kind: string): boolean => kinds.some((a) => a.kind === kind);

/**
 * The rule registry. Adding a rule is adding an entry here (and its case in the table of
 * test/audit/rules.test.ts); nothing else changes. Order: by agreement section.
 *
 * Severity, as a municipal auditor would set it: `feil` when the law or the national template
 * requires it and signing anyway would leave the agreement unlawful, incomplete or saying
 * something untrue (e.g. «Driftsavtale er vedlagt» with no driftsavtale); `advarsel` when a
 * person should look at it but may accept it (an overdue evaluation).
 */
export const rules: Rule[] = [
  {
    id: 'kommunenummer-unike',
    severity: 'feil',
    section: 'parties',
    reference: 'Partnerskapsavtalen punkt 1.0',
    explanation: 'Hver kommune kan bare stå én gang i avtalen.',
    blocksGenerate: true,
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
    id: 'vertskommune-minst-to-kommuner',
    severity: 'feil',
    section: 'parties',
    reference: 'Partnerskapsavtalen punkt 1.0, Alternativ 2; kommuneloven kapittel 20',
    explanation: 'Ved Alternativ 2 skal avtalen nevne vertskommunen og minst én kommune den er vertskommune for, og vertskommunen skal være en av kommunene i listen.',
    blocksGenerate: true,
    check: ({ agreement: { parties } }) => {
      if (parties.form !== 'vertskommune') return [];
      const found: Finding[] = [];
      if (parties.municipalities.length < 2)
        found.push({ pointer: '/parties/municipalities', message: 'Alternativ 2 (vertskommune) krever minst to kommuner: vertskommunen og kommunene den er vertskommune for. Legg til kommunene, eller velg Alternativ 1.' });
      if (!parties.municipalities.some((m) => m.number === parties.host))
        found.push({ pointer: '/parties/host', message: `Vertskommunen (${parties.host}) er ikke blant kommunene i avtalen. Oppgi kommunenummeret til en av dem.` });
      return found;
    },
  },
  {
    id: 'aapningstider-gyldige',
    severity: 'feil',
    section: 'location',
    reference: 'Partnerskapsavtalen punkt 2.1; veilederen punkt 2.1',
    explanation: 'Åpningstidene skal gå fra en ukedag til samme eller en senere ukedag, og kontoret skal stenge etter at det åpner.',
    blocksGenerate: true,
    check: ({ agreement: { location } }) => {
      const h = location.openingHours;
      const found: Finding[] = [];
      if (WEEKDAYS.indexOf(h.toDay) < WEEKDAYS.indexOf(h.fromDay))
        found.push({ pointer: '/location/openingHours/toDay', message: `Åpningstidene går fra ${h.fromDay} til ${h.toDay}, som kommer før i uken. Bytt om dagene.` });
      if (h.closes <= h.opens)
        found.push({ pointer: '/location/openingHours/closes', message: `Kontoret stenger kl. ${h.closes}, som ikke er etter at det åpner kl. ${h.opens}. Rett klokkeslettene.` });
      return found;
    },
  },
  {
    id: 'droefting-foer-signering',
    severity: 'feil',
    section: 'coDetermination',
    reference: 'Veilederen del I («Før partnerskapsavtalen inngås skal innholdet i avtalen drøftes med de ansattes organisasjoner»); veilederen punkt 3.4; hovedavtalene i staten og KS',
    explanation: 'Innholdet i avtalen skal være drøftet med de ansattes organisasjoner før avtalen signeres.',
    check: ({ agreement: { coDetermination, signing }, today }) => {
      const consultation = coDetermination.consultation;
      if (!consultation)
        return [{ pointer: '/coDetermination/consultation', message: 'Det er ikke registrert at avtalen er drøftet med de ansattes organisasjoner. Hold drøftingsmøtet før signering, og før inn datoen og organisasjonene som deltok.' }];
      // Without a planned signing date, signing can happen today at the earliest.
      const signingDay = signing.date ?? today;
      if (signingDay && consultation.date > signingDay) {
        const when = signing.date ? `signeringen (${formatDate(signing.date)})` : `dagens dato (${formatDate(today)}), og avtalen har ingen signeringsdato`;
        return [{ pointer: '/coDetermination/consultation/date', message: `Drøftingen med de ansattes organisasjoner er datert ${formatDate(consultation.date)}, etter ${when}. Avtalen skal drøftes før den inngås: hold drøftingen først, eller rett datoene.` }];
      }
      return [];
    },
  },
  {
    id: 'delegasjonsvedtak-vedlagt',
    severity: 'feil',
    section: 'delegation',
    reference: 'Partnerskapsavtalen punkt 3.7 («vedlagte delegasjonsvedtak») og vedleggslisten; veilederen punkt 3.7 og spørsmål 3.7-4; NAV-loven § 14',
    explanation: 'Når ansatte hos den ene eieren skal utføre oppgaver på den andre eierens myndighetsområde, skal delegasjonsvedtaket legges ved avtalen.',
    check: ({ agreement: { delegation, attachments } }) => {
      const directions = [
        delegation.stateStaffOnMunicipalTasks && 'statlig ansatte utføre kommunale oppgaver',
        delegation.municipalStaffOnStateTasks && 'kommunalt ansatte utføre statlige oppgaver',
      ].filter((d): d is string => typeof d === 'string');
      if (directions.length === 0 || hasAttachment(attachments, 'delegasjonsvedtak')) return [];
      return [{ pointer: '/attachments', message: `Avtalen lar ${joinList(directions)}, men delegasjonsvedtaket er ikke blant vedleggene. Legg det ved som vedlegg av typen «delegasjonsvedtak», eller stryk delegeringen i punkt 3.7.` }];
    },
  },
  {
    id: 'aarsverk-per-kommune',
    severity: 'feil',
    section: 'costs',
    reference: 'Partnerskapsavtalen punkt 3.8',
    explanation: 'Årsverkene skal oppgis én gang for hver kommune i avtalen, og bare for dem.',
    blocksGenerate: true,
    check: ({ agreement: a }) => {
      const numbers = new Set(a.parties.municipalities.map((m) => m.number));
      const seen = new Set<string>();
      const found = a.costs.fte.flatMap((f, i) => {
        const pointer = `/costs/fte/${i}/municipality`;
        if (!numbers.has(f.municipality)) return [{ pointer, message: `Årsverk er oppgitt for kommunenummer ${f.municipality}, som ikke er part i avtalen. Rett kommunenummeret eller fjern linjen.` }];
        if (seen.has(f.municipality)) return [{ pointer, message: `Årsverk for kommunenummer ${f.municipality} er oppgitt mer enn én gang. Slå linjene sammen.` }];
        seen.add(f.municipality);
        return [];
      });
      for (const m of a.parties.municipalities)
        if (!seen.has(m.number) && !a.costs.fte.some((f) => f.municipality === m.number))
          found.push({ pointer: '/costs/fte', message: `Årsverk mangler for ${municipalityName(m)} (${m.number}). Legg til kommunens årsverk (0 om den ikke har ansatte i kontoret).` });
      return found;
    },
  },
  {
    id: 'nav-leder-delt-likt',
    severity: 'feil',
    section: 'costs',
    reference: 'Partnerskapsavtalen punkt 3.8 («Utgifter knyttet til NAV-leder stillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold»)',
    explanation: 'Utgiftene til NAV-lederstillingen deles 50/50 mellom staten og kommunen, uansett hvem NAV-leder er ansatt hos.',
    check: ({ agreement: { costs } }) => {
      const share = costs.managerShare;
      // Absent means the template's 50/50.
      if (!share || (share.state === 50 && share.municipal === 50)) return [];
      return [{ pointer: '/costs/managerShare', message: `NAV-lederstillingen er fordelt med ${formatDecimal(share.state)} % på staten og ${formatDecimal(share.municipal)} % på kommunen. Malen fastsetter at utgiftene deles likt uavhengig av tilsettingsforhold: sett begge andelene til 50, eller fjern fordelingen.` }];
    },
  },
  {
    id: 'driftsavtale-vedlagt',
    severity: 'feil',
    section: 'costs',
    reference: 'Partnerskapsavtalen punkt 3.8 («Driftsavtale er vedlagt») og vedleggslisten; veilederen punkt 3.8 og spørsmål 3.8-2',
    explanation: 'Driftsavtalen skal ligge ved partnerskapsavtalen.',
    check: ({ agreement: { attachments } }) =>
      hasAttachment(attachments, 'driftsavtale')
        ? []
        : [{ pointer: '/attachments', message: 'Driftsavtalen er ikke blant vedleggene, men punkt 3.8 sier «Driftsavtale er vedlagt». Legg den ved som vedlegg av typen «driftsavtale».' }],
  },
  {
    id: 'lovpaalagte-tjenester',
    severity: 'feil',
    section: 'services',
    reference: 'NAV-loven § 13; sosialtjenesteloven; partnerskapsavtalen punkt 4.0; veilederen punkt 4.0',
    explanation: `NAV-kontoret skal som et minimum dekke kommunens lovpålagte tjenester: ${joinList([...STATUTORY_SERVICES])}.`,
    check: ({ agreement: { services } }) => {
      const missing = STATUTORY_SERVICES.filter((s) => !services.statutoryMunicipalServices.includes(s as never));
      if (missing.length === 0) return [];
      return [{ pointer: '/services/statutoryMunicipalServices', message: `${missing.length === 1 ? 'Den lovpålagte tjenesten' : 'De lovpålagte tjenestene'} ${joinList(missing.map((m) => `«${m}»`))} mangler. Loven krever at NAV-kontoret dekker alle fem; legg ${missing.length === 1 ? 'den' : 'dem'} til.` }];
    },
  },
  {
    id: 'brukermedvirkning-begge-nivaaer',
    severity: 'feil',
    section: 'userParticipation',
    reference: 'Partnerskapsavtalen punkt 5.0 («På individnivå – (fyll inn)», «På systemnivå – (fyll inn)»); veilederen punkt 5.0; NAV-loven § 6',
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
    id: 'periode-slutt-etter-start',
    severity: 'feil',
    section: 'period',
    reference: 'Partnerskapsavtalen punkt 9.0',
    explanation: 'Avtaleperioden skal slutte etter at den begynner.',
    blocksGenerate: true,
    check: ({ agreement: { period } }) =>
      period.end !== undefined && period.end <= period.start
        ? [{ pointer: '/period/end', message: `Avtalen slutter ${formatDate(period.end)} («${labelFor('/period/end')}»), før eller samme dag som den begynner (${formatDate(period.start)}). Rett sluttdatoen, eller fjern den for en løpende avtale.` }]
        : [],
  },
  {
    id: 'revisjonsdato-i-perioden',
    severity: 'feil',
    section: 'period',
    reference: 'Partnerskapsavtalen punkt 9.0; veilederen punkt 9.0 (gyldighetsperiode og evalueringsintervall)',
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
    id: 'evaluering-forfalt',
    severity: 'advarsel',
    section: 'period',
    reference: 'Veilederen punkt 9.0 (evalueringsintervall) og spørsmål 9.0-2; partnerskapsavtalen punkt 9.0',
    explanation: 'Avtalen skal evalueres og revideres innen evalueringsintervallet den selv fastsetter.',
    check: ({ agreement: { period, signing }, today }) => {
      if (!today) return [];
      const from = signing.date ?? period.start;
      const years = period.evaluationIntervalYears ?? DEFAULT_EVALUATION_YEARS;
      const due = addYears(from, years);
      if (due >= today) return [];
      const since = signing.date ? `signert ${formatDate(from)}` : `gyldig fra ${formatDate(from)}`;
      return [{ pointer: '/period/evaluationIntervalYears', message: `Avtalen er ${since}, og med et evalueringsintervall på ${years} år skulle den vært evaluert innen ${formatDate(due)}. Evaluer og revider avtalen, og før inn den nye signeringsdatoen.` }];
    },
  },
  {
    id: 'underskrift-utfylt',
    severity: 'feil',
    section: 'signing',
    reference: 'Partnerskapsavtalen, underskriftsfeltet («Sted, dato», kommunens rådmann/kommunedirektør og direktøren for NAV fylke); NAV-loven § 14',
    explanation: 'Avtalen skal oppgi sted og dato for signeringen og navnet på den som signerer for hver av de to eierne.',
    check: ({ agreement: { signing, parties } }) => {
      const found: Finding[] = [];
      if (!signing.municipalSignatory)
        found.push({ pointer: '/signing/municipalSignatory', message: `Navnet på den som signerer for kommunen mangler. Før inn navnet på ${parties.municipalSignatoryTitle}.` });
      if (!signing.stateSignatory)
        found.push({ pointer: '/signing/stateSignatory', message: `Navnet på den som signerer for staten mangler. Før inn navnet på direktøren for ${parties.county.name}.` });
      if (!signing.place) found.push({ pointer: '/signing/place', message: 'Stedet for signeringen mangler. Før inn stedet avtalen signeres.' });
      if (!signing.date) found.push({ pointer: '/signing/date', message: 'Datoen for signeringen mangler. Før inn datoen avtalen signeres (ÅÅÅÅ-MM-DD).' });
      return found;
    },
  },
];
