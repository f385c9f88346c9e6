import { formatDate } from '../format/index.js';
import { sectionLabel } from '../model/labels.js';
import type { Severity } from '../model/problem.js';
import { enumLabel, schemaAt } from '../model/schema.js';
import { questionOf } from './audit.js';
import type { AuditReport, ChecklistStatus } from './report.js';

/** One finding as a line of text: what a Word renderer turns into a paragraph. */
export interface SummaryItem {
  severity: Severity;
  /** The finding's code («driftsavtale_vedlagt», «ikke_vurdert»). */
  code: string;
  /** For an open question, its id («3.7-2»); undefined for a rule's finding. */
  question?: string;
  /** The finding's message. */
  text: string;
  /** «Partnerskapsavtalen punkt 3.8 …». */
  source: string;
}

export interface SummaryGroup {
  /** Top-level schema key. */
  section: string;
  /** «3.7 Delegert myndighet …». */
  sectionLabel: string;
  items: SummaryItem[];
}

/**
 * The audit as plain structure, shared by every renderer (text, Markdown, HTML, and the guide's
 * status page in Word): a title, a verdict, a few facts and the findings grouped by section.
 */
export interface AuditSummary {
  /** «Kontroll før signering – NAV Indre Salten». */
  title: string;
  /** One sentence: can the agreement be signed? */
  verdict: string;
  blocking: boolean;
  /** «Kontrollert 12. desember 2025», «Sjekklisten: 38 av 44 spørsmål vurdert, 6 åpne», … */
  facts: string[];
  /** Sections with findings, in agreement order; empty when there is nothing to report. */
  groups: SummaryGroup[];
  /** Questions answered «nei» or «delvis» with a comment: not open, but what the signatories should know. */
  reservations: { id: string; status: string; question: string; comment: string }[];
}

const SEVERITY_LABEL: Record<Severity, string> = { feil: 'Feil', advarsel: 'Advarsel' };
/** «Feil» / «Advarsel» for display. */
export const severityLabel = (s: Severity): string => SEVERITY_LABEL[s];

const STATUS_NODE = schemaAt('/checklist/1.0-1/status');
/** «Ja», «Nei», «Delvis», «Ikke relevant»: the schema's display label for a checklist status. */
export const statusLabel = (s: ChecklistStatus): string => enumLabel(STATUS_NODE, s);

/** «1 advarsel», «2 advarsler», «3 feil». */
export function countOf(n: number, severity: Severity): string {
  if (severity === 'feil') return `${n} feil`;
  return `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`;
}

function verdict(r: AuditReport): string {
  const { errors, warnings } = r.counts;
  if (errors > 0) {
    const also = r.strict && warnings > 0 ? ` og ${countOf(warnings, 'advarsel')} må lukkes` : '';
    return `Kan ikke signeres ennå: ${countOf(errors, 'feil')} må rettes${also}.`;
  }
  if (warnings > 0)
    return r.strict
      ? `Kan ikke signeres ennå (streng kontroll): ${countOf(warnings, 'advarsel')} må lukkes.`
      : `Ingen feil hindrer signering, men ${countOf(warnings, 'advarsel')} bør vurderes.`;
  return 'Klar til signering: ingen feil eller advarsler.';
}

/** The plain structure of a report (pure). */
export function auditSummary(r: AuditReport): AuditSummary {
  const groups: SummaryGroup[] = [];
  for (const f of r.findings) {
    let group = groups[groups.length - 1];
    if (group?.section !== f.section) {
      group = { section: f.section, sectionLabel: sectionLabel(f.section), items: [] };
      groups.push(group);
    }
    const question = questionOf(f);
    group.items.push({ severity: f.severity, code: f.code, ...(question === undefined ? {} : { question }), text: f.message, source: f.source });
  }
  const failed = r.rules.filter((x) => !x.passed).length;
  return {
    title: `Kontroll før signering – ${r.office}`,
    verdict: verdict(r),
    blocking: r.blocking,
    facts: [
      `Kontrollert ${formatDate(r.today)}${r.strict ? ' (streng kontroll: advarsler blokkerer også)' : ''}`,
      `Sjekklisten: ${r.counts.answered} av ${r.counts.questions} spørsmål vurdert, ${r.counts.open} åpne`,
      `Regler: ${r.rules.length} kontrollert, ${failed} ikke oppfylt`,
      `Funn: ${countOf(r.counts.errors, 'feil')} og ${countOf(r.counts.warnings, 'advarsel')}`,
    ],
    groups,
    reservations: r.checklist.flatMap((e) => (e.state === 'reservation' ? [{ id: e.id, status: e.status!, question: e.text, comment: e.comment! }] : [])),
  };
}
