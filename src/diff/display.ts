import { formatDate, formatDecimal, formatNok, municipalityName } from '../format/index.js';
import { valueAt } from '../model/labels.js';
import { enumLabel, labelsOf, schemaAt, type Language, type SchemaNode } from '../model/schema.js';

/** Pointers whose value is a kommunenummer standing for a kommune in the same agreement. */
const MUNICIPALITY_REF = /^\/parties\/host$|^\/costs\/fte\/\d+\/municipality$/;

/**
 * A value as the agreement document would show it: numbers the Norwegian way («4,5», «2 350 000
 * kr»), dates written out, enum values by their labels, booleans Ja/Nei, a kommunenummer with
 * its kommune's name, and a whole item (an added kommune) as its fields in schema order.
 */
export function displayValue(pointer: string, value: unknown, data: unknown, lang: Language = 'nb'): string {
  const node = schemaAt(pointer);
  if (value === undefined || value === null) return '–';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number') return displayNumber(value, node);
  if (typeof value === 'string') {
    if (MUNICIPALITY_REF.test(pointer)) return municipalityRef(value, data);
    if (node?.enum) return enumLabel(node, value, lang);
    if (node?.format === 'date') return formatDate(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => displayValue(`${pointer}/${i}`, v, data, lang)).join('; ');
  if (typeof value === 'object') return displayObject(pointer, value as Record<string, unknown>, node, data, lang);
  return String(value);
}

function displayNumber(n: number, node: SchemaNode | undefined): string {
  const title = node?.title ?? '';
  if (Number.isInteger(n) && /\(kr\)/.test(title)) return formatNok(n);
  if (/\(%\)/.test(title)) return `${formatDecimal(n)}\u00a0%`;
  // Years are not amounts: «2028», not «2 028».
  if (node?.type === 'integer' && node.minimum !== undefined && node.minimum >= 1000 && (node.maximum ?? 0) <= 9999) return String(n);
  return formatDecimal(n);
}

function municipalityRef(number: string, data: unknown): string {
  const list = valueAt(data, '/parties/municipalities');
  const m = Array.isArray(list) ? list.find((x) => x && typeof x === 'object' && x.number === number) : undefined;
  return m && typeof m.name === 'string' ? `${municipalityName(m)} (${number})` : `kommunenummer ${number}`;
}

/** «Kommunens navn: Gildeskål kommune, Kommunenummer: 1838, Organisasjonsnummer: 964982953». */
function displayObject(pointer: string, obj: Record<string, unknown>, node: SchemaNode | undefined, data: unknown, lang: Language): string {
  const known = Object.keys(node?.properties ?? {});
  const keys = [...known.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !known.includes(k)).sort()];
  return keys
    .filter((k) => obj[k] !== undefined)
    .map((k) => {
      const child = `${pointer}/${k}`;
      const title = labelsOf(schemaAt(child), lang).title ?? k;
      return `${title}: ${displayValue(child, obj[k], data, lang)}`;
    })
    .join(', ');
}
