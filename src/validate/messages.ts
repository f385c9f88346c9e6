import type { ErrorObject } from 'ajv';
import { pointerOf, segmentsOf, type Problem } from '../model/problem.js';
import { schema, schemaAt, enumLabel, labelsOf, languageOf, type Language, type SchemaNode } from '../model/schema.js';
import { labelFor, valueAt } from '../model/labels.js';
import { firstForbiddenChar } from './formats.js';

/** A JSON type in words, per målform. */
const TYPE_NO: Record<Language, Record<string, string>> = {
  nb: { string: 'tekst', number: 'et tall', integer: 'et heltall', boolean: 'ja eller nei (true/false)', object: 'en gruppe med felt', array: 'en liste', null: 'tom' },
  nn: { string: 'tekst', number: 'eit tal', integer: 'eit heiltal', boolean: 'ja eller nei (true/false)', object: 'ei gruppe med felt', array: 'ei liste', null: 'tom' },
};

function typeOf(v: unknown, lang: Language): string {
  if (v === null) return 'tom (null)';
  if (Array.isArray(v)) return TYPE_NO[lang].array!;
  if (typeof v === 'number') return TYPE_NO[lang][Number.isInteger(v) ? 'integer' : 'number']!;
  return TYPE_NO[lang][typeof v] ?? typeof v;
}

/** Picks the text of the målform: every message here is written once in bokmål and once in nynorsk. */
const pick =
  (lang: Language) =>
  (nb: string, nn: string): string =>
    lang === 'nn' ? nn : nb;

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
  // In the målform the file asks for (nynorsk only when document.language is «nn»).
  const lang = languageOf(data);
  const t = pick(lang);
  const pointer = pointerFor(e);
  const label = `«${labelFor(pointer, data)}»`;
  const node = schemaAt(pointer);
  const value = valueAt(data, pointer);
  const description = labelsOf(node, lang).description;
  const hint = description ? ` ${description}` : '';
  const typeWord = (type: unknown): string => TYPE_NO[lang][String(type)] ?? String(type);
  const p = (code: string, message: string): Problem => schemaProblem(code, pointer, message);

  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'required':
      return p('required', t(`${label} mangler. Fyll det inn.`, `${label} manglar. Fyll det inn.`) + `${conditionOf(e, data, lang)}${hint}`);
    case 'additionalProperties': {
      const known = Object.keys(schemaAt(e.instancePath)?.properties ?? {});
      const valid = known.length ? t(`; gyldige felt her er: ${known.join(', ')}`, `; gyldige felt her er: ${known.join(', ')}`) : '';
      return p('unknown_property', t(`${label} er ikke et kjent felt. Sjekk stavemåten${valid}.`, `${label} er ikkje eit kjent felt. Sjekk skrivemåten${valid}.`));
    }
    case 'type':
      // YAML reads an unquoted 0150 or 1.0 as a number; the leading zero or the «.0» is then lost.
      if (e.params.type === 'string' && typeof value === 'number')
        return p('type', t(`${label} må være tekst, men er ${typeOf(value, lang)} (${value}).${hint} Skriv verdien i anførselstegn, for eksempel "${quotedExample(node?.const, node?.pattern, value)}".`, `${label} må vere tekst, men er ${typeOf(value, lang)} (${value}).${hint} Skriv verdien i hermeteikn, til dømes "${quotedExample(node?.const, node?.pattern, value)}".`));
      // YAML's .nan and .inf are numbers to JavaScript, but no number a field can hold.
      if (typeof value === 'number' && !Number.isFinite(value))
        return p('type', t(`${label} er ${Number.isNaN(value) ? '«ikke et tall» (.nan)' : value < 0 ? 'minus uendelig (-.inf)' : 'uendelig (.inf)'}, men må være ${typeWord(e.params.type)}. Skriv tallet med sifre, for eksempel 4.5.${hint}`, `${label} er ${Number.isNaN(value) ? '«ikkje eit tal» (.nan)' : value < 0 ? 'minus uendeleg (-.inf)' : 'uendeleg (.inf)'}, men må vere ${typeWord(e.params.type)}. Skriv talet med siffer, til dømes 4.5.${hint}`));
      return p('type', t(`${label} må være ${typeWord(e.params.type)}, men er ${typeOf(value, lang)}.${hint}`, `${label} må vere ${typeWord(e.params.type)}, men er ${typeOf(value, lang)}.${hint}`));
    case 'false schema':
      if (pointer === '/parties/host')
        return p('host_not_allowed', t(`${label} brukes bare ved Alternativ 2 (vertskommune). Fjern feltet, eller velg Alternativ 2 (form: vertskommune).`, `${label} blir berre brukt ved Alternativ 2 (vertskommune). Fjern feltet, eller vel Alternativ 2 (form: vertskommune).`));
      return p('not_allowed', t(`${label} kan ikke brukes her. Fjern feltet.`, `${label} kan ikkje brukast her. Fjern feltet.`));
    case 'multipleOf':
      return p('decimals', decimalsMessage(label, value, Number(e.params.multipleOf), lang));
    case 'enum': {
      if (e.propertyName !== undefined) {
        const ids = (e.params.allowedValues as string[]).join(', ');
        return schemaProblem('unknown_question', e.instancePath + pointerOf([e.propertyName]), t(`«${e.propertyName}» er ikke et spørsmål i veilederen. Gyldige spørsmål-id-er: ${ids}.`, `«${e.propertyName}» er ikkje eit spørsmål i rettleiaren. Gyldige spørsmål-id-ar: ${ids}.`));
      }
      if (MUNICIPALITY_KIND.test(pointer) && value === 'bydel') return p('bydel_vertskommune', bydelMessage(label, pointer, data, lang));
      const allowed = (e.params.allowedValues as string[]).map((v) => `«${v}»${enumLabel(node, v, lang) !== v ? ` (${enumLabel(node, v, lang)})` : ''}`);
      return p('enum', t(`${label} har verdien ${show(value)}, som ikke er et av valgene. Velg en av: ${allowed.join(', ')}.`, `${label} har verdien ${show(value)}, som ikkje er eitt av vala. Vel eitt av: ${allowed.join(', ')}.`));
    }
    case 'const':
      // A number where the constant is text: the type error already says what to write.
      if (node?.type !== undefined && typeof value !== node.type && typeof e.params.allowedValue === node.type) return undefined;
      return p('const', t(`${label} må være ${show(e.params.allowedValue)}, men er ${show(value)}.`, `${label} må vere ${show(e.params.allowedValue)}, men er ${show(value)}.`));
    case 'format':
      return formatProblem(String(e.params.format), pointer, label, value, lang);
    case 'pattern':
      if (typeof value === 'string' && value.trim() === '') return p('empty', t(`${label} er tomt. Fyll det inn, eller fjern feltet.`, `${label} er tomt. Fyll det inn, eller fjern feltet.`));
      if (typeof value === 'string' && /[\r\n]/.test(value) && node?.maxLength !== undefined && node.maxLength <= 200)
        return p('multiline', t(`${label} skal stå på én linje. Fjern linjeskiftene.`, `${label} skal stå på éi line. Fjern linjeskifta.`));
      // The kind's if/then/else chooses four digits (kommune) or six (bydel); name the kind too.
      if (MUNICIPALITY_NUMBER.test(pointer) && /\/(then|else)\//.test(e.schemaPath) && typeof value === 'string')
        // Only when the number itself has a valid form: else the plain pattern message says it all.
        return new RegExp(node?.pattern ?? '').test(value) ? p('nummer_og_type', numberKindMessage(label, pointer, value, data, lang)) : undefined;
      return p('pattern', t(`${label} har feil form: ${show(value)}.${hint}`, `${label} har feil form: ${show(value)}.${hint}`));
    case 'minLength':
      return p('empty', t(`${label} er tomt. Fyll det inn, eller fjern feltet.`, `${label} er tomt. Fyll det inn, eller fjern feltet.`));
    case 'maxLength':
      return p('too_long', t(`${label} er for langt (${String(value).length} tegn; høyst ${e.params.limit}). Kort det ned.`, `${label} er for langt (${String(value).length} teikn; høgst ${e.params.limit}). Kort det ned.`));
    case 'minimum':
    case 'maximum':
      return p('range', t(`${label} er ${showValue(value)}, men må være ${e.keyword === 'minimum' ? 'minst' : 'høyst'} ${e.params.limit}.${hint}`, `${label} er ${showValue(value)}, men må vere ${e.keyword === 'minimum' ? 'minst' : 'høgst'} ${e.params.limit}.${hint}`));
    case 'minItems':
      return p('too_few', t(`${label} må ha minst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringer'}. Legg til det som mangler.`, `${label} må ha minst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringar'}. Legg til det som manglar.`));
    case 'maxItems': {
      const count = Array.isArray(value) ? value.length : '?';
      const one = pointer === '/parties/municipalities';
      return p('too_many', t(`${label} kan ha høyst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringer'}, men har ${count}.${one ? ' Alternativ 1 gjelder én kommune; velg Alternativ 2 (vertskommune) for flere.' : ''}`, `${label} kan ha høgst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringar'}, men har ${count}.${one ? ' Alternativ 1 gjeld éin kommune; vel Alternativ 2 (vertskommune) for fleire.' : ''}`));
    }
    case 'uniqueItems':
      return p('duplicate', t(`${label} inneholder det samme to ganger (nr. ${Number(e.params.j) + 1} og ${Number(e.params.i) + 1}). Fjern den ene.`, `${label} inneheld det same to gonger (nr. ${Number(e.params.j) + 1} og ${Number(e.params.i) + 1}). Fjern det eine.`));
    default:
      return p(keywordCode(e.keyword), `${label}: ugyldig verdi.`);
  }
}

/**
 * Why a field required only under an if/then is required, when the condition is one field's
 * value: « Det kreves fordi «… › Vedtaksorgan» er «Annet organ».» Empty for other conditions.
 */
function conditionOf(e: ErrorObject, data: unknown, lang: Language): string {
  if (!/\/then\/required$/.test(e.schemaPath)) return '';
  const parent = schemaAt(e.instancePath);
  const props = (parent?.if as SchemaNode | undefined)?.properties ?? {};
  const entries = Object.entries(props);
  if (entries.length !== 1) return '';
  const [key, cond] = entries[0]!;
  if (typeof cond.const !== 'string') return '';
  const at = e.instancePath + pointerOf([key]);
  const why = `«${labelFor(at, data)}» er «${enumLabel(schemaAt(at), cond.const, lang)}»`;
  return pick(lang)(` Det kreves fordi ${why}.`, ` Det er kravd fordi ${why}.`);
}

/** A bydel in an Alternativ 2 agreement: the kind and the form disagree. */
function bydelMessage(label: string, pointer: string, data: unknown, lang: Language): string {
  const form = enumLabel(schemaAt('/parties/form'), 'vertskommune', lang);
  const [bydel, kommune] = [enumLabel(schemaAt(pointer), 'bydel', lang), enumLabel(schemaAt(pointer), 'kommune', lang)];
  return pick(lang)(
    `${label} er «${bydel}», men «${labelFor('/parties/form', data)}» er «${form}». En bydel i Oslo er part ved Alternativ 1, i kommunens sted; vertskommunesamarbeid er mellom kommuner. Velg Alternativ 1 med bydelen som eneste part, eller rett typen til «${kommune}».`,
    `${label} er «${bydel}», men «${labelFor('/parties/form', data)}» er «${form}». Ein bydel i Oslo er part ved Alternativ 1, i staden for kommunen; vertskommunesamarbeid er mellom kommunar. Vel Alternativ 1 med bydelen som einaste part, eller rett typen til «${kommune}».`,
  );
}

/** A number that does not fit the party's kind: a bydelsnummer for a kommune, or the other way round. */
function numberKindMessage(label: string, pointer: string, value: string, data: unknown, lang: Language): string {
  const t = pick(lang);
  const kindAt = pointer.replace(/number$/, 'kind');
  const kindNode = schemaAt(kindAt);
  const kind = (valueAt(data, kindAt) as string | undefined) ?? 'kommune';
  const kindLabel = `«${labelFor(kindAt, data)}»`;
  const [bydelLabel, kommuneLabel] = [enumLabel(kindNode, 'bydel', lang), enumLabel(kindNode, 'kommune', lang)];
  if (kind === 'bydel')
    return t(
      `${label} er ${show(value)}, men ${kindLabel} er «${bydelLabel}», og et bydelsnummer har seks sifre og begynner på 0301, for eksempel «030113» (Bydel Østensjø). Rett nummeret, eller sett typen til «${kommuneLabel}».`,
      `${label} er ${show(value)}, men ${kindLabel} er «${bydelLabel}», og eit bydelsnummer har seks siffer og byrjar på 0301, til dømes «030113» (Bydel Østensjø). Rett nummeret, eller set typen til «${kommuneLabel}».`,
    );
  const bydel = /^0301[0-9]{2}$/.test(value);
  return t(
    `${label} er ${show(value)}${bydel ? ', et bydelsnummer' : ''}, men ${kindLabel} er «${kommuneLabel}», og et kommunenummer har fire sifre, for eksempel «1841». ${bydel ? `Sett typen til «${bydelLabel}» (kind: bydel), eller oppgi kommunenummeret.` : 'Rett nummeret.'}`,
    `${label} er ${show(value)}${bydel ? ', eit bydelsnummer' : ''}, men ${kindLabel} er «${kommuneLabel}», og eit kommunenummer har fire siffer, til dømes «1841». ${bydel ? `Set typen til «${bydelLabel}» (kind: bydel), eller oppgje kommunenummeret.` : 'Rett nummeret.'}`,
  );
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

const DECIMAL_WORDS: Record<Language, string[]> = {
  nb: ['ingen desimaler', 'én desimal', 'to desimaler', 'tre desimaler'],
  nn: ['ingen desimalar', 'éin desimal', 'to desimalar', 'tre desimalar'],
};

function decimalsMessage(label: string, value: unknown, step: number, lang: Language): string {
  const t = pick(lang);
  const decimals = Math.round(-Math.log10(step));
  if (typeof value !== 'number' || decimals < 0 || decimals >= DECIMAL_WORDS[lang].length || Math.abs(10 ** -decimals - step) > 1e-12)
    return t(`${label} er ${showValue(value)}, men må gå opp i ${decimalComma(step)}. Rett tallet.`, `${label} er ${showValue(value)}, men må gå opp i ${decimalComma(step)}. Rett talet.`);
  // Via the decimal string, so 9.555 rounds to 9.56 (9.555 * 100 is 955.4999… in binary).
  const viaString = Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
  const rounded = Number.isFinite(viaString) ? viaString : Math.round(value * 10 ** decimals) / 10 ** decimals;
  // The file is YAML/JSON and needs the point; say so when the Norwegian form differs from it.
  const inFile = Number.isInteger(rounded) ? '' : t(` (i filen skrives det ${rounded})`, ` (i fila blir det skrive ${rounded})`);
  return t(
    `${label} er ${showValue(value)}, men kan ha høyst ${DECIMAL_WORDS.nb[decimals]}. Rund av til ${decimalComma(rounded)}${inFile}.`,
    `${label} er ${showValue(value)}, men kan ha høgst ${DECIMAL_WORDS.nn[decimals]}. Rund av til ${decimalComma(rounded)}${inFile}.`,
  );
}

function formatProblem(format: string, pointer: string, label: string, value: unknown, lang: Language): Problem {
  const t = pick(lang);
  const p = (code: string, message: string): Problem => schemaProblem(code, pointer, message);
  switch (format) {
    case 'date':
      return p('bad_date', t(`${label} er ${show(value)}, som ikke er en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-01-01.`, `${label} er ${show(value)}, som ikkje er ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-01-01.`));
    case 'organisasjonsnummer':
      return p('bad_orgnumber', t(`${label} er ${show(value)}, som ikke er et gyldig organisasjonsnummer: det skal være ni sifre uten mellomrom, og det siste er et kontrollsiffer (modulus 11). Sjekk nummeret i Enhetsregisteret.`, `${label} er ${show(value)}, som ikkje er eit gyldig organisasjonsnummer: det skal vere ni siffer utan mellomrom, og det siste er eit kontrollsiffer (modulus 11). Sjekk nummeret i Einingsregisteret.`));
    case 'hundredths':
      return p('decimals', decimalsMessage(label, value, 0.01, lang));
    case 'xml-text': {
      const bad = typeof value === 'string' ? firstForbiddenChar(value) : undefined;
      const where = `${bad?.code ?? t('kontrolltegn', 'kontrollteikn')} ${t('ved tegn', 'ved teikn')} nr. ${(bad?.index ?? 0) + 1}`;
      return p('forbidden_char', t(`${label} inneholder et tegn som ikke kan stå i et Word-dokument (${where}). Fjern tegnet; det kommer ofte fra kopiering fra et annet program.`, `${label} inneheld eit teikn som ikkje kan stå i eit Word-dokument (${where}). Fjern teiknet; det kjem ofte frå kopiering frå eit anna program.`));
    }
    default:
      return p('format', t(`${label} har feil form: ${show(value)}.`, `${label} har feil form: ${show(value)}.`));
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
