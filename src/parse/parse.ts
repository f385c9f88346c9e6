import { isMap, isSeq, isScalar, LineCounter, parseDocument, type ErrorCode, type Node } from 'yaml';
import { fail, ok, segmentsOf, type Problem, type Result } from '../model/problem.js';

/** Parsed input plus a way to map a JSON pointer back to line:column in the source text. */
export interface ParsedInput {
  data: unknown;
  locate: (pointer: string) => { line: number; column: number } | undefined;
}

/**
 * Parses agreement text (YAML 1.2, which includes JSON). Pure: the caller reads the file.
 * Duplicate keys, aliases and multiple documents are rejected: an agreement is plain data.
 */
export function parseAgreementText(text: string): Result<ParsedInput> {
  if (text.trim() === '') {
    return fail([{ code: 'empty_file', severity: 'feil', pointer: '', message: 'Filen er tom. Fyll inn avtalen, eller lag en ny med «partnerskap wizard».' }]);
  }
  const lineCounter = new LineCounter();
  // schema 'core' always: a «%YAML 1.1» line must not turn `yes` into true or 0b101 into 5.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core' });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      code: e.code === 'DUPLICATE_KEY' ? 'duplicate_key' : 'syntax',
      severity: 'feil' as const,
      pointer: '',
      message: syntaxMessage(e.code, e.message),
      line: pos.line,
      column: pos.col,
    };
  });
  // The parser may explain one mistake twice at the same place (a key without its colon is both a
  // nested mapping and a key over two lines): the first explanation is enough.
  const seen = new Set<string>();
  const firstAtEachPlace = problems.filter((p) => !seen.has(`${p.line}:${p.column}`) && seen.add(`${p.line}:${p.column}`));
  if (firstAtEachPlace.length > 0) return fail(firstAtEachPlace);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return fail([{ code: 'syntax', severity: 'feil', pointer: '', message: 'Filen bruker YAML-ankre eller -aliaser (& og *). Skriv verdiene ut i sin helhet.' }]);
  }
  const locate = (pointer: string) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    for (const seg of segmentsOf(pointer)) {
      if (isMap(node)) {
        const pair: { key: unknown; value: unknown } | undefined = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
        if (!pair) break;
        node = (pair.value as Node | null) ?? (pair.key as Node);
      } else if (isSeq(node)) {
        const next = node.items[Number(seg)] as Node | undefined;
        if (!next) break;
        node = next;
      } else break;
    }
    if (!node?.range) return undefined;
    const pos = lineCounter.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  };
  return ok({ data, locate });
}

const CANNOT_READ = 'Filen kan ikke leses som YAML/JSON:';
const CHECK_LINE = 'Sjekk innrykk, kolon og anførselstegn på denne linjen.';
const WRITE_OUT = 'Skriv verdiene ut i sin helhet, uten &, * og !.';

/** A Norwegian message for every error code of the `yaml` package; its English text never reaches the user. */
const SYNTAX_MESSAGES: Record<ErrorCode, string> = {
  DUPLICATE_KEY: 'Samme felt står to ganger i samme del av filen. Fjern det ene.',
  MULTIPLE_DOCS: 'Filen inneholder flere YAML-dokumenter (---). Én fil skal inneholde én avtale.',
  BAD_INDENT: `${CANNOT_READ} innrykket stemmer ikke med linjene rundt. Felt på samme nivå skal begynne i samme kolonne, og det som hører til et felt, skal rykkes inn med mellomrom under det.`,
  TAB_AS_INDENT: `${CANNOT_READ} linjen er rykket inn med tabulator. YAML tillater bare mellomrom i innrykk; bytt tabulatorene med mellomrom.`,
  MISSING_CHAR: `${CANNOT_READ} det mangler et tegn her (kolon, komma, bindestrek eller anførselstegn). ${CHECK_LINE}`,
  UNEXPECTED_TOKEN: `${CANNOT_READ} her står et tegn som ikke passer inn, for eksempel et komma, en klamme eller et kolon for mye. ${CHECK_LINE}`,
  BLOCK_AS_IMPLICIT_KEY: `${CANNOT_READ} et feltnavn mangler kolon, eller en liste står der et feltnavn skulle stått. Skriv hvert felt som «navn: verdi». ${CHECK_LINE}`,
  MULTILINE_IMPLICIT_KEY: `${CANNOT_READ} et feltnavn går over flere linjer, eller kolonet etter det mangler. Skriv hvert felt som «navn: verdi» på én linje, og sett verdier med kolon i anførselstegn.`,
  KEY_OVER_1024_CHARS: `${CANNOT_READ} et feltnavn er for langt, eller kolonet etter det mangler. Skriv hvert felt som «navn: verdi» på én linje.`,
  BLOCK_IN_FLOW: `${CANNOT_READ} en liste med bindestrek eller et felt med innrykk står inne i [ ] eller { }. Bruk enten klammer eller innrykk for én liste eller gruppe, ikke begge.`,
  BAD_SCALAR_START: `${CANNOT_READ} verdien begynner med et tegn som har egen betydning i YAML (for eksempel @, \`, |, > eller %). Sett verdien i anførselstegn.`,
  BAD_DQ_ESCAPE: `${CANNOT_READ} en tekst i doble anførselstegn har en omvendt skråstrek (\\) som ikke kan leses. Skriv \\\\ for en omvendt skråstrek, eller bruk enkle anførselstegn.`,
  NON_STRING_KEY: `${CANNOT_READ} et feltnavn er en liste eller en gruppe. Et feltnavn skal være tekst, som i «postalCode: "8200"».`,
  ALIAS_PROPS: `Filen bruker YAML-ankre eller -aliaser (& og *). ${WRITE_OUT}`,
  BAD_ALIAS: `Filen bruker YAML-ankre eller -aliaser (& og *). ${WRITE_OUT}`,
  MULTIPLE_ANCHORS: `Filen bruker YAML-ankre eller -aliaser (& og *). ${WRITE_OUT}`,
  BAD_PROP_ORDER: `Filen bruker YAML-ankre eller -merker (& og !). ${WRITE_OUT}`,
  MULTIPLE_TAGS: `Filen bruker YAML-merker (!). ${WRITE_OUT}`,
  TAG_RESOLVE_FAILED: `Filen bruker et YAML-merke (!) som ikke kan leses. ${WRITE_OUT}`,
  BAD_COLLECTION_TYPE: `Filen bruker et YAML-merke (!) som ikke passer til verdien. ${WRITE_OUT}`,
  BAD_DIRECTIVE: 'Filen har en YAML-direktivlinje (%) som ikke kan leses. Fjern linjen.',
  RESOURCE_EXHAUSTION: `Filen er for sammensatt til å leses (for mange ankre, aliaser eller nivåer). ${WRITE_OUT}`,
  IMPOSSIBLE: `${CANNOT_READ} filen har en form parseren ikke kjenner igjen. ${CHECK_LINE}`,
};

const UNCLOSED = `${CANNOT_READ} en liste i [ ] eller en gruppe i { } er ikke lukket. Sett ] eller } der den slutter, og fjern et eventuelt komma foran.`;

/**
 * MISSING_CHAR covers several mistakes; the parser's own (English) wording tells them apart. It is
 * only matched, never shown.
 */
const MISSING_CHAR_MESSAGES: [RegExp, string][] = [
  [/quote/i, `${CANNOT_READ} et anførselstegn er ikke lukket. Sett et avsluttende anførselstegn (" eller ') etter verdien, på samme linje.`],
  [/Missing ,|Missing , or :/, `${CANNOT_READ} det mangler komma mellom elementene i [ ] eller { }. Sett komma mellom elementene.`],
  [/map values|space after :/, `${CANNOT_READ} et felt mangler kolon eller mellomrom etter kolonet. Skriv feltet som «navn: verdi».`],
  [/Comments must be separated/, `${CANNOT_READ} tegnet # står rett etter en verdi. Sett et mellomrom foran # hvis resten er en kommentar, eller sett hele verdien i anførselstegn hvis # hører til teksten.`],
  [/directives-end|doc-start/, 'Filen har en YAML-direktivlinje (%) eller en dokumentstart (---) som ikke kan leses. Fjern linjen.'],
  [/must end with/, UNCLOSED],
  [/Tags and anchors/, `Filen bruker YAML-ankre eller -merker (& og !). ${WRITE_OUT}`],
  [/Sequence item without -/, `${CANNOT_READ} et element i en liste mangler bindestrek (-). Begynn hvert element i listen med «- ».`],
];

function syntaxMessage(code: ErrorCode, raw: string): string {
  if (code === 'MISSING_CHAR') return MISSING_CHAR_MESSAGES.find(([re]) => re.test(raw))?.[1] ?? SYNTAX_MESSAGES.MISSING_CHAR;
  // An unclosed [ or { is found only where the next field begins, as an indentation error there.
  if (code === 'BAD_INDENT' && /end with a [\]}]/.test(raw)) return UNCLOSED;
  return SYNTAX_MESSAGES[code] ?? SYNTAX_MESSAGES.IMPOSSIBLE;
}
