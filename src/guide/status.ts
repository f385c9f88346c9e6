import { auditAgreement, QUESTION_UNANSWERED, QUESTION_UNCOMMENTED } from '../audit/audit.js';
import { auditSummary, severityLabel } from '../audit/summary.js';
import type { Agreement } from '../model/agreement.js';
import type { Question } from '../model/checklist.js';
import type { Severity } from '../model/problem.js';
import { languageOf } from '../model/schema.js';
import { guideWords } from './words.js';

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
export function statusPage(agreement: Agreement, today: string, questions: readonly Question[]): StatusPage {
  const lang = languageOf(agreement);
  const w = guideWords(lang);
  const report = auditAgreement(agreement, { today, questions });
  const summary = auditSummary(report);
  const groups = summary.groups.map((g) => {
    const rules: StatusItem[] = g.items.filter((i) => i.questions.length === 0).map((i) => ({ severity: i.severity, severityLabel: severityLabel(i.severity, lang), text: i.text, questions: [] }));
    // The open questions of the section on one line per kind, by id.
    const item = (code: string, text: string): StatusItem[] => {
      const asked = g.items.filter((i) => i.code === code && i.questions.length > 0);
      return asked.length ? [{ severity: asked[0]!.severity, severityLabel: severityLabel(asked[0]!.severity, lang), text, questions: asked.flatMap((i) => i.questions) }] : [];
    };
    return {
      label: g.sectionLabel,
      items: [...rules, ...item(QUESTION_UNANSWERED, w.unassessed), ...item(QUESTION_UNCOMMENTED, w.uncommented)],
    };
  });
  return { anchor: 'status', heading: w.statusHeading, verdict: summary.verdict, blocking: summary.blocking, facts: summary.facts, groups: groupUnassessed(groups, w) };
}

type Group = StatusPage['groups'][number];

type Words = ReturnType<typeof guideWords>;

/**
 * Sections whose only finding is «Ikke vurdert» take one line each in a group of their own, and
 * consecutive ones share a line («3.2–3.8: 16 spørsmål ikke vurdert»), instead of a heading and
 * a line per section. Sections with other findings keep their own group, open questions included.
 */
function groupUnassessed(groups: Group[], w: Words): Group[] {
  /** A section whose only finding is its open questions. */
  const onlyUnassessed = (g: Group): boolean => g.items.length === 1 && g.items[0]!.text === w.unassessed;
  const kept = groups.filter((g) => !onlyUnassessed(g));
  const runs: Group[][] = [];
  groups.forEach((g, i) => {
    if (!onlyUnassessed(g)) return;
    if (i > 0 && onlyUnassessed(groups[i - 1]!)) runs[runs.length - 1]!.push(g);
    else runs.push([g]);
  });
  if (!runs.length) return kept;
  const items = runs.map((run): StatusItem => {
    const first = run[0]!.items[0]!;
    const questions = run.flatMap((g) => g.items[0]!.questions);
    const section = (g: Group) => /^\d+\.\d+/.exec(g.label)?.[0] ?? g.label;
    const range = run.length > 1 ? `${section(run[0]!)}–${section(run[run.length - 1]!)}` : section(run[0]!);
    const n = questions.length;
    // One section: its questions are linked; a range says how many.
    return { ...first, text: `${w.unassessedRange(range, n)}${run.length === 1 ? ':' : ''}`, questions: run.length === 1 ? questions : [] };
  });
  return [...kept, { label: w.unassessedGroup, items }];
}
