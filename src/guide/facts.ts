import type { Agreement } from '../model/agreement.js';
import type { CostLine, Derived } from '../derive/types.js';
import { costSummary, paymentsSentence } from '../derive/describe.js';
import { formatDate, formatDecimal, formatHundredths, formatNok, formatOpeningHours, formatPercent, municipalityName, spellNav } from '../format/index.js';
import { itemLabel, valueAt } from '../model/labels.js';
import { enumLabel, labelsOf, languageOf, schemaAt, type Language, type SchemaNode } from '../model/schema.js';

/** One thing the agreement says under a point, labelled with the schema's own titles. */
export type Fact =
  | { kind: 'text'; label: string; value: string }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'table'; label: string; header: string[]; rows: string[][]; /** Right-aligned columns. */ numeric: boolean[] };

const SEP = ' › ';
/** The schema's title of a field, in the agreement's målform. */
const titleIn =
  (a: Agreement) =>
  (pointer: string): string =>
    labelsOf(schemaAt(pointer), languageOf(a)).title ?? pointer.slice(pointer.lastIndexOf('/') + 1);
const text = (label: string, value: string): Fact => ({ kind: 'text', label, value });

/** A stored value as the documents show it: enum labels, Norwegian dates and numbers, Ja/Nei. */
function scalar(node: SchemaNode | undefined, value: unknown, lang: Language): string {
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value !== 'string') return String(value);
  if (node?.['x-enumLabels'] || labelsOf(node, lang).enumLabels?.[value]) return enumLabel(node, value, lang);
  if (node?.format === 'date') return formatDate(value);
  return value;
}

/**
 * Every value under `pointer`, in schema order, labelled by the schema titles on the way down
 * («Drøfting med de ansattes organisasjoner › Dato for drøfting»). Array items of objects are named
 * by their identity (x-identity), which is then not repeated as a field of its own.
 */
function walk(data: Agreement, pointer: string, labels: string[], skip?: string): Fact[] {
  const title = titleIn(data);
  const lang = languageOf(data);
  const value = valueAt(data, pointer);
  if (value === undefined || value === null) return [];
  const node = schemaAt(pointer);
  const label = labels.join(SEP);
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    if (value.every((v) => typeof v !== 'object')) return [{ kind: 'list', label, items: value.map((v) => scalar(schemaAt(`${pointer}/0`), v, lang)) }];
    return value.flatMap((item, i) => walk(data, `${pointer}/${i}`, [...labels, itemLabel(pointer, item, i, data)], node?.['x-identity']));
  }
  if (typeof value === 'object')
    return Object.keys(node?.properties ?? {})
      .filter((k) => k !== skip)
      .flatMap((k) => walk(data, `${pointer}/${k}`, [...labels, title(`${pointer}/${k}`)]));
  return [text(label, scalar(node, value, lang))];
}

const orgNumber = (n: string): string => n.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

function attachmentsOf(a: Agreement, kind: 'driftsavtale' | 'delegasjonsvedtak'): Fact {
  const title = titleIn(a);
  const lang = languageOf(a);
  // The schema requires a title on every attachment (src/model/agreement.ts may lag behind it).
  const all = a.attachments as readonly { kind: string; title?: string; date?: string }[];
  const found = all.filter((x) => x.kind === kind).map((x) => {
    const name = x.title ?? enumLabel(schemaAt('/attachments/0/kind'), x.kind, lang);
    return x.date ? `${name} (${formatDate(x.date)})` : name;
  });
  const kindLabel = enumLabel(schemaAt('/attachments/0/kind'), kind, lang);
  return found.length ? { kind: 'list', label: `${title('/attachments')}: ${kindLabel.toLowerCase()}`, items: found } : text(title('/attachments'), `Ingen ${kindLabel.toLowerCase()} er ført opp som vedlegg.`);
}

/** An office or county name in the agreement's own spelling (document.navSpelling). */
export const navName = (a: Agreement, name: string): string => spellNav(name, a.document?.navSpelling ?? 'NAV');

/** «kommunestyret 27. november 2025 (sak 25/1400)». */
function approvalText(ap: NonNullable<Agreement['parties']['municipalities'][number]['approval']>, lang: Language): string {
  const body = ap.body === 'annet' && ap.bodyName ? ap.bodyName : enumLabel(schemaAt('/parties/municipalities/0/approval/body'), ap.body, lang);
  return `${body} ${formatDate(ap.date)}${ap.caseNumber ? ` (sak ${ap.caseNumber})` : ''}`;
}

type Contact = { name: string; title?: string; email?: string; phone?: string };
const contactText = (c: Contact): string => [c.name, c.title, c.email, c.phone].filter(Boolean).join(', ');

/** One line per party that has the value: «Bodø kommune: 25/1412», «NAV Nordland: 25/8812». */
function perParty(label: string, lines: Array<[string, string | undefined]>): Fact[] {
  const items = lines.filter((l): l is [string, string] => l[1] !== undefined).map(([who, v]) => `${who}: ${v}`);
  return items.length ? [{ kind: 'list', label, items }] : [];
}

function parties(a: Agreement, d: Derived): Fact[] {
  const title = titleIn(a);
  const lang = languageOf(a);
  const p = a.parties;
  const host = p.form === 'vertskommune';
  const county = navName(a, p.county.name);
  const number = (m: (typeof d.municipalities)[number]) => (m.kind === 'bydel' ? `bydelsnr. ${m.number}` : `kommunenr. ${m.number}`);
  return [
    text(title('/parties/form'), enumLabel(schemaAt('/parties/form'), p.form, lang)),
    ...(host ? [text(title('/parties/host'), municipalityName(d.signingMunicipality))] : []),
    {
      kind: 'list',
      label: title('/parties/municipalities'),
      // The order of the agreement: the vertskommune first.
      items: d.municipalities.map((m) => `${municipalityName(m)} (${number(m)}, org.nr. ${orgNumber(m.orgNumber)})${host && m === d.signingMunicipality ? ', vertskommune' : ''}`),
    },
    text(title('/parties/county'), county),
    ...walk(a, '/parties/county/director', [title('/parties/county/director')]),
    text(title('/parties/officeName'), navName(a, p.officeName)),
    text(title('/parties/municipalHeadTitle'), enumLabel(schemaAt('/parties/municipalHeadTitle'), p.municipalHeadTitle, lang)),
    ...perParty(title('/parties/municipalities/0/approval'), d.municipalities.map((m) => [m.name, m.approval && approvalText(m.approval, lang)])),
    ...perParty(title('/parties/municipalities/0/caseNumber'), [...d.municipalities.map((m): [string, string | undefined] => [m.name, m.caseNumber]), [county, p.county.caseNumber]]),
    // Contact persons belong to the guide, not to the signed text.
    ...perParty(title('/parties/municipalities/0/contact'), [...d.municipalities.map((m): [string, string | undefined] => [m.name, m.contact && contactText(m.contact)]), [county, p.county.contact && contactText(p.county.contact)]]),
  ];
}

/** Each site with its address and opening hours, in the agreement's words; the main site first. */
function location(a: Agreement): Fact[] {
  const title = titleIn(a);
  const lang = languageOf(a);
  const sites = a.location.sites;
  const main = sites.find((s) => s.role === 'hovedkontor') ?? sites[0]!;
  const address = (s: (typeof sites)[number]) => `${s.address.street}, ${s.address.postalCode} ${s.address.city}`;
  const hours = (s: (typeof sites)[number]) => formatOpeningHours(s.openingHours, s.byAppointment === true, s.note, lang);
  const addressLabel = title('/location/sites/0/address');
  const hoursLabel = title('/location/sites/0/openingHours');
  if (sites.length === 1) return [text(addressLabel, address(main)), text(hoursLabel, hours(main))];
  return [main, ...sites.filter((s) => s !== main)].flatMap((s) => {
    const name = `${s.name} (${enumLabel(schemaAt('/location/sites/0/role'), s.role, lang).toLowerCase()})`;
    return [text(`${name}${SEP}${addressLabel}`, address(s)), text(`${name}${SEP}${hoursLabel}`, hours(s))];
  });
}

/**
 * Interim: derive's cost-table words (src/derive/labels.ts, describe.ts) are bokmål only; until derive
 * takes the målform, the nynorsk guide swaps the few that reach it here.
 */
const NN_COST_WORDS: [RegExp, string][] = [
  [/^Eier$/, 'Eigar'],
  [/^Andel av felles driftsutgifter$/, 'Del av felles driftsutgifter'],
  [/^Beløp per år$/, 'Beløp per år'],
  [/-lederstillingen\b/g, '-leiarstillinga'],
  [/\bkommunenes\b/g, 'kommunane sin'],
  [/\bkommunene\b/g, 'kommunane'],
  [/\bFra\b/g, 'Frå'],
  [/\bårsbeløpene\b/g, 'årsbeløpa'],
];
const nnCostWord = (s: string, lang: Language): string => (lang === 'nn' ? NN_COST_WORDS.reduce((t, [re, to]) => t.replace(re, to), s) : s);

function costs(a: Agreement, d: Derived): Fact[] {
  const title = titleIn(a);
  const lang = languageOf(a);
  const c = a.costs;
  // derive's table as it is: its rows, sums and labels; only the layout is the guide's.
  const t = d.costs;
  const L = t.labels;
  const budget = t.total.amount !== undefined;
  const fte = (l: CostLine) => (t.hasFte ? formatHundredths(l.fteHundredths) : '–');
  const row = (l: CostLine) => [l.label, fte(l), formatPercent(l.shareBasisPoints), ...(budget ? [l.amount === undefined ? '' : formatNok(l.amount)] : [])];
  const lines = [...t.rows, ...(t.severalMunicipalities ? [t.municipalTotal] : []), t.total];
  return [
    {
      kind: 'table',
      label: t.title,
      header: [L.owner, L.fte, L.share, ...(budget ? [L.amount] : [])].map((h) => nnCostWord(h, lang)),
      rows: lines.map(row),
      numeric: [false, true, true, true],
    },
    // The NAV-leder split (each owner's exact part, the kommuner's split) and the first year, as the wizard shows them.
    ...costSummary(t, true, a.document?.navSpelling ?? 'NAV').map((l) => text(nnCostWord(l.label, lang), nnCostWord(l.value, lang))),
    ...(c.annualBudget !== undefined ? [text(title('/costs/annualBudget'), formatNok(c.annualBudget))] : []),
    ...(c.managerPostCost !== undefined ? [text(title('/costs/managerPostCost'), formatNok(c.managerPostCost))] : []),
    // In the agreement's own sentence («… innen utgangen av mars året etter»), not field by field.
    ...(c.payments ? [text(title('/costs/payments'), paymentsSentence(c.payments, a.parties.form === 'vertskommune', languageOf(a)))] : []),
    ...walk(a, '/costs/invoicing', [title('/costs/invoicing')]),
    attachmentsOf(a, 'driftsavtale'),
  ];
}

function period(a: Agreement): Fact[] {
  const title = titleIn(a);
  const facts = [...walk(a, '/period', []), ...walk(a, '/document/replaces', [title('/document/replaces')])];
  // The agreement's own words for an open end (punkt 9.0 has no termination clause).
  if (a.period.end === undefined) facts.splice(1, 0, text(title('/period/end'), 'Til ny avtale er inngått'));
  return facts;
}

/** «Resultatmål 2026» with that year's goals, rather than «Resultatmål › 2026 › Mål». */
function goals(a: Agreement): Fact[] {
  const title = titleIn(a);
  const perYear: Fact[] = (a.goals.resultGoals ?? []).map((g) => ({ kind: 'list', label: `${title('/goals/resultGoals')} ${g.year}`, items: g.goals }));
  return [...perYear, ...walk(a, '/goals/councilBriefing', [title('/goals/councilBriefing')])];
}

/**
 * What the agreement itself says under the point with this schema key: the chosen alternative
 * and parties (1.0), the computed cost shares (3.8), the services (4.0) and, for every other
 * point, each value it holds. Empty when the agreement adds nothing to the template text.
 */
export function factsFor(key: string, a: Agreement, d: Derived): Fact[] {
  // The labels are the schema's titles («NAV-kontorets navn»): in the agreement's spelling too.
  return factsOf(key, a, d).map((f) => ({ ...f, label: navLabel(a, f.label) }));
}

/** A label of ours (a schema title) in the agreement's spelling: «NAV-kontorets navn» → «Nav-kontorets navn». */
export const navLabel = (a: Agreement, label: string): string => (a.document?.navSpelling === 'Nav' ? label.replace(/\bNAV(?=-|s?\b)/g, 'Nav') : label);

function factsOf(key: string, a: Agreement, d: Derived): Fact[] {
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
