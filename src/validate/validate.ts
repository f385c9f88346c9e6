import type { ErrorObject } from 'ajv';
import type { Agreement } from '../model/agreement.js';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { oldSchemaVersion, OLD_VERSION, schemaVersionOf } from '../model/schema-version.js';
import { validate as compiledValidator } from './compiled-validator.js';
import { byPointer, toProblem } from './messages.js';
import { checkRule, ruleContext } from './rule.js';
import { blockingRules } from './rules.js';

/** An Ajv validate function: true or false, with the errors of the last call. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The schema validator, precompiled at build time (src/build/compile-validator.ts). */
export function schemaValidator(): SchemaValidator {
  return compiledValidator as SchemaValidator;
}

/**
 * Validates parsed data against the schema and the rules that block generation, reporting every
 * problem at once, in document order (by line, then by pointer). `locate` maps a pointer to
 * line:column in the input file, when there is one.
 */
export function validateAgreement(
  data: unknown,
  locate?: (pointer: string) => { line: number; column: number } | undefined,
): Result<Agreement> {
  const validate = schemaValidator();
  const withPosition = (p: Problem): Problem => ({ ...p, ...locate?.(p.pointer) });
  if (schemaVersionOf(data) === OLD_VERSION) return fail([withPosition(oldSchemaVersion())]);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => toProblem(e, data)).filter((p): p is Problem => p !== undefined);
    return fail(dedupeProblems(problems).map(withPosition).sort(byPointer));
  }
  const agreement = data as Agreement;
  const ctx = ruleContext(agreement, '');
  const problems: Problem[] = blockingRules.flatMap((r) => checkRule(r, ctx));
  return problems.length ? fail(problems.map(withPosition).sort(byPointer)) : ok(agreement);
}

/**
 * Problems with a message said twice at the same pointer taken once, in their order (ajv can
 * report one fault through several schema paths, and the messages name the field, not the path).
 */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
