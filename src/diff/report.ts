import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';
import type { ReportContext } from './group.js';
import type { AgreementDiff } from './types.js';

export type DiffFormat = 'text' | 'markdown' | 'html' | 'json';

/** The report in the format asked for; `color` only affects `text`. */
export function formatDiff(diff: AgreementDiff, format: DiffFormat, ctx: ReportContext, opts: { color: boolean } = { color: false }): string {
  switch (format) {
    case 'json':
      return formatJson(diff);
    case 'markdown':
      return formatMarkdown(diff, ctx);
    case 'html':
      return formatHtml(diff, ctx);
    default:
      return formatText(diff, ctx, opts);
  }
}

export type { ReportContext };
