import type { Agreement } from '../model/agreement.js';
import { derive } from '../derive/derive.js';
import type { CostLine, CostTable } from '../derive/types.js';
import { formatHundredths, formatNok, formatOre, formatPercent } from '../format/index.js';

/** derive's table for a draft, or undefined while the draft lacks what it needs (no årsverk yet, a number missing). */
function tableOf(data: unknown): CostTable | undefined {
  try {
    const t = derive(data as Agreement).costs;
    return t.rows.every((r) => Number.isFinite(r.fteHundredths)) ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cost split as the documents will show it, as a text table: derive's rows, sum and labels,
 * with kroner when asked for and a budget is given; the NAV-leder line with derive's exact half, as
 * the guide writes it. Undefined while the draft lacks what it needs.
 */
export function costTable(data: unknown, opts: { amounts: boolean }): string | undefined {
  const t = tableOf(data);
  if (!t) return undefined;
  const L = t.labels;
  const withAmounts = opts.amounts && t.total.amount !== undefined;
  const cells = (l: CostLine) => [l.label, formatHundredths(l.fteHundredths), formatPercent(l.shareBasisPoints), ...(withAmounts ? [formatNok(l.amount!)] : [])];
  const rows = [[L.owner, L.fte, L.share, ...(withAmounts ? [L.amount] : [])], ...t.rows.map(cells), cells(t.total)];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const m = t.manager;
  const kr = opts.amounts && m.halfAmountOre !== undefined ? ` (${formatOre(m.halfAmountOre)})` : '';
  return [
    '',
    `${L.title}:`,
    ...rows.slice(0, -1).map(line),
    '  ' + '─'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1)),
    line(rows[rows.length - 1]!),
    `${L.managerSplit}: ${m.stateLabel} ${formatPercent(m.stateBasisPoints)}${kr}, ${m.municipalLabel} ${formatPercent(m.municipalBasisPoints)}${kr}.`,
    '',
  ].join('\n');
}
