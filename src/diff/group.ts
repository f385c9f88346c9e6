import type { Problem } from '../model/problem.js';
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

/** The label below its section heading: «3.8 Driftsavtale › Årsverk › Saltdal kommune» → «Årsverk › Saltdal kommune». */
export function shortLabel(c: Change): string {
  if (c.label === c.section) return 'hele punktet';
  return c.label.startsWith(c.section + SEP) ? c.label.slice(c.section.length + SEP.length) : c.label;
}

/** The word a reader sees for the kind of change. */
export function kindWord(c: Change): string {
  if (c.derived) return 'beregnet';
  return { added: 'lagt til', removed: 'fjernet', changed: 'endret' }[c.kind];
}

/** «16 endringer i avtaledataene og 8 beregnede følger». */
export function summary(changes: readonly Change[]): string {
  const derived = changes.filter((c) => c.derived).length;
  const n = changes.length - derived;
  const entered = `${n} ${n === 1 ? 'endring' : 'endringer'} i avtaledataene`;
  return derived ? `${entered} og ${derived} ${derived === 1 ? 'beregnet følge' : 'beregnede følger'}` : entered;
}

export const title = (officeName: string): string => `Endringer i partnerskapsavtalen for ${officeName}`;

export const NO_CHANGES = 'Ingen endringer: versjonene har de samme avtaledataene.';

/**
 * A warning when the two versions name different offices (most likely a wrong file), else
 * undefined. The versions are compared all the same.
 */
export function differentOffices(oldOffice: string, newOffice: string): Problem | undefined {
  if (oldOffice === newOffice) return undefined;
  return {
    code: 'different_offices',
    severity: 'advarsel',
    pointer: '/parties/officeName',
    section: 'parties',
    message: `De to versjonene gjelder ulike kontorer (${oldOffice} og ${newOffice}). Er det riktig fil?`,
  };
}
