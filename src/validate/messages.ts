import type { ErrorObject } from 'ajv';
import { pointerOf, segmentsOf, type Problem } from '../model/problem.js';
import { schemaAt, enumLabel } from '../model/schema.js';
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

const show = (v: unknown): string => (typeof v === 'string' ? `«${v.length > 80 ? v.slice(0, 77) + '…' : v}»` : JSON.stringify(v));

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
  const p = (code: string, message: string): Problem => ({ code, severity: 'feil', pointer, message });

  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'required':
      return p('required', `${label} mangler. Fyll det inn.${hint}`);
    case 'additionalProperties': {
      const known = Object.keys(schemaAt(e.instancePath)?.properties ?? {});
      return p('unknown_property', `${label} er ikke et kjent felt. Sjekk stavemåten${known.length ? `; gyldige felt her er: ${known.join(', ')}` : ''}.`);
    }
    case 'type':
      return p('type', `${label} må være ${TYPE_NO[String(e.params.type)] ?? e.params.type}, men er ${typeOf(value)}.${hint}`);
    case 'enum': {
      if (e.propertyName !== undefined) {
        const ids = (e.params.allowedValues as string[]).join(', ');
        return { code: 'unknown_question', severity: 'feil', pointer: e.instancePath + pointerOf([e.propertyName]), message: `«${e.propertyName}» er ikke et spørsmål i veilederen. Gyldige spørsmål-id-er: ${ids}.` };
      }
      const allowed = (e.params.allowedValues as string[]).map((v) => `«${v}»${enumLabel(node, v) !== v ? ` (${enumLabel(node, v)})` : ''}`);
      return p('enum', `${label} har verdien ${show(value)}, som ikke er et av valgene. Velg en av: ${allowed.join(', ')}.`);
    }
    case 'const':
      return p('const', `${label} må være ${show(e.params.allowedValue)}, men er ${show(value)}.`);
    case 'format':
      return formatProblem(String(e.params.format), pointer, label, value);
    case 'pattern':
      if (typeof value === 'string' && value.trim() === '') return p('empty', `${label} er tomt. Fyll det inn, eller fjern feltet.`);
      if (typeof value === 'string' && /[\r\n]/.test(value) && node?.maxLength !== undefined && node.maxLength <= 200)
        return p('multiline', `${label} skal stå på én linje. Fjern linjeskiftene.`);
      return p('pattern', `${label} har feil form: ${show(value)}.${hint}`);
    case 'minLength':
      return p('empty', `${label} er tomt. Fyll det inn, eller fjern feltet.`);
    case 'maxLength':
      return p('too_long', `${label} er for langt (${String(value).length} tegn; høyst ${e.params.limit}). Kort det ned.`);
    case 'minimum':
    case 'maximum':
      return p('range', `${label} er ${show(value)}, men må være ${e.keyword === 'minimum' ? 'minst' : 'høyst'} ${e.params.limit}.${hint}`);
    case 'minItems':
      return p('too_few', `${label} må ha minst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringer'}. Legg til det som mangler.`);
    case 'maxItems':
      return p('too_many', `${label} kan ha høyst ${e.params.limit} ${e.params.limit === 1 ? 'oppføring' : 'oppføringer'}, men har ${Array.isArray(value) ? value.length : '?'}.${pointer === '/parties/municipalities' ? ' Alternativ 1 gjelder én kommune; velg Alternativ 2 (vertskommune) for flere.' : ''}`);
    case 'uniqueItems':
      return p('duplicate', `${label} inneholder det samme to ganger (nr. ${Number(e.params.j) + 1} og ${Number(e.params.i) + 1}). Fjern den ene.`);
    default:
      return p(e.keyword, `${label}: ${e.message ?? 'ugyldig verdi'}.`);
  }
}

function formatProblem(format: string, pointer: string, label: string, value: unknown): Problem {
  const p = (code: string, message: string): Problem => ({ code, severity: 'feil', pointer, message });
  switch (format) {
    case 'date':
      return p('bad_date', `${label} er ${show(value)}, som ikke er en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-01-01.`);
    case 'organisasjonsnummer':
      return p('bad_orgnumber', `${label} er ${show(value)}, som ikke er et gyldig organisasjonsnummer: det skal være ni sifre uten mellomrom, og det siste er et kontrollsiffer (modulus 11). Sjekk nummeret i Enhetsregisteret.`);
    case 'xml-text': {
      const bad = typeof value === 'string' ? firstForbiddenChar(value) : undefined;
      return p('forbidden_char', `${label} inneholder et tegn som ikke kan stå i et Word-dokument (${bad?.code ?? 'kontrolltegn'} ved tegn nr. ${(bad?.index ?? 0) + 1}). Fjern tegnet; det kommer ofte fra kopiering fra et annet program.`);
    }
    default:
      return p('format', `${label} har feil form: ${show(value)}.`);
  }
}

/** Sort problems in document order of their pointers, so messages read top to bottom. */
export function byPointer(a: Problem, b: Problem): number {
  const sa = segmentsOf(a.pointer);
  const sb = segmentsOf(b.pointer);
  return (a.line ?? 0) - (b.line ?? 0) || sa.join('\u0000').localeCompare(sb.join('\u0000'));
}
