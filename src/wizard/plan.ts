import { schema as agreementSchema, labelsOf, type Language, type SchemaNode } from '../model/schema.js';
import type { FieldKind, Override, PlanNode } from './types.js';

/** Resolves `$ref` (local `#/definitions/…` only), the referring node's own annotations winning. */
function resolve(node: SchemaNode, root: SchemaNode): { node: SchemaNode; definition?: string } {
  let current = node;
  let definition: string | undefined;
  const seen = new Set<string>();
  while (current.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    const target = name ? (root.definitions as Record<string, SchemaNode> | undefined)?.[name] : undefined;
    if (!target) break;
    definition ??= name;
    const { $ref: _ignored, ...own } = current;
    // x-nn merges as the keywords it mirrors do (see deref in src/model/schema.ts).
    const nn = target['x-nn'] || own['x-nn'] ? { 'x-nn': { ...target['x-nn'], ...own['x-nn'] } } : {};
    current = { ...target, ...own, ...nn, $ref: target.$ref };
  }
  return { node: current, definition };
}

/** The names an if/then/else makes required in one branch but the object does not require itself. */
function conditionalNames(node: SchemaNode): Set<string> {
  const base = new Set(node.required ?? []);
  const branches = [node.then, node.else] as (SchemaNode | undefined)[];
  return new Set(branches.flatMap((b) => (b?.required ?? []).filter((n) => !base.has(n))));
}

function kindOf(node: SchemaNode, override: Override | undefined, root: SchemaNode): FieldKind {
  if (override?.keep) return 'keep';
  if (override?.ask) return 'custom';
  if (node.const !== undefined) return 'fixed';
  if (node['x-locked']) return 'locked';
  if (node.type === 'object') return node.properties ? 'object' : 'keep';
  if (node.type === 'array') return node.items && resolve(node.items, root).node.enum ? 'multi-choice' : 'array';
  if (node.enum) return 'choice';
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'number') return 'number';
  if (node.type === 'integer') return 'integer';
  return 'text';
}

/**
 * The questions, computed from the schema: one node per field in agreement order (the schema's
 * property order), with titles and help from `title`/`description`, the kind of prompt from the
 * type (`enum` → a list, `boolean` → yes/no, `x-locked` → shown, not asked), and which fields
 * only apply under an if/then. `overrides` (keyed by pattern pointer) replace or extend a field's
 * prompt. Pure: adding a field to the schema adds its question here without any other change.
 */
export function buildPlan(overrides: Readonly<Record<string, Override>> = {}, root: SchemaNode = agreementSchema, lang: Language = 'nb'): PlanNode {
  const visit = (raw: SchemaNode, path: string[], required: boolean, conditional: boolean): PlanNode => {
    const { node, definition } = resolve(raw, root);
    const pattern = path.map((s) => '/' + s).join('');
    const override = overrides[pattern];
    const kind = kindOf(node, override, root);
    const plan: PlanNode = {
      path,
      pattern,
      kind,
      schema: node,
      definition,
      // Titles and help in the målform asked for (x-nn for nynorsk), through the one lookup.
      title: labelsOf(node, lang).title ?? path[path.length - 1] ?? '',
      help: labelsOf(node, lang).description,
      required,
      conditional,
      children: [],
      override,
    };
    // A custom prompt for an object still asks its fields through the plan (askField).
    if (kind === 'object' || (kind === 'custom' && node.type === 'object' && node.properties)) {
      const req = new Set(node.required ?? []);
      const cond = conditionalNames(node);
      plan.children = Object.entries(node.properties ?? {}).map(([name, child]) => visit(child, [...path, name], req.has(name), cond.has(name)));
    } else if (node.type === 'array' && node.items) {
      plan.item = visit(node.items, [...path, '*'], true, false);
    }
    return plan;
  };
  return visit(root, [], true, false);
}

/** The node for a data pointer's segments (array indices match `*`), or undefined. */
export function nodeAt(plan: PlanNode, segments: readonly string[]): PlanNode | undefined {
  let node: PlanNode | undefined = plan;
  for (const seg of segments) {
    if (!node) return undefined;
    node = node.item ?? node.children.find((c) => c.path[c.path.length - 1] === seg);
  }
  return node;
}

/**
 * The deepest node the wizard can ask that covers a data pointer, and the concrete segments it
 * is asked at: `/parties/municipalities/1/number` → that field; `/costs/fte/2/municipality` → the
 * årsverk prompt for all kommuner. Used to go back to the fields a final check found wrong.
 */
export function askableAt(plan: PlanNode, segments: readonly string[]): { node: PlanNode; segments: string[] } | undefined {
  let best: { node: PlanNode; segments: string[] } | undefined;
  let node: PlanNode | undefined = plan;
  for (let i = 0; i < segments.length && node; i++) {
    const seg = segments[i]!;
    node = node.item ? (/^\d+$/.test(seg) ? node.item : undefined) : node.children.find((c) => c.path[c.path.length - 1] === seg);
    if (!node || node.kind === 'keep' || node.kind === 'fixed') break;
    best = { node, segments: segments.slice(0, i + 1) };
    if (node.kind === 'custom' || node.kind === 'locked' || node.kind === 'multi-choice') break;
  }
  return best;
}
