import type { Severity } from '../model/problem.js';
import type { AuditReport } from './report.js';
import { auditSummary } from './summary.js';
import { AUDIT_WORDS } from './words.js';
import { wrap } from '../text/wrap.js';

export interface TextOptions {
  /** Maximum line width in columns (default 100). */
  width?: number;
  /** ANSI colours, for a terminal only. */
  color?: boolean;
}

const ANSI = { bold: '\u001b[1m', red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', reset: '\u001b[0m' };
const LABEL_WIDTH = 'advarsel'.length;
const INDENT = '  ';

/**
 * The report for a terminal or a plain-text file: a header with the verdict, then the findings
 * grouped by agreement section, then the unanswered questions a line per section, every line at
 * most `width` columns. Colour only adds escape
 * codes around words; the text is the same with and without it.
 */
export function renderAuditText(report: AuditReport, options: TextOptions = {}): string {
  const width = options.width ?? 100;
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const severityColour: Record<Severity, string> = { feil: ANSI.red, advarsel: ANSI.yellow };
  const summary = auditSummary(report);
  const w = AUDIT_WORDS[report.language];
  const out: string[] = [];

  out.push(...wrap(summary.title, width).map((l) => paint(ANSI.bold, l)));
  for (const fact of summary.facts) out.push(...wrap(fact, width, '', '  '));
  const verdictLines = wrap(summary.verdict, width, `${w.result}: `, ' '.repeat(w.result.length + 2));
  out.push(...verdictLines.map((l) => paint(summary.blocking ? ANSI.red + ANSI.bold : ANSI.green + ANSI.bold, l)));

  if (summary.groups.length === 0) out.push('', w.noFindings);
  const hanging = ' '.repeat(INDENT.length + LABEL_WIDTH + 2);
  const itemLines = (severity: Severity, text: string): string[] => {
    const word = w.severity[severity].toLowerCase();
    const lines = wrap(text, width, INDENT + word.padEnd(LABEL_WIDTH + 2), hanging);
    // Colour the severity word only, after wrapping, so colour never changes the layout.
    lines[0] = INDENT + paint(severityColour[severity], word) + lines[0]!.slice(INDENT.length + word.length);
    return lines;
  };
  for (const group of summary.ruleGroups) {
    out.push('', ...wrap(group.sectionLabel, width).map((l) => paint(ANSI.bold, l)));
    for (const item of group.items) out.push(...itemLines(item.severity, `${item.text} [${item.code}]`), ...wrap(`${w.source}: ${item.source}`, width, hanging));
  }
  // The unanswered questions: a line per section, and once how to answer them.
  const open = summary.unassessed;
  if (open) {
    out.push('', ...wrap(open.heading, width).map((l) => paint(ANSI.bold, l)));
    for (const item of open.items) out.push(...itemLines(item.severity, item.text));
    out.push(...wrap(`${open.answerWith}: ${open.command}`, width, hanging), ...wrap(`${w.source}: ${open.source}`, width, hanging));
  }
  if (summary.reservations.length > 0) {
    out.push('', ...wrap(w.reservations, width).map((l) => paint(ANSI.bold, l)));
    for (const r of summary.reservations) {
      const label = r.status.padEnd(LABEL_WIDTH + 2);
      out.push(...wrap(`${r.question} [${r.id}]`, width, INDENT + label, hanging), ...wrap(`${w.comment}: ${r.comment}`, width, hanging));
    }
  }
  if (summary.omitted.length > 0) {
    out.push('', ...wrap(w.omittedHeading, width).map((l) => paint(ANSI.bold, l)));
    for (const line of summary.omitted) out.push(...wrap(line, width, INDENT, INDENT));
  }
  return out.join('\n') + '\n';
}
