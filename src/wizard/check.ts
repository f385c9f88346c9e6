/**
 * Field-by-field checking with the same rules and the same Norwegian messages as `partnerskap
 * validate`: the draft, with the typed value in place, goes through the schema validator and the
 * blocking rules, and only what they say about this one field is kept. No message is written here.
 */
import type { ErrorObject } from 'ajv';
import { blockingRules } from '../validate/rules.js';
import type { Agreement } from '../model/agreement.js';
import { pointerOf, type Problem } from '../model/problem.js';
import { toProblem } from '../validate/messages.js';
import { checkRule, ruleContext } from '../validate/rule.js';
import { dedupeProblems, schemaValidator } from '../validate/validate.js';
import { removeIn, setIn } from './data.js';
import { draftView, NotYetAnswered } from './draft-view.js';
import { clone } from './values.js';

/** The schema validator's errors for the whole draft (empty when it is a valid agreement). */
function schemaErrors(data: unknown): ErrorObject[] {
  const validate = schemaValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** What the schema validator says about the data at exactly `pointer`. */
function schemaProblems(data: unknown, errors: readonly ErrorObject[], pointer: string): Problem[] {
  return errors.map((e) => toProblem(e, data)).filter((p): p is Problem => p !== undefined && p.pointer === pointer);
}

/**
 * What the blocking rules say about `pointer`. The rules are written for complete agreements; on
 * a draft they read it through draftView, so a rule that needs a part not answered yet has nothing
 * to say yet, while any other error in a rule is a bug and is thrown on.
 */
function ruleProblems(data: unknown, errors: readonly ErrorObject[], pointer: string): Problem[] {
  // A value of the wrong shape (a list where a text belongs) can only come from a --from file with
  // problems; rules assume the schema's shapes, and the final check takes the user to it anyway.
  if (errors.some((e) => e.keyword === 'type')) return [];
  const ctx = ruleContext(draftView(data as Agreement), '');
  return blockingRules.flatMap((r) => {
    try {
      return checkRule(r, ctx).filter((p) => p.pointer === pointer);
    } catch (e) {
      if (e instanceof NotYetAnswered) return [];
      throw e;
    }
  });
}

/** Schema problems at `pointer` if there are any, else what the blocking rules say about it. */
function problemsIn(data: Record<string, unknown>, pointer: string): Problem[] {
  const errors = schemaErrors(data);
  const found = schemaProblems(data, errors, pointer);
  return found.length ? dedupeProblems(found) : ruleProblems(data, errors, pointer);
}

/** Everything `validate` would report at `segments` if the draft held `value` there (undefined: absent). */
export function problemsWith(data: Record<string, unknown>, segments: readonly string[], value: unknown): Problem[] {
  const candidate = clone(data);
  if (value === undefined) removeIn(candidate, segments);
  else setIn(candidate, segments, value);
  return problemsIn(candidate, pointerOf(segments));
}

/** Problems at `segments` as the draft stands. */
export function problemsAt(data: Record<string, unknown>, segments: readonly string[]): Problem[] {
  return problemsIn(data, pointerOf(segments));
}
