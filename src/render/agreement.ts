/** The partnership agreement as a Word document. */
import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { agreementDate } from '../derive/derive.js';
import { embedInZip } from '../embed/embed.js';
import { publicCopy, PUBLIC_PROPERTY } from '../model/public-copy.js';
import { zipToBuffer } from '../ooxml/package.js';
import { setProperties, type DocumentProperties } from '../ooxml/properties.js';
import type { Renderer } from './docx.js';
import { AGREEMENT_TEMPLATE } from './templates.js';
import { agreementView } from './view-model.js';

/** What the caller adds to the document properties; the rest comes from the agreement. */
export type PropertyOptions = Partial<Pick<DocumentProperties, 'generated' | 'caseNumbers' | 'custom'>>;

/** Title, subject, author (the office), keywords (office, fylke, kommuner) of an agreement. */
export function agreementProperties(a: Agreement, d: Derived, opts: PropertyOptions = {}): DocumentProperties {
  const office = a.parties.officeName;
  return {
    title: `Partnerskapsavtale for ${office}`,
    subject: 'Partnerskapsavtale etter NAV-loven § 14',
    author: office,
    keywords: ['partnerskapsavtale', 'NAV-loven § 14', office, a.parties.county.name, ...d.municipalities.map((m) => m.name)],
    generated: opts.generated ?? agreementDate(a),
    caseNumbers: opts.caseNumbers,
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
  const zip = renderer.renderToZip(AGREEMENT_TEMPLATE, agreementView(shown, d, { publicCopy: opts.publicCopy }));
  setProperties(zip, agreementProperties(shown, d, { ...opts, custom }));
  embedInZip(zip, shown, shown.schemaVersion, { publicCopy: opts.publicCopy });
  return zipToBuffer(zip);
}
