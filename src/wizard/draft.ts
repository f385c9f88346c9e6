/** The draft file `<out>.utkast.json`: what the user has answered so far and where they are. */
import type { RecordedAnswer } from './journal.js';
import { isPlainObject } from './data.js';

/** Marks a file as one of our drafts. */
export const DRAFT_KIND = 'partnerskap-veiviser-utkast';

export interface Draft {
  kind: typeof DRAFT_KIND;
  version: 1;
  /** The agreement file the wizard will write, as given with --out. */
  out: string;
  /** The agreement the run started from (--from), if any. */
  from?: string;
  savedAt: string;
  /** The question the user was at: its key and its label. */
  at?: { key: string; label: string };
  /** What the run started from: the template defaults or the agreement from --from. */
  base: Record<string, unknown>;
  /** Every answer so far, in order; a resume replays them. */
  answers: RecordedAnswer[];
  /** The agreement as answered so far. Need not be valid. */
  data: Record<string, unknown>;
}

/** `avtale.yaml` → `avtale.yaml.utkast.json`. */
export const draftPathFor = (out: string): string => `${out}.utkast.json`;

/** The draft file's text: indented JSON, so a curious user can read it. */
export function draftJson(draft: Draft): string {
  return JSON.stringify(draft, null, 2) + '\n';
}

/** A draft from its file text, or undefined when the text is not one of our drafts. */
export function parseDraft(text: string): Draft | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value) || value.kind !== DRAFT_KIND || value.version !== 1) return undefined;
  if (!isPlainObject(value.base) || !isPlainObject(value.data) || !Array.isArray(value.answers)) return undefined;
  const answers = value.answers.every(
    (a) => isPlainObject(a) && typeof a.key === 'string' && (typeof a.value === 'string' || typeof a.value === 'boolean' || (Array.isArray(a.value) && a.value.every((x) => typeof x === 'string'))),
  );
  return answers ? (value as unknown as Draft) : undefined;
}
