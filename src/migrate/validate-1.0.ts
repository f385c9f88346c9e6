/**
 * Checks data against the 1.0 schema, which only `migrate` reads: a 1.0 file must be valid 1.0
 * before it is turned into 2.0, so its problems are reported in its own terms. Compiled when first
 * needed (migrate is rare; the 2.0 validator is the precompiled one).
 */
import { createRequire } from 'node:module';
import type { Problem } from '../model/problem.js';
import { withSchema, type SchemaNode } from '../model/schema.js';
import { createAjv } from '../validate/ajv.js';
import { byPointer, toProblem } from '../validate/messages.js';
import { dedupeProblems, type SchemaValidator } from '../validate/validate.js';

const require = createRequire(import.meta.url);
const SCHEMA_1_0 = require('../../schemas/partnerskapsavtale-1.0.schema.json') as SchemaNode;
let compiled: SchemaValidator | undefined;

function validator(): SchemaValidator {
  compiled ??= createAjv().compile(SCHEMA_1_0) as SchemaValidator;
  return compiled;
}

/** The 1.0 schema problems of `data`, in document order; empty when it is valid 1.0. */
export function problemsAsV1(data: unknown): Problem[] {
  const validate = validator();
  if (validate(data)) return [];
  // Named by the 1.0 schema's titles, with the fields 1.0 had («gyldige felt her er: address, openingHours»).
  return withSchema(SCHEMA_1_0, () => {
    const problems = (validate.errors ?? []).map((e) => toProblem(e, data)).filter((p): p is Problem => p !== undefined);
    return dedupeProblems(problems).sort(byPointer);
  });
}
