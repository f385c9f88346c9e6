/**
 * Typed text → values and values → text, as a Norwegian user writes them. Only the shape is
 * adjusted here («4,5» → 4.5, «1.1.2026» → 2026-01-01, «9:00» → 09:00); whether the value is
 * allowed is the schema's business (src/wizard/check.ts).
 */
import { groupDigits } from '../format/index.js';
import type { PlanNode } from './types.js';

/** «4,5», «4.5», «2 350 000» → number; anything else is returned as typed so the schema reports it. */
export function parseNumber(raw: string): number | string {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return raw;
  return Number(compact.replace(',', '.'));
}

/** 4.5 → «4,5»; large numbers grouped «2 350 000» (years are not). */
export function showNumber(n: number): string {
  if (Math.abs(n) < 10000) return String(n).replace('.', ',');
  const [int = '0', frac] = String(n).split('.');
  return groupDigits(Number(int)).replace(/\u00a0/g, ' ') + (frac ? `,${frac}` : '');
}

/** Norwegian date «15.12.2025» → ISO «2025-12-15»; other text unchanged. */
export function normaliseDate(raw: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : raw;
}

/** «9:00», «9.00», «0900» → «09:00»; other text unchanged. */
export function normaliseClock(raw: string): string {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(raw);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : raw;
}

/** Input normalisers by the definition a field refers to, or its format. */
const NORMALISERS: Record<string, (raw: string) => string> = {
  date: normaliseDate,
  clock: normaliseClock,
  // Enhetsregisteret shows «964 983 313»; the agreement stores the nine digits.
  organisasjonsnummer: (raw) => (/^[\d\s]+$/.test(raw) ? raw.replace(/\s/g, '') : raw),
};

/** The text a field's current value is shown as in its prompt (Enter keeps it). */
export function showValue(node: PlanNode, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return showNumber(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The value typed text stands for: undefined for «nothing» (empty, or «-» to remove an optional
 * value), a number for number fields when it reads as one, else the trimmed, normalised text.
 */
export function parseInput(node: PlanNode, raw: string): unknown {
  const text = raw.trim();
  if (text === '' || (text === '-' && !node.required)) return undefined;
  if (node.kind === 'number' || node.kind === 'integer') return parseNumber(text);
  const normalise = NORMALISERS[node.definition ?? ''] ?? NORMALISERS[node.schema.format ?? ''];
  return normalise ? normalise(text) : text;
}

/** Yes/no typed in Norwegian (or English): true, false, or undefined when it is neither. */
export function parseYesNo(raw: string): boolean | undefined {
  const t = raw.trim().toLowerCase();
  if (/^(j|ja|y|yes)$/.test(t)) return true;
  if (/^(n|nei|no)$/.test(t)) return false;
  return undefined;
}

/** Deep copy of plain JSON data. */
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/**
 * A field's starting value from the schema `default`s: objects get their required parts and
 * every defaulted property. An optional object starts absent even when its defaults would make it
 * complete (payments): the user is asked whether to fill it in, and only then gets its defaults.
 * Conditional fields start absent.
 */
export function defaultsFor(node: PlanNode): unknown {
  if (node.schema.default !== undefined) return clone(node.schema.default);
  if (node.kind === 'fixed') return node.schema.const;
  if (node.kind !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const child of node.children) {
    if (child.conditional) continue;
    const v = defaultsFor(child);
    if (v === undefined) continue;
    if (child.required || child.schema.default !== undefined) out[child.path[child.path.length - 1]!] = v;
  }
  return out;
}
