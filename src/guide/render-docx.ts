import type PizZip from '../ooxml/pizzip.js';
import { zipDate } from '../ooxml/zip-date.js';
import { addPart, zipToBuffer } from '../ooxml/package.js';
import { footnoteDefinition, footnotes } from './footnotes.js';
import { collapse, plainText } from './inline.js';
import type { Renderer } from '../render/docx.js';
import { GUIDE_TEMPLATE } from '../render/templates.js';
import { escapeXml } from '../text/xml.js';
import type { Fact } from './facts.js';
import { questionAnchor } from './model.js';
import type { StatusPage } from './status.js';
import { guideWords } from './words.js';
import { languageTag, tagLanguage } from '../ooxml/language.js';
import type { Language } from '../model/schema.js';
import { headingLevel, isLabelHeading, STATUSES, statusLabel, type ChecklistRow, type ChecklistView, type FactsBox, type GuideView, type PointView } from './view.js';
import type { Tokens } from 'marked';
import { setProperties } from '../ooxml/properties.js';
import { PUBLIC_PROPERTY } from '../model/public-copy.js';
import { blockXml, bookmark, bookmarkName, equalWidths, inlineRuns, internalLink, newContext, ORDERED_ABSTRACT, ORDERED_BASE, para, run, table, TEXT_WIDTH, type Cell, type WordContext } from './wordml.js';

const BLUE = '1F3864';
const RED = 'A4000F';
const SHADE = 'EEF2F8';
/** «Hva omhandler punktet», «Til vurdering»: a styled paragraph, not a heading in Word's navigation pane. */
const LABEL_STYLE = 'Mellomtittel';
/** The date in the national guide's properties when the caller gives none (its template's). */
const NATIONAL_DATE = '2026-01-01';
/** Spørsmål | Vurdering | Kommentar. */
const CHECKLIST_WIDTHS = [4338, 2100, TEXT_WIDTH - 4338 - 2100];

const textParas = (s: string, style = 'TableText'): string =>
  s
    .trim()
    .split(/\r?\n/)
    .map((l) => para(run(l), { style }))
    .join('');

function row(r: ChecklistRow, ctx: WordContext, lang: Language): Cell[] {
  const q = para(bookmark(ctx, questionAnchor(r.question.id), run(r.question.id, { b: true, color: BLUE })) + run(' ') + inlineRuns(r.question.inline, ctx), { style: 'TableText' });
  const a = r.answer;
  if (!a) return [{ content: q }, { content: STATUSES.map((s) => para(run(`☐ ${statusLabel(s, lang)}`), { style: 'TableText' })).join('') }, { content: '' }];
  const by = [a.answeredBy && `Vurdert av ${a.answeredBy}`, a.answeredAt].filter(Boolean).join(', ');
  const comment = (a.comment ? textParas(a.comment) : '') + (by ? para(run(by, { i: true, color: '555555' }), { style: 'TableText' }) : '');
  return [{ content: q }, { content: para(run(a.label, { b: true }), { style: 'TableText' }) }, { content: comment }];
}

function checklist(c: ChecklistView, ctx: WordContext, lang: Language): string {
  const head = (s: string): Cell => ({ content: para(run(s, { b: true }), { style: 'TableText' }) });
  return (
    para(run(c.heading), { style: LABEL_STYLE }) +
    table(CHECKLIST_WIDTHS, [head('Spørsmål'), head('Vurdering'), head('Kommentar')], c.rows.map((r) => row(r, ctx, lang))) +
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

function factsBox(box: FactsBox, lang: Language): string {
  const simple = box.facts.filter((f): f is Exclude<Fact, { kind: 'table' }> => f.kind !== 'table');
  const tables = box.facts.filter((f): f is Extract<Fact, { kind: 'table' }> => f.kind === 'table');
  const title = para(run(box.title, { b: true }), { style: 'AgreementBoxTitle', keepNext: true });
  const body = simple.length ? simple.map(factParas).join('') : para(run(guideWords(lang).noFacts), { style: 'AgreementBox' });
  return title + body + para('', { style: 'AfterTable' }) + tables.map(factTable).join('');
}

function status(s: StatusPage, ctx: WordContext): string {
  const out = [
    para(bookmark(ctx, s.anchor, run(s.heading)), { style: 'Heading1', pageBreakBefore: true }),
    para(run(s.verdict, { b: true, color: s.blocking ? RED : BLUE })),
    ...s.facts.map((f) => para(run(f), { style: 'ListParagraph', numId: 1 })),
  ];
  for (const g of s.groups) {
    // A label, not a heading: the status page's groups are not parts of the guide in the contents.
    out.push(para(run(g.label), { style: LABEL_STYLE }));
    for (const i of g.items) {
      const refs = i.questions.map((id, n) => (n ? run(', ') : run(' ')) + internalLink(questionAnchor(id), run(id, { style: 'Hyperlink' }))).join('');
      out.push(para(run(`${i.severityLabel}: `, { b: true, color: i.severity === 'feil' ? RED : '8A5A00' }) + run(i.text) + refs, { style: 'ListParagraph', numId: 1 }));
    }
  }
  return out.join('');
}

/** The contents field Word builds from headings 1–3, with hyperlinks (\h), hiding tab and page in web view (\z), outline levels (\u). */
const TOC_FIELD = ' TOC \\o "1-3" \\h \\z \\u ';

/**
 * Word's own contents field (TOC), updated on opening (w:updateFields in settings.xml) and by
 * LibreOffice before it makes a PDF. Its stored result lists the same entries with their page
 * numbers as PAGEREF fields, so even a reader that updates nothing shows every entry and a
 * reader that updates only fields (not the whole contents) gets the right pages. The hard page
 * break after it is gone: the next part starts on a new page by its own pageBreakBefore.
 */
function contents(entries: { anchor: string; heading: string; level: number }[]): string[] {
  const fldChar = (type: string, dirty = false) => `<w:r><w:fldChar w:fldCharType="${type}"${dirty ? ' w:dirty="true"' : ''}/></w:r>`;
  const instr = (text: string) => `<w:r><w:instrText xml:space="preserve">${escapeXml(text)}</w:instrText></w:r>`;
  return entries.map((e, i) => {
    const name = bookmarkName(e.anchor);
    const page = fldChar('begin') + instr(` PAGEREF ${name} \\h `) + fldChar('separate') + run('1') + fldChar('end');
    const entry = internalLink(e.anchor, run(e.heading) + '<w:r><w:tab/></w:r>' + page);
    const start = i === 0 ? fldChar('begin', true) + instr(TOC_FIELD) + fldChar('separate') : '';
    const end = i === entries.length - 1 ? fldChar('end') : '';
    return para(start + entry + end, { style: `TOC${Math.min(e.level, 3)}` });
  });
}

/** Introduction (the first page, under the title), contents on a page of their own, and the status page. */
function front(v: GuideView, ctx: WordContext): string {
  const entries = [...(v.status ? [{ anchor: v.status.anchor, heading: v.status.heading, level: 1 }] : []), ...v.points.flatMap((p) => [p, ...subHeadings(p)])];
  return [...v.intro.map((p) => para(run(p), { style: 'Intro' })), para(run(guideWords(v.lang).contents), { style: 'TOCHeading', pageBreakBefore: true }), ...contents(entries), v.status ? status(v.status, ctx) : ''].join('');
}

/** Bookmark of the source heading that is block `k` of point `p`. */
const subAnchor = (p: PointView, k: number): string => `${p.anchor}-${k}`;

/** A point's own headings that the contents lists (levels 1–3, as its field's \o "1-3"). */
function subHeadings(p: PointView): { anchor: string; heading: string; level: number }[] {
  return p.blocks.flatMap((b, k) => {
    if (b.kind !== 'markdown' || b.token.type !== 'heading' || isLabelHeading((b.token as Tokens.Heading).text)) return [];
    const level = headingLevel(p, (b.token as Tokens.Heading).depth);
    return level <= 3 ? [{ anchor: subAnchor(p, k), heading: collapse(plainText((b.token as Tokens.Heading).tokens)), level }] : [];
  });
}

/** A source heading: «Hva omhandler punktet» and «Til vurdering» as labels, the rest at the level the numbering gives it. */
function headingXml(p: PointView, k: number, t: Tokens.Heading, ctx: WordContext): string {
  if (isLabelHeading(t.text)) return para(inlineRuns(t.tokens, ctx), { style: LABEL_STYLE });
  const level = headingLevel(p, t.depth);
  const runs = inlineRuns(t.tokens, ctx);
  return para(level <= 3 ? bookmark(ctx, subAnchor(p, k), runs) : runs, { style: `Heading${Math.min(level, 4)}` });
}

function body(v: GuideView, ctx: WordContext): string {
  return v.points
    .map((p, i) => {
      // The first part after the contents (or the status page) starts a page.
      const heading = para(bookmark(ctx, p.anchor, run(p.heading)), { style: `Heading${p.level}`, pageBreakBefore: i === 0 });
      const facts = p.facts ? factsBox(p.facts, v.lang) : '';
      const blocks = p.blocks.map((b, k) => (footnoteDefinition(b) ? '' : b.kind === 'checklist' ? checklist(b, ctx, v.lang) : b.token.type === 'heading' ? headingXml(p, k, b.token as Tokens.Heading, ctx) : blockXml(b.token, ctx)));
      return heading + facts + blocks.join('');
    })
    .join('');
}

/**
 * word/footnotes.xml with the notes the text refers to, numbered by Word in that order, after the
 * separator lines Word expects. The notes are plain text: a link would need relationships of its own.
 */
function addFootnotes(zip: PizZip, ctx: WordContext): void {
  if (!ctx.noteOrder.length) return;
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  const notes = ctx.noteOrder.map(
    (label, i) =>
      `<w:footnote w:id="${i + 1}">${para('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' + run(` ${collapse(plainText(ctx.notes.get(label)!))}`), { style: 'FootnoteText' })}</w:footnote>`,
  );
  addPart(zip, {
    path: 'word/footnotes.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
    relationshipType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes',
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${W}">${separators}${notes.join('')}</w:footnotes>`,
  });
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
export function renderDocx(v: GuideView, renderer: Renderer, opts: { generated?: string } = {}): Buffer {
  const ctx = newContext(footnotes(v.points));
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
  // One template for both målformer: the words are the view's, the language tag is set here.
  tagLanguage(zip, v.lang);
  // Same date as the agreement's own .docx, so the two documents of one office agree.
  setProperties(zip, {
    title: data.documentTitle,
    subject: guideWords(v.lang).subject,
    author: v.office ?? 'KS og Arbeids- og velferdsdirektoratet',
    keywords: [...guideWords(v.lang).keywords, ...(v.office ? [v.office] : [])],
    language: languageTag(v.lang),
    generated: opts.generated ?? v.documentDate?.slice(0, 10) ?? NATIONAL_DATE,
    // --offentlig: a public copy says so in its properties too.
    ...(v.publicCopy ? { custom: [PUBLIC_PROPERTY] } : {}),
  });
  addCollected(zip, ctx);
  addFootnotes(zip, ctx);
  return zipToBuffer(zip);
}
