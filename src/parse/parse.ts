import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
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
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
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
  if (problems.length > 0) return fail(problems);
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

function syntaxMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0] ?? raw;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Samme felt står to ganger i samme del av filen. Fjern det ene.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `Filen kan ikke leses som YAML/JSON (${first}). Sjekk innrykk, kolon og anførselstegn på denne linjen.`;
    case 'MULTIPLE_DOCS':
      return 'Filen inneholder flere YAML-dokumenter (---). Én fil skal inneholde én avtale.';
    default:
      return `Filen kan ikke leses som YAML/JSON (${first}).`;
  }
}
