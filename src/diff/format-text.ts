import type { AgreementDiff, Change, WordPart } from './types.js';
import { bySection, DIFF_WORDS, kindWord, noChanges, shortLabel, summary, title, type ReportContext } from './group.js';

const ANSI = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  red: ['\x1b[31m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  strike: ['\x1b[9m', '\x1b[29m'],
  underline: ['\x1b[4m', '\x1b[24m'],
} as const;

type Style = keyof typeof ANSI;

/**
 * Plain-text report, one line per change under its section heading. Inline text changes as
 * [-old-]{+new+} (as wdiff writes them); with `color`, as red struck-out and green underlined
 * text instead, for a terminal.
 */
export function formatText(diff: AgreementDiff, ctx: ReportContext, opts: { color: boolean }): string {
  const paint = (text: string, ...styles: Style[]) => (opts.color && text ? styles.reduce((t, s) => ANSI[s][0] + t + ANSI[s][1], text) : text);
  const lang = diff.language;
  const w = DIFF_WORDS[lang];
  const lines = [paint(title(diff.officeName, lang), 'bold'), `  ${w.from}: ${ctx.oldName}`, `  ${w.to}: ${ctx.newName}`];
  if (diff.changes.length === 0) return [...lines, '', noChanges(lang), ''].join('\n');
  lines.push(`${summary(diff.changes, lang)}.`);
  const kindStyle = (c: Change): Style => (c.derived ? 'cyan' : c.kind === 'added' ? 'green' : c.kind === 'removed' ? 'red' : 'yellow');
  const width = 9;
  for (const group of bySection(diff.changes)) {
    lines.push('', paint(group.section, 'bold'));
    for (const c of group.changes) {
      const kind = paint(kindWord(c, lang).padEnd(width), kindStyle(c));
      lines.push(`  ${kind} ${shortLabel(c, lang)}: ${value(c, paint, opts.color)}`);
    }
  }
  return lines.join('\n') + '\n';
}

function value(c: Change, paint: (t: string, ...s: Style[]) => string, color: boolean): string {
  const flat = (t: string | undefined) => oneLine(t ?? '–');
  if (c.kind === 'added') return paint(flat(c.newText), 'green');
  if (c.kind === 'removed') return paint(flat(c.oldText), 'red');
  if (c.words) return inline(c.words, paint, color);
  return `${paint(flat(c.oldText), 'red')} → ${paint(flat(c.newText), 'green')}`;
}

function inline(parts: readonly WordPart[], paint: (t: string, ...s: Style[]) => string, color: boolean): string {
  return parts
    .map((p) => {
      const t = oneLine(p.text);
      if (p.op === 'equal') return t;
      if (!color) return p.op === 'removed' ? `[-${t}-]` : `{+${t}+}`;
      return p.op === 'removed' ? paint(t, 'red', 'strike') : paint(t, 'green', 'underline');
    })
    .join('');
}

/** Line breaks in free text (new paragraphs in the document) shown as ¶ so each change stays on one line. */
export const oneLine = (text: string): string => text.replace(/\r?\n/g, ' ¶ ');
