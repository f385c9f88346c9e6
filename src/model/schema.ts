import { createRequire } from 'node:module';
import { segmentsOf } from './problem.js';

/** The JSON Schema subset this project uses, with our `x-` annotations. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: readonly string[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  /** Section number of the national template, e.g. "3.8". */
  'x-section'?: string;
  /** Display labels for enum values. */
  'x-enumLabels'?: Record<string, string>;
  /** How array items are matched across versions: a property name, or "value". */
  'x-identity'?: string;
  /** The wizard shows this value but does not let the user change it. */
  'x-locked'?: boolean;
  'x-checklist'?: boolean;
  /** Internal to the owners: left out of a public copy (--offentlig), text and data alike (see public-copy.ts). */
  'x-internal'?: boolean;
  /** The node's labels in nynorsk, next to the bokmål ones (title, description, x-enumLabels). */
  'x-nn'?: NodeLabels;
  [key: string]: unknown;
}

/** The written standard (målform) of an agreement and of everything made from it. */
export type Language = 'nb' | 'nn';

/** What a user reads about a schema node, in one målform. */
export interface NodeLabels {
  title?: string;
  description?: string;
  enumLabels?: Record<string, string>;
}

/**
 * The one lookup of a node's labels by målform: bokmål from title/description/x-enumLabels,
 * nynorsk from x-nn. A test checks that x-nn is complete, so nynorsk never falls back to bokmål.
 */
export function labelsOf(node: SchemaNode | undefined, lang: Language = 'nb'): NodeLabels {
  if (!node) return {};
  if (lang === 'nn') return node['x-nn'] ?? {};
  return { title: node.title, description: node.description, enumLabels: node['x-enumLabels'] };
}

/**
 * The målform an agreement (or data that may be invalid or half answered) asks for: nynorsk only
 * when it says so. `in` first, so a wizard draft's view (src/wizard/draft-view.ts) is not read where
 * the draft has no document yet.
 */
export function languageOf(data: unknown): Language {
  const doc = data && typeof data === 'object' && 'document' in data ? (data as { document?: unknown }).document : undefined;
  return doc && typeof doc === 'object' && (doc as { language?: unknown }).language === 'nn' ? 'nn' : 'nb';
}

const require = createRequire(import.meta.url);
/** The single source of truth for an agreement. */
const CURRENT: SchemaNode = require('../../schemas/partnerskapsavtale.schema.json');
/** The schema titles, labels and messages are read from: the current one, except inside {@link withSchema}. */
export let schema: SchemaNode = CURRENT;

/**
 * Runs `fn` (synchronous) with `other` as the schema labels and messages are read from: `migrate`
 * reports a 1.0 file's problems in the 1.0 schema's terms (its fields, its titles).
 */
export function withSchema<T>(other: SchemaNode, fn: () => T): T {
  schema = other;
  try {
    return fn();
  } finally {
    schema = CURRENT;
  }
}

function deref(node: SchemaNode): SchemaNode {
  let current = node;
  const seen = new Set<string>();
  while (current.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const target = segmentsOf(current.$ref.replace(/^#/, '')).reduce<unknown>(
      (acc, seg) => (acc as Record<string, unknown> | undefined)?.[seg],
      schema,
    ) as SchemaNode | undefined;
    if (!target) break;
    // The referring node's own annotations win over the definition's.
    const { $ref: _ignored, ...own } = current;
    // x-nn merges like the keywords it mirrors: the referring node's title, the definition's enumLabels.
    const nn = target['x-nn'] || own['x-nn'] ? { 'x-nn': { ...target['x-nn'], ...own['x-nn'] } } : {};
    current = { ...target, ...own, ...nn, $ref: target.$ref };
  }
  return current;
}

/** The schema node for a data pointer, with $ref resolved. */
export function schemaAt(pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(schema);
  for (const seg of segmentsOf(pointer)) {
    if (!node) return undefined;
    if (node.type === 'array' && node.items) node = deref(node.items);
    else if (node.properties?.[seg]) node = deref(node.properties[seg]);
    else if (typeof node.additionalProperties === 'object') node = deref(node.additionalProperties);
    else return undefined;
  }
  return node;
}

/** Top-level sections in agreement order, with their template number where there is one. */
export function sections(lang: Language = 'nb'): { key: string; section?: string; title: string }[] {
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => key !== 'schemaVersion')
    .map(([key, node]) => ({ key, section: node['x-section'], title: labelsOf(node, lang).title ?? key }));
}

/** Template section number («3.7») → top-level schema key («delegation»), from `x-section`. */
const KEY_OF_SECTION = new Map(sections().flatMap((s) => (s.section ? [[s.section, s.key] as const] : [])));

/**
 * The top-level schema key for a section number of the template or guide («3.7» → «delegation»),
 * or undefined for a number the schema does not have.
 */
export function keyOfSection(section: string): string | undefined {
  return KEY_OF_SECTION.get(section);
}

/** Label for an enum value, from `x-enumLabels` (x-nn's enumLabels in nynorsk), falling back to the value. */
export function enumLabel(node: SchemaNode | undefined, value: string, lang: Language = 'nb'): string {
  return labelsOf(node, lang).enumLabels?.[value] ?? value;
}
