/**
 * node:zlib for the page: raw DEFLATE by pako with its 4-byte hash (`legacyHash: false`), which
 * gives the same bytes as the zlib in Node, so the page's documents equal the CLI's.
 */
import { deflateRaw, inflateRaw } from 'pako';
import { Buffer } from 'buffer';

export function deflateRawSync(input: Uint8Array, options?: { level?: number }): Buffer {
  return Buffer.from(deflateRaw(input, { level: (options?.level ?? 6) as 6, legacyHash: false } as Parameters<typeof deflateRaw>[1]));
}

export function inflateRawSync(input: Uint8Array, options?: { maxOutputLength?: number }): Buffer {
  const out = inflateRaw(input);
  if (!(out instanceof Uint8Array)) throw Object.assign(new Error('damaged'), { code: 'Z_DATA_ERROR' });
  if (options?.maxOutputLength !== undefined && out.length > options.maxOutputLength) throw Object.assign(new Error('too large'), { code: 'ERR_BUFFER_TOO_LARGE' });
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
