import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { guideIn } from '../../guide/model.js';
import { languageOf, type Language } from '../../model/schema.js';
import { schemaVersionOf, CURRENT_VERSION } from '../../model/schema-version.js';
import type { Problem } from '../../model/problem.js';
import { parseAgreementText } from '../../parse/parse.js';
import { validateAgreement } from '../../validate/validate.js';
import { answerOf, askChecklist, checklistCount, checklistStatusLine } from '../../wizard/checklist.js';
import { checklistIntoJson, checklistIntoYaml } from '../../wizard/checklist-file.js';
import { checklistPlan, questionOrder, type ChecklistPoint } from '../../wizard/checklist-plan.js';
import { isPlainObject } from '../../wizard/data.js';
import { inquirerPrompter } from '../../wizard/inquirer.js';
import { Interrupted } from '../../wizard/types.js';
import { EXIT } from '../exit-codes.js';
import { writeFileAtomic } from '../fs.js';
import type { WizardDeps } from './wizard.js';
import { ioError } from '../io-error.js';
import { CliError, shownPath, STDIN, type Io } from '../io.js';
import { AGREEMENT_EXTENSIONS, decodeText, DOCX_EXTENSION, formatProblems, MAX_INPUT_BYTES, PDF_EXTENSION } from '../load.js';
import { readInput } from '../read-input.js';
import { loadGuide } from '../resources.js';

export interface ChecklistCommandOptions {
  /** Every question again, with the current answers as defaults; otherwise only the open ones. */
  all: boolean;
}

/** What tests replace: the terminal, and the clock that dates the answers (as for the wizard). */
export type ChecklistDeps = WizardDeps;

export const CHECKLIST_NO_TTY_MESSAGE =
  'Sjekklisten stiller spørsmål på skjermen og må kjøres i et terminalvindu, ikke med omdirigert inndata eller i en automatisk jobb. Se hva som står åpent med «npx partnerskap audit».';

const plans: Partial<Record<Language, ChecklistPoint[]>> = {};
/** The guide's questions as the wizard and this command ask them, in the agreement's målform (guide/nn for nynorsk); read once each. */
export const loadChecklistPlan = (lang: Language = 'nb'): ChecklistPoint[] => (plans[lang] ??= checklistPlan(guideIn(loadGuide(), lang)));

/** A date as ÅÅÅÅ-MM-DD in local time: «Vurdert dato». */
export const dateOf = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const quoteArg = (s: string): string => (/^[\w./-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * `partnerskap checklist <avtalefil> [--all]`: asks the «Til vurdering» questions of an existing
 * agreement (the open ones, or all with --all) and writes every answer into the file as soon as
 * it is given, atomically: YAML keeps its comments and formatting, JSON is rewritten. Exit 0 when
 * done, 1 for a file that cannot take the answers, 2 for usage or I/O problems (also without a
 * terminal), 130 after Ctrl+C (the answers given are saved).
 */
export async function checklistCommand(file: string, opts: ChecklistCommandOptions, io: Io, deps: ChecklistDeps = {}): Promise<number> {
  if (file === STDIN) throw new CliError('checklist skriver svarene inn i avtalefilen og kan ikke lese avtalen fra standard inn (-). Oppgi avtalefilen (.yaml, .yml eller .json).');
  const path = resolve(io.cwd, file);
  const shown = shownPath(io.cwd, path);
  const ext = extname(path).toLowerCase();
  if (ext === DOCX_EXTENSION || ext === PDF_EXTENSION)
    throw new CliError(
      `«${shown}» er et dokument. Svarene skrives inn i avtalefilen, ikke i dokumentet. Oppgi YAML-filen avtalen er laget av, eller hent dataene ut av dokumentet først: «npx partnerskap extract ${quoteArg(shown)} > avtale.yaml», svar med «npx partnerskap checklist avtale.yaml», og lag dokumentet på nytt med «npx partnerskap generate avtale.yaml».`,
    );
  if (!AGREEMENT_EXTENSIONS.includes(ext)) throw new CliError(`Filtypen støttes ikke: «${shown}». Oppgi avtalefilen (.yaml, .yml eller .json).`);

  const loaded = load(path, io);
  if (typeof loaded === 'number') return loaded;
  const { data, target } = loaded;
  const lang = languageOf(data);
  const plan = loadChecklistPlan(lang);
  // The command's own words in the agreement's målform, as the questions are.
  const t = (nb: string, nn: string): string => (lang === 'nn' ? nn : nb);
  const order = questionOrder(plan);
  const hint = `npx partnerskap checklist ${quoteArg(shown)}`;
  const { assessed, total } = checklistCount(data, plan);
  if (!opts.all && assessed === total) {
    io.stdout.write(t(`Alle ${total} spørsmålene er vurdert. Gå gjennom dem på nytt med «${hint} --all».\n`, `Alle dei ${total} spørsmåla er vurderte. Gå gjennom dei på nytt med «${hint} --all».\n`));
    return EXIT.ok;
  }
  if (!deps.prompter && !io.stdin.isTTY) {
    io.stderr.write(`partnerskap: ${CHECKLIST_NO_TTY_MESSAGE}\n`);
    return EXIT.usage;
  }
  const prompter = deps.prompter ?? inquirerPrompter({ input: io.stdin, output: io.stdout, color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR });
  const office = isPlainObject(data.parties) && typeof data.parties.officeName === 'string' ? ` for ${data.parties.officeName}` : '';
  prompter.say(
    [
      `«Til vurdering»${office}: ${checklistStatusLine(data, plan).replace(/^Til vurdering: /, '')}`,
      opts.all ? t('Du går gjennom alle spørsmålene; Enter beholder svaret som står.', 'Du går gjennom alle spørsmåla; Enter beheld svaret som står.') : t('Du får spørsmålene som står åpne.', 'Du får spørsmåla som står opne.'),
      t(
        `Hvert svar lagres i «${shown}» med en gang. Avbryt når som helst med Ctrl+C, og fortsett senere med «${hint}».`,
        `Kvart svar blir lagra i «${shown}» med ein gong. Avbryt når som helst med Ctrl+C, og hald fram seinare med «${hint}».`,
      ),
    ].join('\n'),
  );
  const save = (id: string): void => saveAnswer(target, id, answerOf(data, id), order, ext === '.json', shown);
  try {
    await askChecklist(data, prompter, plan, { scope: opts.all ? 'all' : 'open', today: dateOf(deps.now?.() ?? new Date()), changed: save });
  } catch (e) {
    if (e instanceof Interrupted || (e as Error | undefined)?.name === 'ExitPromptError') {
      io.stderr.write(t(`\n\nAvbrutt. Svarene du har gitt, er lagret i «${shown}».\nFortsett med: ${hint}\n`, `\n\nAvbrote. Svara du har gitt, er lagra i «${shown}».\nHald fram med: ${hint}\n`));
      return EXIT.interrupted;
    }
    throw e;
  }
  const after = checklistCount(data, plan);
  io.stdout.write(
    `${checklistStatusLine(data, plan)} ${t('Svarene', 'Svara')} står i «${shown}».\n${after.assessed < after.total ? `Svar på resten med «${hint}». ` : ''}${t('Se hva som står åpent', 'Sjå kva som står ope')} før signering med «npx partnerskap audit ${quoteArg(shown)}».\n`,
  );
  return EXIT.ok;
}

/** The agreement's data and the real file to write (a symlink's target: the answers belong in the file itself), or an exit code. */
function load(path: string, io: Io): { data: Record<string, unknown>; target: string } | number {
  const report = (code: number, problems: readonly Problem[]): number => {
    io.stderr.write(formatProblems(path, problems, io.cwd) + '\n');
    return code;
  };
  const read = readInput(path, MAX_INPUT_BYTES, 'en avtale er normalt under 100 kB (grensen er 2 MB)');
  if (!read.result.ok) return report(read.exitCode, read.result.problems);
  const text = decodeText(read.result.value);
  if (text === undefined) return report(EXIT.invalid, [{ code: 'not_text', severity: 'feil', pointer: '', message: 'Filen ser ikke ut som tekst (YAML eller JSON). Lagre avtalen som UTF-8-tekst.' }]);
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return report(EXIT.invalid, parsed.problems);
  const { data, locate } = parsed.value;
  const checked = validateAgreement(data, locate);
  if (!checked.ok) {
    // Answers can go into a 2.0 agreement with problems elsewhere; not into an old or a broken one.
    const blocking = !isPlainObject(data) || schemaVersionOf(data) !== CURRENT_VERSION || (data.checklist !== undefined && !isPlainObject(data.checklist));
    if (blocking) return report(EXIT.invalid, checked.problems);
    io.stderr.write(`${formatProblems(path, checked.problems, io.cwd)}\nAvtalen har feil som må rettes før den kan signeres (se over). Svarene på sjekklisten lagres likevel.\n`);
  }
  return { data: data as Record<string, unknown>, target: realpathSync(path) };
}

/**
 * Writes one answer into the file as it is on disk now (read again, so a change made meanwhile
 * in an editor is kept), atomically, with the file's permissions kept.
 */
function saveAnswer(target: string, id: string, answer: ReturnType<typeof answerOf>, order: readonly string[], json: boolean, shown: string): void {
  const unsaved = answer ? ` Svaret som ikke ble lagret: ${id} ${answer.status}${answer.comment ? ` – «${answer.comment}»` : ''}.` : '';
  let text: string;
  let mode: number;
  try {
    text = readFileSync(target, 'utf8');
    mode = statSync(target).mode & 0o7777;
  } catch (e) {
    throw new CliError(`${ioError('lese', shown, e).message}${unsaved}`);
  }
  let next: string;
  try {
    next = json ? checklistIntoJson(text, { [id]: answer }, order) : checklistIntoYaml(text, { [id]: answer }, order);
  } catch {
    throw new CliError(`«${shown}» er endret underveis og kan ikke lenger leses som en avtale.${unsaved} Rett filen og kjør kommandoen på nytt.`, EXIT.invalid);
  }
  try {
    writeFileAtomic(target, next, { overwrite: true, mode });
  } catch (e) {
    throw new CliError(`${ioError('skrive', shown, e).message}${unsaved}`);
  }
}
