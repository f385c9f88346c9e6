import type { ValidateFunction } from 'ajv';
import { schema as agreementSchema, type SchemaNode } from '../model/schema.js';
import { createAjv } from '../validate/ajv.js';
import type { PlanNode } from './types.js';

let ajv: ReturnType<typeof createAjv> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** Ajv for the `if` parts of the schema, compiled on their own (with the definitions they may refer to). */
function conditionValidator(condition: SchemaNode, type: string | undefined): ValidateFunction {
  let fn = compiled.get(condition);
  if (!fn) {
    ajv ??= createAjv();
    // Strict mode wants the type the condition applies to; the parent object supplies it.
    fn = ajv.compile({ ...(type ? { type } : {}), ...condition, definitions: agreementSchema.definitions });
    compiled.set(condition, fn);
  }
  return fn;
}

/** The branch of an object's if/then/else that applies to its current value, if any. */
function branch(node: SchemaNode, value: unknown): SchemaNode | undefined {
  const condition = node.if as SchemaNode | undefined;
  if (!condition || value === undefined) return undefined;
  return (conditionValidator(condition, node.type)(value) ? node.then : node.else) as SchemaNode | undefined;
}

/** What an object's if/then/else says about one property, given the object's current value. */
export interface Applicable {
  /** Whether the property is asked at all (false: a conditional property whose branch does not apply). */
  applies: boolean;
  required: boolean;
  /** The property's schema with the applying branch's constraints merged in (e.g. `maxItems: 1`). */
  schema: SchemaNode;
}

/**
 * Evaluates the parent's if/then/else against the parent's value as answered so far, so
 * dependent questions follow the schema: `parties.host` only for Alternativ 2, at most one
 * kommune for Alternativ 1, the delegasjonsvedtak only when a delegation direction is chosen.
 */
export function applicable(parent: PlanNode, child: PlanNode, parentValue: unknown): Applicable {
  const name = child.path[child.path.length - 1]!;
  const b = branch(parent.schema, parentValue);
  const branchRequired = (b?.required ?? []).includes(name);
  const merged = b?.properties?.[name] ? { ...child.schema, ...b.properties[name], type: child.schema.type } : child.schema;
  return {
    applies: !child.conditional || branchRequired,
    required: child.required || branchRequired,
    schema: merged,
  };
}
