/** The partnership agreement as a Word document. */
import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { embedInZip } from '../embed/embed.js';
import { renderToZip, setCoreDates, zipToBuffer } from './docx.js';
import { agreementView } from './view-model.js';

export const AGREEMENT_TEMPLATE = 'partnerskapsavtale';

/**
 * Renders a valid agreement and its derived values to .docx bytes (deterministic). The document
 * carries the agreement data in a custom XML part, so `extract`, `diff` and `audit` can read it,
 * and is dated (docProps/core.xml) at its signing date, else its start date.
 */
export function renderAgreement(a: Agreement, d: Derived): Buffer {
  const view = agreementView(a, d);
  const zip = renderToZip(AGREEMENT_TEMPLATE, view);
  setCoreDates(zip, view.documentDate);
  embedInZip(zip, a, a.schemaVersion);
  return zipToBuffer(zip);
}
