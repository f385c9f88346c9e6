import type { AgreementDiff } from './types.js';

/**
 * The machine-readable report: a list of {pointer, section, label, kind, old, new[, derived]} in
 * this key order, `old`/`new` as raw values (null where there is none). Computed rows have
 * `derived: true`, pointers under /costs/derived/ and, for cost shares, {percent, kroner} values.
 */
export function formatJson(diff: AgreementDiff): string {
  const rows = diff.changes.map((c) => ({
    pointer: c.pointer,
    section: c.section,
    label: c.label,
    kind: c.kind,
    old: c.old ?? null,
    new: c.new ?? null,
    ...(c.derived ? { derived: true } : {}),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
