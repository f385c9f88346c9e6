/**
 * Field-by-field checking with the same rules and the same Norwegian messages as `partnerskap
 * validate`: the draft, with the typed value in place, goes through the schema validator and the
 * blocking rules, and only what they say about this one field is kept. No message is written here.
 */
import { rules } from '../audit/rules.js';
import type { Agreement } from '../model/agreement.js';
import { pointerOf, type Problem } from '../model/problem.js';
import { derive } from '../derive/derive.js';
import { toProblem } from '../validate/messages.js';
import { schemaValidator } from '../validate/validate.js';
import { removeIn, setIn } from './data.js';
import { clone } from './values.js';

/** What the schema validator says about the data at exactly `pointer`. */
function schemaProblems(data: unknown, pointer: string): Problem[] {
  const validate = schemaValidator();
  if (validate(data)) return [];
  return (validate.errors ?? [])
    .map((e) => toProblem(e, data))
    .filter((p): p is Problem => p !== undefined && p.pointer === pointer);
}

/**
 * What the blocking rules say about `pointer`. The rules are written for complete agreements; on
 * a draft a rule that trips over a part not yet answered simply has nothing to say yet.
 */
function ruleProblems(data: unknown, pointer: string): Problem[] {
  const agreement = data as Agreement;
  let derived: ReturnType<typeof derive> | undefined;
  try {
    derived = derive(agreement);
  } catch {
    derived = undefined;
  }
  return rules
    .filter((r) => r.blocksGenerate)
    .flatMap((r) => {
      try {
        return r.check({ agreement, derived: derived!, today: '' }).filter((f) => f.pointer === pointer).map((f): Problem => ({ code: r.id, severity: 'feil', pointer, message: f.message }));
      } catch {
        return [];
      }
    });
}

/** Everything `validate` would report at `segments` if the draft held `value` there (undefined: absent). */
export function problemsWith(data: Record<string, unknown>, segments: readonly string[], value: unknown): Problem[] {
  const candidate = clone(data);
  if (value === undefined) removeIn(candidate, segments);
  else setIn(candidate, segments, value);
  const pointer = pointerOf(segments);
  const found = schemaProblems(candidate, pointer);
  return found.length ? dedupe(found) : ruleProblems(candidate, pointer);
}

/** Problems at `segments` as the draft stands. */
export function problemsAt(data: Record<string, unknown>, segments: readonly string[]): Problem[] {
  const pointer = pointerOf(segments);
  const found = schemaProblems(data, pointer);
  return found.length ? dedupe(found) : ruleProblems(data, pointer);
}

function dedupe(problems: Problem[]): Problem[] {
  return problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
}
