/**
 * Bokmål words that nynorsk never writes: one of them in a nynorsk report means bokmål leaked in.
 * Matched as whole words, case-insensitively. Chosen so that none is also a nynorsk word.
 */
export const BOKMAAL_TELL_TALES = [
  'ikke', 'eierne', 'eiere', 'hva', 'hvordan', 'hvilke', 'hvis', 'fra', 'bare', 'noen', 'også', 'mens',
  'avtaleparter', 'tjenester', 'tjenesten', 'leder', 'lederen', 'virksomhet', 'kommunene', 'gjelder', 'være',
  'hver', 'hvert', 'flere', 'ansatte', 'veilederen', 'veileder', 'partnerskapsavtalen', 'mangler', 'endringer',
  'endret', 'fjernet', 'beregnet', 'advarsel', 'advarsler', 'kilde', 'regler', 'sjekklisten', 'åpne', 'åpen',
  'ennå', 'signeres', 'hindrer', 'bør vurderes', 'navn', 'dere', 'disse', 'deres', 'egen', 'eget', 'uten',
  'mandag', 'tirsdag', 'lørdag', 'søndag',
];

/**
 * The tell-tale words found in a text (whole words, any case). Codes are identifiers, not text:
 * `ikke_vurdert`, `nav_leder_andeler_sum` are left out.
 */
export function tellTales(text: string): string[] {
  const words = text.replace(/[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+/gu, ' ');
  return BOKMAAL_TELL_TALES.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'iu').test(words));
}

/** The texts of a JSON report a reader reads (messages, labels, sources), not its codes and raw values. */
export function jsonTexts(json: string, keys: readonly string[]): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (keys.includes(k) && typeof x === 'string') out.push(x);
        else walk(x);
      }
  };
  walk(JSON.parse(json));
  return out.join('\n');
}
