import type { Agreement } from '../model/agreement.js';
import { isOpen, questionState, type Question } from '../model/checklist.js';
import { joinList } from '../format/index.js';
import { sectionLabel } from '../model/labels.js';
import { pointerOf, segmentsOf, type Problem, type Severity } from '../model/problem.js';
import { enumLabel, keyOfSection, languageOf, schemaAt, type Language } from '../model/schema.js';
import type { AuditFinding, AuditReport, ChecklistEntry, RuleOutcome } from './report.js';
import { checkRule, ruleContext, sourceIn, textIn, type Rule, type Text } from '../validate/rule.js';
import { rules as registry, sectionRank } from './rules.js';

/**
 * An open «Til vurdering» question is a warning, not an error: the guide's questions ask for a
 * judgement («Hvordan sikrer dere …?»), and a person — not this tool — decides whether an open
 * one may wait until after signing. `--strict` makes them block.
 */
export const OPEN_QUESTION_SEVERITY: Severity = 'advarsel';

/** The codes of open-question findings: a section's questions not assessed at all, or one «nei»/«delvis» without a comment. */
export const QUESTION_UNANSWERED = 'ikke_vurdert';
export const QUESTION_UNCOMMENTED = 'vurdert_uten_kommentar';

/** The question id («3.7-2») of a finding about one question («vurdert_uten_kommentar»); undefined otherwise. */
export function questionOf(f: Problem): string | undefined {
  return f.code === QUESTION_UNCOMMENTED ? segmentsOf(f.pointer)[1] : undefined;
}

/** Every question a finding is about: the section's unanswered ones, the one uncommented, none for a rule's finding. */
export function questionsOf(f: AuditFinding): string[] {
  const one = questionOf(f);
  return f.questions ?? (one === undefined ? [] : [one]);
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
  /** The agreement file as the user named it, for the command that answers the checklist; default a placeholder. */
  file?: string;
}

/** A path as one shell word: as is when it is plain, else in single quotes. */
const shellWord = (s: string): string => (/^[\p{L}\p{N}@%+=:,./_-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The command that asks an agreement's «Til vurdering» questions and writes the answers back into
 * its file: with the file when it is a data file (YAML or JSON), else with a placeholder.
 */
export function checklistCommand(file?: string): string {
  return `npx partnerskap checklist ${file !== undefined && /\.(ya?ml|json)$/i.test(file) ? shellWord(file) : '<avtalefil>'}`;
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

/** The schema key of a guide section («3.7» → «delegation»), or the number itself. */
const keyOf = (section: string): string => keyOfSection(section) ?? section;

const STATUS_NODE = schemaAt('/checklist/1.0-1/status');

/**
 * The open questions of one guide section: one finding for all its unanswered questions, so a
 * fresh agreement gets a line per section instead of one per question, and one for each question
 * answered «nei» or «delvis» without a comment. The fix is the checklist command, not the file's keys.
 */
function sectionFindings(section: string, entries: readonly ChecklistEntry[], command: string, lang: Language): AuditFinding[] {
  const unanswered = entries.filter((e) => e.state === 'unanswered').map((e) => e.id);
  const found: AuditFinding[] = [];
  if (unanswered.length) {
    const answer: Text = { nb: 'Svar på dem med', nn: 'Svar på dei med' };
    found.push({
      code: QUESTION_UNANSWERED,
      severity: OPEN_QUESTION_SEVERITY,
      pointer: pointerOf(['checklist']),
      section: keyOf(section),
      message: `${unassessedLine(section, unanswered, entries.length, lang)}. ${answer[lang]}: ${command}`,
      source: sourceIn(`Veilederen punkt ${section}, spørsmål ${joinList(unanswered)}`, lang),
      questions: unanswered,
    });
  }
  for (const e of entries.filter((x) => x.state === 'uncommented')) {
    const status = enumLabel(STATUS_NODE, e.status!, lang).toLowerCase();
    const message: Text = {
      nb: `Spørsmål ${e.id} er vurdert «${status}» uten kommentar: «${e.text}» Skriv en kommentar om hva som gjøres med dette, eller hvorfor det er i orden, med: ${command}`,
      nn: `Spørsmål ${e.id} er vurdert «${status}» utan kommentar: «${e.text}» Skriv ein kommentar om kva som blir gjort med dette, eller kvifor det er i orden, med: ${command}`,
    };
    found.push({
      code: QUESTION_UNCOMMENTED,
      severity: OPEN_QUESTION_SEVERITY,
      pointer: pointerOf(['checklist', e.id]),
      section: keyOf(section),
      message: textIn(message, lang),
      source: sourceIn(`Veilederen punkt ${section}, spørsmål ${e.id}`, lang),
    });
  }
  return found;
}

/**
 * «3.2 Tilsetting av leder og medarbeidere: 2 av 3 spørsmål ikke vurdert (3.2-1 og 3.2-3)»; the
 * ids only when some of the section's questions are answered, so a fresh section is one short line.
 */
export function unassessedLine(section: string, ids: readonly string[], total: number, lang: Language = 'nb'): string {
  const key = keyOfSection(section);
  const label = key ? sectionLabel(key, lang) : section;
  // Nynorsk agrees the participle with the counted questions (plural), as everywhere else: «vurderte».
  const notAssessed: Text = { nb: 'ikke vurdert', nn: 'ikkje vurderte' };
  return `${label}: ${ids.length} av ${total} spørsmål ${notAssessed[lang]}${ids.length < total ? ` (${joinList(ids)})` : ''}`;
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
  const lang = languageOf(agreement);

  const outcomes: RuleOutcome[] = [];
  const ruleFindings = ruleList.flatMap((rule) => {
    const found = checkRule(rule, ctx);
    outcomes.push({ code: rule.code, severity: rule.severity, section: rule.section, explanation: textIn(rule.explanation, lang), source: sourceIn(rule.source, lang), passed: found.length === 0 });
    return found;
  });

  const checklist = checklistEntries(agreement, questions);
  const command = checklistCommand(options.file);
  const bySection = new Map<string, ChecklistEntry[]>();
  for (const e of checklist) bySection.set(e.section, [...(bySection.get(e.section) ?? []), e]);
  const questionFindings = [...bySection].flatMap(([section, entries]) => sectionFindings(section, entries, command, lang));

  // Stable sort: by agreement section, rules (registry order) before questions (guide order).
  const rank = (f: AuditFinding) => sectionRank(f.section);
  const isQuestion = (f: AuditFinding) => Number(f.code === QUESTION_UNANSWERED || f.code === QUESTION_UNCOMMENTED);
  const findings = [...ruleFindings, ...questionFindings].sort((a, b) => rank(a) - rank(b) || isQuestion(a) - isQuestion(b));

  const errors = findings.filter((f) => f.severity === 'feil').length;
  const warnings = findings.length - errors;
  return {
    schemaVersion: agreement.schemaVersion,
    office: agreement.parties.officeName,
    language: lang,
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
    checklistCommand: command,
    rules: outcomes,
  };
}
