import { resolve } from 'node:path';
import { derive } from '../../derive/derive.js';
import { diffAgreements } from '../../diff/compare.js';
import { redline, redlineDate } from '../../diff/redline/redline.js';
import { differentOffices } from '../../diff/group.js';
import { formatDiff, type DiffFormat } from '../../diff/report.js';
import type { Agreement } from '../../model/agreement.js';
import { renderAgreement } from '../../render/agreement.js';
import { FileExistsError, writeFileAtomic } from '../fs.js';
import { ioError } from '../io-error.js';
import { EXIT, shownPath, type Io } from '../io.js';
import { formatProblems, inputPath, loadAgreement } from '../load.js';

export interface DiffOptions {
  format: DiffFormat;
  redline?: string;
  force: boolean;
}

/** diff(1)'s exit codes: 1 means «the versions differ», so every kind of trouble is 2. */
export const DIFF_EXIT = { same: 0, different: 1, trouble: 2 } as const;

/**
 * `partnerskap diff <gammel> <ny>`: what changed between two versions of an agreement, in the
 * agreement's terms, and optionally the new version as a Word document with tracked changes.
 * Either side may be a .yaml/.yml/.json file or a .docx made by `generate`. Exit 0 no
 * differences, 1 differences, 2 trouble — including an invalid side (its validation messages are
 * printed) and a .docx without data or with data edited after it was made.
 */
export async function diffCommand(oldFile: string, newFile: string, opts: DiffOptions, io: Io): Promise<number> {
  const sides = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadAgreement(inputPath(io.cwd, file));
    for (const w of loaded.warnings ?? []) io.stderr.write(formatProblems(loaded.path, [w], io.cwd) + '\n');
    sides.push(loaded);
  }
  let failed = false;
  for (const side of sides) {
    if (side.result.ok) continue;
    io.stderr.write(formatProblems(side.path, side.result.problems, io.cwd) + '\n');
    failed = true;
  }
  if (failed) return DIFF_EXIT.trouble;
  const [oldA, newA] = sides.map((s) => (s.result as { value: Agreement }).value) as [Agreement, Agreement];
  // Most likely the wrong file; the comparison still runs, so say it before anything else.
  const offices = differentOffices(oldA.parties.officeName, newA.parties.officeName);
  if (offices) io.stderr.write(`${offices}\n`);

  if (opts.redline !== undefined) {
    const code = writeRedline(oldA, newA, opts, io);
    if (code !== EXIT.ok) return DIFF_EXIT.trouble;
  }

  const diff = diffAgreements(oldA, newA);
  const name = (p: string) => shownPath(io.cwd, p);
  const color = opts.format === 'text' && io.stdout.isTTY === true && !io.env.NO_COLOR;
  io.stdout.write(formatDiff(diff, opts.format, { oldName: name(sides[0]!.path), newName: name(sides[1]!.path) }, { color }));
  return diff.changes.length === 0 ? DIFF_EXIT.same : DIFF_EXIT.different;
}

function writeRedline(oldA: Agreement, newA: Agreement, opts: DiffOptions, io: Io): number {
  const target = resolve(io.cwd, opts.redline!);
  const shown = shownPath(io.cwd, target);
  if (!/\.docx$/i.test(target)) {
    io.stderr.write(`partnerskap: redline-filen må ha endelsen .docx («${shown}»).\n`);
    return EXIT.usage;
  }
  const docx = redline(renderAgreement(oldA, derive(oldA)), renderAgreement(newA, derive(newA)), { date: redlineDate(newA) });
  try {
    writeFileAtomic(target, docx, { overwrite: opts.force });
  } catch (e) {
    if (e instanceof FileExistsError) io.stderr.write(`${shown} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg et annet filnavn.\n`);
    else io.stderr.write(`partnerskap: ${ioError('skrive', shown, e).message}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`Skrev ${shown}: den nye avtalen med sporede endringer mot den gamle.\n`);
  return EXIT.ok;
}
