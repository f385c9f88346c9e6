import type { ChecklistStatus, Question, QuestionState } from '../model/checklist.js';
import type { Severity, SourcedProblem } from '../model/problem.js';
import type { Language } from '../model/schema.js';

export type { ChecklistStatus };

/**
 * One thing that is wrong or still open before signing: a Problem with its section and source
 * always given. Its code is the rule's («driftsavtale_vedlagt») or, for open questions,
 * QUESTION_UNANSWERED (one finding per guide section, at /checklist, naming its `questions`) or
 * QUESTION_UNCOMMENTED (one question, at /checklist/<id>).
 */
export type AuditFinding = SourcedProblem & {
  /** For QUESTION_UNANSWERED: the section's unanswered question ids, in guide order. */
  questions?: string[];
};

/** One question of the checklist with what the agreement records for it. */
export interface ChecklistEntry extends Question {
  status: ChecklistStatus | null;
  comment: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  /** Where the question stands (see src/model/checklist.ts). */
  state: QuestionState;
  /** Unanswered, or answered `nei`/`delvis` without a comment (see isOpen in src/model/checklist.ts). */
  open: boolean;
}

/** One rule of the registry and whether the agreement passed it. */
export interface RuleOutcome {
  code: string;
  severity: Severity;
  section: string;
  explanation: string;
  source: string;
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
  /** The agreement's målform: the report is written in it. */
  language: Language;
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
  /** The command that answers the open questions: «npx partnerskap checklist avtale.yaml» (see checklistCommand). */
  checklistCommand: string;
  /** Every rule that was run, in registry order. */
  rules: RuleOutcome[];
}
