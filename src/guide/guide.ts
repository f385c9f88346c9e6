import { derive } from '../derive/derive.js';
import { slug } from '../format/index.js';
import type { Agreement } from '../model/agreement.js';
import { publicCopy } from '../model/public-copy.js';
import type { Renderer } from '../render/docx.js';
import { guideIn, type Guide } from './model.js';
import { languageOf } from '../model/schema.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-md.js';
import { statusPage } from './status.js';
import { guideView, type GuideView } from './view.js';

export type GuideFormat = 'docx' | 'html' | 'md';

/** For a guide made for one agreement. */
export interface ForAgreement {
  agreement: Agreement;
  /** ISO date the status page («Status før signering») is made as of. */
  today: string;
  /** The public copy (--offentlig): the agreement's internal fields (checklist comments) are left out. */
  publicCopy?: boolean;
}

/** «veileder.docx», or «veileder-nav-indre-salten.docx» for one office; in nynorsk «rettleiar-…». */
export const guideFileName = (format: GuideFormat, officeName?: string, lang: 'nb' | 'nn' = 'nb'): string => {
  const word = lang === 'nn' ? 'rettleiar' : 'veileder';
  return officeName ? `${word}-${slug(officeName)}.${format}` : `${word}.${format}`;
};

/**
 * What a guide is made from, loaded by the caller (the CLI, src/cli/resources.ts) and passed in:
 * the parsed guide/*.md, and the renderer (templates, kept compiled) for .docx.
 */
export interface GuideResources {
  guide: Guide;
  renderer: Renderer;
}

/** The view for the national guide, or for one (valid) agreement with its status page. */
export function buildGuideView(guide: Guide, forAgreement?: ForAgreement): GuideView {
  if (!forAgreement) return guideView(guide);
  const { today } = forAgreement;
  const agreement = forAgreement.publicCopy ? publicCopy(forAgreement.agreement) : forAgreement.agreement;
  // The agreement's målform: the guide's text, questions and status page in it.
  const inLanguage = guideIn(guide, languageOf(agreement));
  const status = statusPage(agreement, today, inLanguage.questions);
  return guideView(inLanguage, { agreement, derived: derive(agreement), status, ...(forAgreement.publicCopy ? { publicCopy: true } : {}) });
}

/** The guide in one format: .docx bytes (its properties dated `opts.generated`), or HTML/Markdown text. Same input → same output. */
export function renderGuide(format: GuideFormat, res: GuideResources, forAgreement?: ForAgreement, opts: { generated?: string } = {}): Buffer | string {
  const view = buildGuideView(res.guide, forAgreement);
  switch (format) {
    case 'docx':
      return renderDocx(view, res.renderer, opts);
    case 'html':
      return renderHtml(view);
    case 'md':
      return renderMarkdown(view);
  }
}
