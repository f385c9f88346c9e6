import type { ErrorObject } from 'ajv';
import { pointerOf, segmentsOf, type Problem } from '../model/problem.js';
import { schema, schemaAt, enumLabel, type SchemaNode } from '../model/schema.js';
import { labelFor, valueAt } from '../model/labels.js';
import { firstForbiddenChar } from './formats.js';

const TYPE_NO: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  integer: 'et heltall',
  boolean: 'ja eller nei (true/false)',
  object: 'en gruppe med felt',
  array: 'en liste',
  null: 'tom',
};

function typeOf(v: unknown): string {
  if (v === null) return 'tom (null)';
  if (Array.isArray(v)) return 'en liste';
  if (typeof v === 'number') return Number.isInteger(v) ? 'et heltall' : 'et tall';
  return TYPE_NO[typeof v] ?? typeof v;
}

const MUNICIPALITY_KIND = /^\/parties\/municipalities\/\d+\/kind$/;
const MUNICIPALITY_NUMBER = /^\/parties\/municipalities\/\d+\/number$/;

const show = (v: unknown): string => (typeof v === 'string' ? `«${v.length > 80 ? v.slice(0, 77) + '…' : v}»` : JSON.stringify(v));

/** A number as Norwegian text writes it, exactly as given: 38.555 → «38,555» (the file keeps the point). */
const decimalComma = (n: number): string => String(n).replace('.', ',');

/** A value in a sentence: numbers with a decimal comma, everything else as {@link show}. */
const showValue = (v: unknown): string => (typeof v === 'number' ? decimalComma(v) : show(v));

/**
 * A schema problem at `pointer`, in the agreement section the pointer lies in (none for the
 * document as a whole). No `source`: the schema is the file format, not a requirement of the
 * template or the law.
 */
function schemaProblem(code: string, pointer: string, message: string): Problem {
  const key = segmentsOf(pointer)[0];
  return { code, severity: 'feil', pointer, ...(key !== undefined && schema.properties?.[key] ? { section: key } : {}), message };
}

/** An Ajv keyword as a problem code in the one convention, snake_case: `minProperties` → `min_properties`. */
export const keywordCode = (keyword: string): string =>
  keyword
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();

/** Where the error is, as a JSON pointer (required/additional properties point at the property itself). */
function pointerFor(e: ErrorObject): string {
  const extra = e.keyword === 'required' ? e.params.missingProperty : e.keyword === 'additionalProperties' ? e.params.additionalProperty : undefined;
  return extra === undefined ? e.instancePath : e.instancePath + pointerOf([extra as string]);
}

/**
 * Turns one Ajv error into a Norwegian problem that names the field by its schema title and says
 * how to fix it. Returns undefined for errors that only repeat another one (if/then, propertyNames).
 */
export function toProblem(e: ErrorObject, data: unknown): Problem | undefined {
  const pointer = pointerFor(e);
  const label = `«${labelFor(pointer, data)}»`;
  const node = schemaAt(pointer);
  const value = valueAt(data, pointer);
  const hint = node?.description ? ` ${node.description}` : '';
  const p = (code: string, message: string): Problem => schemaProblem(code, pointer, message);

  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'required':
      return p('required', `${label} mangler. Fyll det inn.${conditionOf(e, data)}${hint}`);
    case 'additionalProperties': {
      const known = Object.keys(schemaAt(e.instancePath)?.properties ?? {});
      return p('unknown_property', `${label} er ikke et kjent felt. Sjekk stavemåten${known.length ? `; gyldige felt her er: ${known.join(', ')}` : ''}.`);
    }
    case 'type':
      // YAML reads an unquoted 0150 or 1.0 as a number; the leading zero or the «.0» is then lost.
      if (e.params.type === 'string' && typeof value === 'number')
        return p('type', `${label} må være tekst, men er ${typeOf(value)} (${value}).${hint} Skriv verdien i anførselstegn, for eksempel "${quotedExample(node?.const, node?.pattern, value)}".`);
      // YAML's .nan and .inf are numbers to JavaScript, but no number a field can hold.
      if (typeof value === 'number' && !Number.isFinite(value))
        return p('type', `${label} er ${Number.isNaN(value) ? '«ikke et tall» (.nan)' : value < 0 ? 'minus uendelig (-.inf)' : 'uendelig (.inf)'}, men må være ${TYPE_NO[String(e.params.type)] ?? e.params.type}. Skriv tallet med sifre, for eksempel 4.5.${hint}`);
      return p('type', `${label} må være ${TYPE_NO[String(e.params.type)] ?? e.params.type}, men er ${typeOf(value)}.${hint}`);
    case 'false schema':
      if (pointer === '/parties/host')
        return p('host_not_allowed', `${label} brukes bare ved Alternativ 2 (vertskommune). Fjern feltet, eller velg Alternativ 2 (form: vertskommune).`);
      return p('not_allowed', `${label} kan ikke brukes her. Fjern feltet.`);
    case 'multipleOf':
      return p('decimals', decimalsMessage(label, value, Number(e.params.multipleOf)));
    case 'enum': {
      if (e.propertyName !== undefined) {
        const ids = (e.params.allowedValues as string[]).join(', ');
        return schemaProblem('unknown_question', e.instancePath + pointerOf([e.propertyName]), `«${e.propertyName}» er ikke et spørsmål i veilederen. Gyldige spørsmål-id-er: ${ids}.`);
      }
      if (MUNICIPALITY_KIND.test(pointer) && value === 'bydel') return p('bydel_vertskommune', bydelMessage(label, pointer, data));
      const allowed = (e.params.allowedValues as string[]).map((v) => `«${v}»${enumLabel(node, v) !== v ? ` (${enumLabel(node, v)})` : ''}`);
      return p('enum', `${label} har verdien ${show(value)}, som ikke er et av valgene. Velg en av: ${allowed.join(', ')}.`);
    }
    case 'const':
      // A number where the constant is text: the type error already says what to write.
      if (node?.type !== undefined && typeof value !== node.type && typeof e.params.allowedValue === node.type) return undefined;
      return p('const', `${label} må være ${show(e.params.allowedValue)}, men er ${show(value)}.`);
    case 'format':
      return formatProblem(String(e.params.format), pointer, label, value);
    case 'pattern':
      if (typeof value === 'string' && value.trim() === '') return p('empty', `${label} er tomt. Fyll det inn, eller fjern feltet.`);
      if (typeof value === 'string' && /[\r\n]/.test(value) && node?.maxLength !== undefined && node.maxLength <= 200)
        return p('multiline', `${label} skal stå på én linje. Fjern linjeskiftene.`);
      // The kind's if/then/else chooses four digits (kommune) or six (bydel); name the kind too.
      if (MUNICIPALITY_NUMBER.test(pointer) && /\/(then|else)\//.test(e.schemaPath) && typeof value === 'string')
        // Only when the number itself has a valid form: else the plain pattern message says it all.
        return new RegExp(node?.pattern ?? '').test(value) ? p('nummer_og_type', numberKindMessage(label, pointer, value, data)) : undefined;
      return p('pattern', `${label} har feil form: ${show(value)}.${hint}`);
    case 'minLength':
      return p('empty', `${label} er tomt. Fyll det inn, eller fjern feltet.`);
    case 'maxLength':
      return p('too_long', `${label} er for langt (${String(value).length} tegn; høyst ${e.params.limit}). Kort det ned.`);
    case 'minimum':
    case 'maximum':
      return p('range', `${label} er ${showValue(value)}, men må være ${e.keyword === 'minimum' ? 'minst' : 'høyst'} ${e.params.limit}.${hint}`);
    case 'minItems':
      return p('too_few', `${label} må ha minst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringer'}. Legg til det som mangler.`);
    case 'maxItems':
      return p('too_many', `${label} kan ha høyst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringer'}, men har ${Array.isArray(value) ? value.length : '?'}.${pointer === '/parties/municipalities' ? ' Alternativ 1 gjelder én kommune; velg Alternativ 2 (vertskommune) for flere.' : ''}`);
    case 'uniqueItems':
      return p('duplicate', `${label} inneholder det samme to ganger (nr. ${Number(e.params.j) + 1} og ${Number(e.params.i) + 1}). Fjern den ene.`);
    default:
      return p(keywordCode(e.keyword), `${label}: ${e.message ?? 'ugyldig verdi'}.`);
  }
}

/**
 * Why a field required only under an if/then is required, when the condition is one field's
 * value: « Det kreves fordi «… › Vedtaksorgan» er «Annet organ».» Empty for other conditions.
 */
function conditionOf(e: ErrorObject, data: unknown): string {
  if (!/\/then\/required$/.test(e.schemaPath)) return '';
  const parent = schemaAt(e.instancePath);
  const props = (parent?.if as SchemaNode | undefined)?.properties ?? {};
  const entries = Object.entries(props);
  if (entries.length !== 1) return '';
  const [key, cond] = entries[0]!;
  if (typeof cond.const !== 'string') return '';
  const at = e.instancePath + pointerOf([key]);
  return ` Det kreves fordi «${labelFor(at, data)}» er «${enumLabel(schemaAt(at), cond.const)}».`;
}

/** A bydel in an Alternativ 2 agreement: the kind and the form disagree. */
function bydelMessage(label: string, pointer: string, data: unknown): string {
  const form = enumLabel(schemaAt('/parties/form'), 'vertskommune');
  return `${label} er «${enumLabel(schemaAt(pointer), 'bydel')}», men «${labelFor('/parties/form', data)}» er «${form}». En bydel i Oslo er part ved Alternativ 1, i kommunens sted; vertskommunesamarbeid er mellom kommuner. Velg Alternativ 1 med bydelen som eneste part, eller rett typen til «${enumLabel(schemaAt(pointer), 'kommune')}».`;
}

/** A number that does not fit the party's kind: a bydelsnummer for a kommune, or the other way round. */
function numberKindMessage(label: string, pointer: string, value: string, data: unknown): string {
  const kindAt = pointer.replace(/number$/, 'kind');
  const kindNode = schemaAt(kindAt);
  const kind = (valueAt(data, kindAt) as string | undefined) ?? 'kommune';
  const kindLabel = `«${labelFor(kindAt, data)}»`;
  if (kind === 'bydel')
    return `${label} er ${show(value)}, men ${kindLabel} er «${enumLabel(kindNode, 'bydel')}», og et bydelsnummer har seks sifre og begynner på 0301, for eksempel «030113» (Bydel Østensjø). Rett nummeret, eller sett typen til «${enumLabel(kindNode, 'kommune')}».`;
  const bydel = /^0301[0-9]{2}$/.test(value);
  return `${label} er ${show(value)}${bydel ? ', et bydelsnummer' : ''}, men ${kindLabel} er «${enumLabel(kindNode, 'kommune')}», og et kommunenummer har fire sifre, for eksempel «1841». ${bydel ? `Sett typen til «${enumLabel(kindNode, 'bydel')}» (kind: bydel), eller oppgi kommunenummeret.` : 'Rett nummeret.'}`;
}

/**
 * What to write in quotes for a number YAML read where text was expected: the schema's constant
 * («1.0»), the number with its leading zeros back for a fixed count of digits (0150 → «0150»),
 * or the number as written.
 */
function quotedExample(constant: unknown, pattern: string | undefined, value: number): string {
  if (typeof constant === 'string') return constant;
  const digits = pattern ? /^\^\[0-9\]\{(\d+)\}\$(?:$|\|)/.exec(pattern) : null;
  if (digits && Number.isInteger(value) && value >= 0) return String(value).padStart(Number(digits[1]), '0');
  return String(value);
}

const DECIMAL_WORDS = ['ingen desimaler', 'én desimal', 'to desimaler', 'tre desimaler'];

function decimalsMessage(label: string, value: unknown, step: number): string {
  const decimals = Math.round(-Math.log10(step));
  if (typeof value !== 'number' || decimals < 0 || decimals >= DECIMAL_WORDS.length || Math.abs(10 ** -decimals - step) > 1e-12)
    return `${label} er ${showValue(value)}, men må gå opp i ${decimalComma(step)}. Rett tallet.`;
  // Via the decimal string, so 9.555 rounds to 9.56 (9.555 * 100 is 955.4999… in binary).
  const viaString = Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
  const rounded = Number.isFinite(viaString) ? viaString : Math.round(value * 10 ** decimals) / 10 ** decimals;
  // The file is YAML/JSON and needs the point; say so when the Norwegian form differs from it.
  const inFile = Number.isInteger(rounded) ? '' : ` (i filen skrives det ${rounded})`;
  return `${label} er ${showValue(value)}, men kan ha høyst ${DECIMAL_WORDS[decimals]}. Rund av til ${decimalComma(rounded)}${inFile}.`;
}

function formatProblem(format: string, pointer: string, label: string, value: unknown): Problem {
  const p = (code: string, message: string): Problem => schemaProblem(code, pointer, message);
  switch (format) {
    case 'date':
      return p('bad_date', `${label} er ${show(value)}, som ikke er en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-01-01.`);
    case 'organisasjonsnummer':
      return p('bad_orgnumber', `${label} er ${show(value)}, som ikke er et gyldig organisasjonsnummer: det skal være ni sifre uten mellomrom, og det siste er et kontrollsiffer (modulus 11). Sjekk nummeret i Enhetsregisteret.`);
    case 'hundredths':
      return p('decimals', decimalsMessage(label, value, 0.01));
    case 'xml-text': {
      const bad = typeof value === 'string' ? firstForbiddenChar(value) : undefined;
      return p('forbidden_char', `${label} inneholder et tegn som ikke kan stå i et Word-dokument (${bad?.code ?? 'kontrolltegn'} ved tegn nr. ${(bad?.index ?? 0) + 1}). Fjern tegnet; det kommer ofte fra kopiering fra et annet program.`);
    }
    default:
      return p('format', `${label} har feil form: ${show(value)}.`);
  }
}

/** Where a key stands among its siblings in the schema (properties in agreement order), or -1. */
function keyRank(parent: readonly string[], key: string): number {
  const keys = Object.keys(schemaAt(pointerOf(parent))?.properties ?? {});
  return keys.indexOf(key);
}

/** Compares two pointers in document order: keys as the schema orders them, array items by index. */
function comparePointers(a: string, b: string): number {
  const sa = segmentsOf(a);
  const sb = segmentsOf(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const [x, y] = [sa[i]!, sb[i]!];
    if (x === y) continue;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    const [rx, ry] = [keyRank(sa.slice(0, i), x), keyRank(sa.slice(0, i), y)];
    // Keys the schema does not know (misspelt ones) come after the known ones, alphabetically.
    if (rx !== ry) return (rx < 0 ? Infinity : rx) - (ry < 0 ? Infinity : ry);
    return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

/**
 * Orders problems as they stand in the file, so messages read top to bottom: by line and column
 * where known, then by pointer in document order. Stable: problems at the same place keep their order.
 */
export function byPointer(a: Problem, b: Problem): number {
  // Problems without a position (data not read from a file) sort by pointer alone.
  if (a.line !== b.line) return (a.line ?? Infinity) < (b.line ?? Infinity) ? -1 : 1;
  return (a.column ?? 0) - (b.column ?? 0) || comparePointers(a.pointer, b.pointer);
}
