/** Names and lists the Norwegian way, and names folded for file names. */

/** «Fauske, Saltdal og Beiarn». */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** Norwegian genitive: «Fauske kommune» → «Fauske kommunes»; names ending in s, x or z take an apostrophe. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/**
 * An office or county name in the document's spelling: its leading «NAV»/«Nav» token becomes
 * `spelling` («NAV Bodø» → «Nav Bodø»); the rest of the name is left as written.
 */
export function spellNav(name: string, spelling: 'NAV' | 'Nav'): string {
  return name.replace(/^(?:NAV|Nav)(?=[\s-]|$)/, spelling);
}

/** «Hamarøy kommune – Hábmer» where a Sámi name is given. */
export function municipalityName(m: { name: string; samiName?: string }): string {
  return m.samiName ? `${m.name} – ${m.samiName}` : m.name;
}

/** Office name folded to an ASCII file-name slug: «NAV Indre Salten» → «nav-indre-salten». */
export function slug(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ŋ/g, 'n')
    .replace(/đ/g, 'd')
    .replace(/ŧ/g, 't')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'avtale';
}
