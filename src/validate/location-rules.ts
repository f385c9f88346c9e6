import type { Agreement, OpeningHours, Site } from '../model/agreement.js';
import { formatWeekday, joinList, municipalityName } from '../format/index.js';
import { labelFor } from '../model/labels.js';
import { enumLabel, labelsOf, languageOf, schemaAt, type Language } from '../model/schema.js';
import { WEEKDAYS } from '../model/weekdays.js';
import type { Finding, Rule } from './rule.js';

/**
 * The blocking rules of 2.1 (sites and their opening hours). Where two fields disagree, the
 * finding points at one and its message names the other by its schema label, so the user finds
 * both. Spliced into `blockingRules` (src/validate/rules.ts) in section order.
 */

const SOURCE = 'Partnerskapsavtalen punkt 2.1 («Åpningstidene til NAV … er … (ukedag) – … (ukedag) kl. … – kl. …»)';
const sitePointer = (s: number): string => `/location/sites/${s}`;
const hoursPointer = (s: number, i: number): string => `${sitePointer(s)}/openingHours/${i}`;
/** «Fauske kommune (1841), Saltdal kommune (1840)», the parties as the message lists them. */
const partyList = (a: Agreement): string => joinList(a.parties.municipalities.map((m) => `${municipalityName(m)} (${m.number})`));

/** The weekdays an entry covers, as indexes (an entry without toDay is one day). */
function days(h: OpeningHours): Set<number> {
  const from = WEEKDAYS.indexOf(h.fromDay);
  const to = h.toDay === undefined ? from : WEEKDAYS.indexOf(h.toDay);
  const out = new Set<number>();
  for (let d = from; d <= to; d++) out.add(d);
  return out;
}

/**
 * Two entries of the same kind clash when they share a day and their times overlap. Times that
 * only meet (09:00–11:30 and 11:30–15:00) or are apart (a lunch closure) are two openings of
 * one day, which an office may well have.
 */
function clash(a: OpeningHours, b: OpeningHours, lang: Language): string | undefined {
  if ((a.kind ?? 'åpent') !== (b.kind ?? 'åpent')) return undefined;
  if (!(a.opens < b.closes && b.opens < a.closes)) return undefined;
  const shared = [...days(a)].filter((d) => days(b).has(d));
  return shared.length ? joinList(shared.map((d) => formatWeekday(WEEKDAYS[d]!, lang))) : undefined;
}

const KIND_NODE = schemaAt('/location/sites/0/openingHours/0/kind');
const ROLE_NODE = schemaAt('/location/sites/0/role');

export const locationRules: Rule[] = [
  {
    code: 'lokasjon_i_partskommune',
    severity: 'feil',
    section: 'location',
    source: 'Partnerskapsavtalen punkt 1.0 og 2.1 («NAV … betjener innbyggerne i … (kommune/-er)»)',
    explanation: { nb: 'Hver lokasjon skal ligge i en kommune (eller bydel) som er part i avtalen.', nn: 'Kvar lokasjon skal liggje i ein kommune (eller bydel) som er part i avtalen.' },
    check: ({ agreement: a }) => {
      const numbers = new Set(a.parties.municipalities.map((m) => m.number));
      return a.location.sites.flatMap((site, s): Finding[] => {
        if (numbers.has(site.municipality)) return [];
        const pointer = `${sitePointer(s)}/municipality`;
        return [
          {
            pointer,
            message: {
              nb: `«${labelFor(pointer, a)}» er ${site.municipality}, som ikke er blant «${labelFor('/parties/municipalities', a)}» (${partyList(a)}). Rett kommunenummeret for lokasjonen, eller legg kommunen til som part i 1.0.`,
              nn: `«${labelFor(pointer, a)}» er ${site.municipality}, som ikkje er mellom «${labelFor('/parties/municipalities', a)}» (${partyList(a)}). Rett kommunenummeret for lokasjonen, eller legg kommunen til som part i 1.0.`,
            },
          },
        ];
      });
    },
  },
  {
    code: 'ett_hovedkontor',
    severity: 'feil',
    section: 'location',
    source: 'Partnerskapsavtalen punkt 2.1 («NAV … lokasjon er … (adresse)»)',
    explanation: {
      nb: 'Kontoret skal ha nøyaktig én lokasjon av typen hovedkontor; de andre er avdelingskontorer eller lokale servicepunkter.',
      nn: 'Kontoret skal ha nøyaktig éin lokasjon av typen hovudkontor; dei andre er avdelingskontor eller lokale servicepunkt.',
    },
    check: ({ agreement: a }) => {
      const main = a.location.sites.flatMap((site, s) => (site.role === 'hovedkontor' ? [s] : []));
      const lang = languageOf(a);
      const hovedkontor = `«${enumLabel(ROLE_NODE, 'hovedkontor', lang)}»`;
      const [avdelingskontor, servicepunkt] = [enumLabel(ROLE_NODE, 'avdelingskontor', lang), enumLabel(ROLE_NODE, 'servicepunkt', lang)];
      if (main.length === 0)
        return [
          {
            pointer: '/location/sites',
            message: {
              nb: `Ingen av «${labelFor('/location/sites', a)}» har ${hovedkontor} som «${ROLE_NODE?.title ?? 'Type lokasjon'}». Sett typen til ${hovedkontor} for stedet som er kontorets hovedsete, for eksempel «${labelFor(`${sitePointer(0)}/role`, a)}».`,
              nn: `Ingen av «${labelFor('/location/sites', a)}» har ${hovedkontor} som «${labelsOf(ROLE_NODE, 'nn').title ?? 'Type lokasjon'}». Set typen til ${hovedkontor} for staden som er hovudsetet til kontoret, til dømes «${labelFor(`${sitePointer(0)}/role`, a)}».`,
            },
          },
        ];
      const first = `${sitePointer(main[0]!)}/role`;
      return main.slice(1).map((s) => {
        const pointer = `${sitePointer(s)}/role`;
        return {
          pointer,
          message: {
            nb: `Både «${labelFor(first, a)}» og «${labelFor(pointer, a)}» er ${hovedkontor}. Kontoret har ett hovedkontor: sett typen for de andre til «${avdelingskontor}» eller «${servicepunkt}».`,
            nn: `Både «${labelFor(first, a)}» og «${labelFor(pointer, a)}» er ${hovedkontor}. Kontoret har eitt hovudkontor: set typen for dei andre til «${avdelingskontor}» eller «${servicepunkt}».`,
          },
        };
      });
    },
  },
  {
    code: 'aapningstider_gyldige',
    severity: 'feil',
    section: 'location',
    source: SOURCE,
    explanation: {
      nb: 'Hver åpningstid skal gå fra en ukedag til samme eller en senere ukedag, og lokasjonen skal stenge etter at den åpner.',
      nn: 'Kvar opningstid skal gå frå ein vekedag til same eller ein seinare vekedag, og lokasjonen skal stengje etter at den opnar.',
    },
    check: ({ agreement: a }) =>
      a.location.sites.flatMap((site, s) =>
        site.openingHours.flatMap((h, i): Finding[] => {
          const at = hoursPointer(s, i);
          const found: Finding[] = [];
          if (h.toDay !== undefined && WEEKDAYS.indexOf(h.toDay) < WEEKDAYS.indexOf(h.fromDay))
            found.push({
              pointer: `${at}/toDay`,
              message: {
                nb: `«${labelFor(`${at}/toDay`, a)}» er ${h.toDay}, som kommer før «${labelFor(`${at}/fromDay`, a)}» (${h.fromDay}) i uken. Bytt om dagene.`,
                nn: `«${labelFor(`${at}/toDay`, a)}» er ${formatWeekday(h.toDay ?? '', 'nn')}, som kjem før «${labelFor(`${at}/fromDay`, a)}» (${formatWeekday(h.fromDay, 'nn')}) i veka. Byt om dagane.`,
              },
            });
          if (h.closes <= h.opens)
            found.push({
              pointer: `${at}/closes`,
              message: {
                nb: `Lokasjonen «${site.name}» stenger kl. ${h.closes} («${labelFor(`${at}/closes`, a)}»), som ikke er etter at den åpner kl. ${h.opens} («${labelFor(`${at}/opens`, a)}»). Rett klokkeslettene.`,
                nn: `Lokasjonen «${site.name}» stengjer kl. ${h.closes} («${labelFor(`${at}/closes`, a)}»), som ikkje er etter at den opnar kl. ${h.opens} («${labelFor(`${at}/opens`, a)}»). Rett klokkesletta.`,
              },
            });
          return found;
        }),
      ),
  },
  {
    code: 'aapningstider_overlapper',
    severity: 'feil',
    section: 'location',
    source: SOURCE,
    explanation: { nb: 'To åpningstider av samme type på samme lokasjon kan ikke gjelde samme dag og samme tid.', nn: 'To opningstider av same type på same lokasjon kan ikkje gjelde same dag og same tid.' },
    check: ({ agreement: a }) =>
      a.location.sites.flatMap((site, s) =>
        site.openingHours.flatMap((h, j): Finding[] => {
          // One finding per entry: the first earlier entry it clashes with.
          for (let i = 0; i < j; i++) {
            const lang = languageOf(a);
            const shared = clash(site.openingHours[i]!, h, lang);
            if (!shared) continue;
            const kind = enumLabel(KIND_NODE, h.kind ?? 'åpent', lang);
            return [
              {
                pointer: hoursPointer(s, j),
                message: {
                  nb: `«${labelFor(hoursPointer(s, j), a)}» overlapper med «${labelFor(hoursPointer(s, i), a)}»: begge er «${kind}» ${shared} til samme tid. Slå dem sammen, eller rett dagene eller klokkeslettene.`,
                  nn: `«${labelFor(hoursPointer(s, j), a)}» overlappar med «${labelFor(hoursPointer(s, i), a)}»: begge er «${kind}» ${shared} til same tid. Slå dei saman, eller rett dagane eller klokkesletta.`,
                },
              },
            ];
          }
          return [];
        }),
      ),
  },
  {
    code: 'aapningstider_oppgitt',
    severity: 'feil',
    section: 'location',
    source: `${SOURCE}; veilederen punkt 2.1, spørsmål 2.1-6`,
    explanation: {
      nb: 'Avtalen skal si når hver lokasjon tar imot publikum: med åpningstider, «ellers etter avtale» eller en merknad.',
      nn: 'Avtalen skal seie når kvar lokasjon tek imot publikum: med opningstider, «elles etter avtale» eller ein merknad.',
    },
    check: ({ agreement: a }) =>
      a.location.sites.flatMap((site: Site, s): Finding[] => {
        if (site.openingHours.length > 0 || site.byAppointment === true || site.note !== undefined) return [];
        const at = sitePointer(s);
        return [
          {
            pointer: `${at}/openingHours`,
            message: {
              nb: `«${labelFor(`${at}/openingHours`, a)}» er tom, og verken «${labelFor(`${at}/byAppointment`, a)}» eller «${labelFor(`${at}/note`, a)}» er fylt inn, så avtalen kan ikke si når lokasjonen tar imot publikum. Legg inn åpningstidene, svar ja på «Ellers etter avtale», eller skriv en merknad.`,
              nn: `«${labelFor(`${at}/openingHours`, a)}» er tom, og korkje «${labelFor(`${at}/byAppointment`, a)}» eller «${labelFor(`${at}/note`, a)}» er fylt inn, så avtalen kan ikkje seie når lokasjonen tek imot publikum. Legg inn opningstidene, svar ja på «Elles etter avtale», eller skriv ein merknad.`,
            },
          },
        ];
      }),
  },
];
