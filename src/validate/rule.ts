import type { Agreement } from '../model/agreement.js';
import { derive } from '../derive/derive.js';
import type { Derived } from '../derive/types.js';
import type { Problem, Severity, SourcedProblem } from '../model/problem.js';

/** What a rule sees: the valid agreement, its derived values and today's date (injected, for determinism). */
export interface RuleContext {
  agreement: Agreement;
  /** Computed on first use (see ruleContext): deriving needs data some rules exist to refuse, such as årsverk above 0. */
  readonly derived: Derived;
  /** ISO date; the audit always gives one, validation gives '' (its rules do not depend on the date). */
  today: string;
}

/**
 * What a rule's check says: the part of a Problem that differs from one finding to the next.
 * {@link checkRule} completes it with the rule's code, severity, section and source.
 */
export type Finding = Pick<Problem, 'pointer' | 'message'>;

/**
 * A rule of the national template or guide. `check` is pure and returns what is wrong (empty when
 * the rule holds). The rules in `blockingRules` (src/validate/rules.ts) describe data no document
 * can be made from; they run in `validate` and `generate` as well as in the audit.
 */
export interface Rule {
  /** The Problem code of what it finds: snake_case, Norwegian («driftsavtale_vedlagt»). */
  code: string;
  severity: Severity;
  /** Top-level schema key the rule belongs to (for grouping by agreement section). */
  section: string;
  /** Where the rule comes from: the template point, the guide, the law. */
  source: string;
  /** One Norwegian sentence: what the rule requires. */
  explanation: string;
  check: (ctx: RuleContext) => Finding[];
}

/** Runs one rule: what it finds, as complete problems (the one place a rule's findings get its code, severity, section and source). */
export function checkRule(rule: Rule, ctx: RuleContext): SourcedProblem[] {
  return rule.check(ctx).map((f) => ({ code: rule.code, severity: rule.severity, pointer: f.pointer, section: rule.section, message: f.message, source: rule.source }));
}

/**
 * The context rules run in. `derived` is computed only when a rule reads it, so a rule can report
 * what `derive` cannot work with (no årsverk at all) instead of the whole check failing.
 */
export function ruleContext(agreement: Agreement, today: string): RuleContext {
  let derived: Derived | undefined;
  return {
    agreement,
    today,
    get derived() {
      return (derived ??= derive(agreement));
    },
  };
}
