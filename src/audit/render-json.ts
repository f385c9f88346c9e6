import { sectionLabel } from '../model/labels.js';
import type { AuditFinding, AuditReport, ChecklistStatus } from './report.js';
import { omittedStatements } from './summary.js';

/**
 * The machine-readable report. Field order is part of the format: the object is built key by key
 * in this order, so the same report always serialises to the same bytes.
 */
export interface AuditJson {
  /** The agreement's schemaVersion. */
  schemaVersion: string;
  office: string;
  today: string;
  strict: boolean;
  blocking: boolean;
  counts: { questions: number; answered: number; open: number; errors: number; warnings: number };
  /** The report's findings (the one Problem shape) with the section's label, keys in this order. */
  findings: (Pick<AuditFinding, 'code' | 'severity' | 'pointer' | 'section'> & { sectionLabel: string } & Pick<AuditFinding, 'message' | 'source' | 'questions'>)[];
  checklist: {
    id: string;
    /** The guide's section number, e.g. «3.7». */
    section: string;
    text: string;
    status: ChecklistStatus | null;
    comment: string | null;
    open: boolean;
  }[];
  /** The statements of 2.1 the agreement leaves out because the checklist does not confirm them. */
  omitted: string[];
}

/** The report as the stable JSON object (pure). */
export function auditJson(r: AuditReport): AuditJson {
  return {
    schemaVersion: r.schemaVersion,
    office: r.office,
    today: r.today,
    strict: r.strict,
    blocking: r.blocking,
    counts: { questions: r.counts.questions, answered: r.counts.answered, open: r.counts.open, errors: r.counts.errors, warnings: r.counts.warnings },
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      pointer: f.pointer,
      section: f.section,
      sectionLabel: sectionLabel(f.section, r.language),
      message: f.message,
      source: f.source,
      // A section's unanswered questions («ikke_vurdert»): which ones, besides the checklist below.
      ...(f.questions ? { questions: [...f.questions] } : {}),
    })),
    checklist: r.checklist.map((e) => ({ id: e.id, section: e.section, text: e.text, status: e.status, comment: e.comment, open: e.open })),
    omitted: omittedStatements(r),
  };
}

/** The report as JSON text: two-space indent, UTF-8 as is, a final newline. */
export function renderAuditJson(r: AuditReport): string {
  return JSON.stringify(auditJson(r), null, 2) + '\n';
}
