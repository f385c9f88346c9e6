/**
 * One shape for everything a user is told about their agreement: validation
 * errors, audit findings and load failures. Problems are values, never thrown.
 */
export type Severity = 'feil' | 'advarsel';

export interface Problem {
  /** Stable snake_case id, e.g. `required`, `bad_orgnumber`, `yaml_syntax`. */
  code: string;
  severity: Severity;
  /** JSON pointer into the agreement data ('' for the whole document). */
  pointer: string;
  /** Norwegian message that names the field and says how to fix it. */
  message: string;
  /** Where in the input file, when known (1-based). */
  line?: number;
  column?: number;
}

export function problem(code: string, pointer: string, message: string, severity: Severity = 'feil'): Problem {
  return { code, severity, pointer, message };
}

/** A result that is either a value or the problems that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(problems: Problem[]): Result<T> => ({ ok: false, problems });

/** RFC 6901 helpers. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
