import { sectionLabel } from '../model/labels.js';
import { escapeMarkdown } from '../text/markdown.js';
import { textIn, type Rule } from '../validate/rule.js';
import { blockingRules } from '../validate/rules.js';
import { rules as registry } from './rules.js';

/** The markers around the generated table in README.md; `npm run golden:update` rewrites what is between them. */
export const RULE_TABLE_START = '<!-- regeltabell: laget av src/audit/rule-table.ts, oppdateres med `npm run golden:update` -->';
export const RULE_TABLE_END = '<!-- /regeltabell -->';

/**
 * Every rule of the audit's registry as a Markdown table (pure): code, agreement point, severity
 * (and whether it stops `generate`), what it requires and its source. README.md shows it; a test
 * keeps the two the same.
 */
export function ruleTableMarkdown(rules: readonly Rule[] = registry, blocking: ReadonlySet<string> = new Set(blockingRules.map((r) => r.code))): string {
  const rows = rules.map((r) => {
    const severity = r.severity === 'feil' && blocking.has(r.code) ? 'feil, stopper `generate`' : r.severity;
    return `| \`${r.code}\` | ${escapeMarkdown(sectionLabel(r.section))} | ${severity} | ${escapeMarkdown(textIn(r.explanation, 'nb'))} | ${escapeMarkdown(r.source)} |`;
  });
  return ['| Regel | Punkt | Alvorlighet | Krav | Kilde |', '| --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** README text with the table between the markers replaced by `table`; undefined when the markers are missing. */
export function withRuleTable(readme: string, table: string): string | undefined {
  const start = readme.indexOf(RULE_TABLE_START);
  const end = readme.indexOf(RULE_TABLE_END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + RULE_TABLE_START.length)}\n${table}${readme.slice(end)}`;
}
