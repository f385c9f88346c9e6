import { readFileSync, statSync } from 'node:fs';
import { extractAgreementData, MESSAGES as EMBED_MESSAGES, type EmbeddedData } from '../embed/extract.js';
import { fail, type Problem, type Result } from '../model/problem.js';
import { validateAgreement } from '../validate/validate.js';
import { ioReason } from './io-error.js';
import { EXIT } from './io.js';
import type { Loaded } from './load.js';

/** A generated document is about 50 kB; far larger is not one of ours (and not worth unzipping). */
const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/**
 * Reads the agreement data a generated .docx carries, checked against the SHA-256 stored with it
 * (see src/embed: that reveals data edited afterwards without updating the hash; it is no
 * signature). Exit code 1 for a document without data, with data that does not match, or that is
 * not a .docx at all; 2 when the file cannot be read.
 */
export function readDocxData(path: string): { exitCode: number; result: Result<EmbeddedData> } {
  const bad = (exitCode: number, code: string, message: string) => ({ exitCode, result: fail<EmbeddedData>([{ code, severity: 'feil', pointer: '', message }]) });
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return bad(EXIT.usage, 'is_directory', 'Dette er en mappe, ikke en fil.');
    if (st.size > MAX_DOCX_BYTES) return bad(EXIT.invalid, 'too_large', `Filen er ${(st.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB; et dokument laget av partnerskap er under 1 MB. Er dette riktig fil?`);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return bad(EXIT.usage, 'read_failed', code === 'ENOENT' ? 'Finner ikke filen. Sjekk navnet og mappen.' : `Kan ikke lese filen: ${ioReason(e)}.`);
  }
  const result = extractAgreementData(bytes);
  return { exitCode: result.ok ? EXIT.ok : EXIT.invalid, result };
}

/** The warning for a document whose text was edited after it was made (the data is as generated). */
export const TEXT_EDITED_WARNING: Problem = { code: 'text_edited', severity: 'advarsel', pointer: '', message: EMBED_MESSAGES.textEdited };

/** A generated .docx as input: its embedded data, verified, then validated like a parsed file. */
export function loadDocx(path: string): Loaded {
  const read = readDocxData(path);
  if (!read.result.ok) return { path, exitCode: read.exitCode, result: read.result };
  const warnings: Problem[] = read.result.value.textEdited ? [TEXT_EDITED_WARNING] : [];
  const result = validateAgreement(read.result.value.data);
  return { path, exitCode: result.ok ? EXIT.ok : EXIT.invalid, result, ...(warnings.length ? { warnings } : {}) };
}

