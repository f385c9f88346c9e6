import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { generationDate, todayOption } from '../dates.js';
import { isDirectory, refusal, writeFilesAtomic } from '../fs.js';
import { jobFailure, jobResources, runJob, WORKER, type JobOptions, type JobResult } from '../generate-job.js';
import { ioError, writeFailureMessage } from '../io-error.js';
import { CliError, shownPath, STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs, formatProblems, readAgreementStdin } from '../load.js';
import { progress } from '../progress.js';
import { requirePdfSetup } from '../pdf.js';

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
  /** Also a PDF/A of each document, made with LibreOffice (--pdf). */
  pdf?: boolean;
  /** --offentlig: public copies without internal fields (checklist comments), «…-offentlig.docx». */
  offentlig?: boolean;
}

/** What to do instead of overwriting, in the «finnes fra før» message. */
const INSTEAD = 'velg en annen mappe med --out';

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
    const res = jobResources(opts);
    for (const p of paths) onResult(await runJob(p, opts, res).catch((e: unknown) => jobFailure(p, e)));
    return;
  }
  const { Piscina } = await import('piscina');
  // A few tasks queued in each worker, so none waits for the main thread between documents.
  // A worker keeps about 17 MB live, but with V8's defaults for a large heap its young generation
  // grew to 32 MB and its old one far past that: 300 MB for 357 files with two workers. With these
  // limits V8 collects sooner: 167 MB, 6–9 % slower (measured; 16 MB young: 189 MB, as fast).
  const resourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 12 };
  const pool = new Piscina({ filename: WORKER, minThreads: jobs, maxThreads: jobs, idleTimeout: 100, concurrentTasksPerWorker: 4, resourceLimits });
  const done = new Map<number, JobResult>();
  let next = 0;
  try {
    await Promise.all(
      paths.map(async (path, i) => {
        // One file's failure (even a worker that dies) is that file's result; the batch goes on.
        done.set(i, await (pool.run({ path, opts }) as Promise<JobResult>).catch((e: unknown) => jobFailure(path, e)));
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
  const jobOpts: JobOptions = { guide: opts.guide !== false, today: todayOption(opts.today), generated: generationDate(opts.today), ...(opts.offentlig ? { publicCopy: true } : {}) };
  // Before any work: without LibreOffice, --pdf writes nothing at all.
  if (opts.pdf) jobOpts.pdf = requirePdfSetup(io.env);
  const jobs = jobCount(opts.jobs, inputs.length);
  const outDir = resolve(io.cwd, opts.out);
  const shown = (p: string) => shownPath(io.cwd, p);
  // Before any work: an --out that names a file is a mistake, not a folder to create.
  if (opts.out === STDIN) throw new CliError('generate skriver Word-dokumenter til en mappe, ikke til standard ut («--out -»). Oppgi en mappe med --out.');
  if (existsSync(outDir) && !isDirectory(outDir)) throw new CliError(`«${opts.out}» er en fil, ikke en mappe. Oppgi mappen dokumentene skal skrives til med --out.`);
  // Standard input can be read only once, and only here (not in a worker): before the work starts.
  if (inputs.includes(STDIN)) jobOpts.stdin = await readAgreementStdin(io.stdin);
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
    const refused = targets.flatMap((t) => refusal(t, { overwrite: opts.force }) ?? []);
    if (refused.length) {
      counts.rejected++;
      for (const e of refused) report(writeFailureMessage(shown(e.path), e, INSTEAD), EXIT.usage);
      return;
    }
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw ioError('opprette mappen', shown(outDir), e);
    }
    // All of an agreement's documents, or none of them (a full disk while writing the guide).
    try {
      writeFilesAtomic(
        targets.map((path, i) => ({ path, data: r.outputs[i]!.bytes })),
        { overwrite: opts.force },
      );
    } catch (e) {
      counts.rejected++;
      const failed = (e as { path?: unknown }).path;
      report(writeFailureMessage(shown(typeof failed === 'string' ? failed : targets[0]!), e, INSTEAD), EXIT.usage);
      return;
    }
    for (const target of targets) io.stdout.write(`${shown(target)}\n`);
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
