import { auditAgreement } from '../../audit/audit.js';
import type { AuditReport } from '../../audit/report.js';
import { renderAuditHtml } from '../../audit/render-html.js';
import { renderAuditJson } from '../../audit/render-json.js';
import { renderAuditMarkdown } from '../../audit/render-markdown.js';
import { renderAuditText } from '../../audit/render-text.js';
import { STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { localToday, todayOption } from '../dates.js';
import { formatProblems, inputPath, loadAgreement, readAgreementStdin } from '../load.js';
import { loadGuide } from '../resources.js';
import { guideIn } from '../../guide/model.js';
import { languageOf } from '../../model/schema.js';

export type AuditFormat = 'text' | 'markdown' | 'html' | 'json';

export interface AuditCommandOptions {
  format: AuditFormat;
  strict: boolean;
  /** ÅÅÅÅ-MM-DD; default the real current date. */
  today?: string;
}

const MAX_WIDTH = 100;

function render(report: AuditReport, format: AuditFormat, io: Io): string {
  switch (format) {
    case 'json':
      return renderAuditJson(report);
    case 'markdown':
      return renderAuditMarkdown(report);
    case 'html':
      return renderAuditHtml(report);
    case 'text': {
      const tty = io.stdout.isTTY === true;
      // A narrower terminal gets narrower lines; pipes and files always get 100 columns.
      const width = tty && io.stdout.columns ? Math.max(40, Math.min(MAX_WIDTH, io.stdout.columns)) : MAX_WIDTH;
      return renderAuditText(report, { width, color: tty && !io.env.NO_COLOR });
    }
  }
}

/**
 * `partnerskap audit`: load and validate one agreement, audit it as of today (or --today) and
 * print the report. Exit 0 when nothing blocks signing, 1 when something does (or the file is
 * invalid), 2 for a bad --today or a file that cannot be read.
 */
export async function auditCommand(file: string, opts: AuditCommandOptions, io: Io): Promise<number> {
  const today = todayOption(opts.today) ?? localToday();

  const loaded = await loadAgreement(inputPath(io.cwd, file), file === STDIN ? await readAgreementStdin(io.stdin) : undefined);
  if (!loaded.result.ok) {
    io.stderr.write(formatProblems(loaded.path, loaded.result.problems, io.cwd) + '\n');
    return loaded.exitCode;
  }
  // E.g. a .docx whose text was edited in Word: the audit covers the data, so say so first.
  if (loaded.warnings?.length) io.stderr.write(formatProblems(loaded.path, loaded.warnings, io.cwd) + '\n');
  // The questions in the agreement's målform, as the report.
  const questions = guideIn(loadGuide(), languageOf(loaded.result.value)).questions;
  const report = auditAgreement(loaded.result.value, { today, strict: opts.strict, questions, ...(file === STDIN ? {} : { file }) });
  io.stdout.write(render(report, opts.format, io));
  return report.blocking ? EXIT.blocked : EXIT.ok;
}
