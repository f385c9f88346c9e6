/**
 * Reading what the user opens: an agreement file (YAML or JSON) or a .docx made by the tool, whose
 * embedded data is read back (src/embed), as the CLI reads them. Parsed data is returned even
 * when it has problems, so the wizard can take the user to them (like `wizard --from`).
 */
import { extractAgreementData } from '../embed/extract.js';
import type { Problem } from '../model/problem.js';
import { languageOf, type Language } from '../model/schema.js';
import { parseAgreementText } from '../parse/parse.js';
import { validateAgreement } from '../validate/validate.js';
import { isPlainObject } from '../wizard/data.js';
import { webWords, type WebWords } from './words.js';

export type Opened = { ok: true; data: Record<string, unknown>; problems: Problem[]; warnings: string[] } | { ok: false; problems: Problem[] };

const MAX_BYTES = 20 * 1024 * 1024;
const fail = (message: string): Opened => ({ ok: false, problems: [{ code: 'unreadable', severity: 'feil', pointer: '', message }] });

/** `lang` is the page's målform, for what is wrong with the file; a .docx's notes follow its own agreement's. */
export function openBytes(name: string, bytes: Uint8Array, lang: Language = 'nb'): Opened {
  const w = webWords(lang);
  if (bytes.length > MAX_BYTES) return fail(w.tooLarge);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.docx$/i.test(name) || isZip) {
    const found = extractAgreementData(bytes);
    if (!found.ok) return { ok: false, problems: found.problems };
    const e = found.value;
    const own = webWords(languageOf(e.data));
    const warnings = [e.textEdited ? own.textEdited : '', e.publicCopy ? own.publicCopy : ''].filter(Boolean);
    return checked(e.data, warnings, w);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(w.notText);
  }
  const parsed = parseAgreementText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return checked(parsed.value.data, [], w);
}

function checked(data: unknown, warnings: string[], w: WebWords): Opened {
  if (!isPlainObject(data)) return fail(w.noAgreement);
  const result = validateAgreement(data);
  return { ok: true, data, problems: result.ok ? [] : result.problems, warnings };
}
