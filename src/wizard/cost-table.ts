import type { Agreement } from '../model/agreement.js';
import { derive } from '../derive/derive.js';
import { formatHundredths, formatNok, formatOre, formatPercent } from '../derive/format.js';

/**
 * The cost split as the documents will compute it (derive), as a text table: owner, årsverk,
 * share, and kroner when a budget is given; the owners in the agreement's order (the state, then
 * the vertskommune first). The NAV-leder line shows derive's exact half, as the agreement does.
 * Undefined while the draft lacks what it needs.
 */
export function costTable(data: unknown, opts: { amounts: boolean }): string | undefined {
  let d;
  try {
    d = derive(data as Agreement);
  } catch {
    return undefined;
  }
  if (d.costRows.some((r) => !Number.isFinite(r.fteHundredths))) return undefined;
  const withAmounts = opts.amounts && d.costRows.every((r) => r.amount !== undefined);
  const rows: string[][] = [['Eier', 'Årsverk', 'Andel', ...(withAmounts ? ['Beløp per år'] : [])]];
  for (const r of d.costRows) rows.push([r.label, formatHundredths(r.fteHundredths), formatPercent(r.shareBasisPoints), ...(withAmounts ? [formatNok(r.amount!)] : [])]);
  const budget = (data as Agreement).costs?.annualBudget;
  rows.push(['Sum', formatHundredths(d.totalFteHundredths), formatPercent(10000), ...(withAmounts && budget !== undefined ? [formatNok(budget)] : [])]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const m = d.manager;
  const managerAmounts = opts.amounts && m.halfAmountOre !== undefined ? ` (${formatOre(m.halfAmountOre)} hver)` : '';
  const municipal = d.municipalities.length > 1 ? 'kommunene' : 'kommunen';
  return [
    '',
    'Fordeling av felles driftsutgifter etter årsverk:',
    line(rows[0]!),
    ...rows.slice(1, -1).map(line),
    '  ' + '─'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1)),
    line(rows[rows.length - 1]!),
    `NAV-lederstillingen: staten ${formatPercent(m.stateBasisPoints)}, ${municipal} ${formatPercent(m.municipalBasisPoints)}${managerAmounts}.`,
    '',
  ].join('\n');
}
