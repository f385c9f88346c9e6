import { formatDate } from '../format/index.js';
import { escapeMarkdown } from '../text/markdown.js';
import type { AuditReport, ChecklistEntry } from './report.js';
import { auditSummary, severityLabel, statusLabel } from './summary.js';

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
  const out: string[] = [`# ${escapeMarkdown(s.title)}`, '', `**${escapeMarkdown(s.verdict)}**`, '', ...s.facts.map((f) => `- ${escapeMarkdown(f)}`), '', '## Funn', ''];
  if (s.groups.length === 0) out.push('Ingen funn.', '');
  for (const g of s.groups) {
    out.push(`### ${escapeMarkdown(g.sectionLabel)}`, '');
    for (const item of g.items)
      out.push(`- **${severityLabel(item.severity)}:** ${escapeMarkdown(item.text)} \`${item.code}\`  `, `  *Kilde:* ${escapeMarkdown(item.source)}`);
    out.push('');
  }

  out.push('## Sjekkliste «Til vurdering»', '', '| Spørsmål | Vurdering | Kommentar | Vurdert av | Åpen |', '| --- | --- | --- | --- | --- |');
  for (const e of report.checklist) {
    const status = e.status ? statusLabel(e.status) : '–';
    out.push(`| ${e.id} ${escapeMarkdown(e.text)} | ${status} | ${e.comment ? escapeMarkdown(e.comment) : ''} | ${answeredBy(e)} | ${e.open ? 'åpen' : ''} |`);
  }

  out.push('', '## Kontrollerte regler', '', '| Regel | Alvorlighet | Krav | Kilde | Resultat |', '| --- | --- | --- | --- | --- |');
  for (const r of report.rules)
    out.push(`| \`${r.code}\` | ${severityLabel(r.severity)} | ${escapeMarkdown(r.explanation)} | ${escapeMarkdown(r.source)} | ${r.passed ? 'oppfylt' : '**ikke oppfylt**'} |`);
  return out.join('\n') + '\n';
}
