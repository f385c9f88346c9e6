import { schemaAt, schema } from './schema.js';
import { segmentsOf } from './problem.js';
import { municipalityName } from '../derive/format.js';

const SEP = ' › ';

/** The value of a data pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  return segmentsOf(pointer).reduce<unknown>((acc, seg) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[seg] : undefined), data);
}

/** «3.8 Driftsavtale» for a top-level key. */
export function sectionLabel(key: string): string {
  const node = schema.properties?.[key];
  if (!node) return key;
  return node['x-section'] ? `${node['x-section']} ${node.title}` : (node.title ?? key);
}

function municipalityLabel(data: unknown, number: string): string {
  const list = valueAt(data, '/parties/municipalities');
  const m = Array.isArray(list) ? list.find((x) => x && typeof x === 'object' && x.number === number) : undefined;
  return m && typeof m.name === 'string' ? shown(municipalityName(m)) : `kommune ${shown(number)}`;
}

/** A data value shown inside a label: on one line, without control characters, not too long. */
function shown(s: string, max = 60): string {
  const line = s.replace(/\s+/g, ' ').replace(/[\u0000-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, '\uFFFD').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** How one array item is named: by its identity (x-identity) where the data has it, else by position. */
export function itemLabel(arrayPointer: string, item: unknown, index: number, data: unknown): string {
  const identity = schemaAt(arrayPointer)?.['x-identity'];
  if (identity === 'value' && typeof item === 'string') return `«${shown(item)}»`;
  if (identity && item && typeof item === 'object') {
    const key = (item as Record<string, unknown>)[identity];
    if (identity === 'municipality' && typeof key === 'string') return municipalityLabel(data, key);
    if (identity === 'number' && typeof key === 'string') return municipalityLabel(data, key);
    if (typeof key === 'string' || typeof key === 'number') return shown(String(key));
  }
  return `nr. ${index + 1}`;
}

/**
 * Human label for a data pointer, built from the schema titles:
 * `/costs/fte/1/fte` → «3.8 Driftsavtale › Årsverk › Saltdal kommune › Årsverk».
 */
export function labelFor(pointer: string, data?: unknown): string {
  const segs = segmentsOf(pointer);
  if (segs.length === 0) return 'Avtalen';
  const parts = [sectionLabel(segs[0]!)];
  for (let i = 1; i < segs.length; i++) {
    const here = '/' + segs.slice(0, i + 1).join('/');
    const parent = '/' + segs.slice(0, i).join('/');
    const parentNode = schemaAt(parent);
    if (parentNode?.type === 'array') {
      parts.push(itemLabel(parent, valueAt(data, here), Number(segs[i]), data));
    } else if (parentNode?.['x-checklist']) {
      parts.push(`spørsmål ${segs[i]}`);
    } else {
      parts.push(schemaAt(here)?.title ?? segs[i]!);
    }
  }
  return parts.join(SEP);
}
