/**
 * A document's language (målform) in the package: Word's proofing language for all text (the
 * default run properties in word/styles.xml) and, through setProperties, dc:language.
 * The templates are written with «nb-NO»; a nynorsk document is tagged «nn-NO» when it is made.
 */
import type PizZip from './pizzip.js';
import { zipDate } from './zip-date.js';

/** BCP 47 tag of a målform. */
export const languageTag = (lang: 'nb' | 'nn'): 'nb-NO' | 'nn-NO' => (lang === 'nn' ? 'nn-NO' : 'nb-NO');

const STYLES = 'word/styles.xml';

/** Sets every `w:lang w:val` in word/styles.xml (the defaults and any style that names one) to the målform's tag. */
export function tagLanguage(zip: PizZip, lang: 'nb' | 'nn'): void {
  const tag = languageTag(lang);
  const xml = zip.file(STYLES)?.asText();
  if (xml === undefined) throw new Error(`Malen mangler ${STYLES}. Dette skal ikke skje; meld fra om feilen.`);
  const tagged = xml.replace(/(<w:lang\b[^>]*?\bw:val=")[^"]*(")/g, `$1${tag}$2`);
  // Left alone when nothing changes, so a bokmål document keeps its template's bytes.
  if (tagged !== xml) zip.file(STYLES, tagged, { date: zipDate() });
}
