import { inflateRawSync } from 'node:zlib';

/**
 * A reader for the zip packages a .docx is, bounded by what is actually inflated: the sizes a
 * package declares are never trusted (a crafted one can claim 1 kB and inflate to gigabytes), so
 * every part is inflated with a hard output limit, and the whole package with a budget. Only the
 * parts asked for are inflated. Pure: bytes in, bytes out.
 */

/** Why a package could not be read: `too_large` is one part over its own limit, `over_budget` the package over its total. */
export type ZipFault = 'not_zip' | 'too_many_entries' | 'too_large' | 'over_budget' | 'damaged';

export class ZipError extends Error {
  constructor(readonly fault: ZipFault) {
    super(fault);
  }
}

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes inflated from all parts read, together. */
  maxTotalBytes: number;
}

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

export interface ZipReader {
  /** Every part name, in the package's order. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** A part's bytes, inflated up to `maxBytes` (and what is left of the budget); undefined when absent. Throws ZipError. */
  read(name: string, maxBytes: number): Buffer | undefined;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Opens a package, reading its directory only. Throws ZipError. */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipReader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  const declared = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // Zip64 (more than 65 535 entries or 4 GB) is nothing a document of ours needs.
  if (declared === 0xffff || cdOffset === 0xffffffff) throw new ZipError('too_large');
  if (declared > limits.maxEntries) throw new ZipError('too_many_entries');
  const entries = new Map<string, Entry>();
  let at = cdOffset;
  // The declared count is only a hint: the records themselves are counted as they are read.
  while (at + 46 <= buf.length && buf.readUInt32LE(at) === CENTRAL) {
    if (entries.size >= limits.maxEntries) throw new ZipError('too_many_entries');
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  if (entries.size === 0 && declared > 0) throw new ZipError('not_zip');
  let budget = limits.maxTotalBytes;
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read(name, maxBytes) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const limit = Math.min(maxBytes, budget);
      // Work done on a part that turns out too large still counts, so skipping many is bounded too.
      const tooLarge = () => {
        budget -= limit;
        return new ZipError(limit < maxBytes ? 'over_budget' : 'too_large');
      };
      const data = compressedData(buf, entry);
      let out: Buffer;
      if (entry.method === 0) {
        if (data.length > limit) throw tooLarge();
        out = Buffer.from(data);
      } else if (entry.method === 8) {
        try {
          // Stops inflating as soon as the output would pass the limit.
          out = inflateRawSync(data, { maxOutputLength: Math.max(limit, 1) });
        } catch (e) {
          if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
          throw new ZipError('damaged');
        }
        if (out.length > limit) throw tooLarge();
      } else throw new ZipError('damaged');
      budget -= out.length;
      return out;
    },
  };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) if (buf.readUInt32LE(at) === EOCD) return at;
  throw new ZipError('not_zip');
}

function compressedData(buf: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  // Encrypted parts cannot be read; a local header that is not there means a damaged package.
  if (entry.flags & 1 || at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipError('damaged');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  return buf.subarray(start, Math.min(buf.length, start + entry.compressedSize));
}
