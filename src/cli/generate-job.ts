import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derive } from '../derive/derive.js';
import { slug } from '../derive/format.js';
import { guideFileName, renderGuide } from '../guide/guide.js';
import type { Problem } from '../model/problem.js';
import { renderAgreement } from '../render/agreement.js';
import { documentDate } from './dates.js';
import { loadAgreement } from './load.js';

/**
 * The worker thread's entry: the one beside this module when there is one (dist/bundle/, dist/cli/),
 * else the tsc-built file (when the tests run src/ directly).
 */
const besideThis = fileURLToPath(new URL('./generate-worker.js', import.meta.url));
export const WORKER = existsSync(besideThis) ? besideThis : fileURLToPath(new URL('../../dist/cli/generate-worker.js', import.meta.url));

export interface JobOptions {
  guide: boolean;
  today?: string;
}

export interface JobOutput {
  /** File name only; the caller decides the folder. */
  fileName: string;
  bytes: Uint8Array;
}

/** What one agreement file gives: its documents, or the problems that stopped it. */
export interface JobResult {
  path: string;
  exitCode: number;
  problems: Problem[];
  warnings: Problem[];
  /** The office the documents are named after (for clash messages). */
  officeName?: string;
  outputs: JobOutput[];
}

/** `partnerskapsavtale-nav-indre-salten.docx` */
export const agreementFileName = (officeName: string): string => `partnerskapsavtale-${slug(officeName)}.docx`;

/**
 * read → parse → validate → derive → render for one file, without writing anything: the part of
 * `generate` that may run in a worker thread. Writing stays in the main thread, in input order.
 */
export async function runJob(path: string, opts: JobOptions): Promise<JobResult> {
  const loaded = await loadAgreement(path);
  const warnings = loaded.warnings ?? [];
  if (!loaded.result.ok) return { path, exitCode: loaded.exitCode, problems: loaded.result.problems, warnings, outputs: [] };
  const agreement = loaded.result.value;
  const office = agreement.parties.officeName;
  const outputs: JobOutput[] = [{ fileName: agreementFileName(office), bytes: renderAgreement(agreement, derive(agreement)) }];
  if (opts.guide) outputs.push({ fileName: guideFileName('docx', office), bytes: Buffer.from(renderGuide('docx', { agreement, today: documentDate(agreement, opts.today) })) });
  return { path, exitCode: 0, problems: [], warnings, officeName: office, outputs };
}
