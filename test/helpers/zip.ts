/**
 * Builds zip packages byte by byte for the hostile-input tests: what a crafted file can claim
 * (sizes, entry counts) is set here directly, which a zip library would not let a test do.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Deflated bytes as stored (method 8), or the bytes themselves with `stored`. */
  data: Buffer;
  stored?: boolean;
  /** What the headers claim the part inflates to, and its CRC (a crafted file may lie in both). */
  size: number;
  crc?: number;
}

/** An entry from plain bytes, deflated honestly. */
export const deflated = (name: string, bytes: Buffer | string): RawEntry => {
  const b = Buffer.from(bytes);
  return { name, data: deflateRawSync(b), size: b.length, crc: crc32(b) };
};

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros while being about 1 kB per MB:
 * one fully flushed block of zeros (independent of what came before) repeated, then a final empty
 * block. Nothing of that size is ever held in memory here.
 */
export function zeroBomb(megabytes: number): { data: Buffer; size: number; crc: number } {
  const mb = Buffer.alloc(1 << 20);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  return { data: Buffer.concat([...Array(megabytes).fill(block), deflateRawSync(Buffer.alloc(0))]), size: megabytes << 20, crc };
}

/** A zip package of the entries, in order, with their headers as given. */
export function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE((e.crc ?? 0) >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26); // flags, method, time, date, crc, sizes
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xfffe), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xfffe), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
