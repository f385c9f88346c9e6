import type { Token, Tokens } from 'marked';
import { escapeHtml } from '../text/xml.js';
import { splitMarks } from './footnotes.js';
import { decodeEntities } from './inline.js';

/** Links are kept only to places a printed guide can point to; anything else is shown as text. */
const SAFE_HREF = /^(https?:|mailto:|#)/i;

/** Text with its footnote marks («[^3]») as links to the note, which links back (see render-html.ts). */
function textHtml(text: string): string {
  return splitMarks(text)
    .map((piece, i) => (i % 2 === 0 ? escapeHtml(piece) : `<sup class="fotnote" id="fnref-${escapeHtml(piece)}"><a href="#fn-${escapeHtml(piece)}">${escapeHtml(piece)}</a></sup>`))
    .join('');
}

/** Inline Markdown tokens → escaped XHTML. Raw HTML in the source is shown as text, never passed through. */
export function inlineHtml(tokens: readonly Token[]): string {
  return tokens
    .map((t): string => {
      switch (t.type) {
        case 'text':
          return 'tokens' in t && t.tokens?.length ? inlineHtml(t.tokens) : textHtml(decodeEntities(t.text as string));
        case 'escape':
          return escapeHtml(t.text as string);
        case 'strong':
          return `<strong>${inlineHtml(t.tokens!)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(t.tokens!)}</em>`;
        case 'del':
          return `<del>${inlineHtml(t.tokens!)}</del>`;
        case 'codespan':
          return `<code>${escapeHtml(t.text as string)}</code>`;
        case 'br':
          return '<br/>';
        case 'link': {
          const href = (t as Tokens.Link).href;
          const inner = inlineHtml(t.tokens!);
          return SAFE_HREF.test(href) ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
        }
        case 'image':
          return escapeHtml(t.text as string);
        case 'checkbox':
          return (t as Tokens.Checkbox).checked ? '☒ ' : '☐ ';
        default:
          return escapeHtml(t.raw);
      }
    })
    .join('');
}

function listItem(item: Tokens.ListItem, shift: number): string {
  const inner = item.tokens.map((t) => (t.type === 'text' && !item.loose ? inlineHtml((t as Tokens.Text).tokens ?? [t]) : blockHtml(t, shift))).join('');
  return `<li>${item.task ? (item.checked ? '☒ ' : '☐ ') : ''}${inner}</li>`;
}

/**
 * One block-level Markdown token → escaped XHTML. `shift` moves headings down (the guide's
 * `##` becomes `<h3>` under the point's `<h2>`).
 */
export function blockHtml(t: Token, shift = 0): string {
  switch (t.type) {
    case 'space':
    case 'def':
      return '';
    case 'heading': {
      const level = Math.min((t as Tokens.Heading).depth + shift, 6);
      return `<h${level}>${inlineHtml(t.tokens!)}</h${level}>\n`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(t.tokens!)}</p>\n`;
    case 'text':
      return `<p>${inlineHtml((t as Tokens.Text).tokens ?? [t])}</p>\n`;
    case 'list': {
      const l = t as Tokens.List;
      const tag = l.ordered ? 'ol' : 'ul';
      const start = l.ordered && l.start !== '' && l.start !== 1 ? ` start="${l.start}"` : '';
      return `<${tag}${start}>\n${l.items.map((i) => listItem(i, shift)).join('\n')}\n</${tag}>\n`;
    }
    case 'blockquote':
      return `<blockquote>\n${t.tokens!.map((x) => blockHtml(x, shift)).join('')}</blockquote>\n`;
    case 'code':
      return `<pre><code>${escapeHtml(t.text as string)}</code></pre>\n`;
    case 'hr':
      return '<hr/>\n';
    case 'table': {
      const tb = t as Tokens.Table;
      const align = (a: string | null) => (a ? ` class="${a}"` : '');
      const head = tb.header.map((c) => `<th${align(c.align)}>${inlineHtml(c.tokens)}</th>`).join('');
      const rows = tb.rows.map((r) => `<tr>${r.map((c) => `<td${align(c.align)}>${inlineHtml(c.tokens)}</td>`).join('')}</tr>`).join('\n');
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n`;
    }
    default:
      return `<p>${escapeHtml(t.raw.trim())}</p>\n`;
  }
}
