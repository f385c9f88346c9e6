import { type Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { CliError, guardOutput, type Io, STDIN } from './io.js';
import { EXIT } from './exit-codes.js';

const TITLES: Record<string, string> = { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Felles valg:' };

const EXTRA_WORDS: Record<string, string> = { choices: 'valg', default: 'standard', preset: 'forhåndsvalg', env: 'miljøvariabel' };

/**
 * Commander ends a description with «(choices: "a", "b", default: "a")» in English, in any
 * combination; this writes those words in Norwegian and leaves the values as they are.
 */
function norwegianExtra(description: string): string {
  return description.replace(/\(([^()]*)\)$/, (_all, inner: string) => `(${inner.replace(/(^|, )(choices|default|preset|env): /g, (_m, sep: string, word: string) => `${sep}${EXTRA_WORDS[word]}: `)})`);
}

/** How the README runs the command; hints print it the same way. */
export const COMMAND = 'npx partnerskap';

/** Commander's own messages, in Norwegian; its «(Did you mean --out?)» becomes «Mente du --out?». */
function usageMessage(e: CommanderError): string {
  const arg = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const similar = /\(Did you mean (?:one of )?(.+?)\?\)/.exec(e.message)?.[1];
  const didYouMean = similar ? ` Mente du ${similar.replace(/, /g, ' eller ')}?` : '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `Ukjent valg «${arg}».${didYouMean} Se «${COMMAND} --help».`;
    case 'commander.unknownCommand':
      return `Ukjent kommando «${arg}».${didYouMean} Se «${COMMAND} --help» for kommandoene.`;
    case 'commander.missingArgument':
      return `Mangler argumentet «${arg}». Se hjelpen med --help.`;
    case 'commander.optionMissingArgument':
      return `Valget «${arg}» trenger en verdi.`;
    case 'commander.excessArguments':
      return 'For mange argumenter. Se hjelpen med --help.';
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.*)\./.exec(e.message)?.[1];
      const value = /argument '([^']*)'/.exec(e.message)?.[1];
      // Our own parsers (formatOption) explain in Norwegian after commander's «… is invalid.».
      const why = /is invalid\. (.*)$/s.exec(e.message)?.[1];
      if (allowed) return `Ugyldig verdi «${value}». Gyldige verdier: ${allowed}.`;
      return why ? `Ugyldig verdi «${value}». ${why}` : e.message.replace(/^error: /, '');
    }
    default:
      return e.message.replace(/^error: /, '');
  }
}

function configure(cmd: Command, io: Io): Command {
  return cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined, // printed in Norwegian by run()
    })
    .configureHelp({
      styleTitle: (t: string) => TITLES[t] ?? t,
      subcommandTerm(this: Help, c: Command) {
        return Help.prototype.subcommandTerm.call(this, c).replace('[options]', '[valg]');
      },
      // A false flag needs no default at all.
      optionDescription(this: Help, o: Option) {
        const base = o.defaultValue === false ? Object.assign(Object.create(Object.getPrototypeOf(o)), o, { defaultValue: undefined }) : o;
        return norwegianExtra(Help.prototype.optionDescription.call(this, base));
      },
      argumentDescription(this: Help, a: Argument) {
        return norwegianExtra(Help.prototype.argumentDescription.call(this, a));
      },
    } as Partial<Help>)
    .helpOption('-h, --help', 'vis hjelp');
}

/** What generate and validate take, as their help says it. */
const INPUTS = 'avtalefiler (.yaml, .yml, .json), dokumenter laget av partnerskap (.docx), mapper med avtalefiler, eller - for standard inn';

/** Other spellings accepted for a format; the help and the README name only the first. */
const FORMAT_SPELLINGS: Record<string, string> = { markdown: 'md', htm: 'html', txt: 'text', yml: 'yaml' };

/**
 * `--format` with one vocabulary across commands («md», with «markdown» accepted too, any case).
 * `internal` maps a name to what the command itself calls it (audit and diff say «markdown»).
 */
function formatOption(choices: string[], fallback: string, internal: Record<string, string> = {}): Option {
  const option = new Option('--format <format>', 'utdataformat').default(fallback).argParser((value: string) => {
    const name = FORMAT_SPELLINGS[value.toLowerCase()] ?? value.toLowerCase();
    if (!choices.includes(name)) throw new InvalidArgumentError(`Gyldige verdier: ${choices.join(', ')}.`);
    return internal[name] ?? name;
  });
  // Shown by --help as «(valg: …)», as .choices() would, without its English check.
  option.argChoices = choices;
  return option;
}

/** `--malform nb|nn` for the national guide (an agreement's guide follows its document.language); Norwegian check as formatOption. */
function malformOption(): Option {
  const choices = ['nb', 'nn'];
  const option = new Option('--malform <målform>', 'den nasjonale veilederen på bokmål (nb, standard) eller nynorsk (nn); med --for gjelder avtalens målform').argParser((value: string) => {
    const name = value.toLowerCase();
    if (!choices.includes(name)) throw new InvalidArgumentError(`Gyldige verdier: ${choices.join(', ')}.`);
    return name;
  });
  option.argChoices = choices;
  return option;
}

/** Builds the `partnerskap` program. Each command loads its modules only when it runs. */
export function program(io: Io, setExit: (code: number) => void): Command {
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  const root = configure(new Command('partnerskap'), io)
    .description('Partnerskapsavtale for felles NAV-kontor (NAV-loven § 14): lag, kontroller og sammenlign avtaler.')
    .version(version, '-V, --version', 'vis versjonsnummer')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .usage('[valg] <kommando>')
    .showSuggestionAfterError(true);

  const sub = (name: string) => {
    const c = configure(root.command(name), io);
    c.version(version, '-V, --version', 'vis versjonsnummer');
    c.usage('[valg] <fil...>');
    return c;
  };

  sub('generate')
    .description('lag partnerskapsavtalen som Word-dokument (.docx) fra én eller flere avtalefiler eller mapper')
    .argument('<fil...>', INPUTS)
    .option('-o, --out <mappe>', 'mappen dokumentene skrives til', '.')
    .option('-f, --force', 'overskriv dokumenter som finnes fra før', false)
    .option('--no-guide', 'ikke lag veilederen (veileder-<kontor>.docx) ved siden av avtalen')
    .option('--today <dato>', 'datoen veilederens statusside gjelder (standard: avtalens signeringsdato eller startdato)')
    .option('-j, --jobs <antall>', 'antall tråder som lager dokumenter samtidig (standard: antall kjerner)')
    .option('--pdf', 'lag også PDF/A (.pdf) av hvert dokument, med avtaledataene vedlagt (krever LibreOffice)', false)
    .option('--offentlig', 'lag offentlige versjoner (…-offentlig.docx) uten interne opplysninger som kommentarene i sjekklisten', false)
    .action(async (files: string[], opts: { out: string; force: boolean; guide: boolean; today?: string; jobs?: string; pdf: boolean; offentlig: boolean }) => {
      const { generateCommand } = await import('./commands/generate.js');
      setExit(await generateCommand(files, opts, io));
    });

  sub('validate')
    .description('kontroller avtalefiler mot skjemaet uten å skrive noe')
    .argument('<fil...>', INPUTS)
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (files: string[], opts: { format: 'text' | 'json' }) => setExit(await validate(files, io, opts.format)));

  sub('migrate')
    .description(`gjør om avtalefiler i dataformat 1.0 til 2.0 (kommentarene beholdes; filer i 2.0 står urørt)`)
    .argument('<fil...>', 'avtalefiler (.yaml, .yml, .json) eller mapper med avtalefiler')
    .option('-o, --out <mappe>', 'mappen de nye filene skrives til, med samme navn (standard: <navn>-2.0.yaml ved siden av den gamle)')
    .option('-f, --force', 'overskriv filer som finnes fra før; uten --out: gjør om filen der den ligger', false)
    .action(async (files: string[], opts: { out?: string; force: boolean }) => {
      const { migrateCommand } = await import('./commands/migrate.js');
      setExit(await migrateCommand(files, opts, io));
    });

  sub('guide')
    .description('lag veilederen med «Til vurdering»-sjekklisten, generell eller tilpasset én avtale')
    .option('--for <avtale>', 'tilpass veilederen til denne avtalen (.yaml, .yml, .json, generert .docx, eller - for standard inn)')
    .addOption(formatOption(['docx', 'html', 'md'], 'docx'))
    .option('-o, --out <sti>', 'filen som skrives, eller - for standard ut (html og md) (standard: veileder[-<kontor>].<format> i gjeldende mappe)')
    .option('-f, --force', 'overskriv filen om den finnes fra før', false)
    .option('--today <dato>', 'datoen statussiden gjelder (standard: avtalens signeringsdato eller startdato)')
    .option('--pdf', 'lag også PDF/A (.pdf) ved siden av .docx-filen (krever LibreOffice)', false)
    .option('--offentlig', 'offentlig versjon (med --for): uten interne opplysninger som kommentarene i sjekklisten', false)
    .addOption(malformOption())
    .usage('[valg]')
    .action(async (opts: { for?: string; format: 'docx' | 'html' | 'md'; out?: string; force: boolean; today?: string; pdf: boolean; offentlig: boolean; malform?: 'nb' | 'nn' }) => {
      const { guideCommand } = await import('./commands/guide.js');
      setExit(await guideCommand(opts, io));
    });

  sub('wizard')
    .description('fyll ut en avtale med spørsmål på skjermen, steg for steg (lagrer underveis)')
    .option('--from <fil>', 'start fra en eksisterende avtale (for eksempel avtalen som gjelder nå)')
    .option('-o, --out <fil>', 'avtalefilen som skrives', 'partnerskapsavtale.yaml')
    .usage('[valg]')
    .action(async (opts: { from?: string; out: string }) => {
      const { wizardCommand } = await import('./commands/wizard.js');
      setExit(await wizardCommand(opts, io));
    });

  sub('web')
    .description('lag veiviseren som én nettside (.html) som virker uten nett: fyll ut, lag dokumentene, kontroller og sammenlign')
    .option('-o, --out <fil>', 'filen som skrives', 'partnerskap.html')
    .option('-f, --force', 'overskriv filen om den finnes fra før', false)
    .usage('[valg]')
    .action(async (opts: { out: string; force: boolean }) => {
      const { webCommand } = await import('./commands/web.js');
      setExit(webCommand(opts, io));
    });

  sub('checklist')
    .description('svar på veilederens «Til vurdering»-spørsmål for en avtale; svarene skrives inn i avtalefilen etter hvert')
    .argument('<avtalefil>', 'avtalefilen (.yaml, .yml eller .json) svarene skrives inn i')
    .option('--all', 'gå gjennom alle spørsmålene, med svarene som står som forslag (standard: bare de åpne)', false)
    .usage('[valg] <avtalefil>')
    .action(async (file: string, opts: { all: boolean }) => {
      const { checklistCommand } = await import('./commands/checklist.js');
      setExit(await checklistCommand(file, opts, io));
    });

  sub('extract')
    .description('hent avtaledataene som ligger innebygd i et generert .docx- eller PDF-dokument')
    .argument('<dokument>', 'et .docx- eller .pdf-dokument laget av partnerskap')
    .addOption(formatOption(['yaml', 'json'], 'yaml'))
    .usage('[valg] <dokument>')
    .action(async (file: string, opts: { format: 'yaml' | 'json' }) => {
      const { extractCommand } = await import('./commands/extract.js');
      setExit(await extractCommand(file, opts, io));
    });

  sub('diff')
    .description('sammenlign to versjoner av en avtale (exit 0: like, 1: forskjeller, 2: feil)')
    .argument('<gammel>', 'den gamle versjonen (.yaml, .yml, .json, generert .docx eller .pdf, eller - for standard inn)')
    .argument('<ny>', 'den nye versjonen')
    .addOption(formatOption(['text', 'md', 'html', 'json'], 'text', { md: 'markdown' }))
    .option('--redline <fil.docx>', 'skriv den nye avtalen som Word-dokument med sporede endringer mot den gamle (mappen lages om den mangler)')
    .option('-f, --force', 'overskriv redline-filen om den finnes fra før', false)
    .usage('[valg] <gammel> <ny>')
    .option('--pdf', 'lag også redline-dokumentet som PDF/A (.pdf ved siden av, krever LibreOffice)', false)
    .option('--offentlig', 'sammenlign de offentlige versjonene: uten interne opplysninger som kommentarene i sjekklisten, også i redline-dokumentet', false)
    .option('--today <dato>', 'datoen redline-dokumentet lages (ÅÅÅÅ-MM-DD), som endringene dateres med (standard: i dag)')
    .action(async (oldFile: string, newFile: string, opts: { format: 'text' | 'markdown' | 'html' | 'json'; redline?: string; force: boolean; pdf: boolean; offentlig: boolean; today?: string }) => {
      const { diffCommand } = await import('./commands/diff.js');
      setExit(await diffCommand(oldFile, newFile, opts, io));
    });

  sub('audit')
    .description('kontroller før signering: sjekklisten og reglene (exit 0: kan signeres, 1: noe blokkerer)')
    .argument('<avtale>', 'avtalen (.yaml, .yml, .json, generert .docx eller .pdf, eller - for standard inn)')
    .addOption(formatOption(['text', 'md', 'html', 'json'], 'text', { md: 'markdown' }))
    .option('--strict', 'advarsler blokkerer også', false)
    .option('--today <dato>', 'dagens dato (ÅÅÅÅ-MM-DD), for å kontrollere som om det var en annen dag')
    .usage('[valg] <avtale>')
    .action(async (file: string, opts: { format: 'text' | 'markdown' | 'html' | 'json'; strict: boolean; today?: string }) => {
      const { auditCommand } = await import('./commands/audit.js');
      setExit(await auditCommand(file, opts, io));
    });

  return root;
}

/**
 * Runs the CLI and returns the exit code. Only bin.ts touches `process`. A failure to write the
 * output (a closed pipe, a full disk) replaces the command's own code (see guardOutput).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const guard = guardOutput(io);
  return guard.settle(await runCommand(argv, io));
}

const validate = async (files: string[], io: Io, format?: 'text' | 'json') => (await import('./commands/validate.js')).validateCommand(files, io, format);

/**
 * `validate <fil...>` with nothing that could be an option, as scripts and editors run it: the
 * program would only hand the files over, so it is not built (about 2 ms of a 30 ms start-up).
 */
const plainValidate = (argv: readonly string[]) => argv[0] === 'validate' && argv.length > 1 && argv.slice(1).every((a) => a === STDIN || !a.startsWith('-'));

async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  try {
    if (plainValidate(argv)) return await validate(argv.slice(1), io);
    let exitCode: number = EXIT.ok;
    await program(io, (c) => (exitCode = c)).parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      // `help` asked for is fine; help shown because no command was given went to stderr and is a usage error.
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      io.stderr.write(`partnerskap: ${usageMessage(e)}\n`);
      return EXIT.usage;
    }
    if (e instanceof CliError) {
      io.stderr.write(`partnerskap: ${e.message}\n`);
      return e.exitCode;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr.write(`partnerskap: intern feil: ${detail}\nDette skal ikke skje. Meld fra om feilen, gjerne med avtalefilen (uten personopplysninger).\n`);
    if (io.env.PARTNERSKAP_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return EXIT.internal;
  }
}
