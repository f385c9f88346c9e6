import { Command, CommanderError, Help } from 'commander';
import { createRequire } from 'node:module';
import { CliError, EXIT, type Io } from './io.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const TITLES: Record<string, string> = { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Felles valg:' };

/** Commander's own messages, in Norwegian. */
function usageMessage(e: CommanderError): string {
  const arg = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `Ukjent valg «${arg}». Se «partnerskap --help».`;
    case 'commander.unknownCommand':
      return `Ukjent kommando «${arg}». Se «partnerskap --help» for kommandoene.`;
    case 'commander.missingArgument':
      return `Mangler argumentet «${arg}». Se hjelpen med --help.`;
    case 'commander.optionMissingArgument':
      return `Valget «${arg}» trenger en verdi.`;
    case 'commander.excessArguments':
      return 'For mange argumenter. Se hjelpen med --help.';
    case 'commander.invalidArgument':
      return e.message.replace(/^error: /, '');
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
    .configureHelp({ styleTitle: (t: string) => TITLES[t] ?? t } as Partial<Help>)
    .helpOption('-h, --help', 'vis hjelp');
}

/** Builds the `partnerskap` program. Each command loads its modules only when it runs. */
export function program(io: Io, setExit: (code: number) => void): Command {
  const root = configure(new Command('partnerskap'), io)
    .description('Partnerskapsavtale for felles NAV-kontor (NAV-loven § 14): lag, kontroller og sammenlign avtaler.')
    .version(version, '-V, --version', 'vis versjonsnummer')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .usage('[valg] <kommando>')
    .showSuggestionAfterError(false);

  const sub = (name: string) => {
    const c = configure(root.command(name), io);
    c.version(version, '-V, --version', 'vis versjonsnummer');
    c.usage('[valg] <fil...>');
    return c;
  };

  sub('generate')
    .description('lag partnerskapsavtalen som Word-dokument (.docx) fra én eller flere avtalefiler eller mapper')
    .argument('<fil...>', 'avtalefiler (.yaml, .yml, .json) eller mapper med slike')
    .option('-o, --out <mappe>', 'mappen dokumentene skrives til', '.')
    .option('-f, --force', 'overskriv dokumenter som finnes fra før', false)
    .action(async (files: string[], opts: { out: string; force: boolean }) => {
      const { generateCommand } = await import('./commands/generate.js');
      setExit(await generateCommand(files, opts, io));
    });

  sub('validate')
    .description('kontroller avtalefiler mot skjemaet uten å skrive noe')
    .argument('<fil...>', 'avtalefiler (.yaml, .yml, .json) eller mapper med slike')
    .action(async (files: string[]) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExit(validateCommand(files, io));
    });

  return root;
}

/** Runs the CLI and returns the exit code. Only bin.ts touches `process`. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const prog = program(io, (c) => (exitCode = c));
  try {
    await prog.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
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
    return 70;
  }
}
