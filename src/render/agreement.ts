/** The partnership agreement as a Word document. */
import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { embedAgreementData } from '../embed/embed.js';
import { renderTemplate } from './docx.js';
import { agreementView } from './view-model.js';

export const AGREEMENT_TEMPLATE = 'partnerskapsavtale';

/**
 * Renders a valid agreement and its derived values to .docx bytes (deterministic). The document
 * carries the agreement data in a custom XML part, so `extract`, `diff` and `audit` can read it.
 */
export function renderAgreement(a: Agreement, d: Derived): Buffer {
  return embedAgreementData(renderTemplate(AGREEMENT_TEMPLATE, agreementView(a, d)), a, a.schemaVersion);
}
