import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import type { Severity } from '../model/problem.js';

/** What a rule sees: the valid agreement, its derived values and today's date (injected, for determinism). */
export interface RuleContext {
  agreement: Agreement;
  derived: Derived;
  /** ISO date. */
  today: string;
}

export interface Finding {
  pointer: string;
  message: string;
}

/**
 * A rule of the national template or guide. `check` is pure and returns what is wrong (empty when
 * the rule holds). Rules with `blocksGenerate` describe data no document can be made from; they
 * run in `validate` and `generate` too.
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
  blocksGenerate?: boolean;
  check: (ctx: RuleContext) => Finding[];
}
