/**
 * What makes the redline say it is a comparison, not the agreement itself: a note on the first
 * page, «Sammenligning – » before the header and the title property, and tracking switched on
 * so the reviewer's own edits are tracked too. None of it is a tracked change: accepting or
 * rejecting all changes leaves it, and only it, beside the new or old text.
 */
import type { Document, Element } from '@xmldom/xmldom';
import type PizZip from '../../ooxml/pizzip.js';
import { formatDate } from '../../format/date.js';
import type { Language } from '../../model/schema.js';
import { elements, firstW, isW, parseXml, serializeXml, W, wElement } from './xml.js';

export const COMPARISON_PREFIX = 'Sammenligning – ';
/** The prefix per målform (the new agreement's). */
export const comparisonPrefix = (lang: Language = 'nb'): string => (lang === 'nn' ? 'Samanlikning – ' : COMPARISON_PREFIX);

/** «Sporede endringer: avtalen av 10. desember 2027 sammenlignet med avtalen av 15. desember 2025» (nynorsk «Spora endringar: … samanlikna med …»). */
export function comparisonNote(oldDate: string, newDate: string, lang: Language = 'nb'): string {
  // No-break spaces: a date is never broken over two lines.
  const date = (iso: string) => formatDate(iso).replace(/ /g, '\u00a0');
  return lang === 'nn'
    ? `Spora endringar: avtalen av ${date(newDate)} samanlikna med avtalen av ${date(oldDate)}`
    : `Sporede endringer: avtalen av ${date(newDate)} sammenlignet med avtalen av ${date(oldDate)}`;
}

/** The note as an italic paragraph of the new document. */
export function noteParagraph(doc: Document, text: string): Element {
  const p = wElement(doc, 'p');
  const pPr = wElement(doc, 'pPr');
  const spacing = wElement(doc, 'spacing', { 'w:after': '240' });
  pPr.appendChild(spacing);
  p.appendChild(pPr);
  const r = wElement(doc, 'r');
  const rPr = wElement(doc, 'rPr');
  rPr.appendChild(wElement(doc, 'i'));
  r.appendChild(rPr);
  const t = wElement(doc, 't', { 'xml:space': 'preserve' });
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  p.appendChild(r);
  return p;
}

/** The style of a paragraph (w:pStyle), if any. */
export const styleOf = (p: Element): string | undefined => {
  const pPr = firstW(p, 'pPr');
  return (pPr && firstW(pPr, 'pStyle')?.getAttributeNS(W, 'val')) || undefined;
};

/** Headers, the title property and settings of the package, marked as a comparison. */
export function markPackage(zip: PizZip, lang: Language = 'nb'): void {
  const prefix = comparisonPrefix(lang);
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).sort()) {
    const doc = parseXml(zip.file(name)!.asText(), name);
    const p = elements(doc.documentElement!).find((c) => isW(c, 'p'));
    if (!p) continue;
    const r = wElement(doc, 'r');
    const t = wElement(doc, 't', { 'xml:space': 'preserve' });
    t.appendChild(doc.createTextNode(prefix));
    r.appendChild(t);
    const pPr = firstW(p, 'pPr');
    p.insertBefore(r, pPr ? pPr.nextSibling : p.firstChild);
    zip.file(name, serializeXml(doc));
  }
  const core = zip.file('docProps/core.xml');
  if (core) zip.file('docProps/core.xml', core.asText().replace(/<dc:title>/, `<dc:title>${prefix}`));
  const settingsName = 'word/settings.xml';
  const settings = parseXml(zip.file(settingsName)!.asText(), settingsName);
  const root = settings.documentElement!;
  if (!firstW(root, 'trackRevisions')) {
    // CT_Settings is a sequence: w:trackRevisions goes after these and before everything else.
    const after = new Set(BEFORE_TRACK_REVISIONS);
    const next = elements(root).find((c) => !(c.namespaceURI === W && after.has(c.localName ?? '')));
    root.insertBefore(wElement(settings, 'trackRevisions'), next ?? null);
    zip.file(settingsName, serializeXml(settings));
  }
}

const BEFORE_TRACK_REVISIONS = [
  'writeProtection', 'view', 'zoom', 'removePersonalInformation', 'removeDateAndTime', 'doNotDisplayPageBoundaries',
  'displayBackgroundShape', 'printPostScriptOverText', 'printFractionalCharacterWidth', 'printFormsData',
  'embedTrueTypeFonts', 'embedSystemFonts', 'saveSubsetFonts', 'saveFormsData', 'mirrorMargins', 'alignBordersAndEdges',
  'bordersDoNotSurroundHeader', 'bordersDoNotSurroundFooter', 'gutterAtTop', 'hideSpellingErrors', 'hideGrammaticalErrors',
  'activeWritingStyle', 'proofState', 'formsDesign', 'attachedTemplate', 'linkStyles', 'stylePaneFormatFilter',
  'stylePaneSortMethod', 'documentType', 'mailMerge', 'revisionView',
];
