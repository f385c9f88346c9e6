import type { AgreementDiff, Change, WordPart } from './types.js';
import { escapeHtml } from '../text/xml.js';
import { bySection, DIFF_WORDS, kindWord, noChanges, shortLabel, summary, title, type ReportContext } from './group.js';

const br = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

const CSS = `
body{font-family:Calibri,Carlito,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.25rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.meta{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e3e3e3}
th{font-weight:600;background:#f4f4f4}
td.kind{white-space:nowrap;width:7rem}
td.what{width:30%}
tr.added td.kind{color:#1d6b2c}
tr.removed td.kind{color:#a31515}
tr.changed td.kind{color:#8a5a00}
tr.derived{font-style:italic;color:#444}
tr.derived td.kind{color:#00607a}
del{background:#fde2e2;color:#8c1010;text-decoration:line-through}
ins{background:#dcf5dc;color:#0f5a1f;text-decoration:underline}
@media print{body{margin:0;max-width:none}del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/**
 * One self-contained HTML page (inline CSS, no scripts, nothing fetched): a table per section,
 * removed text in <del>, added text in <ins>. Everything from the data is escaped.
 */
export function formatHtml(diff: AgreementDiff, ctx: ReportContext): string {
  const lang = diff.language;
  const w = DIFF_WORDS[lang];
  const head = title(diff.officeName, lang);
  const body: string[] = [`<h1>${escapeHtml(head)}</h1>`, `<p class="meta">${capital(w.from)} <code>${escapeHtml(ctx.oldName)}</code> ${w.to} <code>${escapeHtml(ctx.newName)}</code>.</p>`];
  if (diff.changes.length === 0) body.push(`<p>${escapeHtml(noChanges(lang))}</p>`);
  else {
    body.push(`<p>${escapeHtml(summary(diff.changes, lang))}. ${escapeHtml(w.derivedNote)}</p>`);
    const columns = `<thead><tr>${w.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
    for (const group of bySection(diff.changes)) {
      body.push(`<section>`, `<h2>${escapeHtml(group.section)}</h2>`, '<table>', columns, '<tbody>');
      for (const c of group.changes) {
        const cls = c.derived ? `${c.kind} derived` : c.kind;
        body.push(`<tr class="${cls}"><td class="kind">${escapeHtml(capital(kindWord(c, lang)))}</td><td class="what">${escapeHtml(shortLabel(c, lang))}</td><td class="value">${value(c)}</td></tr>`);
      }
      body.push('</tbody>', '</table>', '</section>');
    }
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(head)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function value(c: Change): string {
  if (c.kind === 'added') return `<ins>${br(c.newText ?? '–')}</ins>`;
  if (c.kind === 'removed') return `<del>${br(c.oldText ?? '–')}</del>`;
  if (c.words) return inline(c.words);
  return `<del>${br(c.oldText ?? '–')}</del> → <ins>${br(c.newText ?? '–')}</ins>`;
}

const inline = (parts: readonly WordPart[]): string =>
  parts.map((p) => (p.op === 'equal' ? br(p.text) : p.op === 'removed' ? `<del>${br(p.text)}</del>` : `<ins>${br(p.text)}</ins>`)).join('');

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
