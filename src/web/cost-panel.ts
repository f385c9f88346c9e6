/** The live cost table beside the questions: derive's table for the draft, as the documents will show it. */
import { costSummary } from '../derive/describe.js';
import type { CostLine } from '../derive/types.js';
import { formatHundredths, formatNok, formatPercent } from '../format/index.js';
import { languageOf } from '../model/schema.js';
import { tableOf } from '../wizard/cost-table.js';
import { h } from './dom.js';
import { webWords } from './words.js';

export function costPanel(data: Record<string, unknown>): HTMLElement {
  const t = tableOf(data);
  const lang = languageOf(data);
  if (!t) return h('p', { class: 'ds-paragraph', 'data-size': 'sm' }, webWords(lang).costsLater);
  const L = t.labels;
  const amounts = t.total.amount !== undefined;
  const row = (l: CostLine, header = false) =>
    h(
      'tr',
      {},
      header ? h('th', { scope: 'row' }, l.label) : h('td', {}, l.label),
      h('td', { class: 'tall' }, t.hasFte ? formatHundredths(l.fteHundredths) : '–'),
      h('td', { class: 'tall' }, formatPercent(l.shareBasisPoints)),
      amounts ? h('td', { class: 'tall' }, formatNok(l.amount!)) : undefined,
    );
  const nav = (data.document as { navSpelling?: string } | undefined)?.navSpelling === 'Nav' ? 'Nav' : 'NAV';
  return h(
    'div',
    {},
    h(
      'table',
      { class: 'ds-table', 'data-size': 'sm' },
      h('caption', {}, t.title),
      h('thead', {}, h('tr', {}, ...[L.owner, L.fte, L.share, ...(amounts ? [L.amount] : [])].map((c, i) => h('th', { scope: 'col', class: i ? 'tall' : undefined }, c)))),
      h('tbody', {}, ...t.rows.map((r) => row(r)), row(t.total, true)),
    ),
    h('ul', { class: 'ds-list kost-linjer' }, ...costSummary(t, amounts, nav, lang).map((l) => h('li', {}, `${l.label}: ${l.value}.`))),
  );
}
