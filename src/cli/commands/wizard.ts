import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { labelFor } from '../../model/labels.js';
import { languageOf, type Language } from '../../model/schema.js';
import { parseAgreementText } from '../../parse/parse.js';
import { type Draft, DRAFT_KIND, draftJson, draftPathFor, parseDraft } from '../../wizard/draft.js';
import { checklistPart } from '../../wizard/checklist.js';
import { review } from '../../wizard/finish.js';
import { inquirerPrompter } from '../../wizard/inquirer.js';
import { Interview, templateDefaults } from '../../wizard/interview.js';
import { Journal, type RecordedAnswer } from '../../wizard/journal.js';
import { agreementJson, agreementYaml } from '../../wizard/output.js';
import { Interrupted, type Prompter, type Question } from '../../wizard/types.js';
import { clone } from '../../wizard/values.js';
import { wizardWords, type WizardWords } from '../../wizard/wizard-words.js';
import { isPlainObject } from '../../wizard/data.js';
import { FileExistsError, isDirectory, writeFileAtomic } from '../fs.js';
import { ioError } from '../io-error.js';
import { CliError, shownPath, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { AGREEMENT_EXTENSIONS, formatProblems, loadAgreement } from '../load.js';

export interface WizardOptions {
  from?: string;
  out: string;
}

/** What tests replace: the terminal, and the clock that stamps the draft. */
export interface WizardDeps {
  prompter?: Prompter;
  now?: () => Date;
}


export const NO_TTY_MESSAGE =
  'Veiviseren stiller spørsmål på skjermen og må kjøres i et terminalvindu, ikke med omdirigert inndata eller i en automatisk jobb. Bruk «npx partnerskap validate» og «npx partnerskap generate» på en ferdig avtalefil i stedet.';

const quoteArg = (s: string): string => (/^[\w./-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);

interface Start {
  base: Record<string, unknown>;
  replay: RecordedAnswer[];
  from?: string;
}

/**
 * `partnerskap wizard`: asks for the agreement part by part in Norwegian and writes a valid
 * agreement file. Every answer is saved to `<out>.utkast.json` first, so Ctrl+C or a closed
 * terminal loses nothing; the next run offers to go on from there. Exit 0 when the file was
 * written (or the user chose to stop), 1 when the agreement cannot be completed here, 2 for
 * usage or I/O problems, 130 after Ctrl+C.
 */
export async function wizardCommand(opts: WizardOptions, io: Io, deps: WizardDeps = {}): Promise<number> {
  const out = resolve(io.cwd, opts.out);
  const shown = (path: string) => shownPath(io.cwd, path);
  if (!AGREEMENT_EXTENSIONS.includes(extname(out).toLowerCase())) throw new CliError(`Avtalefilen (--out) skal slutte på .yaml, .yml eller .json, ikke «${opts.out}».`);
  if (isDirectory(out)) throw new CliError(`«${shown(out)}» er en mappe. Oppgi et filnavn med --out, for eksempel ${join(opts.out, 'partnerskapsavtale.yaml')}.`);
  if (!isDirectory(dirname(out)))
    throw new CliError(
      existsSync(dirname(out))
        ? `«${shown(dirname(out))}» er en fil, ikke en mappe. Velg en annen fil med --out.`
        : `Mappen «${shown(dirname(out))}» finnes ikke. Opprett den, eller velg en annen fil med --out.`,
    );
  if (!deps.prompter && !io.stdin.isTTY) {
    io.stderr.write(`partnerskap: ${NO_TTY_MESSAGE}\n`);
    return EXIT.usage;
  }
  const draftPath = draftPathFor(out);
  const prompter = deps.prompter ?? inquirerPrompter({ input: io.stdin, output: io.stdout, color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR });
  const resumeHint = `npx partnerskap wizard --out ${quoteArg(shown(out))}`;

  // The draft as far as it got, so an interruption is reported in its målform (bokmål before there is one).
  let draftData: unknown;
  const words = () => wizardWords(languageOf(draftData));
  try {
    const start = await chooseStart(opts, io, prompter, draftPath);
    if (typeof start === 'number') return start;
    const data = clone(start.base);
    draftData = data;
    let warned = false;
    const save = (q: Question, answers: readonly RecordedAnswer[]) => {
      const draft: Draft = {
        kind: DRAFT_KIND,
        version: 1,
        out: opts.out,
        ...(start.from ? { from: start.from } : {}),
        savedAt: (deps.now?.() ?? new Date()).toISOString(),
        at: { key: q.key, label: q.key.startsWith('/') ? labelFor(q.key.split(':')[0]!, data) : q.message },
        base: start.base,
        answers: [...answers],
        data,
      };
      try {
        writeFileAtomic(draftPath, draftJson(draft), { overwrite: true });
      } catch (e) {
        if (!warned) io.stderr.write(`Advarsel: ${ioError('lagre utkastet', shown(draftPath), e).message} Svarene blir ikke tatt vare på om du avbryter.\n`);
        warned = true;
      }
    };
    const journal = new Journal(prompter, start.replay, save);
    if (start.replay.length === 0) {
      // In nynorsk when the agreement being revised is; a new one starts in bokmål until the målform question.
      prompter.say(wizardWords(languageOf(start.base)).intro(shown(draftPath), resumeHint).join('\n'));
    }
    const iv = new Interview(data, journal);
    await iv.all();
    // The «Til vurdering» questions last, skippable: `partnerskap checklist` asks them later.
    const { loadChecklistPlan, dateOf } = await import('./checklist.js');
    const checklist = { today: dateOf(deps.now?.() ?? new Date()), later: `npx partnerskap checklist ${quoteArg(shown(out))}` };
    // The guide's questions in the målform answered in the interview (looked up again after «Endre en del»).
    const askChecklistPart = () => checklistPart(iv.data, journal, loadChecklistPlan(languageOf(iv.data)), checklist);
    await askChecklistPart();
    const documents = await documentMakers();
    const result = await review(iv, documents.label, [{ value: ':sjekkliste', name: { nb: 'Til vurdering (sjekklisten)', nn: 'Til vurdering (sjekklista)' }, ask: askChecklistPart }]);
    if ('stuck' in result) {
      io.stderr.write(`${words().stuck(result.stuck.map((p) => `  • ${p.message} (${p.pointer})`).join('\n'), start.from, shown(draftPath))}\n`);
      return EXIT.invalid;
    }
    if (result.ending === 'avslutt') {
      save({ key: ':slutt', message: 'Oppsummering' }, journal.answers.slice(0, -1));
      io.stdout.write(`${words().notSaved(shown(draftPath), resumeHint)}\n`);
      return EXIT.ok;
    }
    const text = extname(out).toLowerCase() === '.json' ? agreementJson(iv.plan, iv.data) : agreementYaml(iv.plan, iv.data);
    const written = await writeAgreement(out, text, journal, io, words());
    if (!written) {
      io.stdout.write(`${words().notSaved(shown(draftPath), resumeHint)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(`${words().saved(shown(written))}\n`);
    try {
      if (existsSync(draftPath)) unlinkSync(draftPath);
    } catch (e) {
      // The agreement is saved; a draft left behind only means the next run offers to resume it.
      io.stderr.write(`Advarsel: ${ioError('slette utkastet', shown(draftPath), e).message} Slett det selv.\n`);
    }
    if (result.ending !== 'lagre-og-lag') return EXIT.ok;
    return await documents.make(written, iv.data, journal, io);
  } catch (e) {
    if (e instanceof Interrupted || (e as Error | undefined)?.name === 'ExitPromptError') {
      io.stderr.write(`\n\n${existsSync(draftPath) ? words().interruptedSaved(shown(draftPath), resumeHint) : words().interruptedNothing}\n`);
      return EXIT.interrupted;
    }
    throw e;
  }
}

/** Resume the draft, start from --from, or start from the template: the base and the answers to replay. */
async function chooseStart(opts: WizardOptions, io: Io, prompter: Prompter, draftPath: string): Promise<Start | number> {
  if (existsSync(draftPath)) {
    const shown = shownPath(io.cwd, draftPath);
    let text: string;
    try {
      text = readFileSync(draftPath, 'utf8');
    } catch (e) {
      throw ioError('lese utkastet', shown, e);
    }
    const draft = parseDraft(text);
    if (!draft) throw new CliError(`Utkastet «${shown}» kan ikke leses. Flytt eller slett det, og start veiviseren på nytt.`);
    const when = new Date(draft.savedAt);
    const stamp = Number.isNaN(when.getTime()) ? '' : ` ${when.toLocaleString('nb-NO', { dateStyle: 'long', timeStyle: 'short' })}`;
    // In the draft's målform: the answers so far may have chosen nynorsk.
    const words = wizardWords(languageOf(draft.data));
    const choice = await prompter.askSelect({
      key: ':utkast',
      message: words.resume(stamp, draft.at?.label),
      choices: [
        { value: 'fortsett', name: words.resumeYes },
        { value: 'ny', name: words.resumeNo },
      ],
      default: 'fortsett',
    });
    if (choice === 'fortsett') {
      if (opts.from && opts.from !== draft.from) prompter.say(words.resumeIgnoresFrom(draft.from, opts.from));
      return { base: draft.base, replay: draft.answers, from: draft.from };
    }
  }
  if (!opts.from) return { base: templateDefaults(), replay: [] };
  return loadFrom(opts.from, io, prompter);
}

/**
 * The agreement to revise. A valid one is used as it is; one with problems is still used (the
 * wizard takes the user to each problem at the end), as long as it can be read at all.
 */
async function loadFrom(from: string, io: Io, prompter: Prompter): Promise<Start | number> {
  const path = resolve(io.cwd, from);
  const loaded = await loadAgreement(path);
  if (loaded.result.ok) return { base: loaded.result.value as unknown as Record<string, unknown>, replay: [], from };
  const parsed = loaded.exitCode === EXIT.invalid && existsSync(path) ? parseAgreementText(readFileSync(path, 'utf8')) : undefined;
  if (!parsed?.ok || !isPlainObject(parsed.value.data)) {
    io.stderr.write(formatProblems(path, loaded.result.problems, io.cwd) + '\n');
    return loaded.exitCode;
  }
  prompter.say(`${wizardWords(languageOf(parsed.value.data)).fromProblems(from)}\n${loaded.result.problems.map((p) => `  • ${p.message}`).join('\n')}\n`);
  return { base: parsed.value.data, replay: [], from };
}

/** Writes the agreement file; never replaces an existing file without a yes. Undefined: not saved. */
async function writeAgreement(out: string, text: string, prompter: Prompter, io: Io, words: WizardWords): Promise<string | undefined> {
  let target = out;
  for (;;) {
    const shown = shownPath(io.cwd, target);
    const exists = existsSync(target);
    if (exists) {
      const replace = await prompter.askConfirm({ key: ':overskriv', message: words.replaceFile(shown), default: false });
      if (!replace) {
        const other = await prompter.askInput({
          key: ':filnavn',
          message: words.saveAs,
          help: words.saveAsHelp,
          validate: (raw) =>
            raw.trim() === '' || AGREEMENT_EXTENSIONS.includes(extname(raw.trim()).toLowerCase()) ? true : words.saveAsInvalid,
        });
        if (other.trim() === '') return undefined;
        target = resolve(io.cwd, other.trim());
        continue;
      }
    }
    try {
      writeFileAtomic(target, text, { overwrite: exists });
      return target;
    } catch (e) {
      if (e instanceof FileExistsError) continue; // appeared meanwhile: ask again
      throw new CliError(`${ioError('skrive', shown, e).message} Svarene dine ligger i utkastet; prøv igjen med en annen fil.`);
    }
  }
}

/**
 * What «make the documents» makes: `generate` writes the agreement and the guide made for it
 * beside the agreement file. Loaded only when the interview is done, so the wizard starts fast;
 * literal import() specifiers, so the bundler includes them.
 */
async function documentMakers(): Promise<{ label: Readonly<Record<Language, string>>; make: (file: string, data: Record<string, unknown>, prompter: Prompter, io: Io) => Promise<number> }> {
  const { agreementFileName, generateCommand } = await import('./generate.js');
  const { guideFileName } = await import('../../guide/guide.js');
  const make = async (file: string, data: Record<string, unknown>, prompter: Prompter, io: Io): Promise<number> => {
    const dir = dirname(file);
    const office = String((data.parties as { officeName?: unknown } | undefined)?.officeName ?? '');
    const lang = languageOf(data);
    const words = wizardWords(lang);
    const targets = [agreementFileName(office, lang), guideFileName('docx', office, lang)].map((name) => join(dir, name));
    const existing = targets.filter((t) => existsSync(t)).map((t) => `«${shownPath(io.cwd, t)}»`);
    if (existing.length) {
      const replace = await prompter.askConfirm({
        key: ':overskriv-dokumenter',
        message: words.replaceDocuments(existing.join(` ${words.and} `), existing.length > 1),
        default: false,
      });
      if (!replace) {
        io.stdout.write(`${words.documentsNotMade(`npx partnerskap generate ${quoteArg(shownPath(io.cwd, file))} --force`)}\n`);
        return EXIT.ok;
      }
    }
    return generateCommand([file], { out: dir, force: existing.length > 0 }, io);
  };
  return { label: { nb: 'Word-dokumentene (avtalen og veilederen)', nn: 'Word-dokumenta (avtalen og rettleiaren)' }, make };
}
