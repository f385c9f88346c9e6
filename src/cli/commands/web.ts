import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../fs.js';
import { readErrorMessage, writeFailureMessage } from '../io-error.js';
import { CliError, shownPath, STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { webPagePath } from '../resources.js';

export interface WebOptions {
  out: string;
  force: boolean;
}


/**
 * `partnerskap web`: writes the offline page, one self-contained HTML file with the wizard, the
 * documents, the audit and the comparison inside. Never replaces a file without --force.
 */
export function webCommand(opts: WebOptions, io: Io): number {
  if (opts.out === STDIN) throw new CliError('Siden skrives til en fil, ikke til standard ut («--out -»). Oppgi et filnavn som slutter på .html.');
  if (!/\.html?$/i.test(opts.out)) throw new CliError(`Filnavnet skal slutte på .html, ikke «${opts.out}».`);
  let page: Buffer;
  const built = webPagePath();
  try {
    page = readFileSync(built);
  } catch (e) {
    throw new CliError(`Finner ikke den bygde siden (${readErrorMessage(built, e)}). Kjør «npm run build».`, EXIT.usage);
  }
  const target = resolve(io.cwd, opts.out);
  const shown = shownPath(io.cwd, target);
  try {
    writeFileAtomic(target, page, { overwrite: opts.force });
  } catch (e) {
    io.stderr.write(`partnerskap: ${writeFailureMessage(shown, e, 'velg et annet navn med --out')}\n`);
    return EXIT.usage;
  }
  io.stdout.write(`${shown}\n`);
  return EXIT.ok;
}
