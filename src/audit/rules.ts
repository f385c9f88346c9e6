import type { Rule } from './rule.js';
import { municipalityName } from '../derive/format.js';
import { WEEKDAYS } from '../model/weekdays.js';

/**
 * The rule registry. Adding a rule is adding an entry here (and its test in test/audit/rules.test.ts);
 * nothing else changes. Order: by agreement section.
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
      const found = [];
      if (parties.municipalities.length < 2)
        found.push({ pointer: '/parties/municipalities', message: 'Alternativ 2 (vertskommune) krever minst to kommuner: vertskommunen og kommunene den er vertskommune for. Legg til kommunene, eller velg Alternativ 1.' });
      if (!parties.municipalities.some((m) => m.number === parties.host))
        found.push({ pointer: '/parties/host', message: `Vertskommunen (${parties.host}) er ikke blant kommunene i avtalen. Oppgi kommunenummeret til en av dem.` });
      return found;
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
    id: 'aapningstider-gyldige',
    severity: 'feil',
    section: 'location',
    reference: 'Partnerskapsavtalen punkt 2.1; veilederen punkt 2.1',
    explanation: 'Åpningstidene skal gå fra en ukedag til samme eller en senere ukedag, og kontoret skal stenge etter at det åpner.',
    blocksGenerate: true,
    check: ({ agreement: { location } }) => {
      const h = location.openingHours;
      const found = [];
      if (WEEKDAYS.indexOf(h.toDay) < WEEKDAYS.indexOf(h.fromDay))
        found.push({ pointer: '/location/openingHours/toDay', message: `Åpningstidene går fra ${h.fromDay} til ${h.toDay}, som kommer før i uken. Bytt om dagene.` });
      if (h.closes <= h.opens)
        found.push({ pointer: '/location/openingHours/closes', message: `Kontoret stenger kl. ${h.closes}, som ikke er etter at det åpner kl. ${h.opens}. Rett klokkeslettene.` });
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
        ? [{ pointer: '/period/end', message: `Avtalen slutter (${period.end}) før eller samme dag som den begynner (${period.start}). Rett sluttdatoen, eller fjern den for en løpende avtale.` }]
        : [],
  },
];
