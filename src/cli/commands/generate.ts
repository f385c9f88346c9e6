import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { derive } from '../../derive/derive.js';
import { slug } from '../../derive/format.js';
import { guideFileName, renderGuide } from '../../guide/guide.js';
import { renderAgreement } from '../../render/agreement.js';
import { FileExistsError, writeFileAtomic } from '../fs.js';
import { CliError, EXIT, type Io } from '../io.js';
import { expandInputs, formatProblems, loadAgreement } from '../load.js';
import { today } from './guide.js';

export interface GenerateOptions {
  out: string;
  force: boolean;
  /** Also write the guide made for the agreement, veileder-<kontor>.docx (default; --no-guide turns it off). */
  guide?: boolean;
}

/** `partnerskapsavtale-nav-indre-salten.docx` */
export const agreementFileName = (officeName: string): string => `partnerskapsavtale-${slug(officeName)}.docx`;

/**
 * `partnerskap generate`: read → parse → validate → derive → render → write, per file. A file
 * with problems is reported and skipped; nothing is written for it. Exit 0 when all were written.
 */
export async function generateCommand(args: string[], opts: GenerateOptions, io: Io): Promise<number> {
  const inputs = expandInputs(args, io.cwd);
  const outDir = resolve(io.cwd, opts.out);
  // Created only when there is something to write: invalid input leaves no trace.
  const ensureOutDir = () => {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw new CliError(`Kan ikke opprette mappen «${opts.out}» (${(e as NodeJS.ErrnoException).code}).`);
    }
  };
  let worst: number = EXIT.ok;
  const taken = new Map<string, string>();
  for (const path of inputs) {
    const loaded = loadAgreement(path);
    if (!loaded.result.ok) {
      io.stderr.write(formatProblems(path, loaded.result.problems, io.cwd) + '\n');
      worst = Math.max(worst, loaded.exitCode);
      continue;
    }
    const agreement = loaded.result.value;
    const target = join(outDir, agreementFileName(agreement.parties.officeName));
    const shown = relative(io.cwd, target) || target;
    const clash = taken.get(target);
    if (clash) {
      io.stderr.write(`${relative(io.cwd, path)}: feil: gir samme filnavn som ${relative(io.cwd, clash)} («${shown}»). Gi kontorene ulike navn, eller lag dem hver for seg.\n`);
      worst = Math.max(worst, EXIT.invalid);
      continue;
    }
    taken.set(target, path);
    // The guide made for this agreement goes beside it; both are checked before either is written,
    // so a refused overwrite leaves nothing half done.
    const targets = [target, ...(opts.guide === false ? [] : [join(outDir, guideFileName('docx', agreement.parties.officeName))])];
    const existing = opts.force ? [] : targets.filter((t) => existsSync(t));
    if (existing.length) {
      for (const t of existing) io.stderr.write(`${relative(io.cwd, t) || t} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg en annen mappe med --out.\n`);
      worst = Math.max(worst, EXIT.usage);
      continue;
    }
    const outputs = [renderAgreement(agreement, derive(agreement)), ...(targets.length > 1 ? [renderGuide('docx', { agreement, today: today(io) })] : [])];
    ensureOutDir();
    for (const [i, file] of targets.entries()) {
      const name = relative(io.cwd, file) || file;
      try {
        writeFileAtomic(file, outputs[i]!, { overwrite: opts.force });
      } catch (e) {
        if (e instanceof FileExistsError) io.stderr.write(`${name} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg en annen mappe med --out.\n`);
        else io.stderr.write(`Kan ikke skrive «${name}» (${(e as NodeJS.ErrnoException).code ?? String(e)}).\n`);
        worst = Math.max(worst, EXIT.usage);
        break;
      }
      io.stdout.write(`${name}\n`);
    }
  }
  return worst;
}
