import { formatDate } from '../format/index.js';
import { escapeMarkdown } from '../text/markdown.js';
import type { AuditReport, ChecklistEntry } from './report.js';
import { auditSummary, severityLabel, statusLabel } from './summary.js';
import { AUDIT_WORDS } from './words.js';

/** Text as a code span: fenced with more backticks than any run inside it (CommonMark). */
function codeSpan(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  return fence.length > 1 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function answeredBy(e: ChecklistEntry): string {
  const parts = [e.answeredBy && escapeMarkdown(e.answeredBy), e.answeredAt && formatDate(e.answeredAt)].filter(Boolean);
  return parts.join(', ');
}

/**
 * The report as Markdown (pure): verdict and facts, findings grouped by section, the whole
 * «Til vurdering» checklist as a table, and the rules that were checked.
 */
export function renderAuditMarkdown(report: AuditReport): string {
  const s = auditSummary(report);
  const lang = report.language;
  const w = AUDIT_WORDS[lang];
  const out: string[] = [`# ${escapeMarkdown(s.title)}`, '', `**${escapeMarkdown(s.verdict)}**`, '', ...s.facts.map((f) => `- ${escapeMarkdown(f)}`), '', `## ${w.findings}`, ''];
  if (s.groups.length === 0) out.push(w.noFindings, '');
  for (const g of s.ruleGroups) {
    out.push(`### ${escapeMarkdown(g.sectionLabel)}`, '');
    for (const item of g.items)
      out.push(`- **${severityLabel(item.severity, lang)}:** ${escapeMarkdown(item.text)} \`${item.code}\`  `, `  *${w.source}:* ${escapeMarkdown(item.source)}`);
    out.push('');
  }
  if (s.unassessed) {
    const { heading, items, answerWith, command, source } = s.unassessed;
    out.push(`### ${escapeMarkdown(heading)}`, '', ...items.map((item) => `- **${severityLabel(item.severity, lang)}:** ${escapeMarkdown(item.text)} \`${item.code}\``), '');
    out.push(`${escapeMarkdown(answerWith)}: ${codeSpan(command)}  `, `*${w.source}:* ${escapeMarkdown(source)}`, '');
  }
  if (s.omitted.length > 0) out.push(`### ${escapeMarkdown(w.omittedHeading)}`, '', ...s.omitted.map((line) => `- ${escapeMarkdown(line)}`), '');

  out.push(`## ${w.checklistHeading}`, '', `| ${w.checklistColumns.slice(1).join(' | ')} |`, '| --- | --- | --- | --- | --- |');
  for (const e of report.checklist) {
    const status = e.status ? statusLabel(e.status, lang) : '–';
    out.push(`| ${e.id} ${escapeMarkdown(e.text)} | ${status} | ${e.comment ? escapeMarkdown(e.comment) : ''} | ${answeredBy(e)} | ${e.open ? w.open : ''} |`);
  }

  out.push('', `## ${w.rulesHeading}`, '', `| ${w.ruleColumns.join(' | ')} |`, '| --- | --- | --- | --- | --- |');
  for (const r of report.rules)
    out.push(`| \`${r.code}\` | ${severityLabel(r.severity, lang)} | ${escapeMarkdown(r.explanation)} | ${escapeMarkdown(r.source)} | ${r.passed ? w.passed : `**${w.failed}**`} |`);
  return out.join('\n') + '\n';
}
