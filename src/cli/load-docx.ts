import { extractAgreementData, MESSAGES as EMBED_MESSAGES, type EmbeddedData } from '../embed/extract.js';
import type { Problem, Result } from '../model/problem.js';
import { CURRENT_VERSION } from '../model/schema-version.js';
import { validateAgreement } from '../validate/validate.js';
import { EXIT } from './exit-codes.js';
import type { Loaded } from './load.js';
import { readInput } from './read-input.js';

/** A generated document is about 50 kB; far larger is not one of ours (and not worth unzipping). */
const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/**
 * Reads the agreement data a generated .docx carries, checked against the SHA-256 stored with it
 * (see src/embed: that reveals data edited afterwards without updating the hash; it is no
 * signature). Exit code 1 for a document without data, with data that does not match, or that is
 * not a .docx at all; 2 when the file cannot be read.
 */
export function readDocxData(path: string): { exitCode: number; result: Result<EmbeddedData> } {
  const read = readInput(path, MAX_DOCX_BYTES, 'et dokument laget av partnerskap er under 1 MB');
  if (!read.result.ok) return { exitCode: read.exitCode, result: read.result };
  return docxData(read.result.value);
}

/** The embedded data of a .docx already read (a file, or standard input recognised by its bytes). */
function docxData(bytes: Uint8Array): { exitCode: number; result: Result<EmbeddedData> } {
  const result = extractAgreementData(bytes);
  return { exitCode: result.ok ? EXIT.ok : EXIT.invalid, result };
}

/** The warning for a document whose text was edited after it was made (the data is as generated). */
export const TEXT_EDITED_WARNING: Problem = { code: 'text_edited', severity: 'advarsel', pointer: '', message: EMBED_MESSAGES.textEdited };

/** The warning for a public copy's data (`--offentlig`): what the reader gets has no internal fields. */
export const PUBLIC_COPY_WARNING: Problem = { code: 'public_copy', severity: 'advarsel', pointer: '', message: EMBED_MESSAGES.publicCopy };

/** Data made by an older version, migrated on reading: the document itself is unchanged. */
const migratedNote = (from: string): Problem => ({
  code: 'migrated_data',
  severity: 'advarsel',
  pointer: '',
  message: `Dokumentet ble laget med dataformat ${from}. Dataene er gjort om til format ${CURRENT_VERSION} (se «npx partnerskap migrate»); dokumentet selv er ikke endret.`,
});

/** What the reader of a document's data should know although it loaded. */
export const embeddedWarnings = (e: EmbeddedData): Problem[] => [
  ...(e.textEdited ? [TEXT_EDITED_WARNING] : []),
  ...(e.publicCopy ? [PUBLIC_COPY_WARNING] : []),
  ...(e.migratedFrom ? [migratedNote(e.migratedFrom)] : []),
];

/** A generated .docx as input (`bytes`: already read): its embedded data, verified, then validated like a parsed file. */
export function loadDocx(path: string, bytes?: Uint8Array): Loaded {
  const read = bytes === undefined ? readDocxData(path) : docxData(bytes);
  if (!read.result.ok) return { path, exitCode: read.exitCode, result: read.result };
  const warnings = embeddedWarnings(read.result.value);
  const result = validateAgreement(read.result.value.data);
  return { path, exitCode: result.ok ? EXIT.ok : EXIT.invalid, result, ...(warnings.length ? { warnings } : {}) };
}

