import type { Agreement } from '../model/agreement.js';
import { derive } from '../derive/derive.js';
import type { CostLine, CostTable } from '../derive/types.js';
import { costSummary } from '../derive/describe.js';
import { formatHundredths, formatNok, formatPercent } from '../format/index.js';

/** derive's table for a draft, or undefined while the draft lacks what it needs (no årsverk or agreed shares yet, a number missing). */
export function tableOf(data: unknown): CostTable | undefined {
  const costs = (data as Partial<Agreement>).costs;
  const ready = (costs?.allocationKey ?? 'årsverk') === 'avtalt' ? costs?.agreedShares !== undefined : costs?.stateFte !== undefined && costs.fte !== undefined;
  if (!ready) return undefined;
  try {
    const t = derive(data as Agreement).costs;
    return t.rows.every((r) => Number.isFinite(r.fteHundredths) && Number.isFinite(r.shareBasisPoints)) ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cost split as the documents will show it, as a text table: derive's rows, sum and labels,
 * with kroner when asked for and a budget is given; the NAV-leder lines ({@link costSummary}) as the
 * guide writes them. Undefined while the draft lacks what it needs.
 */
export function costTable(data: unknown, opts: { amounts: boolean }): string | undefined {
  const t = tableOf(data);
  if (!t) return undefined;
  const L = t.labels;
  const withAmounts = opts.amounts && t.total.amount !== undefined;
  const cells = (l: CostLine) => [l.label, t.hasFte ? formatHundredths(l.fteHundredths) : '–', formatPercent(l.shareBasisPoints), ...(withAmounts ? [formatNok(l.amount!)] : [])];
  const rows = [[L.owner, L.fte, L.share, ...(withAmounts ? [L.amount] : [])], ...t.rows.map(cells), cells(t.total)];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    '',
    `${t.title}:`,
    ...rows.slice(0, -1).map(line),
    '  ' + '─'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1)),
    line(rows[rows.length - 1]!),
    // The NAV-leder split, the kommuner's split of their share and the first year, as the guide writes them.
    ...costSummary(t, opts.amounts, (data as Partial<Agreement>).document?.navSpelling === 'Nav' ? 'Nav' : 'NAV', (data as Partial<Agreement>).document?.language === 'nn' ? 'nn' : 'nb').map((l) => `${l.label}: ${l.value}.`),
    '',
  ].join('\n');
}
