import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { todayOption } from '../dates.js';
import { FileExistsError, isDirectory, writeFileAtomic } from '../fs.js';
import { runJob, WORKER, type JobOptions, type JobResult } from '../generate-job.js';
import { ioError } from '../io-error.js';
import { CliError, EXIT, shownPath, type Io } from '../io.js';
import { expandInputs, formatProblems } from '../load.js';
import { progress } from '../progress.js';

export { agreementFileName } from '../generate-job.js';

export interface GenerateOptions {
  out: string;
  force: boolean;
  /** Also write the guide made for the agreement, veileder-<kontor>.docx (default; --no-guide turns it off). */
  guide?: boolean;
  /** The date the guide's status page is made as of (default: the agreement's signing date or start). */
  today?: string;
  /** Worker threads (default: the number of cores; 1 renders in this thread). */
  jobs?: string | number;
}

function jobCount(value: string | number | undefined, files: number): number {
  if (value === undefined) return Math.min(availableParallelism(), files);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`--jobs må være et helt tall fra 1 til 64, ikke «${value}».`);
  return Math.min(n, files);
}

/**
 * Renders every file, in worker threads when there are several, and hands each result to
 * `onResult` in input order as soon as it and all before it are done.
 */
async function renderAll(paths: string[], opts: JobOptions, jobs: number, onResult: (r: JobResult) => void): Promise<void> {
  if (jobs <= 1) {
    for (const p of paths) onResult(await runJob(p, opts));
    return;
  }
  const { Piscina } = await import('piscina');
  // A few tasks queued in each worker, so none waits for the main thread between documents.
  const pool = new Piscina({ filename: WORKER, minThreads: jobs, maxThreads: jobs, idleTimeout: 100, concurrentTasksPerWorker: 4 });
  const done = new Map<number, JobResult>();
  let next = 0;
  try {
    await Promise.all(
      paths.map(async (path, i) => {
        done.set(i, (await pool.run({ path, opts })) as JobResult);
        for (; done.has(next); next++) {
          onResult(done.get(next)!);
          done.delete(next);
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/**
 * `partnerskap generate`: read → parse → validate → derive → render → write, for any number of
 * files. A file with problems is reported and skipped; nothing is written for it, and the others
 * go on. Exit 0 when all were written, 1 when some input was invalid, 2 for usage or I/O trouble.
 */
export async function generateCommand(args: string[], opts: GenerateOptions, io: Io): Promise<number> {
  const inputs = expandInputs(args, io.cwd);
  const jobOpts: JobOptions = { guide: opts.guide !== false, today: todayOption(opts.today) };
  const jobs = jobCount(opts.jobs, inputs.length);
  const outDir = resolve(io.cwd, opts.out);
  const shown = (p: string) => shownPath(io.cwd, p);
  // Before any work: an --out that names a file is a mistake, not a folder to create.
  if (existsSync(outDir) && !isDirectory(outDir)) throw new CliError(`«${opts.out}» er en fil, ikke en mappe. Oppgi mappen dokumentene skal skrives til med --out.`);
  const bar = inputs.length > 1 ? progress(io, inputs.length) : undefined;
  const taken = new Map<string, string>();
  const counts = { written: 0, rejected: 0 };
  let worst: number = EXIT.ok;
  const report = (text: string, code: number) => {
    bar?.interrupt(text);
    if (!bar) io.stderr.write(text + '\n');
    worst = Math.max(worst, code);
  };

  const write = (r: JobResult) => {
    bar?.tick();
    if (r.warnings.length) report(formatProblems(r.path, r.warnings, io.cwd), EXIT.ok);
    if (r.outputs.length === 0) {
      counts.rejected++;
      return report(formatProblems(r.path, r.problems, io.cwd), r.exitCode);
    }
    const targets = r.outputs.map((o) => join(outDir, o.fileName));
    const clash = taken.get(targets[0]!);
    if (clash) {
      counts.rejected++;
      return report(`${shown(r.path)}: feil: gir samme filnavn som ${shown(clash)} («${shown(targets[0]!)}»). Gi kontorene ulike navn, eller lag dem hver for seg.`, EXIT.invalid);
    }
    taken.set(targets[0]!, r.path);
    // Every target is checked before any is written, so a refused overwrite leaves nothing half done.
    const existing = opts.force ? [] : targets.filter((t) => existsSync(t));
    if (existing.length) {
      counts.rejected++;
      for (const t of existing) report(`${shown(t)} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg en annen mappe med --out.`, EXIT.usage);
      return;
    }
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw ioError('opprette mappen', shown(outDir), e);
    }
    for (const [i, target] of targets.entries()) {
      try {
        writeFileAtomic(target, r.outputs[i]!.bytes, { overwrite: opts.force });
      } catch (e) {
        counts.rejected++;
        if (e instanceof FileExistsError) report(`${shown(target)} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller velg en annen mappe med --out.`, EXIT.usage);
        else report(ioError('skrive', shown(target), e).message, EXIT.usage);
        return;
      }
      io.stdout.write(`${shown(target)}\n`);
    }
    counts.written++;
  };

  try {
    await renderAll(inputs, jobOpts, jobs, write);
  } finally {
    bar?.stop();
  }
  if (inputs.length > 1) {
    const rejected = counts.rejected ? `, ${counts.rejected} avvist (se meldingene over)` : '';
    io.stderr.write(`${counts.written} av ${inputs.length} avtaler laget${rejected}.\n`);
  }
  return worst;
}
