import { Document, isScalar, visit, type Pair, type Scalar } from 'yaml';
import { languageOf } from '../model/schema.js';
import { isPlainObject } from './data.js';
import type { PlanNode } from './types.js';
import { wizardWords } from './wizard-words.js';

const nameOf = (node: PlanNode): string => node.path[node.path.length - 1]!;

/** The data with object keys in schema order (unknown keys last), so files read like the agreement. */
export function inSchemaOrder(node: PlanNode | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => inSchemaOrder(node?.item, v));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  const children = node?.children ?? [];
  for (const c of children) if (value[nameOf(c)] !== undefined) out[nameOf(c)] = inSchemaOrder(c, value[nameOf(c)]);
  for (const [k, v] of Object.entries(value)) if (!(k in out) && v !== undefined) out[k] = inSchemaOrder(undefined, v);
  return out;
}

/**
 * The agreement file as the wizard writes it: YAML in schema order with a short comment header
 * (in the agreement's målform),
 * a blank line between the parts, no line folding, and dates and clock times quoted so YAML 1.1
 * readers do not turn them into timestamps or numbers. Deterministic.
 */
export function agreementYaml(plan: PlanNode, data: unknown): string {
  const doc = new Document(inSchemaOrder(plan, data));
  const office = isPlainObject(data) && isPlainObject(data.parties) && typeof data.parties.officeName === 'string' ? data.parties.officeName : undefined;
  doc.commentBefore = wizardWords(languageOf(data)).yamlHeader(office).join('\n');
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && /^[\d:.-]+$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const top = doc.contents as { items?: Pair[] } | null;
  top?.items?.forEach((pair, i) => {
    if (i > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  });
  return doc.toString({ lineWidth: 0 });
}

/** The agreement as pretty JSON, for an --out ending in .json. */
export function agreementJson(plan: PlanNode, data: unknown): string {
  return JSON.stringify(inSchemaOrder(plan, data), null, 2) + '\n';
}
