import { enumLabel, labelsOf, languageOf, schemaAt, schema, type Language, type SchemaNode } from './schema.js';
import { WEEKDAYS } from './weekdays.js';
import { segmentsOf } from './problem.js';
import { municipalityName } from '../format/index.js';
import { replaceXmlForbidden } from '../text/xml.js';

const SEP = ' › ';

/** The value of a data pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  return segmentsOf(pointer).reduce<unknown>((acc, seg) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[seg] : undefined), data);
}

/** «3.8 Driftsavtale» for a top-level key, in the given målform. */
export function sectionLabel(key: string, lang: Language = 'nb'): string {
  const node = schema.properties?.[key];
  if (!node) return key;
  const title = labelsOf(node, lang).title;
  return node['x-section'] ? `${node['x-section']} ${title}` : (title ?? key);
}

/** A kommune as a label: its name (with the Sámi name) where that is usable text, else its number. */
function kommuneLabel(m: unknown, number: string): string {
  const rec = m && typeof m === 'object' ? (m as Record<string, unknown>) : undefined;
  const name = typeof rec?.name === 'string' ? shown(municipalityName({ name: rec.name, samiName: typeof rec.samiName === 'string' ? rec.samiName : undefined })) : '';
  return name || `kommune ${shown(number)}`;
}

function municipalityLabel(data: unknown, number: string): string {
  const list = valueAt(data, '/parties/municipalities');
  const m = Array.isArray(list) ? list.find((x) => x && typeof x === 'object' && x.number === number) : undefined;
  return kommuneLabel(m, number);
}

/** A data value shown inside a label: on one line, without control characters, not too long. */
function shown(s: string, max = 60): string {
  const line = replaceXmlForbidden(s.replace(/\s+/g, ' '), '\uFFFD').trim();
  // By code point, so shortening never leaves half a surrogate pair (an emoji) behind.
  const points = [...line];
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : line;
}

const HOURS_KIND = (schema.definitions as Record<string, SchemaNode> | undefined)?.openingHours?.properties?.kind;
const WEEKDAY_NODE = (schema.definitions as Record<string, SchemaNode> | undefined)?.weekday;

/**
 * An opening-hours entry is named by its days, with its kind when it is not plain opening hours:
 * «mandag–fredag», «tirsdag (drop-in)». Undefined for anything else.
 */
function hoursLabel(item: unknown, lang: Language): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const { fromDay, toDay, kind } = item as Record<string, unknown>;
  if (typeof fromDay !== 'string' || !WEEKDAYS.includes(fromDay)) return undefined;
  const day = (d: string): string => enumLabel(WEEKDAY_NODE, d, lang);
  const days = typeof toDay === 'string' && toDay !== fromDay && WEEKDAYS.includes(toDay) ? `${day(fromDay)}–${day(toDay)}` : day(fromDay);
  const kindLabel = typeof kind === 'string' && kind !== 'åpent' ? enumLabel(HOURS_KIND, kind, lang) : undefined;
  return kindLabel ? `${days} (${kindLabel.toLowerCase()})` : days;
}

/**
 * How one array item is named: by its identity (x-identity) where the data has it, else by
 * position. The identity may itself be the invalid value being reported (a kommunenummer with a
 * line break, an empty goal), so it is shown on one line and an empty one falls back to the position.
 */
export function itemLabel(arrayPointer: string, item: unknown, index: number, data: unknown, lang: Language = languageOf(data)): string {
  const byPosition = `nr. ${index + 1}`;
  const days = hoursLabel(item, lang);
  if (days) return days;
  const identity = schemaAt(arrayPointer)?.['x-identity'];
  if (!identity) return byPosition;
  const key = identity === 'value' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>)[identity] : undefined;
  if (typeof key !== 'string' && typeof key !== 'number') return byPosition;
  const text = shown(String(key));
  if (text === '') return byPosition;
  // A kommune is named by its own name; an årsverk line by the kommune it points at.
  if (identity === 'number') return kommuneLabel(item, String(key));
  if (identity === 'municipality') return municipalityLabel(data, String(key));
  return identity === 'value' ? `«${text}»` : text;
}

/**
 * Human label for a data pointer, built from the schema titles:
 * `/costs/fte/1/fte` → «3.8 Driftsavtale › Årsverk › Saltdal kommune › Årsverk».
 * In the målform the data asks for (document.language), unless `lang` says otherwise.
 */
export function labelFor(pointer: string, data?: unknown, lang: Language = languageOf(data)): string {
  const segs = segmentsOf(pointer);
  if (segs.length === 0) return 'Avtalen';
  const parts = [sectionLabel(segs[0]!, lang)];
  for (let i = 1; i < segs.length; i++) {
    const here = '/' + segs.slice(0, i + 1).join('/');
    const parent = '/' + segs.slice(0, i).join('/');
    const parentNode = schemaAt(parent);
    if (parentNode?.type === 'array') {
      parts.push(itemLabel(parent, valueAt(data, here), Number(segs[i]), data, lang));
    } else if (parentNode?.['x-checklist']) {
      parts.push(`spørsmål ${segs[i]}`);
    } else {
      parts.push(labelsOf(schemaAt(here), lang).title ?? segs[i]!);
    }
  }
  return parts.join(SEP);
}
