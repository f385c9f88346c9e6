import type { Agreement } from '../model/agreement.js';
import { isOpen, questionState, type Question } from '../model/checklist.js';
import { pointerOf, segmentsOf, type Problem, type Severity } from '../model/problem.js';
import { keyOfSection } from '../model/schema.js';
import type { AuditFinding, AuditReport, ChecklistEntry, RuleOutcome } from './report.js';
import { checkRule, ruleContext, type Rule } from '../validate/rule.js';
import { rules as registry, sectionRank } from './rules.js';

/**
 * An open «Til vurdering» question is a warning, not an error: the guide's questions ask for a
 * judgement («Hvordan sikrer dere …?»), and a person — not this tool — decides whether an open
 * one may wait until after signing. `--strict` makes them block.
 */
export const OPEN_QUESTION_SEVERITY: Severity = 'advarsel';

/** The codes of open-question findings: not assessed at all, or «nei»/«delvis» without a comment. */
export const QUESTION_UNANSWERED = 'ikke_vurdert';
export const QUESTION_UNCOMMENTED = 'vurdert_uten_kommentar';

/** The question id («3.7-2») an open-question finding is about; undefined for a rule's finding. */
export function questionOf(f: Problem): string | undefined {
  return f.code === QUESTION_UNANSWERED || f.code === QUESTION_UNCOMMENTED ? segmentsOf(f.pointer)[1] : undefined;
}

export interface AuditOptions {
  /** ISO date the audit is made as of; injected so the same input always gives the same report. */
  today: string;
  /** Warnings block signing too. */
  strict?: boolean;
  /** The guide's «Til vurdering» questions, in document order (the caller loads the guide). */
  questions: readonly Question[];
  /** The rules to run; default: the registry. */
  rules?: readonly Rule[];
}

function checklistEntries(agreement: Agreement, questions: readonly Question[]): ChecklistEntry[] {
  return questions.map(({ id, section, text }) => {
    const answer = agreement.checklist?.[id];
    return {
      id,
      section,
      text,
      status: answer?.status ?? null,
      comment: answer?.comment ?? null,
      answeredBy: answer?.answeredBy ?? null,
      answeredAt: answer?.answeredAt ?? null,
      state: questionState(answer),
      open: isOpen(answer),
    };
  });
}

function questionFinding(entry: ChecklistEntry): AuditFinding {
  const unanswered = entry.state === 'unanswered';
  // Where the answer goes in the agreement file. The status is the assessment of whether the point
  // is settled, not a yes/no answer to the question (most ask «Hvordan …?»).
  const where = `i avtalefilen under checklist → "${entry.id}"`;
  const message = unanswered
    ? `Ikke vurdert: «${entry.text}» Før inn vurderingen ${where}: status (ja, nei, delvis eller ikke relevant – om punktet er avklart i avtalen) og gjerne en kommentar som svarer på spørsmålet.`
    : `Vurdert «${entry.status}» uten kommentar: «${entry.text}» Skriv ${where} en kommentar (comment) om hva som gjøres med dette, eller hvorfor det er i orden.`;
  return {
    code: unanswered ? QUESTION_UNANSWERED : QUESTION_UNCOMMENTED,
    severity: OPEN_QUESTION_SEVERITY,
    pointer: pointerOf(['checklist', entry.id]),
    section: keyOfSection(entry.section) ?? entry.section,
    message,
    source: `Veilederen punkt ${entry.section}, «Til vurdering»`,
  };
}

/**
 * Audits an agreement before signing: runs every rule of the registry on it and its derived values,
 * and goes through the guide's «Til vurdering» checklist. Pure: same agreement, options and guide →
 * the same report. The agreement must already be schema-valid (see validateAgreement).
 */
export function auditAgreement(agreement: Agreement, options: AuditOptions): AuditReport {
  const { today, strict = false, questions } = options;
  const ruleList = options.rules ?? registry;
  const ctx = ruleContext(agreement, today);

  const outcomes: RuleOutcome[] = [];
  const ruleFindings = ruleList.flatMap((rule) => {
    const found = checkRule(rule, ctx);
    outcomes.push({ code: rule.code, severity: rule.severity, section: rule.section, explanation: rule.explanation, source: rule.source, passed: found.length === 0 });
    return found;
  });

  const checklist = checklistEntries(agreement, questions);
  const questionFindings = checklist.filter((e) => e.open).map(questionFinding);

  // Stable sort: by agreement section, rules (registry order) before questions (guide order).
  const rank = (f: AuditFinding) => sectionRank(f.section);
  const isQuestion = (f: AuditFinding) => Number(questionOf(f) !== undefined);
  const findings = [...ruleFindings, ...questionFindings].sort((a, b) => rank(a) - rank(b) || isQuestion(a) - isQuestion(b));

  const errors = findings.filter((f) => f.severity === 'feil').length;
  const warnings = findings.length - errors;
  return {
    schemaVersion: agreement.schemaVersion,
    office: agreement.parties.officeName,
    today,
    strict,
    blocking: errors > 0 || (strict && warnings > 0),
    counts: {
      questions: checklist.length,
      answered: checklist.filter((e) => e.status !== null).length,
      open: checklist.filter((e) => e.open).length,
      errors,
      warnings,
    },
    findings,
    checklist,
    rules: outcomes,
  };
}
