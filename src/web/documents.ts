/**
 * The documents the page makes, by the same functions as `partnerskap generate`: the agreement
 * and the guide made for it, dated `today` in their properties and on the guide's status page,
 * as `generate --today <today>` does. Also the audit and the comparison with its redline.
 */
import { Buffer } from 'buffer';
import { auditAgreement } from '../audit/audit.js';
import type { AuditReport } from '../audit/report.js';
import { derive, agreementDate } from '../derive/derive.js';
import { diffAgreements } from '../diff/compare.js';
import { redline } from '../diff/redline/redline.js';
import { slug } from '../format/index.js';
import { guideFileName, renderGuide } from '../guide/guide.js';
import type { Guide, MarkdownFile } from '../guide/model.js';
import { parseGuide } from '../guide/parse.js';
import type { Agreement } from '../model/agreement.js';
import { renderAgreement } from '../render/agreement.js';
import { Renderer } from '../render/docx.js';
import { GUIDE_FILES, GUIDE_FILES_NN, TEMPLATES_BASE64 } from './embedded.js';

let renderer: Renderer | undefined;
let guide: Guide | undefined;

/** The renderer over the embedded templates, made once. */
function theRenderer(): Renderer {
  renderer ??= new Renderer(new Map(Object.entries(TEMPLATES_BASE64).map(([name, b64]) => [name, new Uint8Array(Buffer.from(b64, 'base64'))])));
  return renderer;
}

/** The national guide, parsed once from the embedded sources. */
export function theGuide(): Guide {
  if (!guide) {
    const parse = (files: MarkdownFile[]): Guide => {
      const parsed = parseGuide(files);
      if (!parsed.ok) throw new Error(`Veilederen i siden har feil: ${parsed.problems.map((p) => p.message).join(' ')}`);
      return parsed.value;
    };
    // Both målformer, as the CLI loads them (src/cli/resources.ts): the nynorsk one for an agreement in nynorsk.
    guide = { ...parse(GUIDE_FILES), ...(GUIDE_FILES_NN.length ? { nn: parse(GUIDE_FILES_NN) } : {}) };
  }
  return guide;
}

export interface MadeFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The same name as `generate` gives: «partnerskapsavtale-nav-indre-salten.docx». */
export const agreementFileName = (office: string): string => `partnerskapsavtale-${slug(office)}.docx`;

export function agreementDocx(a: Agreement, today: string): MadeFile {
  return { fileName: agreementFileName(a.parties.officeName), bytes: renderAgreement(a, derive(a), theRenderer(), { generated: today }) };
}

export function guideDocx(a: Agreement, today: string): MadeFile {
  const bytes = renderGuide('docx', { guide: theGuide(), renderer: theRenderer() }, { agreement: a, today }, { generated: today }) as Uint8Array;
  return { fileName: guideFileName('docx', a.parties.officeName), bytes };
}

export function audit(a: Agreement, today: string): AuditReport {
  return auditAgreement(a, { today, questions: theGuide().questions });
}

export const compare = diffAgreements;

/** The redline as `diff --redline --today <today>` makes it. */
export function redlineDocx(oldA: Agreement, newA: Agreement, today: string): MadeFile {
  const render = (a: Agreement) => renderAgreement(a, derive(a), theRenderer(), { generated: today });
  const bytes = redline(render(oldA), render(newA), { date: today, versions: { old: agreementDate(oldA), new: agreementDate(newA) } });
  return { fileName: `endringer-${slug(newA.parties.officeName)}.docx`, bytes };
}
