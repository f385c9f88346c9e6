import type { Agreement } from '../model/agreement.js';
import { derive } from '../derive/derive.js';
import type { Derived } from '../derive/types.js';
import type { Problem, Severity, SourcedProblem } from '../model/problem.js';
import { languageOf, type Language } from '../model/schema.js';

/** What a rule sees: the valid agreement, its derived values and today's date (injected, for determinism). */
export interface RuleContext {
  agreement: Agreement;
  /** Computed on first use (see ruleContext): deriving needs data some rules exist to refuse, such as årsverk above 0. */
  readonly derived: Derived;
  /** ISO date; the audit always gives one, validation gives '' (its rules do not depend on the date). */
  today: string;
}

/**
 * A text a user reads, written once in each målform: `{ nb: '… ikke …', nn: '… ikkje …' }`.
 * Rule explanations and finding messages are Text; {@link checkRule} picks the agreement's målform
 * (document.language). Labels inside them follow it too: pass the agreement to labelFor(pointer, a)
 * and languageOf(a) to enumLabel. A new rule writes both; the chosen nynorsk forms are listed in
 * README «Nynorsk».
 */
export interface Text {
  nb: string;
  nn: string;
}

/** The text in one målform. */
export const textIn = (t: Text, lang: Language): string => t[lang];

/**
 * What a rule's check says: the part of a Problem that differs from one finding to the next.
 * {@link checkRule} completes it with the rule's code, severity, section and source.
 */
export interface Finding {
  pointer: Problem['pointer'];
  message: Text;
}

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
  /**
   * Where the rule comes from, in bokmål: the template point, the guide point or question, or the
   * exact paragraph of a law or forskrift that says it — in the form src/audit/sources.ts reads,
   * checked by test/audit/sources.test.ts («Partnerskapsavtalen punkt 3.8 («…»); veilederen punkt 3.8, spørsmål 3.8-2»).
   */
  source: string;
  /** One Norwegian sentence: what the rule requires, in both målformer. */
  explanation: Text;
  check: (ctx: RuleContext) => Finding[];
}

/** Runs one rule: what it finds, as complete problems (the one place a rule's findings get its code, severity, section and source). */
export function checkRule(rule: Rule, ctx: RuleContext): SourcedProblem[] {
  const lang = languageOf(ctx.agreement);
  return rule.check(ctx).map((f) => ({ code: rule.code, severity: rule.severity, pointer: f.pointer, section: rule.section, message: textIn(f.message, lang), source: sourceIn(rule.source, lang) }));
}

/** The names a source cites, as nynorsk writes them (the source itself is written once, in bokmål). */
const NN_SOURCE_WORDS: readonly (readonly [string, string])[] = [
  ['partnerskapsavtalen', 'partnarskapsavtalen'],
  ['veilederen', 'rettleiaren'],
  ['kommuneloven', 'kommunelova'],
  ['sosialtjenesteloven', 'sosialtenestelova'],
  ['vedleggslisten', 'vedleggslista'],
  ['innledningen', 'innleiinga'],
  ['hovedavtalene', 'hovudavtalane'],
  ['gyldighetsperiode', 'gyldigheitsperiode'],
  ['eierne kan avtale en annen fordeling', 'eigarane kan avtale ei anna fordeling'],
];
const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A source without the comments that quote the bokmål text: a comment is « (…)» after a
 * citation, and a quotation in it may hold parentheses of its own («På individnivå – (fyll inn)»).
 */
function withoutQuotations(source: string): string {
  let out = '';
  let at = 0;
  for (let open = source.indexOf(' (', at); open >= 0; open = source.indexOf(' (', at)) {
    let end = open + 2;
    for (let depth = 0, quoted = 0; end < source.length; end++) {
      const c = source[end];
      if (c === '«') quoted++;
      else if (c === '»') quoted--;
      else if (quoted === 0 && c === '(') depth++;
      else if (quoted === 0 && c === ')' && depth-- === 0) break;
    }
    out += source.slice(at, open) + (source.slice(open, end).includes('«') ? '' : source.slice(open, end + 1));
    at = end + 1;
  }
  return out + source.slice(at);
}

/**
 * A rule's source in the målform of the report. In nynorsk the cited documents get their nynorsk
 * names and quotations of the bokmål template («…») are left out: the nynorsk template words them
 * differently, and the point number says where.
 */
export function sourceIn(source: string, lang: Language): string {
  if (lang === 'nb') return source;
  const unquoted = withoutQuotations(source);
  return NN_SOURCE_WORDS.reduce((s, [from, to]) => s.replaceAll(from, to).replaceAll(capitalized(from), capitalized(to)), unquoted);
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
