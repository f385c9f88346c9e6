/**
 * PizZip with Node's zlib as its DEFLATE. Every module of ours that reads or writes a zip imports
 * PizZip from here, so templates (packed at build) and documents are compressed by the same code:
 * a part that is decompressed and compressed again then comes out byte for byte the same, which
 * keeps output identical whether or not docxtemplater happened to read a part.
 *
 * PizZip's own DEFLATE is pako, in plain JavaScript; zlib does the same job natively, several
 * times faster. `PizZip.compressions` is PizZip's (and JSZip 2's) table of methods, keyed by name
 * with the zip method id as `magic`; same id, so unchanged parts keep their compressed bytes.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import PizZip from 'pizzip';

(PizZip as unknown as { compressions: Record<string, unknown> }).compressions.DEFLATE = {
  magic: '\x08\x00',
  compress: (input: Uint8Array, options?: { level?: number }) => deflateRawSync(input, { level: options?.level ?? 6 }),
  uncompress: (input: Uint8Array) => inflateRawSync(input),
  compressInputType: 'uint8array',
  uncompressInputType: 'uint8array',
};

export default PizZip;
