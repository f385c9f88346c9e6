/**
 * Checks data against the 1.0 schema, which only `migrate` reads: a 1.0 file must be valid 1.0
 * before it is turned into 2.0, so its problems are reported in its own terms. The schema is
 * passed in (the CLI loads it, src/cli/resources.ts) and compiled when first needed: migrate is
 * rare, and the 2.0 validator is the precompiled one.
 */
import type { Problem } from '../model/problem.js';
import { withSchema, type SchemaNode } from '../model/schema.js';
import { createAjv } from '../validate/ajv.js';
import { byPointer, toProblem } from '../validate/messages.js';
import { dedupeProblems, type SchemaValidator } from '../validate/validate.js';

/** Compiled once per schema object, so a run over many files compiles it once. */
const compiled = new WeakMap<SchemaNode, SchemaValidator>();

function validator(schemaV1: SchemaNode): SchemaValidator {
  let validate = compiled.get(schemaV1);
  if (!validate) compiled.set(schemaV1, (validate = createAjv().compile(schemaV1) as SchemaValidator));
  return validate;
}

/** The 1.0 schema problems of `data`, in document order; empty when it is valid 1.0. */
export function problemsAsV1(data: unknown, schemaV1: SchemaNode): Problem[] {
  const validate = validator(schemaV1);
  if (validate(data)) return [];
  // Named by the 1.0 schema's titles, with the fields 1.0 had («gyldige felt her er: address, openingHours»).
  return withSchema(schemaV1, () => {
    const problems = (validate.errors ?? []).map((e) => toProblem(e, data)).filter((p): p is Problem => p !== undefined);
    return dedupeProblems(problems).sort(byPointer);
  });
}
