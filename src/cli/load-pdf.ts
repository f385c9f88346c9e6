import type { EmbeddedData } from '../embed/extract.js';
import type { Result } from '../model/problem.js';
import { validateAgreement } from '../validate/validate.js';
import { embeddedWarnings } from './load-docx.js';
import { EXIT } from './exit-codes.js';
import type { Loaded } from './load.js';
import { readInput } from './read-input.js';

/** A PDF made by `--pdf` is 100–500 kB; far larger is not one of ours (and not worth parsing). */
const MAX_PDF_BYTES = 20 * 1024 * 1024;

/**
 * The agreement data attached to a PDF made with --pdf (src/pdf), checked against its SHA-256.
 * `bytes` when already read (standard input). Exit code 1 for a PDF without our data, with data
 * that does not match, or that is not a readable PDF; 2 when the file cannot be read.
 */
export async function readPdfData(path: string, bytes?: Uint8Array): Promise<{ exitCode: number; result: Result<EmbeddedData> }> {
  let pdf = bytes;
  if (!pdf) {
    const read = readInput(path, MAX_PDF_BYTES, 'en PDF laget av partnerskap er under 1 MB');
    if (!read.result.ok) return { exitCode: read.exitCode, result: read.result };
    pdf = read.result.value;
  }
  // pdf-lib is loaded only here, so other inputs and commands start without it.
  const { extractPdfAgreementData } = await import('../pdf/extract.js');
  const result = await extractPdfAgreementData(pdf);
  return { exitCode: result.ok ? EXIT.ok : EXIT.invalid, result };
}

/** A PDF made with --pdf as input: its attached data, verified, then validated like a parsed file. */
export async function loadPdf(path: string, bytes?: Uint8Array): Promise<Loaded> {
  const read = await readPdfData(path, bytes);
  if (!read.result.ok) return { path, exitCode: read.exitCode, result: read.result };
  const result = validateAgreement(read.result.value.data);
  const warnings = embeddedWarnings(read.result.value);
  return { path, exitCode: result.ok ? EXIT.ok : EXIT.invalid, result, ...(warnings.length ? { warnings } : {}) };
}
