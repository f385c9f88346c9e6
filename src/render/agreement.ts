/** The partnership agreement as a Word document. */
import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { agreementDate } from '../derive/derive.js';
import { embedInZip } from '../embed/embed.js';
import { publicCopy, PUBLIC_PROPERTY } from '../model/public-copy.js';
import { zipToBuffer } from '../ooxml/package.js';
import { setProperties, type DocumentProperties } from '../ooxml/properties.js';
import { languageTag, tagLanguage } from '../ooxml/language.js';
import { languageOf } from '../model/schema.js';
import type { Renderer } from './docx.js';
import { agreementTemplate } from './templates.js';
import { agreementView, type AgreementView } from './view-model.js';

/** What the caller adds to the document properties; the rest comes from the agreement. */
export type PropertyOptions = Partial<Pick<DocumentProperties, 'generated' | 'caseNumbers' | 'custom'>>;

/**
 * Title, subject, author (the office), keywords (office, fylke, kommuner) and each party's case
 * number of an agreement, in the document's NAV/Nav spelling (from the view, as the text has it).
 */
export function agreementProperties(a: Agreement, d: Derived, view: AgreementView, opts: PropertyOptions = {}): DocumentProperties {
  const parties = [...d.municipalities.map((m) => ({ party: m.name, caseNumber: m.caseNumber })), { party: view.countyName, caseNumber: a.parties.county.caseNumber }];
  const nn = languageOf(a) === 'nn';
  return {
    title: view.documentTitle,
    subject: nn ? 'Partnarskapsavtale etter NAV-lova § 14' : 'Partnerskapsavtale etter NAV-loven § 14',
    author: view.officeName,
    keywords: [nn ? 'partnarskapsavtale' : 'partnerskapsavtale', nn ? 'NAV-lova § 14' : 'NAV-loven § 14', view.officeName, view.countyName, ...d.municipalities.map((m) => m.name)],
    language: languageTag(languageOf(a)),
    generated: opts.generated ?? agreementDate(a),
    caseNumbers: opts.caseNumbers ?? parties.flatMap((p) => (p.caseNumber ? [{ party: p.party, caseNumber: p.caseNumber }] : [])),
    custom: opts.custom,
  };
}

/**
 * Renders a valid agreement and its derived values to .docx bytes (deterministic), with the
 * caller's renderer (which holds the templates). The document carries the agreement data in a
 * custom XML part (src/embed), so `extract`, `diff` and `audit` can read it. Its properties are
 * dated `opts.generated` (the CLI passes --today or today's date), else the agreement's own date.
 */
export function renderAgreement(a: Agreement, d: Derived, renderer: Renderer, opts: PropertyOptions & { publicCopy?: boolean } = {}): Buffer {
  // --offentlig: the internal fields are left out of the text and the data alike, and both say so.
  const shown = opts.publicCopy ? publicCopy(a) : a;
  const custom = opts.publicCopy ? [...(opts.custom ?? []), PUBLIC_PROPERTY] : opts.custom;
  const view = agreementView(shown, d, { publicCopy: opts.publicCopy });
  // The målform picks the template (same structure, its own words) and tags the document.
  const zip = renderer.renderToZip(agreementTemplate(languageOf(shown)), view);
  tagLanguage(zip, languageOf(shown));
  setProperties(zip, agreementProperties(shown, d, view, { ...opts, custom }));
  embedInZip(zip, shown, shown.schemaVersion, { publicCopy: opts.publicCopy });
  return zipToBuffer(zip);
}
