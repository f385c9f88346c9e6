/**
 * Which dataformat a file uses, and what `validate` says about a 1.0 file. In model/ because both
 * validate/ (which turns a 1.0 file away) and migrate/ (which reads it) need it, and migrate/
 * builds on validate/; kept apart from the migration so validation does not load `yaml`.
 */
import type { Problem } from './problem.js';

export const OLD_VERSION = '1.0';
export const CURRENT_VERSION = '2.0';

/** The `schemaVersion` of parsed data, when it has one as text. */
export function schemaVersionOf(data: unknown): string | undefined {
  const v = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).schemaVersion : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** Stands for the file's name in {@link oldSchemaVersion}; the CLI puts the name there. */
export const FILE_PLACEHOLDER = 'FIL';

/** A 1.0 file is not checked field by field under 2.0: the fix for all of it is one command. */
export function oldSchemaVersion(file = FILE_PLACEHOLDER): Problem {
  return {
    code: 'old_schema_version',
    severity: 'feil',
    pointer: '/schemaVersion',
    section: 'schemaVersion',
    message: `Filen bruker dataformat 1.0. Gjør den om til 2.0 med «npx partnerskap migrate ${file}» (den gamle filen blir stående).`,
  };
}
