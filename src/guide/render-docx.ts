import type PizZip from '../ooxml/pizzip.js';
import { zipDate } from '../ooxml/zip-date.js';
import { setCoreDates, zipToBuffer } from '../ooxml/package.js';
import type { Renderer } from '../render/docx.js';
import { GUIDE_TEMPLATE } from '../render/templates.js';
import { escapeXml } from '../text/xml.js';
import type { Fact } from './facts.js';
import { questionAnchor } from './model.js';
import type { StatusPage } from './status.js';
import { STATUSES, statusLabel, type ChecklistRow, type ChecklistView, type FactsBox, type GuideView } from './view.js';
import { blockXml, bookmark, equalWidths, inlineRuns, internalLink, newContext, ORDERED_ABSTRACT, ORDERED_BASE, para, run, table, TEXT_WIDTH, type Cell, type WordContext } from './wordml.js';

const BLUE = '1F3864';
const RED = 'A4000F';
const SHADE = 'EEF2F8';
/** Spørsmål | Vurdering | Kommentar. */
const CHECKLIST_WIDTHS = [4338, 2100, TEXT_WIDTH - 4338 - 2100];

const textParas = (s: string, style = 'TableText'): string =>
  s
    .trim()
    .split(/\r?\n/)
    .map((l) => para(run(l), { style }))
    .join('');

function row(r: ChecklistRow, ctx: WordContext): Cell[] {
  const q = para(bookmark(ctx, questionAnchor(r.question.id), run(r.question.id, { b: true, color: BLUE })) + run(' ') + inlineRuns(r.question.inline, ctx), { style: 'TableText' });
  const a = r.answer;
  if (!a) return [{ content: q }, { content: STATUSES.map((s) => para(run(`☐ ${statusLabel(s)}`), { style: 'TableText' })).join('') }, { content: '' }];
  const by = [a.answeredBy && `Vurdert av ${a.answeredBy}`, a.answeredAt].filter(Boolean).join(', ');
  const comment = (a.comment ? textParas(a.comment) : '') + (by ? para(run(by, { i: true, color: '555555' }), { style: 'TableText' }) : '');
  return [{ content: q }, { content: para(run(a.label, { b: true }), { style: 'TableText' }) }, { content: comment }];
}

function checklist(c: ChecklistView, ctx: WordContext): string {
  const head = (s: string): Cell => ({ content: para(run(s, { b: true }), { style: 'TableText' }) });
  return (
    para(run(c.heading), { style: `Heading${Math.min(c.depth, 4)}` }) +
    table(CHECKLIST_WIDTHS, [head('Spørsmål'), head('Vurdering'), head('Kommentar')], c.rows.map((r) => row(r, ctx))) +
    para('', { style: 'AfterTable' })
  );
}

function factParas(f: Exclude<Fact, { kind: 'table' }>): string {
  const label = run(`${f.label}:`, { b: true });
  if (f.kind === 'text') return para(`${label}${run(' ')}${run(f.value.trim())}`, { style: 'AgreementBox' });
  return para(label, { style: 'AgreementBox' }) + f.items.map((i) => para(run(i.trim()), { style: 'AgreementBoxList' })).join('');
}

function factTable(f: Extract<Fact, { kind: 'table' }>): string {
  const widths = f.header.length === 4 ? [3838, 1600, 1800, 2400] : equalWidths(f.header.length);
  const cell = (s: string, i: number, head: boolean): Cell => ({ content: para(run(s, { b: head }), { style: 'TableText', jc: f.numeric[i] ? 'right' : undefined }), shade: head ? SHADE : undefined });
  return (
    para(run(f.label, { b: true }), { style: 'TableCaption', keepNext: true }) +
    table(widths, f.header.map((h, i) => cell(h, i, true)), f.rows.map((r) => r.map((c, i) => cell(c, i, false)))) +
    para('', { style: 'AfterTable' })
  );
}

function factsBox(box: FactsBox): string {
  const simple = box.facts.filter((f): f is Exclude<Fact, { kind: 'table' }> => f.kind !== 'table');
  const tables = box.facts.filter((f): f is Extract<Fact, { kind: 'table' }> => f.kind === 'table');
  const title = para(run(box.title, { b: true }), { style: 'AgreementBoxTitle', keepNext: true });
  const body = simple.length ? simple.map(factParas).join('') : para(run('Avtalen har ingen egne opplysninger under dette punktet; malteksten gjelder.'), { style: 'AgreementBox' });
  return title + body + para('', { style: 'AfterTable' }) + tables.map(factTable).join('');
}

function status(s: StatusPage, ctx: WordContext): string {
  const out = [
    para(bookmark(ctx, s.anchor, run(s.heading)), { style: 'Heading1' }),
    para(run(s.verdict, { b: true, color: s.blocking ? RED : BLUE })),
    ...s.facts.map((f) => para(run(f), { style: 'ListParagraph', numId: 1 })),
  ];
  for (const g of s.groups) {
    out.push(para(run(g.label), { style: 'Heading2' }));
    for (const i of g.items) {
      const refs = i.questions.map((id, n) => (n ? run(', ') : run(' ')) + internalLink(questionAnchor(id), run(id, { style: 'Hyperlink' }))).join('');
      out.push(para(run(`${i.severityLabel}: `, { b: true, color: i.severity === 'feil' ? RED : '8A5A00' }) + run(i.text) + refs, { style: 'ListParagraph', numId: 1 }));
    }
  }
  out.push(para('<w:r><w:br w:type="page"/></w:r>'));
  return out.join('');
}

/** Introduction, contents (linked to the headings' bookmarks) and the status page. */
function front(v: GuideView, ctx: WordContext): string {
  const entries = [...(v.status ? [v.status] : []), ...v.points].map((p) => para(internalLink(p.anchor, run(p.heading)), { style: 'TOC1' }));
  return [
    ...v.intro.map((p) => para(run(p), { style: 'Intro' })),
    para(run('Innhold'), { style: 'TOCHeading' }),
    ...entries,
    para('<w:r><w:br w:type="page"/></w:r>'),
    v.status ? status(v.status, ctx) : '',
  ].join('');
}

function body(v: GuideView, ctx: WordContext): string {
  return v.points
    .map((p) => {
      const heading = para(bookmark(ctx, p.anchor, run(p.heading)), { style: 'Heading1' });
      const facts = p.facts ? factsBox(p.facts) : '';
      return heading + facts + p.blocks.map((b) => (b.kind === 'checklist' ? checklist(b, ctx) : blockXml(b.token, ctx))).join('');
    })
    .join('');
}

/** Adds what the body collected: hyperlink relationships and numbering instances for ordered lists. */
function addCollected(zip: PizZip, ctx: WordContext): void {
  if (ctx.links.length) {
    const name = 'word/_rels/document.xml.rels';
    const rels = ctx.links.map((href, i) => `<Relationship Id="rIdLink${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(href)}" TargetMode="External"/>`).join('');
    zip.file(name, zip.file(name)!.asText().replace('</Relationships>', `${rels}</Relationships>`), { date: zipDate() });
  }
  if (ctx.ordered.length) {
    const name = 'word/numbering.xml';
    const nums = ctx.ordered
      .map((start, i) => `<w:num w:numId="${ORDERED_BASE + i}"><w:abstractNumId w:val="${ORDERED_ABSTRACT}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`)
      .join('');
    zip.file(name, zip.file(name)!.asText().replace('</w:numbering>', `${nums}</w:numbering>`), { date: zipDate() });
  }
}

/**
 * The guide as a Word document from templates/veileder/: title, meta lines, header and
 * «Side X av Y» footer come from the template; the rest is WordprocessingML built here and put in
 * with the raw tags {@front} and {@body}, by the caller's renderer (which holds the templates).
 * Same view → same bytes.
 */
export function renderDocx(v: GuideView, renderer: Renderer): Buffer {
  const ctx = newContext();
  const data = {
    title: v.title,
    subtitle: v.subtitle,
    meta: v.meta,
    documentTitle: v.office ? `${v.title} – ${v.office}` : v.title,
    headerTitle: v.office ? `${v.title} – ${v.office}` : v.title,
    front: front(v, ctx),
    body: body(v, ctx),
  };
  const zip = renderer.renderToZip(GUIDE_TEMPLATE, data);
  // Same date as the agreement's own .docx, so the two documents of one office agree.
  if (v.documentDate) setCoreDates(zip, v.documentDate);
  addCollected(zip, ctx);
  return zipToBuffer(zip);
}
