import { auditAgreement } from '../audit/audit.js';
import { auditSummary, severityLabel } from '../audit/summary.js';
import type { Agreement } from '../model/agreement.js';
import type { Severity } from '../model/problem.js';
import type { Question } from './model.js';

/** One line of the status page. Question findings link to their questions instead of repeating them. */
export interface StatusItem {
  severity: Severity;
  /** «Feil» / «Advarsel». */
  severityLabel: string;
  text: string;
  /** Question ids the line refers to; the renderers link each to its question in the guide. */
  questions: string[];
}

/** «Status før signering»: the audit of the agreement, shown at the front of the personalised guide. */
export interface StatusPage {
  anchor: string;
  heading: string;
  /** One sentence: can the agreement be signed? */
  verdict: string;
  blocking: boolean;
  /** «Kontrollert 12. desember 2025», «Sjekklisten: 38 av 44 spørsmål vurdert, 6 åpne», … */
  facts: string[];
  groups: { label: string; items: StatusItem[] }[];
}

/**
 * The hook for the audit's status page: runs the pre-signing audit (src/audit) as of `today` and
 * shapes its summary for the guide. Open questions are listed by id, linked to the questions
 * further on, so no question text is printed twice.
 */
export function statusPage(agreement: Agreement, today: string, questions?: readonly Question[]): StatusPage {
  const report = auditAgreement(agreement, { today, questions });
  const summary = auditSummary(report);
  const entries = new Map(report.checklist.map((e) => [e.id, e]));
  const groups = summary.groups.map((g) => {
    const rules: StatusItem[] = g.items.filter((i) => i.kind === 'rule').map((i) => ({ severity: i.severity, severityLabel: severityLabel(i.severity), text: i.text, questions: [] }));
    const asked = g.items.filter((i) => i.kind === 'question');
    const item = (ids: typeof asked, text: string): StatusItem[] =>
      ids.length ? [{ severity: ids[0]!.severity, severityLabel: severityLabel(ids[0]!.severity), text, questions: ids.map((i) => i.id) }] : [];
    const unanswered = asked.filter((i) => entries.get(i.id)?.status == null);
    const uncommented = asked.filter((i) => entries.get(i.id)?.status != null);
    return {
      label: g.sectionLabel,
      items: [...rules, ...item(unanswered, 'Ikke vurdert:'), ...item(uncommented, 'Vurdert «nei» eller «delvis» uten kommentar:')],
    };
  });
  return { anchor: 'status', heading: 'Status før signering', verdict: summary.verdict, blocking: summary.blocking, facts: summary.facts, groups };
}
