/**
 * Reading what the user opens: an agreement file (YAML or JSON) or a .docx made by the tool, whose
 * embedded data is read back (src/embed), as the CLI reads them. Parsed data is returned even
 * when it has problems, so the wizard can take the user to them (like `wizard --from`).
 */
import { extractAgreementData } from '../embed/extract.js';
import type { Problem } from '../model/problem.js';
import { parseAgreementText } from '../parse/parse.js';
import { validateAgreement } from '../validate/validate.js';
import { isPlainObject } from '../wizard/data.js';

export type Opened = { ok: true; data: Record<string, unknown>; problems: Problem[]; warnings: string[] } | { ok: false; problems: Problem[] };

const MAX_BYTES = 20 * 1024 * 1024;
const fail = (message: string): Opened => ({ ok: false, problems: [{ code: 'unreadable', severity: 'feil', pointer: '', message }] });

export function openBytes(name: string, bytes: Uint8Array): Opened {
  if (bytes.length > MAX_BYTES) return fail('Filen er for stor til å være en avtale (grensen er 20 MB).');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.docx$/i.test(name) || isZip) {
    const found = extractAgreementData(bytes);
    if (!found.ok) return { ok: false, problems: found.problems };
    const e = found.value;
    const warnings = [e.textEdited ? 'Teksten i dokumentet er endret etter at det ble laget; dataene er som da det ble laget.' : '', e.publicCopy ? 'Dette er en offentlig kopi: interne felt er tatt ut.' : ''].filter(Boolean);
    return checked(e.data, warnings);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Filen ser ikke ut som tekst (YAML eller JSON). Lagre avtalen som UTF-8-tekst.');
  }
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return checked(parsed.value.data, []);
}

function checked(data: unknown, warnings: string[]): Opened {
  if (!isPlainObject(data)) return fail('Filen inneholder ikke en avtale.');
  const result = validateAgreement(data);
  return { ok: true, data, problems: result.ok ? [] : result.problems, warnings };
}
