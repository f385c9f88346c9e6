/**
 * WordprocessingML building blocks for the guide, and marked's Markdown tokens converted to them.
 * Every piece of text goes through escapeXml; element order follows ECMA-376 (Word refuses
 * documents where it does not).
 */
import type { Token, Tokens } from 'marked';
import { escapeXml } from '../text/xml.js';
import { splitMarks } from './footnotes.js';
import { decodeEntities } from './inline.js';

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 9638;
/** numbering.xml of the template: bullets. Ordered lists get their own instances from ORDERED_BASE up. */
export const BULLET_NUM = 1;
export const ORDERED_ABSTRACT = 1;
export const ORDERED_BASE = 100;

/** What the body collects while it is built, to be added to the package afterwards. */
export interface WordContext {
  /** External link targets; link i has relationship id `rIdLink${i + 1}`. */
  links: string[];
  /** Start numbers of the ordered lists; list i has numId ORDERED_BASE + i. */
  ordered: number[];
  nextBookmark: number;
  /** Every footnote of the guide by label (see footnotes.ts). */
  notes: ReadonlyMap<string, Token[]>;
  /** The labels in the order the text refers to them; note i has footnote id i + 1. */
  noteOrder: string[];
}

export const newContext = (notes: ReadonlyMap<string, Token[]> = new Map()): WordContext => ({ links: [], ordered: [], nextBookmark: 1, notes, noteOrder: [] });

/** Text with its footnote marks («[^3]») as Word footnote references to word/footnotes.xml. */
function textRuns(text: string, ctx: WordContext, f: RunFormat): string {
  return splitMarks(text)
    .map((piece, i) => {
      if (i % 2 === 0) return run(piece, f);
      if (!ctx.notes.has(piece)) return run(`[^${piece}]`, f);
      let n = ctx.noteOrder.indexOf(piece);
      if (n < 0) n = ctx.noteOrder.push(piece) - 1;
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${n + 1}"/></w:r>`;
    })
    .join('');
}

export interface RunFormat {
  b?: boolean;
  i?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Character style id, e.g. «Hyperlink». */
  style?: string;
  /** Hex colour without #. */
  color?: string;
}

function rPr(f: RunFormat): string {
  const parts = [
    f.style && `<w:rStyle w:val="${f.style}"/>`,
    f.code && '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/>',
    f.b && '<w:b/><w:bCs/>',
    f.i && '<w:i/><w:iCs/>',
    f.strike && '<w:strike/>',
    f.color && `<w:color w:val="${f.color}"/>`,
  ].filter(Boolean);
  return parts.length ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** A run of text; line breaks become <w:br/>, tabs <w:tab/>. */
export function run(text: string, f: RunFormat = {}): string {
  if (!text) return '';
  const pieces = text.split(/(\n|\t)/).map((s) => (s === '\n' ? '<w:br/>' : s === '\t' ? '<w:tab/>' : s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : ''));
  return `<w:r>${rPr(f)}${pieces.join('')}</w:r>`;
}

export interface ParaProps {
  style?: string;
  keepNext?: boolean;
  /** Numbering instance and level for list items. */
  numId?: number;
  ilvl?: number;
  /** Left indent in twips (list continuation paragraphs). */
  indent?: number;
  jc?: 'left' | 'center' | 'right';
  pageBreakBefore?: boolean;
}

/** A paragraph with its properties in schema order. */
export function para(content: string, p: ParaProps = {}): string {
  const props = [
    p.style && `<w:pStyle w:val="${p.style}"/>`,
    p.keepNext && '<w:keepNext/>',
    p.pageBreakBefore && '<w:pageBreakBefore/>',
    p.numId !== undefined && `<w:numPr><w:ilvl w:val="${p.ilvl ?? 0}"/><w:numId w:val="${p.numId}"/></w:numPr>`,
    p.indent !== undefined && `<w:ind w:left="${p.indent}"/>`,
    p.jc && `<w:jc w:val="${p.jc}"/>`,
  ].filter(Boolean);
  return `<w:p>${props.length ? `<w:pPr>${props.join('')}</w:pPr>` : ''}${content}</w:p>`;
}

/** Word bookmark names: letters, digits and underscores, at most 40 characters. */
export const bookmarkName = (anchor: string): string => anchor.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);

/** Content wrapped in a bookmark, so links (the contents, the status page) can jump to it. */
export function bookmark(ctx: WordContext, anchor: string, content: string): string {
  const id = ctx.nextBookmark++;
  return `<w:bookmarkStart w:id="${id}" w:name="${bookmarkName(anchor)}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

/** A link to a bookmark in this document. */
export const internalLink = (anchor: string, runs: string): string => `<w:hyperlink w:anchor="${bookmarkName(anchor)}" w:history="1">${runs}</w:hyperlink>`;

/** Only links a reader can follow from a document; anything else is shown as text. */
const SAFE_HREF = /^(https?:|mailto:)/i;

/** Inline Markdown tokens → runs (bold, italic, strike-through, code, links). */
export function inlineRuns(tokens: readonly Token[], ctx: WordContext, f: RunFormat = {}): string {
  return tokens
    .map((t): string => {
      switch (t.type) {
        case 'text':
          // A line break inside a Markdown paragraph is a soft break: a space, not a new line.
          return 'tokens' in t && t.tokens?.length ? inlineRuns(t.tokens, ctx, f) : textRuns(decodeEntities(t.text as string).replace(/[ \t]*\n[ \t]*/g, ' '), ctx, f);
        case 'escape':
          return run(t.text as string, f);
        case 'strong':
          return inlineRuns(t.tokens!, ctx, { ...f, b: true });
        case 'em':
          return inlineRuns(t.tokens!, ctx, { ...f, i: true });
        case 'del':
          return inlineRuns(t.tokens!, ctx, { ...f, strike: true });
        case 'codespan':
          return run(t.text as string, { ...f, code: true });
        case 'br':
          return '<w:r><w:br/></w:r>';
        case 'link': {
          const href = (t as Tokens.Link).href;
          if (href.startsWith('#')) return internalLink(href.slice(1), inlineRuns(t.tokens!, ctx, { ...f, style: 'Hyperlink' }));
          if (!SAFE_HREF.test(href)) return inlineRuns(t.tokens!, ctx, f);
          let i = ctx.links.indexOf(href);
          if (i < 0) i = ctx.links.push(href) - 1;
          return `<w:hyperlink r:id="rIdLink${i + 1}" w:history="1">${inlineRuns(t.tokens!, ctx, { ...f, style: 'Hyperlink' })}</w:hyperlink>`;
        }
        case 'image':
          return run(t.text as string, f);
        case 'checkbox':
          return run((t as Tokens.Checkbox).checked ? '☒ ' : '☐ ', f);
        default:
          return run(t.raw, f);
      }
    })
    .join('');
}

export interface Cell {
  /** The cell's paragraphs (at least one is added when empty). */
  content: string;
  shade?: string;
}

/**
 * A table in the style «GuideTable»: fixed column widths (twips), the first row repeated on every
 * page, rows kept on one page.
 */
export function table(widths: readonly number[], header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const tc = (c: Cell, w: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : ''}</w:tcPr>${c.content || para('')}</w:tc>`;
  const tr = (cells: readonly Cell[], head: boolean) => `<w:tr><w:trPr><w:cantSplit/>${head ? '<w:tblHeader/>' : ''}</w:trPr>${cells.map((c, i) => tc(c, widths[i]!)).join('')}</w:tr>`;
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="GuideTable"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>' +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    tr(header, true) +
    rows.map((r) => tr(r, false)).join('') +
    '</w:tbl>'
  );
}

/** Equal widths that add up to the text width exactly. */
export function equalWidths(n: number, total = TEXT_WIDTH): number[] {
  const w = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - w * (n - 1) : w));
}

const JC = { left: 'left', center: 'center', right: 'right' } as const;

/** A list of at most this many items is kept on one page (each item but the last kept with the next). */
const SHORT_LIST = 5;

function listXml(l: Tokens.List, ctx: WordContext, level: number): string {
  let numId = BULLET_NUM;
  if (l.ordered) numId = ORDERED_BASE + ctx.ordered.push(typeof l.start === 'number' ? l.start : 1) - 1;
  const ilvl = Math.min(level, 2);
  const short = l.items.length <= SHORT_LIST;
  return l.items
    .map((item, n) => {
      const keepNext = short && n < l.items.length - 1;
      let first = true;
      return item.tokens
        .map((t) => {
          if (t.type === 'list') return listXml(t as Tokens.List, ctx, level + 1);
          const tokens = (t as Tokens.Text | Tokens.Paragraph).tokens ?? [t];
          const box = item.task ? run(item.checked ? '☒ ' : '☐ ') : '';
          if (first && (t.type === 'text' || t.type === 'paragraph')) {
            first = false;
            return para(box + inlineRuns(tokens, ctx), { style: 'ListParagraph', numId, ilvl, keepNext });
          }
          if (t.type === 'text' || t.type === 'paragraph') return para(inlineRuns(tokens, ctx), { style: 'ListParagraph', indent: 360 * (ilvl + 1) });
          return blockXml(t, ctx);
        })
        .join('');
    })
    .join('');
}

/**
 * One block-level Markdown token → WordprocessingML. Headings keep their Markdown level as the
 * Word heading level (the point itself is Heading1, the guide's `##` Heading2 …), capped at 4.
 */
export function blockXml(t: Token, ctx: WordContext): string {
  switch (t.type) {
    case 'space':
    case 'def':
      return '';
    case 'heading':
      return para(inlineRuns(t.tokens!, ctx), { style: `Heading${Math.max(1, Math.min((t as Tokens.Heading).depth, 4))}` });
    case 'paragraph':
      return para(inlineRuns(t.tokens!, ctx));
    case 'text':
      return para(inlineRuns((t as Tokens.Text).tokens ?? [t], ctx));
    case 'list':
      return listXml(t as Tokens.List, ctx, 0);
    case 'blockquote':
      return t.tokens!.map((x) => (x.type === 'paragraph' ? para(inlineRuns(x.tokens!, ctx), { style: 'Quote' }) : blockXml(x, ctx))).join('');
    case 'code':
      return para(run(t.text as string, { code: true }), { style: 'Code' });
    case 'hr':
      return para('', { style: 'Rule' });
    case 'table': {
      const tb = t as Tokens.Table;
      const widths = equalWidths(tb.header.length);
      const cell = (c: Tokens.TableCell, head: boolean): Cell => ({ content: para(inlineRuns(c.tokens, ctx, head ? { b: true } : {}), { style: 'TableText', jc: c.align ? JC[c.align] : undefined }) });
      // A paragraph after every table: two tables in a row would merge into one in Word.
      return table(widths, tb.header.map((c) => cell(c, true)), tb.rows.map((r) => r.map((c) => cell(c, false)))) + para('', { style: 'AfterTable' });
    }
    default:
      return para(run(t.raw.trim()));
  }
}
