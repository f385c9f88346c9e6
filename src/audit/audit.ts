import type { Agreement } from '../model/agreement.js';
import type { Severity } from '../model/problem.js';
import { pointerOf } from '../model/problem.js';
import { sectionLabel } from '../model/labels.js';
import { keyOfSection } from '../model/schema.js';
import { loadQuestions, type Question } from '../guide/questions.js';
import type { AuditFinding, AuditReport, ChecklistEntry, RuleOutcome } from './report.js';
import { ruleContext, type Rule } from '../validate/rule.js';
import { rules as registry, sectionRank } from './rules.js';

/**
 * An open «Til vurdering» question is a warning, not an error: the guide's questions ask for a
 * judgement («Hvordan sikrer dere …?»), and a person — not this tool — decides whether an open
 * one may wait until after signing. `--strict` makes them block.
 */
export const OPEN_QUESTION_SEVERITY: Severity = 'advarsel';

export interface AuditOptions {
  /** ISO date the audit is made as of; injected so the same input always gives the same report. */
  today: string;
  /** Warnings block signing too. */
  strict?: boolean;
  /** The guide's questions; default: guide/*.md. */
  questions?: readonly Question[];
  /** The rules to run; default: the registry. */
  rules?: readonly Rule[];
}

function checklistEntries(agreement: Agreement, questions: readonly Question[]): ChecklistEntry[] {
  return questions.map((q) => {
    const answer = agreement.checklist?.[q.id];
    const status = answer?.status ?? null;
    const comment = answer?.comment ?? null;
    const open = status === null || ((status === 'nei' || status === 'delvis') && comment === null);
    return { id: q.id, section: q.section, text: q.text, status, comment, answeredBy: answer?.answeredBy ?? null, answeredAt: answer?.answeredAt ?? null, open };
  });
}

function questionFinding(entry: ChecklistEntry): AuditFinding {
  const section = keyOfSection(entry.section) ?? entry.section;
  // Where the answer goes in the agreement file. The status is the assessment of whether the point
  // is settled, not a yes/no answer to the question (most ask «Hvordan …?»).
  const where = `i avtalefilen under checklist → "${entry.id}"`;
  const message =
    entry.status === null
      ? `Ikke vurdert: «${entry.text}» Før inn vurderingen ${where}: status (ja, nei, delvis eller ikke relevant – om punktet er avklart i avtalen) og gjerne en kommentar som svarer på spørsmålet.`
      : `Vurdert «${entry.status}» uten kommentar: «${entry.text}» Skriv ${where} en kommentar (comment) om hva som gjøres med dette, eller hvorfor det er i orden.`;
  return {
    id: entry.id,
    kind: 'question',
    severity: OPEN_QUESTION_SEVERITY,
    section,
    sectionLabel: sectionLabel(section),
    pointer: pointerOf(['checklist', entry.id]),
    message,
    reference: `Veilederen punkt ${entry.section}, «Til vurdering»`,
    explanation: entry.text,
  };
}

/**
 * Audits an agreement before signing: runs every rule of the registry on it and its derived values,
 * and goes through the guide's «Til vurdering» checklist. Pure: same agreement, options and guide →
 * the same report. The agreement must already be schema-valid (see validateAgreement).
 */
export function auditAgreement(agreement: Agreement, options: AuditOptions): AuditReport {
  const { today, strict = false } = options;
  const questions = options.questions ?? loadQuestions();
  const ruleList = options.rules ?? registry;
  const ctx = ruleContext(agreement, today);

  const outcomes: RuleOutcome[] = [];
  const ruleFindings = ruleList.flatMap((rule): AuditFinding[] => {
    const found = rule.check(ctx);
    const label = sectionLabel(rule.section);
    outcomes.push({ id: rule.id, severity: rule.severity, section: rule.section, sectionLabel: label, explanation: rule.explanation, reference: rule.reference, passed: found.length === 0 });
    return found.map((f) => ({
      id: rule.id,
      kind: 'rule',
      severity: rule.severity,
      section: rule.section,
      sectionLabel: label,
      pointer: f.pointer,
      message: f.message,
      reference: rule.reference,
      explanation: rule.explanation,
    }));
  });

  const checklist = checklistEntries(agreement, questions);
  const questionFindings = checklist.filter((e) => e.open).map(questionFinding);

  // Stable sort: by agreement section, rules (registry order) before questions (guide order).
  const rank = (f: AuditFinding) => sectionRank(f.section);
  const findings = [...ruleFindings, ...questionFindings].sort((a, b) => rank(a) - rank(b) || Number(a.kind === 'question') - Number(b.kind === 'question'));

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
