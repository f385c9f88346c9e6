import { formatDate } from '../format/index.js';
import { CONFIRMED_STATEMENTS, confirms } from '../model/checklist.js';
import { sectionLabel } from '../model/labels.js';
import type { Severity } from '../model/problem.js';
import { enumLabel, schemaAt, type Language } from '../model/schema.js';
import { QUESTION_UNANSWERED, questionsOf, unassessedLine } from './audit.js';
import type { AuditReport, ChecklistStatus } from './report.js';
import { AUDIT_WORDS } from './words.js';

/** One finding as a line of text: what a Word renderer turns into a paragraph. */
export interface SummaryItem {
  severity: Severity;
  /** The finding's code («driftsavtale_vedlagt», «ikke_vurdert»). */
  code: string;
  /** The open questions it is about: a section's unanswered ones, or the one answered without a comment; empty for a rule's finding. */
  questions: string[];
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
  /**
   * How the report lists the findings: `groups` without the lines of unanswered questions, which
   * are gathered in `unassessed`, one line per section, with the command that answers them once.
   */
  ruleGroups: SummaryGroup[];
  unassessed?: UnassessedBlock;
  /** Questions answered «nei» or «delvis» with a comment: not open, but what the signatories should know. */
  reservations: { id: string; status: string; question: string; comment: string }[];
  /** What the agreement leaves out of 2.1 because the checklist does not confirm it, a sentence each. */
  omitted: string[];
}

/** The unanswered «Til vurdering» questions, one line per guide section. */
export interface UnassessedBlock {
  heading: string;
  /** «3.2 Tilsetting av leder og medarbeidere: 3 av 3 spørsmål ikke vurdert», «9.0 Avtaleperiode: 1 av 2 spørsmål ikke vurdert (9.0-2)». */
  items: SummaryItem[];
  /** «Svar på dem med», before the command. */
  answerWith: string;
  /** «npx partnerskap checklist avtale.yaml». */
  command: string;
  source: string;
}

/** «Feil» / «Advarsel» (nynorsk «Åtvaring») for display. */
export const severityLabel = (s: Severity, lang: Language = 'nb'): string => AUDIT_WORDS[lang].severity[s];

const STATUS_NODE = schemaAt('/checklist/1.0-1/status');
/** «Ja», «Nei», «Delvis», «Ikke relevant»: the schema's display label for a checklist status. */
export const statusLabel = (s: ChecklistStatus, lang: Language = 'nb'): string => enumLabel(STATUS_NODE, s, lang);

/** «1 advarsel», «2 advarsler», «3 feil» (nynorsk «1 åtvaring», «2 åtvaringar»). */
export function countOf(n: number, severity: Severity, lang: Language = 'nb'): string {
  const w = AUDIT_WORDS[lang];
  return `${n} ${n === 1 ? w.severity[severity].toLowerCase() : w.severityPlural[severity]}`;
}

function verdict(r: AuditReport): string {
  const { errors, warnings } = r.counts;
  const w = AUDIT_WORDS[r.language];
  if (errors > 0) {
    const also = r.strict && warnings > 0 ? ` ${w.and} ${countOf(warnings, 'advarsel', r.language)} ${w.mustClose}` : '';
    return w.verdictErrors(countOf(errors, 'feil', r.language), also);
  }
  if (warnings > 0) return r.strict ? w.verdictStrict(countOf(warnings, 'advarsel', r.language)) : w.verdictWarnings(countOf(warnings, 'advarsel', r.language));
  return w.verdictReady;
}

/** The unanswered questions of a report, a line per section (their findings are QUESTION_UNANSWERED). */
function unassessedBlock(r: AuditReport, findings: AuditReport['findings']): UnassessedBlock {
  const w = AUDIT_WORDS[r.language];
  const sectionOf = new Map(r.checklist.map((e) => [e.id, e.section]));
  const items = findings.map((f): SummaryItem => {
    const ids = questionsOf(f);
    const section = sectionOf.get(ids[0]!) ?? '';
    const total = r.checklist.filter((e) => e.section === section).length;
    return { severity: f.severity, code: f.code, questions: ids, text: unassessedLine(section, ids, total, r.language), source: f.source };
  });
  return { heading: w.unassessedHeading, items, answerWith: w.answerWith, command: r.checklistCommand, source: w.unassessedSource };
}

/** The plain structure of a report (pure). */
export function auditSummary(r: AuditReport): AuditSummary {
  const groups: SummaryGroup[] = [];
  for (const f of r.findings) {
    let group = groups[groups.length - 1];
    if (group?.section !== f.section) {
      group = { section: f.section, sectionLabel: sectionLabel(f.section, r.language), items: [] };
      groups.push(group);
    }
    group.items.push({ severity: f.severity, code: f.code, questions: questionsOf(f), text: f.message, source: f.source });
  }
  const unanswered = r.findings.filter((f) => f.code === QUESTION_UNANSWERED);
  const ruleGroups = groups.map((g) => ({ ...g, items: g.items.filter((i) => i.code !== QUESTION_UNANSWERED) })).filter((g) => g.items.length > 0);
  const failed = r.rules.filter((x) => !x.passed).length;
  const w = AUDIT_WORDS[r.language];
  return {
    title: `${w.title} – ${r.office}`,
    verdict: verdict(r),
    blocking: r.blocking,
    facts: [
      `${w.checked} ${formatDate(r.today)}${r.strict ? w.strictNote : ''}`,
      w.checklistFact(r.counts.answered, r.counts.questions, r.counts.open),
      w.rulesFact(r.rules.length, failed),
      `${w.findings}: ${countOf(r.counts.errors, 'feil', r.language)} ${w.and} ${countOf(r.counts.warnings, 'advarsel', r.language)}`,
    ],
    groups,
    ruleGroups,
    ...(unanswered.length ? { unassessed: unassessedBlock(r, unanswered) } : {}),
    reservations: r.checklist.flatMap((e) => (e.state === 'reservation' ? [{ id: e.id, status: e.status!, question: e.text, comment: e.comment! }] : [])),
    omitted: omittedStatements(r),
  };
}

/** «Punkt 2.1 sier ikke at …»: each statement of 2.1 the agreement leaves out because the checklist does not confirm it. */
export function omittedStatements(r: AuditReport): string[] {
  return CONFIRMED_STATEMENTS.flatMap(({ id, key }) => {
    const status = r.checklist.find((e) => e.id === id)?.status;
    return confirms(status) ? [] : [AUDIT_WORDS[r.language].omitted(key, id, statusLabel(status!, r.language))];
  });
}
