import { escapeHtml } from '../text/xml.js';
import type { Fact } from './facts.js';
import { footnoteDefinition, footnotes } from './footnotes.js';
import { blockHtml, inlineHtml } from './markdown-html.js';
import { questionAnchor } from './model.js';
import type { StatusPage } from './status.js';
import type { Tokens } from 'marked';
import { headingLevel, isLabelHeading, STATUSES, statusLabel, type ChecklistRow, type ChecklistView, type FactsBox, type GuideView, type PointView } from './view.js';
import { guideWords } from './words.js';
import type { Language } from '../model/schema.js';

/** Screen and print styles; no fonts, images or scripts from anywhere. */
const CSS = `
:root { --blue: #1f3864; --line: #b4c0d3; --shade: #eef2f8; }
* { box-sizing: border-box; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4, h5 { color: var(--blue); line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
.undertittel { font-size: 1.25rem; color: #404040; margin: 0 0 1.5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid var(--blue); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4, h5 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.5rem; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
nav.innhold ul { list-style: none; padding-left: 0; }
nav.innhold ul ul { padding-left: 1.5rem; }
.mellomtittel { font-weight: bold; color: var(--blue); margin: 1.25rem 0 .4rem; }
nav.innhold a { color: var(--blue); text-decoration: none; }
nav.innhold a:hover { text-decoration: underline; }
a { color: var(--blue); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95em; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--shade); }
td.right, th.right { text-align: right; }
td.center, th.center { text-align: center; }
table.sjekkliste col.spm { width: 46%; }
table.sjekkliste col.vurdering { width: 22%; }
table.sjekkliste tr:target { outline: 3px solid #f2b134; }
.qid { font-weight: bold; color: var(--blue); white-space: nowrap; margin-right: .35rem; }
.valg { white-space: nowrap; display: inline-block; margin-right: .6rem; }
.svar { font-weight: bold; }
.vurdert-av { display: block; color: #555; font-style: italic; margin-top: .25rem; }
aside.avtale { background: var(--shade); border-left: 5px solid var(--blue); padding: .6rem 1rem; margin: 1rem 0 1.25rem; }
aside.avtale .tittel { font-weight: bold; margin: 0 0 .4rem; }
aside.avtale ul.fakta { margin: 0; padding-left: 1.1rem; }
aside.avtale table { background: #fff; }
aside.avtale .tabelltittel { font-weight: bold; margin: .75rem 0 .25rem; }
sup.fotnote { line-height: 0; }
section.fotnoter { font-size: .9em; border-top: 1px solid var(--line); margin-top: 2.5rem; }
section.status { border: 2px solid var(--blue); padding: 0 1rem 1rem; margin: 1.5rem 0; }
section.status h2 { border: none; margin-top: 1rem; }
.dom { font-weight: bold; font-size: 1.05rem; }
.dom.blokkerer { color: #a4000f; }
.alvor-feil { color: #a4000f; font-weight: bold; }
.alvor-advarsel { color: #8a5a00; font-weight: bold; }
@media print {
  @page { size: A4; margin: 2cm 1.8cm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.innhold { break-after: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, aside.avtale, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  aside.avtale, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table.sjekkliste tr:target { outline: none; }
}
`;

const choices = (lang: Language): string => STATUSES.map((s) => `<span class="valg">☐ ${escapeHtml(statusLabel(s, lang))}</span>`).join(' ');

/** Plain text with its line breaks kept. */
const lines = (s: string): string => escapeHtml(s.trim()).replace(/\r?\n/g, '<br/>');

function row(r: ChecklistRow, lang: Language): string {
  const q = `<td><span class="qid">${escapeHtml(r.question.id)}</span>${inlineHtml(r.question.inline)}</td>`;
  const a = r.answer;
  if (!a) return `<tr id="${escapeHtml(questionAnchor(r.question.id))}">${q}<td>${choices(lang)}</td><td></td></tr>`;
  const by = [a.answeredBy && `Vurdert av ${a.answeredBy}`, a.answeredAt].filter(Boolean).join(', ');
  const comment = `${a.comment ? lines(a.comment) : ''}${by ? `<span class="vurdert-av">${escapeHtml(by)}</span>` : ''}`;
  return `<tr id="${escapeHtml(questionAnchor(r.question.id))}">${q}<td class="svar">${escapeHtml(a.label)}</td><td>${comment}</td></tr>`;
}

function checklist(c: ChecklistView, lang: Language): string {
  return `<p class="mellomtittel">${escapeHtml(c.heading)}</p>
<table class="sjekkliste">
<colgroup><col class="spm"/><col class="vurdering"/><col/></colgroup>
<thead><tr><th>Spørsmål</th><th>Vurdering</th><th>Kommentar</th></tr></thead>
<tbody>
${c.rows.map((r) => row(r, lang)).join('\n')}
</tbody>
</table>
`;
}

function fact(f: Exclude<Fact, { kind: 'table' }>): string {
  const label = `<strong>${escapeHtml(f.label)}:</strong>`;
  if (f.kind === 'text') return `<li>${label} ${lines(f.value)}</li>`;
  return `<li>${label}<ul>${f.items.map((i) => `<li>${lines(i)}</li>`).join('')}</ul></li>`;
}

function table(f: Extract<Fact, { kind: 'table' }>): string {
  const cls = (i: number) => (f.numeric[i] ? ' class="right"' : '');
  return `<p class="tabelltittel">${escapeHtml(f.label)}</p>
<table><thead><tr>${f.header.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${f.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

function factsBox(box: FactsBox, lang: Language): string {
  const simple = box.facts.filter((f): f is Exclude<Fact, { kind: 'table' }> => f.kind !== 'table');
  const tables = box.facts.filter((f): f is Extract<Fact, { kind: 'table' }> => f.kind === 'table');
  const list = simple.length ? `<ul class="fakta">\n${simple.map(fact).join('\n')}\n</ul>` : `<p>${escapeHtml(guideWords(lang).noFacts)}</p>`;
  return `<aside class="avtale">
<p class="tittel">${escapeHtml(box.title)}</p>
${list}
${tables.map(table).join('\n')}
</aside>
`;
}

function status(s: StatusPage): string {
  const groups = s.groups
    .map((g) => {
      const items = g.items.map((i) => {
        const refs = i.questions.map((id) => `<a href="#${escapeHtml(questionAnchor(id))}">${escapeHtml(id)}</a>`).join(', ');
        return `<li><span class="alvor-${escapeHtml(i.severity)}">${escapeHtml(i.severityLabel)}:</span> ${lines(i.text)}${refs ? ` ${refs}` : ''}</li>`;
      });
      return `<h3>${escapeHtml(g.label)}</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
    })
    .join('\n');
  return `<section class="status" id="${escapeHtml(s.anchor)}">
<h2>${escapeHtml(s.heading)}</h2>
<p class="dom${s.blocking ? ' blokkerer' : ''}">${escapeHtml(s.verdict)}</p>
<ul>
${s.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('\n')}
</ul>
${groups}
</section>
`;
}

/**
 * The contents as nested lists without list numbers: the headings carry the guide's own numbering
 * («3.1 …» under «3.0 …»), so a second one would only confuse.
 */
function contents(entries: { anchor: string; heading: string; level: number }[]): string {
  const li = (e: { anchor: string; heading: string }) => `<a href="#${escapeHtml(e.anchor)}">${escapeHtml(e.heading)}</a>`;
  const out: string[] = [];
  entries.forEach((e, i) => {
    if (e.level > 1) return;
    const subs: typeof entries = [];
    for (let j = i + 1; entries[j] && entries[j]!.level > 1; j++) subs.push(entries[j]!);
    out.push(`<li>${li(e)}${subs.length ? `\n<ul>\n${subs.map((x) => `<li>${li(x)}</li>`).join('\n')}\n</ul>\n` : ''}</li>`);
  });
  return `<ul>\n${out.join('\n')}\n</ul>`;
}

/** The guide's footnotes, each linking back to its mark in the text. */
function notes(v: GuideView): string {
  const all = [...footnotes(v.points)];
  if (!all.length) return '';
  const items = all.map(([label, inline]) => `<li id="fn-${escapeHtml(label)}" value="${Number(label) || 1}">${inlineHtml(inline)} <a href="#fnref-${escapeHtml(label)}" aria-label="Tilbake til teksten">↩</a></li>`);
  return `<section class="fotnoter" aria-label="Fotnoter">\n<h2>Fotnoter</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>\n`;
}

/** A source heading: the repeated labels as styled paragraphs, the rest at the level the numbering gives it (h2 is a top-level point). */
function headingHtml(p: PointView, t: Tokens.Heading): string {
  if (isLabelHeading(t.text)) return `<p class="mellomtittel">${inlineHtml(t.tokens)}</p>\n`;
  const level = Math.min(headingLevel(p, t.depth) + 1, 6);
  return `<h${level}>${inlineHtml(t.tokens)}</h${level}>\n`;
}

/**
 * The guide as one self-contained page: inline CSS for screen and print, a table of contents, an
 * anchor per point («punkt-3.7») and per question («q-3.7-2»). Written as well-formed XHTML
 * syntax (every element closed, no named entities) so it also parses as XML.
 */
export function renderHtml(v: GuideView): string {
  const title = v.office ? `${v.title} – ${v.office}` : v.title;
  const toc = contents([...(v.status ? [{ anchor: v.status.anchor, heading: v.status.heading, level: 1 }] : []), ...v.points]);
  const meta = v.meta.length ? `<dl class="meta">\n${v.meta.map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`).join('\n')}\n</dl>\n` : '';
  const points = v.points
    .map((p) => {
      const body = p.blocks.filter((b) => !footnoteDefinition(b)).map((b) => (b.kind === 'checklist' ? checklist(b, v.lang) : b.token.type === 'heading' ? headingHtml(p, b.token as Tokens.Heading) : blockHtml(b.token, 1))).join('');
      const h = p.level + 1;
      return `<section class="punkt" id="${escapeHtml(p.anchor)}">
<h${h}>${escapeHtml(p.heading)}</h${h}>
${p.facts ? factsBox(p.facts, v.lang) : ''}${body}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${v.lang}" xml:lang="${v.lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(v.title)}</h1>
<p class="undertittel">${escapeHtml(v.subtitle)}</p>
${meta}${v.intro.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</header>
<nav class="innhold" aria-label="${guideWords(v.lang).contents}">
<h2>${guideWords(v.lang).contents}</h2>
${toc}
</nav>
<main>
${v.status ? status(v.status) : ''}${points}
${notes(v)}</main>
</body>
</html>
`;
}
