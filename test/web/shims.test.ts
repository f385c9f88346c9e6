/**
 * The page's stand-ins for node:zlib and node:crypto give the same bytes as Node's own: that is
 * what makes the page's documents equal the CLI's (the browser tests compare whole documents;
 * these name the cause when one part drifts, for example a Node with another zlib).
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { createHash as pageHash } from '../../src/web/shims/crypto.js';
import { deflateRawSync as pageDeflate, inflateRawSync as pageInflate } from '../../src/web/shims/zlib.js';
import { ROOT } from '../helpers/paths.js';

/** The parts of the packed agreement template, as the renderer recompresses them. */
function templateParts(): Buffer[] {
  const zip = new PizZip(readFileSync(join(ROOT, 'templates', 'partnerskapsavtale.docx')));
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => Buffer.from(f.asUint8Array()));
}

describe('the page’s stand-ins for Node', () => {
  it('DEFLATE: the same bytes as Node’s zlib at the levels PizZip uses, and back', () => {
    const inputs = [...templateParts(), Buffer.from(''), Buffer.from('a'), randomBytes(70_000), Buffer.from('æøå Hábmer '.repeat(5000))];
    expect(inputs.length).toBeGreaterThan(5);
    for (const input of inputs)
      for (const level of [6, 9]) {
        const ours = pageDeflate(input, { level });
        expect(Buffer.from(ours).equals(deflateRawSync(input, { level })), `${input.length} bytes, level ${level}`).toBe(true);
        expect(Buffer.from(pageInflate(ours)).equals(inflateRawSync(ours))).toBe(true);
      }
  });

  it('inflating stops at the limit the zip reader asks for, as Node does', () => {
    const packed = deflateRawSync(Buffer.alloc(10_000));
    expect(() => pageInflate(packed, { maxOutputLength: 100 })).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
  });

  it('SHA-256: the same hex as node:crypto, across block boundaries and non-ASCII text', () => {
    const texts = ['', 'abc', 'æøå – Hábmer', ...[55, 56, 63, 64, 65, 119, 120, 1000].map((n) => 'x'.repeat(n))];
    for (const t of texts) expect(pageHash('sha256').update(t).digest('hex'), `${t.length} tegn`).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
  });
});
