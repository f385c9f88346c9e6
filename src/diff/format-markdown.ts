import { escapeMarkdown as escapeText } from '../text/markdown.js';
import type { AgreementDiff, Change, WordPart } from './types.js';
import { bySection, DIFF_WORDS, kindWord, noChanges, shortLabel, summary, title, type ReportContext } from './group.js';

/** User text as literal Markdown; a line break shows as ¶, since a diff must show where lines break. */
const escapeMarkdown = (text: string): string => escapeText(text, ' ¶ ');

/** Wraps text in a delimiter, keeping surrounding spaces outside it (CommonMark needs that). */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${mark}${escapeMarkdown(m[2])}${mark}${m[3]}` : text;
}

/**
 * A Markdown report to paste into a case document: a heading per section and a bullet per change;
 * edited text inline as ~~old~~ **new**.
 */
export function formatMarkdown(diff: AgreementDiff, ctx: ReportContext): string {
  const lang = diff.language;
  const w = DIFF_WORDS[lang];
  const out = [`# ${escapeMarkdown(title(diff.officeName, lang))}`, '', `${capital(w.from)} ${code(ctx.oldName)} ${w.to} ${code(ctx.newName)}.`, ''];
  if (diff.changes.length === 0) return [...out, noChanges(lang), ''].join('\n');
  out.push(`${summary(diff.changes, lang)}.`);
  for (const group of bySection(diff.changes)) {
    out.push('', `## ${escapeMarkdown(group.section)}`, '');
    for (const c of group.changes) {
      const kind = c.derived ? `*${capital(kindWord(c, lang))}:*` : `**${capital(kindWord(c, lang))}:**`;
      out.push(`- ${kind} ${escapeMarkdown(shortLabel(c, lang))}: ${value(c)}`);
    }
  }
  return out.join('\n') + '\n';
}

function value(c: Change): string {
  if (c.kind === 'added') return escapeMarkdown(c.newText ?? '–');
  if (c.kind === 'removed') return wrap(c.oldText ?? '–', '~~');
  if (c.words) return inline(c.words);
  return `${escapeMarkdown(c.oldText ?? '–')} → ${escapeMarkdown(c.newText ?? '–')}`;
}

function inline(parts: readonly WordPart[]): string {
  let out = '';
  parts.forEach((p, i) => {
    if (p.op === 'equal') {
      // A closing ~~ or ** after punctuation needs a space before a following word (CommonMark flanking).
      if (/[\p{P}]$/u.test(parts[i - 1]?.text.trimEnd() ?? '') && parts[i - 1]?.op !== 'equal' && /^[\p{L}\p{N}]/u.test(p.text)) out += ' ';
      out += escapeMarkdown(p.text);
      return;
    }
    // An opening ~~ or ** before punctuation needs a space after a word, or it is not markup.
    if (/^\s*[\p{P}]/u.test(p.text) && /[\p{L}\p{N}]$/u.test(out)) out += ' ';
    out += wrap(p.text, p.op === 'removed' ? '~~' : '**');
    if (p.op === 'removed' && parts[i + 1]?.op === 'added' && !/\s$/.test(p.text)) out += ' ';
  });
  return out;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A file name as inline code; backticks inside are doubled around. */
const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
