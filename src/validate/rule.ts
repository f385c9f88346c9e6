import type { Agreement } from '../model/agreement.js';
import { derive } from '../derive/derive.js';
import type { Derived } from '../derive/types.js';
import type { Severity } from '../model/problem.js';

/** What a rule sees: the valid agreement, its derived values and today's date (injected, for determinism). */
export interface RuleContext {
  agreement: Agreement;
  /** Computed on first use (see ruleContext): deriving needs data some rules exist to refuse, such as årsverk above 0. */
  readonly derived: Derived;
  /** ISO date; the audit always gives one, validation gives '' (its rules do not depend on the date). */
  today: string;
}

/** One thing a rule found wrong: where, and a Norwegian message that says how to fix it. */
export interface Finding {
  pointer: string;
  message: string;
}

/**
 * A rule of the national template or guide. `check` is pure and returns what is wrong (empty when
 * the rule holds). The rules in `blockingRules` (src/validate/rules.ts) describe data no document
 * can be made from; they run in `validate` and `generate` as well as in the audit.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** Top-level schema key the rule belongs to (for grouping by agreement section). */
  section: string;
  /** Where the rule comes from: the template point, the guide, the law. */
  reference: string;
  /** One Norwegian sentence: what the rule requires. */
  explanation: string;
  check: (ctx: RuleContext) => Finding[];
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
