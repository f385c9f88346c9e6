// Deterministic synthetic agreements for the batch test and the benchmark: one per kommune,
// alternating the two examples' shapes (Alternativ 1 and 2), with distinct names and numbers.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const EXAMPLES = new URL('../examples/', import.meta.url);
const load = (name) => parse(readFileSync(new URL(name, EXAMPLES), 'utf8'));

/** A valid organisasjonsnummer near `seed` (modulus 11 check digit; seeds giving 10 are skipped). */
export function orgNumber(seed) {
  for (let n = 900000000 / 10 + seed * 7; ; n++) {
    const digits = String(n).padStart(8, '0');
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return digits + check;
  }
}

/** Agreement number `i` (0-based): a deep copy of an example with its own office and kommuner. */
export function syntheticAgreement(i) {
  const a = load(i % 2 === 0 ? 'nav-bodo.yaml' : 'nav-indre-salten.yaml');
  const tag = String(i + 1).padStart(3, '0');
  const originals = a.parties.municipalities.map((m) => m.number);
  a.parties.officeName = `NAV Syntetisk ${tag}`;
  a.parties.municipalities = a.parties.municipalities.map((m, j) => ({
    ...m,
    name: `${m.name.replace(/ kommune$/, '')} ${tag} kommune`,
    number: String(1000 + ((i * 7 + j) % 9000)).padStart(4, '0'),
    orgNumber: orgNumber(i * 10 + j),
  }));
  const numbers = a.parties.municipalities.map((m) => m.number);
  if (a.parties.form === 'vertskommune') a.parties.host = numbers[0];
  // Sites name their kommune by number (schema 2.0), so they follow the renumbering.
  const renumbered = new Map(originals.map((n, j) => [n, numbers[j]]));
  for (const site of a.location?.sites ?? []) site.municipality = renumbered.get(site.municipality) ?? site.municipality;
  a.costs.fte = a.costs.fte.map((f, j) => ({ ...f, municipality: numbers[j], fte: f.fte + (i % 5) * 0.5 }));
  a.costs.stateFte = a.costs.stateFte + (i % 3);
  return a;
}

export function syntheticAgreements(n) {
  return Array.from({ length: n }, (_, i) => syntheticAgreement(i));
}
