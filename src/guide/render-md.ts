import type { Token, Tokens } from 'marked';
import { escapeMarkdown, escapeMarkdownInline, markdownLines } from './escape.js';
import type { Fact } from './facts.js';
import type { StatusPage } from './status.js';
import { STATUSES, statusLabel, type ChecklistRow, type ChecklistView, type FactsBox, type GuideView } from './view.js';
import { guideWords } from './words.js';
import type { Language } from '../model/schema.js';

/** The empty answer cell: one box per choice, to tick by hand. */
export const emptyChoices = (lang: Language = 'nb'): string => STATUSES.map((s) => `☐ ${statusLabel(s, lang)}`).join(' ');

/** A source block as written, its heading one level down (the point itself is `##`). */
function sourceBlock(t: Token): string {
  if (t.type === 'heading') return `${'#'.repeat(Math.min((t as Tokens.Heading).depth + 1, 6))} ${(t as Tokens.Heading).text}`;
  return t.raw.replace(/\s+$/, '');
}

const cell = (s: string): string => s.replace(/(?<!\\)\|/g, '\\|').replace(/\n/g, ' ');

function row(r: ChecklistRow, lang: Language): string {
  const q = `**${r.question.id}** ${cell(r.question.inline.map((t) => t.raw).join(''))}`;
  const a = r.answer;
  if (!a) return `| ${q} | ${emptyChoices(lang)} |  |`;
  const by = [a.answeredBy && `Vurdert av ${a.answeredBy}`, a.answeredAt].filter(Boolean).join(', ');
  const comment = [a.comment && markdownLines(a.comment, '<br>'), by && `*${escapeMarkdownInline(by)}*`].filter(Boolean).join('<br>');
  return `| ${q} | **${escapeMarkdownInline(a.label)}** | ${comment} |`;
}

function checklist(c: ChecklistView, lang: Language): string {
  return [`${'#'.repeat(Math.min(c.depth + 1, 6))} ${escapeMarkdownInline(c.heading)}`, '', '| Spørsmål | Vurdering | Kommentar |', '| --- | --- | --- |', ...c.rows.map((r) => row(r, lang))].join('\n');
}

function fact(f: Fact): string {
  const label = `**${escapeMarkdownInline(f.label)}:**`;
  switch (f.kind) {
    case 'text':
      return `- ${label} ${markdownLines(f.value, '\\\n  ')}`;
    case 'list':
      return [`- ${label}`, ...f.items.map((i) => `  - ${markdownLines(i, '\\\n    ')}`)].join('\n');
    case 'table': {
      const line = (cells: string[]) => `| ${cells.map((c) => cell(escapeMarkdownInline(c))).join(' | ')} |`;
      return [`**${escapeMarkdownInline(f.label)}**`, '', line(f.header), `| ${f.header.map((_, i) => (f.numeric[i] ? '---:' : '---')).join(' | ')} |`, ...f.rows.map(line)].join('\n');
    }
  }
}

/** The facts box as a block quote: lists first, then tables, each separated by a blank line. */
function factsBox(box: FactsBox, lang: Language): string {
  const lists = box.facts.filter((f) => f.kind !== 'table').map(fact).join('\n');
  const tables = box.facts.filter((f) => f.kind === 'table').map(fact);
  const body = [`**${escapeMarkdownInline(box.title)}**`, lists || escapeMarkdown(guideWords(lang).noFacts), ...tables].join('\n\n');
  return body
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

function status(s: StatusPage): string {
  const parts = [`## ${escapeMarkdownInline(s.heading)}`, `**${escapeMarkdownInline(s.verdict)}**`, s.facts.map((f) => `- ${escapeMarkdownInline(f)}`).join('\n')];
  for (const g of s.groups) {
    parts.push(`### ${escapeMarkdownInline(g.label)}`);
    parts.push(g.items.map((i) => `- **${escapeMarkdownInline(i.severityLabel)}:** ${markdownLines(i.text, ' ')}${i.questions.length ? ` ${i.questions.join(', ')}` : ''}`).join('\n'));
  }
  return parts.join('\n\n');
}

/**
 * The guide as one Markdown document: front matter removed, the points as numbered `##`
 * headings («## 3.7 …»), the guide's own Markdown kept as written, each «Til vurdering» list as an
 * answer table and, for an agreement, its values and recorded answers.
 */
export function renderMarkdown(v: GuideView): string {
  const out: string[] = [`# ${escapeMarkdownInline(v.title)}`, `**${escapeMarkdownInline(v.subtitle)}**`];
  if (v.meta.length) out.push(v.meta.map((m) => `- **${escapeMarkdownInline(m.label)}:** ${escapeMarkdownInline(m.value)}`).join('\n'));
  out.push(...v.intro.map(escapeMarkdown));
  if (v.status) out.push(status(v.status));
  for (const p of v.points) {
    out.push(`## ${escapeMarkdownInline(p.heading)}`);
    if (p.facts) out.push(factsBox(p.facts, v.lang));
    for (const b of p.blocks) out.push(b.kind === 'checklist' ? checklist(b, v.lang) : sourceBlock(b.token));
  }
  return out.join('\n\n') + '\n';
}
