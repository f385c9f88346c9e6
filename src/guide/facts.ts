import type { Agreement } from '../model/agreement.js';
import type { CostLine, Derived } from '../derive/types.js';
import { formatClock, formatDate, formatDecimal, formatHundredths, formatNok, formatOre, formatPercent, municipalityName } from '../format/index.js';
import { itemLabel, valueAt } from '../model/labels.js';
import { enumLabel, schemaAt, type SchemaNode } from '../model/schema.js';

/** One thing the agreement says under a point, labelled with the schema's own titles. */
export type Fact =
  | { kind: 'text'; label: string; value: string }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'table'; label: string; header: string[]; rows: string[][]; /** Right-aligned columns. */ numeric: boolean[] };

const SEP = ' › ';
const title = (pointer: string): string => schemaAt(pointer)?.title ?? pointer.slice(pointer.lastIndexOf('/') + 1);
const text = (label: string, value: string): Fact => ({ kind: 'text', label, value });

/** A stored value as the documents show it: enum labels, Norwegian dates and numbers, Ja/Nei. */
function scalar(node: SchemaNode | undefined, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value !== 'string') return String(value);
  if (node?.['x-enumLabels']) return enumLabel(node, value);
  if (node?.format === 'date') return formatDate(value);
  return value;
}

/**
 * Every value under `pointer`, in schema order, labelled by the schema titles on the way down
 * («Drøfting med de ansattes organisasjoner › Dato for drøfting»). Array items of objects are named
 * by their identity (x-identity), which is then not repeated as a field of its own.
 */
function walk(data: Agreement, pointer: string, labels: string[], skip?: string): Fact[] {
  const value = valueAt(data, pointer);
  if (value === undefined || value === null) return [];
  const node = schemaAt(pointer);
  const label = labels.join(SEP);
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    if (value.every((v) => typeof v !== 'object')) return [{ kind: 'list', label, items: value.map((v) => scalar(schemaAt(`${pointer}/0`), v)) }];
    return value.flatMap((item, i) => walk(data, `${pointer}/${i}`, [...labels, itemLabel(pointer, item, i, data)], node?.['x-identity']));
  }
  if (typeof value === 'object')
    return Object.keys(node?.properties ?? {})
      .filter((k) => k !== skip)
      .flatMap((k) => walk(data, `${pointer}/${k}`, [...labels, title(`${pointer}/${k}`)]));
  return [text(label, scalar(node, value))];
}

const orgNumber = (n: string): string => n.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

function attachmentsOf(a: Agreement, kind: 'driftsavtale' | 'delegasjonsvedtak'): Fact {
  // The schema requires a title on every attachment (src/model/agreement.ts may lag behind it).
  const all = a.attachments as readonly { kind: string; title?: string; date?: string }[];
  const found = all.filter((x) => x.kind === kind).map((x) => {
    const name = x.title ?? enumLabel(schemaAt('/attachments/0/kind'), x.kind);
    return x.date ? `${name} (${formatDate(x.date)})` : name;
  });
  const kindLabel = enumLabel(schemaAt('/attachments/0/kind'), kind);
  return found.length ? { kind: 'list', label: `${title('/attachments')}: ${kindLabel.toLowerCase()}`, items: found } : text(title('/attachments'), `Ingen ${kindLabel.toLowerCase()} er ført opp som vedlegg.`);
}

function parties(a: Agreement, d: Derived): Fact[] {
  const p = a.parties;
  const host = p.form === 'vertskommune';
  return [
    text(title('/parties/form'), enumLabel(schemaAt('/parties/form'), p.form)),
    ...(host ? [text(title('/parties/host'), municipalityName(d.signingMunicipality))] : []),
    {
      kind: 'list',
      label: title('/parties/municipalities'),
      // The order of the agreement: the vertskommune first.
      items: d.municipalities.map((m) => `${municipalityName(m)} (kommunenr. ${m.number}, org.nr. ${orgNumber(m.orgNumber)})${host && m === d.signingMunicipality ? ', vertskommune' : ''}`),
    },
    text(title('/parties/county'), p.county.name),
    ...walk(a, '/parties/county/director', [title('/parties/county/director')]),
    text(title('/parties/officeName'), p.officeName),
    text(title('/parties/municipalSignatoryTitle'), enumLabel(schemaAt('/parties/municipalSignatoryTitle'), p.municipalSignatoryTitle)),
  ];
}

function location(a: Agreement): Fact[] {
  const { address: ad, openingHours: h } = a.location;
  const days = h.fromDay === h.toDay ? h.fromDay : `${h.fromDay}–${h.toDay}`;
  return [text(title('/location/address'), `${ad.street}, ${ad.postalCode} ${ad.city}`), text(title('/location/openingHours'), `${days} kl. ${formatClock(h.opens)}–${formatClock(h.closes)}`)];
}

function costs(a: Agreement, d: Derived): Fact[] {
  const c = a.costs;
  // derive's table as it is: its rows, sums and labels; only the layout is the guide's.
  const t = d.costs;
  const L = t.labels;
  const budget = t.total.amount !== undefined;
  const row = (l: CostLine) => [l.label, formatHundredths(l.fteHundredths), formatPercent(l.shareBasisPoints), ...(budget ? [l.amount === undefined ? '' : formatNok(l.amount)] : [])];
  const lines = [...t.rows, ...(t.severalMunicipalities ? [t.municipalTotal] : []), t.total];
  const m = t.manager;
  // Each owner's exact half as derive computes it, the same amount the agreement shows.
  const kr = m.halfAmountOre === undefined ? '' : ` (${formatOre(m.halfAmountOre)})`;
  return [
    {
      kind: 'table',
      label: L.title,
      header: [L.owner, L.fte, L.share, ...(budget ? [L.amount] : [])],
      rows: lines.map(row),
      numeric: [false, true, true, true],
    },
    text(L.managerSplit, `${m.stateLabel} ${formatPercent(m.stateBasisPoints)}${kr}, ${m.municipalLabel} ${formatPercent(m.municipalBasisPoints)}${kr}`),
    ...(c.annualBudget !== undefined ? [text(title('/costs/annualBudget'), formatNok(c.annualBudget))] : []),
    ...(c.managerPostCost !== undefined ? [text(title('/costs/managerPostCost'), formatNok(c.managerPostCost))] : []),
    ...walk(a, '/costs/invoicing', [title('/costs/invoicing')]),
    attachmentsOf(a, 'driftsavtale'),
  ];
}

function period(a: Agreement): Fact[] {
  const facts = walk(a, '/period', []);
  // The agreement's own words for an open end (punkt 9.0 has no termination clause).
  if (a.period.end === undefined) facts.splice(1, 0, text(title('/period/end'), 'Til ny avtale er inngått'));
  return facts;
}

/** «Resultatmål 2026» with that year's goals, rather than «Resultatmål › 2026 › Mål». */
function goals(a: Agreement): Fact[] {
  const perYear: Fact[] = (a.goals.resultGoals ?? []).map((g) => ({ kind: 'list', label: `${title('/goals/resultGoals')} ${g.year}`, items: g.goals }));
  return [...perYear, ...walk(a, '/goals/councilBriefing', [title('/goals/councilBriefing')])];
}

/**
 * What the agreement itself says under the point with this schema key: the chosen alternative
 * and parties (1.0), the computed cost shares (3.8), the services (4.0) and, for every other
 * point, each value it holds. Empty when the agreement adds nothing to the template text.
 */
export function factsFor(key: string, a: Agreement, d: Derived): Fact[] {
  switch (key) {
    case 'parties':
      return parties(a, d);
    case 'location':
      return location(a);
    case 'costs':
      return costs(a, d);
    case 'delegation':
      return [...walk(a, '/delegation', []), attachmentsOf(a, 'delegasjonsvedtak')];
    case 'period':
      return period(a);
    case 'goals':
      return goals(a);
    default:
      return walk(a, `/${key}`, []);
  }
}
