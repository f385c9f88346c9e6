/**
 * README.md shows every rule with its source, generated from the registry (src/audit/rule-table.ts);
 * this keeps the two the same. After changing a rule: `npm run golden:update`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_TABLE_END, RULE_TABLE_START, ruleTableMarkdown, withRuleTable } from '../../src/audit/rule-table.js';
import { rules } from '../../src/audit/rules.js';
import { blockingRules } from '../../src/validate/rules.js';
import { ROOT } from '../helpers/paths.js';

const readme = (): string => readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The table in README.md, between its markers. */
function readmeTable(): string {
  const text = readme();
  const start = text.indexOf(RULE_TABLE_START);
  const end = text.indexOf(RULE_TABLE_END);
  expect(start, 'README.md har ikke merket for regeltabellen').toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start + RULE_TABLE_START.length + 1, end);
}

describe('the README table of rules', () => {
  it('is the table the registry gives (update with npm run golden:update)', () => {
    expect(readmeTable()).toBe(ruleTableMarkdown());
  });

  it('has one row per rule, with its code, severity and source', () => {
    const rows = ruleTableMarkdown()
      .trimEnd()
      .split('\n')
      .slice(2)
      .map((row) => row.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    expect(rows.map((cells) => cells[1])).toEqual(rules.map((r) => `\`${r.code}\``));
    const blocking = new Set(blockingRules.map((r) => r.code));
    rules.forEach((r, i) => {
      const cells = rows[i]!;
      expect(cells[3], r.code).toBe(blocking.has(r.code) ? 'feil, stopper `generate`' : r.severity);
      expect(cells[5]!.replace(/\\(.)/g, '$1'), r.code).toBe(r.source);
    });
  });

  it('replaces only what is between the markers', () => {
    const text = `før\n${RULE_TABLE_START}\ngammel\n${RULE_TABLE_END}\netter\n`;
    expect(withRuleTable(text, '| ny |\n')).toBe(`før\n${RULE_TABLE_START}\n| ny |\n${RULE_TABLE_END}\netter\n`);
    expect(withRuleTable('uten merker', '| ny |\n')).toBeUndefined();
  });
});
