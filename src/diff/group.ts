import type { Problem } from '../model/problem.js';
import type { Language } from '../model/schema.js';
import type { Change } from './types.js';

const SEP = ' › ';

/** Which two versions a report compares, as the reader should see them named. */
export interface ReportContext {
  /** File names (relative to where the command ran). */
  oldName: string;
  newName: string;
}

/** Changes grouped by agreement section, in the order they come (schema order). */
export function bySection(changes: readonly Change[]): { section: string; changes: Change[] }[] {
  const groups: { section: string; changes: Change[] }[] = [];
  for (const c of changes) {
    const last = groups[groups.length - 1];
    if (last && last.section === c.section) last.changes.push(c);
    else groups.push({ section: c.section, changes: [c] });
  }
  return groups;
}

/** Every fixed word of the diff reports, once per målform (the new version's). */
export const DIFF_WORDS = {
  nb: {
    wholePoint: 'hele punktet',
    kind: { added: 'lagt til', removed: 'fjernet', changed: 'endret', derived: 'beregnet' },
    changes: (n: number) => `${n} ${n === 1 ? 'endring' : 'endringer'} i avtaledataene`,
    derived: (n: number) => `og ${n} ${n === 1 ? 'beregnet følge' : 'beregnede følger'}`,
    title: (office: string) => `Endringer i partnerskapsavtalen for ${office}`,
    noChanges: 'Ingen endringer: versjonene har de samme avtaledataene.',
    from: 'fra',
    to: 'til',
    derivedNote: 'Beregnede følger er verdier partnerskap regner ut av avtaledataene (kostnadsfordelingen).',
    columns: ['Endring', 'Hva', 'Gammel → ny'],
    differentOffices: (a: string, b: string) => `De to versjonene gjelder ulike kontorer (${a} og ${b}). Er det riktig fil?`,
  },
  nn: {
    wholePoint: 'heile punktet',
    kind: { added: 'lagt til', removed: 'fjerna', changed: 'endra', derived: 'berekna' },
    changes: (n: number) => `${n} ${n === 1 ? 'endring' : 'endringar'} i avtaledataa`,
    derived: (n: number) => `og ${n} ${n === 1 ? 'berekna følgje' : 'berekna følgjer'}`,
    title: (office: string) => `Endringar i partnarskapsavtalen for ${office}`,
    noChanges: 'Ingen endringar: versjonane har dei same avtaledataa.',
    from: 'frå',
    to: 'til',
    derivedNote: 'Berekna følgjer er verdiar partnerskap reknar ut av avtaledataa (kostnadsfordelinga).',
    columns: ['Endring', 'Kva', 'Gammal → ny'],
    differentOffices: (a: string, b: string) => `Dei to versjonane gjeld ulike kontor (${a} og ${b}). Er det rett fil?`,
  },
} as const satisfies Record<Language, unknown>;

/** The label below its section heading: «3.8 Driftsavtale › Årsverk › Saltdal kommune» → «Årsverk › Saltdal kommune». */
export function shortLabel(c: Change, lang: Language = 'nb'): string {
  if (c.label === c.section) return DIFF_WORDS[lang].wholePoint;
  return c.label.startsWith(c.section + SEP) ? c.label.slice(c.section.length + SEP.length) : c.label;
}

/** The word a reader sees for the kind of change. */
export function kindWord(c: Change, lang: Language = 'nb'): string {
  return DIFF_WORDS[lang].kind[c.derived ? 'derived' : c.kind];
}

/** «16 endringer i avtaledataene og 8 beregnede følger». */
export function summary(changes: readonly Change[], lang: Language = 'nb'): string {
  const derived = changes.filter((c) => c.derived).length;
  const entered = DIFF_WORDS[lang].changes(changes.length - derived);
  return derived ? `${entered} ${DIFF_WORDS[lang].derived(derived)}` : entered;
}

export const title = (officeName: string, lang: Language = 'nb'): string => DIFF_WORDS[lang].title(officeName);

export const noChanges = (lang: Language = 'nb'): string => DIFF_WORDS[lang].noChanges;

/**
 * A warning when the two versions name different offices (most likely a wrong file), else
 * undefined. The versions are compared all the same.
 */
export function differentOffices(oldOffice: string, newOffice: string, lang: Language = 'nb'): Problem | undefined {
  if (oldOffice === newOffice) return undefined;
  return {
    code: 'different_offices',
    severity: 'advarsel',
    pointer: '/parties/officeName',
    section: 'parties',
    message: DIFF_WORDS[lang].differentOffices(oldOffice, newOffice),
  };
}
