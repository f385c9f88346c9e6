/**
 * Asking the «Til vurdering» questions: the last part of the wizard, and all of
 * `partnerskap checklist`. Point by point (each can be skipped), a status per question with the
 * schema's labels, and a comment, required for «nei» and «delvis» since the audit counts those as
 * open without one. Answers land in `data.checklist` in the guide's order as they are given; the
 * caller is told after each, to save. Touches no file and no terminal.
 */
import { isOpen, type ChecklistAnswer } from '../model/checklist.js';
import { enumLabel, schemaAt } from '../model/schema.js';
import { pointerOf } from '../model/problem.js';
import { problemsWith } from './check.js';
import { questionOrder, type ChecklistPoint, type ChecklistQuestion } from './checklist-plan.js';
import { isPlainObject } from './data.js';
import type { Prompter } from './types.js';

/** Which questions are asked: the open ones (not assessed, or «nei»/«delvis» without comment), or all. */
export type ChecklistScope = 'open' | 'all';

export interface ChecklistOptions {
  scope: ChecklistScope;
  /** ÅÅÅÅ-MM-DD: «Vurdert dato» of an answer given or changed now. */
  today: string;
  /** Told after each change to `data.checklist`, with the question's id: the moment to save. */
  changed?: (id: string) => void;
}

const STATUS_NODE = schemaAt('/checklist/x/status');
const STATUSES = (STATUS_NODE?.enum ?? []) as ChecklistAnswer['status'][];
const NEEDS_COMMENT = new Set<string>(['nei', 'delvis']);

const STATUS_HELP = 'Vurder om punktet er avklart i avtalen: Ja, Nei, Delvis eller Ikke relevant. Ved Nei og Delvis skriver du hva som mangler.';
const COMMENT_REQUIRED = 'Påkrevd ved Nei og Delvis: hva mangler, og hva gjøres med det? Uten kommentar regnes spørsmålet som åpent før signering.';
const COMMENT_OPTIONAL = 'Valgfritt: svar gjerne på spørsmålet med egne ord. Trykk Enter for å hoppe over.';

/** The recorded answer to a question, if it has one of the schema's statuses. */
export function answerOf(data: Record<string, unknown>, id: string): ChecklistAnswer | undefined {
  const list = data.checklist;
  const answer = isPlainObject(list) ? list[id] : undefined;
  return isPlainObject(answer) && STATUSES.includes(answer.status as ChecklistAnswer['status']) ? (answer as unknown as ChecklistAnswer) : undefined;
}

/** Sets (or with undefined removes) one answer, keeping `data.checklist` in the guide's order; ids the guide does not know stay last. */
export function setAnswer(data: Record<string, unknown>, id: string, answer: ChecklistAnswer | undefined, order: readonly string[]): void {
  const old = isPlainObject(data.checklist) ? data.checklist : {};
  const next: Record<string, unknown> = { ...old, [id]: answer };
  const ids = [...order.filter((k) => k in next), ...Object.keys(next).filter((k) => !order.includes(k))];
  data.checklist = Object.fromEntries(ids.filter((k) => next[k] !== undefined).map((k) => [k, next[k]]));
}

/** How many of the questions are assessed (not open) and how many there are. */
export function checklistCount(data: Record<string, unknown>, plan: readonly ChecklistPoint[]): { assessed: number; total: number } {
  const ids = questionOrder(plan);
  return { assessed: ids.filter((id) => !isOpen(answerOf(data, id))).length, total: ids.length };
}

/** One line on where the checklist stands: «Til vurdering: 12 av 44 spørsmål vurdert; 32 står åpne.» */
export function checklistStatusLine(data: Record<string, unknown>, plan: readonly ChecklistPoint[]): string {
  const { assessed, total } = checklistCount(data, plan);
  return `Til vurdering: ${assessed} av ${total} spørsmål vurdert${assessed < total ? `; ${total - assessed} står åpne` : ''}.`;
}

/** «Vurdert av» of the answer assessed last: the likely assessor again. */
function lastAssessor(data: Record<string, unknown>, order: readonly string[]): string | undefined {
  const answers = order.map((id) => answerOf(data, id)).filter((a): a is ChecklistAnswer => a?.answeredBy !== undefined);
  answers.sort((a, b) => (a.answeredAt ?? '').localeCompare(b.answeredAt ?? ''));
  return answers.at(-1)?.answeredBy;
}

const same = (a: ChecklistAnswer | undefined, b: ChecklistAnswer): boolean => a?.status === b.status && a?.comment === b.comment;

/** The answer as given, stamped with who and when only when it differs from what was there. */
function stamped(before: ChecklistAnswer | undefined, status: ChecklistAnswer['status'], comment: string | undefined, assessor: string | undefined, today: string): ChecklistAnswer {
  const given: ChecklistAnswer = { status, ...(comment !== undefined ? { comment } : {}) };
  if (same(before, given)) return { ...given, ...(before?.answeredBy !== undefined ? { answeredBy: before.answeredBy } : {}), ...(before?.answeredAt !== undefined ? { answeredAt: before.answeredAt } : {}) };
  return { ...given, ...(assessor ? { answeredBy: assessor } : {}), answeredAt: today };
}

/**
 * Asks the questions in `scope`, point by point. Each point starts with a choice to answer it,
 * skip it, or stop; each question with its status, then its comment.
 */
export async function askChecklist(data: Record<string, unknown>, prompter: Prompter, plan: readonly ChecklistPoint[], opts: ChecklistOptions): Promise<void> {
  const order = questionOrder(plan);
  const inScope = (id: string): boolean => opts.scope === 'all' || isOpen(answerOf(data, id));
  const points = plan.filter((p) => p.blocks.some((b) => b.questions.some((q) => inScope(q.id))));
  if (points.length === 0) return;
  const assessor = await askAssessor(data, prompter, order);
  const save = (id: string, answer: ChecklistAnswer | undefined): void => {
    // An answer kept as it was is not written again.
    if (JSON.stringify(answer) === JSON.stringify(answerOf(data, id))) return;
    setAnswer(data, id, answer, order);
    opts.changed?.(id);
  };
  for (const [i, point] of points.entries()) {
    // Fixed when the point starts: a question answered in it stays in it.
    const asked = new Set(point.blocks.flatMap((b) => b.questions.map((q) => q.id)).filter(inScope));
    prompter.section(`Til vurdering – ${point.heading} (punkt ${i + 1} av ${points.length})`);
    const go = await prompter.askSelect({
      key: `:sjekkliste/${point.number}`,
      message: `${asked.size === 1 ? 'Ett spørsmål' : `${asked.size} spørsmål`} i punkt ${point.number}. Vil du svare nå?`,
      choices: [
        { value: 'svar', name: 'Ja, svar på spørsmålene' },
        { value: 'hopp', name: `Hopp over punkt ${point.number}` },
        { value: 'slutt', name: 'Hopp over resten av sjekklisten' },
      ],
      default: 'svar',
    });
    if (go === 'slutt') return;
    if (go === 'hopp') continue;
    for (const block of point.blocks) {
      const questions = block.questions.filter((q) => asked.has(q.id));
      if (questions.length === 0) continue;
      if (block.help) prompter.say(block.help);
      for (const q of questions) await askQuestion(data, prompter, q, { assessor, today: opts.today, save });
    }
  }
}

/** Who assesses now: stamped as «Vurdert av» on every answer given or changed in this run. */
async function askAssessor(data: Record<string, unknown>, prompter: Prompter, order: readonly string[]): Promise<string | undefined> {
  const at = ['checklist', order[0] ?? 'x', 'answeredBy'];
  const raw = await prompter.askInput({
    key: ':vurdert-av',
    message: 'Hvem vurderer spørsmålene?',
    help: 'Navnet føres inn som «Vurdert av», med dagens dato, ved hvert svar du gir eller endrer nå. Valgfritt: trykk Enter for å hoppe over, eller skriv - for å ikke oppgi noen.',
    default: lastAssessor(data, order),
    validate: (typed) => {
      const value = typed.trim();
      if (value === '' || value === '-') return true;
      // Only what the schema says about the name itself (one line, no control characters).
      const problems = problemsWith(data, at, value).filter((p) => p.pointer === pointerOf(at));
      return problems.length ? problems.map((p) => p.message).join('\n') : true;
    },
  });
  const value = raw.trim();
  return value === '' || value === '-' ? undefined : value;
}

interface Asking {
  assessor: string | undefined;
  today: string;
  save: (id: string, answer: ChecklistAnswer | undefined) => void;
}

async function askQuestion(data: Record<string, unknown>, prompter: Prompter, q: ChecklistQuestion, a: Asking): Promise<void> {
  const before = answerOf(data, q.id);
  const status = await prompter.askSelect<ChecklistAnswer['status'] | ''>({
    key: `/checklist/${q.id}/status`,
    message: `${q.id} ${q.text}`,
    help: STATUS_HELP,
    choices: [
      ...STATUSES.map((s) => ({ value: s, name: enumLabel(STATUS_NODE, s) })),
      { value: '' as const, name: before ? 'Ikke vurdert (fjern vurderingen)' : 'Ikke vurdert ennå – svar senere' },
    ],
    default: before?.status ?? '',
  });
  if (status === '') {
    if (before) a.save(q.id, undefined);
    return;
  }
  // The status is kept at once, so an interruption while the comment is typed keeps it.
  a.save(q.id, stamped(before, status, before?.comment, a.assessor, a.today));
  const required = NEEDS_COMMENT.has(status);
  const shown = before?.comment;
  const segments = ['checklist', q.id, 'comment'];
  // Enter on the comment shown keeps it exactly; «-» removes an optional one.
  const toValue = (raw: string): string | undefined => (shown !== undefined && raw === shown ? shown : raw.trim() === '' || raw.trim() === '-' ? undefined : raw.trim());
  const raw = await prompter.askInput({
    key: `/checklist/${q.id}/comment`,
    message: 'Kommentar',
    help: required ? COMMENT_REQUIRED : shown !== undefined ? 'Valgfritt: trykk Enter for å beholde kommentaren, eller skriv - for å fjerne den.' : COMMENT_OPTIONAL,
    default: shown,
    validate: (typed) => {
      const value = toValue(typed);
      if (value === undefined)
        return required ? `Skriv en kommentar: med «${enumLabel(STATUS_NODE, status)}» og uten kommentar regnes spørsmålet som åpent i kontrollen før signering.` : true;
      const problems = problemsWith(data, segments, value).filter((p) => p.pointer === pointerOf(segments));
      return problems.length ? problems.map((p) => p.message).join('\n') : true;
    },
  });
  a.save(q.id, stamped(before, status, toValue(raw), a.assessor, a.today));
}

/**
 * The wizard's last part: the questions, or a skip with the command that asks them later.
 * `later` is that command as the user would type it («npx partnerskap checklist avtale.yaml»).
 */
export async function checklistPart(data: Record<string, unknown>, prompter: Prompter, plan: readonly ChecklistPoint[], opts: { today: string; later: string }): Promise<void> {
  const { assessed, total } = checklistCount(data, plan);
  const open = total - assessed;
  prompter.section('Til vurdering (siste del)', 'Veilederens spørsmål til eierne før signering. Svarene står i veilederen og i kontrollen før signering (audit), ikke i avtaleteksten.');
  const choices = [
    ...(open > 0 ? [{ value: 'open' as const, name: open === total ? `Svar på spørsmålene nå (${total})` : `Svar på de ${open} åpne spørsmålene nå` }] : []),
    ...(assessed > 0 ? [{ value: 'all' as const, name: `Gå gjennom alle ${total} spørsmålene` }] : []),
    { value: 'senere' as const, name: open > 0 ? `Hopp over sjekklisten nå – du kan svare senere med «${opts.later}»` : 'Behold svarene som de er' },
  ];
  const choice = await prompter.askSelect({
    key: ':sjekkliste',
    message: `Veilederen har ${total} spørsmål «Til vurdering». ${assessed === 0 ? 'Ingen er vurdert ennå.' : `${assessed} er vurdert, ${open} står åpne.`} Vil du svare på dem nå?`,
    choices,
    default: open > 0 ? 'open' : 'senere',
  });
  if (choice !== 'senere') await askChecklist(data, prompter, plan, { scope: choice, today: opts.today });
  const after = checklistCount(data, plan);
  prompter.say(`${checklistStatusLine(data, plan)}${after.assessed < after.total ? ` Svar på dem senere med «${opts.later}».` : ''}`);
}
