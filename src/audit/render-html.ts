import { formatDate } from '../format/index.js';
import { escapeHtml } from '../text/xml.js';
import type { AuditReport, ChecklistEntry } from './report.js';
import { auditSummary, severityLabel, statusLabel } from './summary.js';
import { AUDIT_WORDS } from './words.js';
import type { Language } from '../model/schema.js';

/**
 * The styles the fragment needs, all scoped under `.partnerskap-audit` so a host page (the
 * personalised guide) can include them without side effects on its own elements.
 */
export const AUDIT_CSS = `
.partnerskap-audit { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; line-height: 1.45; color: #1a1a1a; max-width: 60rem; }
.partnerskap-audit .verdict { font-weight: bold; padding: .6em .9em; border-radius: 4px; }
.partnerskap-audit .verdict.blocking { background: #fde8e8; border-left: 6px solid #c30000; }
.partnerskap-audit .verdict.ready { background: #e6f4ea; border-left: 6px solid #06893a; }
.partnerskap-audit ul.findings { list-style: none; padding-left: 0; }
.partnerskap-audit ul.findings li { margin: .5em 0; padding-left: .8em; border-left: 4px solid #ccc; }
.partnerskap-audit li.feil { border-left-color: #c30000; }
.partnerskap-audit li.advarsel { border-left-color: #d47b00; }
.partnerskap-audit .severity { font-weight: bold; }
.partnerskap-audit li.feil .severity { color: #c30000; }
.partnerskap-audit li.advarsel .severity { color: #8a5000; }
.partnerskap-audit .reference { display: block; font-size: .9em; color: #555; }
.partnerskap-audit code { font-size: .9em; background: #f2f2f2; padding: 0 .25em; }
.partnerskap-audit table { border-collapse: collapse; width: 100%; font-size: .92em; }
.partnerskap-audit th, .partnerskap-audit td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
.partnerskap-audit tr.open td { background: #fff6e5; }
.partnerskap-audit tr.failed td { background: #fde8e8; }
`.trim();

export interface HtmlOptions {
  /** Level of the fragment's own heading (1–4), so it can sit under a host page's headings. Default 1. */
  headingLevel?: 1 | 2 | 3 | 4;
}

function checklistRow(e: ChecklistEntry, lang: Language): string {
  const by = [e.answeredBy && escapeHtml(e.answeredBy), e.answeredAt && escapeHtml(formatDate(e.answeredAt))].filter(Boolean).join(', ');
  const cells = [
    `<td><code>${escapeHtml(e.id)}</code></td>`,
    `<td>${escapeHtml(e.text)}</td>`,
    `<td>${e.status ? escapeHtml(statusLabel(e.status, lang)) : '–'}</td>`,
    `<td>${e.comment ? escapeHtml(e.comment) : ''}</td>`,
    `<td>${by}</td>`,
    `<td>${e.open ? AUDIT_WORDS[lang].open : ''}</td>`,
  ];
  return `<tr${e.open ? ' class="open"' : ''}>${cells.join('')}</tr>`;
}

/**
 * The report as an HTML fragment (pure): one `<section class="partnerskap-audit">` with the
 * verdict, the findings by section, the checklist and the rules checked. Well-formed XHTML as
 * well as HTML, no scripts, no links, no external resources; style it with AUDIT_CSS.
 */
export function renderAuditHtmlFragment(report: AuditReport, options: HtmlOptions = {}): string {
  const s = auditSummary(report);
  const h = (offset: number) => `h${Math.min(6, (options.headingLevel ?? 1) + offset)}`;
  const heading = (offset: number, text: string) => `<${h(offset)}>${escapeHtml(text)}</${h(offset)}>`;
  const lang = report.language;
  const w = AUDIT_WORDS[lang];
  const out: string[] = [`<section class="partnerskap-audit" lang="${lang}">`, heading(0, s.title)];
  out.push(`<p class="verdict ${s.blocking ? 'blocking' : 'ready'}">${escapeHtml(s.verdict)}</p>`);
  out.push(`<ul class="facts">${s.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`);

  out.push(heading(1, w.findings));
  if (s.groups.length === 0) out.push(`<p>${escapeHtml(w.noFindings)}</p>`);
  for (const g of s.ruleGroups) {
    out.push(`<section class="group" data-section="${escapeHtml(g.section)}">`, heading(2, g.sectionLabel), '<ul class="findings">');
    for (const item of g.items)
      out.push(
        `<li class="${item.severity}" data-code="${escapeHtml(item.code)}"><span class="severity">${severityLabel(item.severity, lang)}:</span> ${escapeHtml(item.text)} <code>${escapeHtml(item.code)}</code>` +
          `<span class="reference">${w.source}: ${escapeHtml(item.source)}</span></li>`,
      );
    out.push('</ul>', '</section>');
  }
  // The unanswered questions: a line per section, and once how to answer them.
  if (s.unassessed) {
    const { heading: title, items, answerWith, command, source } = s.unassessed;
    out.push('<section class="group unassessed" data-section="checklist">', heading(2, title), '<ul class="findings">');
    for (const item of items)
      out.push(`<li class="${item.severity}" data-code="${escapeHtml(item.code)}" data-questions="${escapeHtml(item.questions.join(' '))}"><span class="severity">${severityLabel(item.severity, lang)}:</span> ${escapeHtml(item.text)}</li>`);
    out.push('</ul>', `<p class="answer">${escapeHtml(answerWith)}: <code>${escapeHtml(command)}</code></p>`, `<p class="reference">${w.source}: ${escapeHtml(source)}</p>`, '</section>');
  }
  if (s.omitted.length > 0)
    out.push('<section class="group omitted" data-section="location">', heading(2, w.omittedHeading), '<ul>', ...s.omitted.map((line) => `<li>${escapeHtml(line)}</li>`), '</ul>', '</section>');

  const head = (cells: readonly string[]): string => `<thead><tr>${cells.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  out.push(heading(1, w.checklistHeading), '<table class="checklist">');
  out.push(head(w.checklistColumns));
  out.push(`<tbody>${report.checklist.map((e) => checklistRow(e, lang)).join('\n')}</tbody>`, '</table>');

  out.push(heading(1, w.rulesHeading), '<table class="rules">');
  out.push(`${head(w.ruleColumns)}<tbody>`);
  for (const r of report.rules)
    out.push(
      `<tr${r.passed ? '' : ' class="failed"'}><td><code>${escapeHtml(r.code)}</code></td><td>${severityLabel(r.severity, lang)}</td><td>${escapeHtml(r.explanation)}</td>` +
        `<td>${escapeHtml(r.source)}</td><td>${r.passed ? w.passed : `<strong>${w.failed}</strong>`}</td></tr>`,
    );
  out.push('</tbody></table>', '</section>');
  return out.join('\n') + '\n';
}

/**
 * The report as one self-contained HTML page (pure): inline CSS, a Content-Security-Policy that
 * forbids loading anything, nothing fetched from the network.
 */
export function renderAuditHtml(report: AuditReport): string {
  const title = escapeHtml(auditSummary(report).title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.language}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${title}</title>`,
    `<style>\n${AUDIT_CSS}\nbody { margin: 2rem; }\n</style>`,
    '</head>',
    '<body>',
    renderAuditHtmlFragment(report).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
