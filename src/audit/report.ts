import type { Severity } from '../model/problem.js';

/** Whether a finding comes from a rule of the registry or from an open «Til vurdering» question. */
export type FindingKind = 'rule' | 'question';

export type ChecklistStatus = 'ja' | 'nei' | 'delvis' | 'ikke relevant';

/** One thing that is wrong or still open before signing. */
export interface AuditFinding {
  /** The rule id («driftsavtale-vedlagt») or the question id («3.7-2»). */
  id: string;
  kind: FindingKind;
  /** `feil` blocks signing; `advarsel` blocks only in strict mode. */
  severity: Severity;
  /** Top-level schema key of the agreement section («delegation»). */
  section: string;
  /** «3.7 Delegert myndighet og oppgaveutførelse på hverandres myndighetsområder». */
  sectionLabel: string;
  /** JSON pointer into the agreement. */
  pointer: string;
  /** Norwegian: what is wrong and how to put it right. */
  message: string;
  /** Where the requirement comes from: template point, guide point, law. */
  reference: string;
  /** What the rule requires, or the question as the guide words it. */
  explanation: string;
}

/** One question of the checklist with what the agreement records for it. */
export interface ChecklistEntry {
  id: string;
  /** The guide's section number, «3.7». */
  section: string;
  text: string;
  status: ChecklistStatus | null;
  comment: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  /** Unanswered, or answered `nei`/`delvis` without a comment. */
  open: boolean;
}

/** One rule of the registry and whether the agreement passed it. */
export interface RuleOutcome {
  id: string;
  severity: Severity;
  section: string;
  sectionLabel: string;
  explanation: string;
  reference: string;
  passed: boolean;
}

export interface AuditCounts {
  /** Questions in the guide. */
  questions: number;
  /** Questions with a recorded status. */
  answered: number;
  /** Checklist entries still open (see ChecklistEntry.open). */
  open: number;
  /** Findings with severity `feil`. */
  errors: number;
  /** Findings with severity `advarsel`. */
  warnings: number;
}

/** The result of auditing one agreement on one day. Plain data; the renderers only read it. */
export interface AuditReport {
  /** The agreement's schemaVersion. */
  schemaVersion: string;
  /** The NAV office, «NAV Indre Salten». */
  office: string;
  /** The ISO date the audit was made as of. */
  today: string;
  strict: boolean;
  /** True when something blocks signing: an error, or in strict mode any finding. */
  blocking: boolean;
  counts: AuditCounts;
  /** In agreement order (schema order of sections), rules before questions within a section. */
  findings: AuditFinding[];
  /** Every question of the guide, in document order. */
  checklist: ChecklistEntry[];
  /** Every rule that was run, in registry order. */
  rules: RuleOutcome[];
}
