import { createHash } from 'node:crypto';

/**
 * The canonical JSON form of a value: object keys sorted recursively (by UTF-16 code units, as
 * `Array.prototype.sort` does), no insignificant whitespace. Two agreements are the same data
 * exactly when their canonical forms are equal, whatever the key order of the files they came from.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of a string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The fingerprint the document carries: SHA-256 of the canonical JSON. */
export const fingerprint = (value: unknown): string => sha256Hex(canonicalJson(value));
