/** The partnership agreement as a Word document. */
import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { embedInZip } from '../embed/embed.js';
import { setCoreDates, zipToBuffer } from '../ooxml/package.js';
import type { Renderer } from './docx.js';
import { AGREEMENT_TEMPLATE } from './templates.js';
import { agreementView } from './view-model.js';

/**
 * Renders a valid agreement and its derived values to .docx bytes (deterministic), with the
 * caller's renderer (which holds the templates). The document carries the agreement data in a
 * custom XML part (src/embed), so `extract`, `diff` and `audit` can read it, and is dated
 * (docProps/core.xml) at its signing date, else its start date.
 */
export function renderAgreement(a: Agreement, d: Derived, renderer: Renderer): Buffer {
  const view = agreementView(a, d);
  const zip = renderer.renderToZip(AGREEMENT_TEMPLATE, view);
  setCoreDates(zip, view.documentDate);
  embedInZip(zip, a, a.schemaVersion);
  return zipToBuffer(zip);
}
