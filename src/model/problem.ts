/**
 * The one shape for everything a user is told about their agreement: load and parse failures,
 * schema and rule violations, audit findings, diff warnings and the wizard's field checks.
 * Problems are values, never thrown.
 */
export type Severity = 'feil' | 'advarsel';

export interface Problem {
  /**
   * Stable snake_case id, one convention for all: a rule's id (`driftsavtale_vedlagt`), a schema
   * check (`required`, `bad_orgnumber`; see src/validate/messages.ts), a file problem (`syntax`).
   */
  code: string;
  severity: Severity;
  /** JSON pointer into the agreement data ('' for the whole document). */
  pointer: string;
  /** Top-level key of the agreement section it concerns (`costs`); absent for the file as a whole. */
  section?: string;
  /** Norwegian message that names the field and says how to fix it. */
  message: string;
  /** Where the requirement comes from: template point, guide point, law; absent for pure syntax. */
  source?: string;
  /** Where in the input file, when known (1-based). */
  line?: number;
  column?: number;
}

/** A problem that names its section and where its requirement comes from: what rules and the audit report. */
export type SourcedProblem = Problem & Required<Pick<Problem, 'section' | 'source'>>;

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
