/**
 * The public copy of an agreement (`--offentlig`): the same agreement without the fields the schema
 * marks `"x-internal": true` (the checklist's comments, and whatever else is marked later), so
 * that neither the visible text nor the embedded data carries them into the archive or the
 * public record. Driven by the schema alone: a field marked internal is left out everywhere,
 * with no change here. Only optional fields may be marked (test/public checks it), so the copy
 * is still a valid agreement.
 */
import type { Agreement } from './agreement.js';
import { pointerOf } from './problem.js';
import { schemaAt } from './schema.js';

/** The agreement without its internal fields; the input is not changed. */
export function publicCopy(a: Agreement): Agreement {
  return withoutInternal(a, []) as Agreement;
}

/** Pointers of the internal fields an agreement holds (what publicCopy leaves out), in data order. */
export function internalFields(a: Agreement): string[] {
  const found: string[] = [];
  withoutInternal(a, [], found);
  return found;
}

function withoutInternal(value: unknown, path: (string | number)[], found?: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => withoutInternal(v, [...path, i], found));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const pointer = pointerOf([...path, key]);
    if (schemaAt(pointer)?.['x-internal'] === true) {
      found?.push(pointer);
      continue;
    }
    out[key] = withoutInternal(v, [...path, key], found);
  }
  return out;
}

/** The document property a public copy carries (File › Properties › Custom in Word). */
export const PUBLIC_PROPERTY = { name: 'Offentlig versjon', value: 'ja' } as const;

/** The visible line of a public copy, where the full version would show internal fields. */
export const PUBLIC_NOTICE = 'Offentlig versjon – interne merknader er utelatt';
