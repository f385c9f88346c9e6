import type { Agreement } from '../model/agreement.js';
import { PUBLIC_NOTICE } from '../model/public-copy.js';

/** The public copy's notice (--offentlig) in a målform. */
const publicNotice = (lang: Language): string => (lang === 'nn' ? 'Offentleg versjon – interne merknader er utelatne' : PUBLIC_NOTICE);
import type { ChecklistStatus } from '../model/checklist.js';
import { documentDate } from '../derive/derive.js';
import type { Derived } from '../derive/types.js';
import { formatDate, joinList, municipalityName } from '../format/index.js';
import { enumLabel, labelsOf, languageOf, schemaAt, type Language } from '../model/schema.js';
import { factsFor, navLabel, navName, type Fact } from './facts.js';
import { pointAnchor, pointHeading, type Guide, type GuideQuestion, type MarkdownBlock } from './model.js';
import type { StatusPage } from './status.js';
import { guideWords } from './words.js';

export type { ChecklistStatus };

/** The four choices, in the order the answer table offers them. */
export const STATUSES: readonly ChecklistStatus[] = ['ja', 'nei', 'delvis', 'ikke relevant'];

/** «Ja», «Ikke relevant» («Ikkje relevant»): the schema's own labels for a checklist status. */
export const statusLabel = (s: ChecklistStatus, lang: Language = 'nb'): string => enumLabel(schemaAt('/checklist/x/status'), s, lang);

/** A recorded answer, ready to show. */
export interface AnswerView {
  status: ChecklistStatus;
  /** «Delvis». */
  label: string;
  comment?: string;
  answeredBy?: string;
  /** «3. mars 2026». */
  answeredAt?: string;
}

export interface ChecklistRow {
  question: GuideQuestion;
  /** Undefined: not yet assessed; the row is left open to fill in by hand. */
  answer?: AnswerView;
}

export interface ChecklistView {
  kind: 'checklist';
  depth: number;
  heading: string;
  rows: ChecklistRow[];
}

export type BlockView = MarkdownBlock | ChecklistView;

/** «I avtalen for NAV Indre Salten:» and what the agreement says under the point. */
export interface FactsBox {
  title: string;
  facts: Fact[];
}

export interface PointView {
  /** HTML id / Word bookmark base: «punkt-3.7», «innledning». */
  anchor: string;
  /** Outline level of the point's heading: 1 for 1.0 … 9.0 and the unnumbered parts, 2 for 3.1–3.8. */
  level: 1 | 2;
  /** The source heading depth that sits one level below the point (see {@link headingLevel}). */
  headingBase: number;
  /** «3.7 Delegert myndighet …». */
  heading: string;
  facts?: FactsBox;
  blocks: BlockView[];
}

/** Everything the three renderers show; they only read it. */
export interface GuideView {
  /** The målform: the agreement's, bokmål for the national guide. */
  lang: Language;
  title: string;
  subtitle: string;
  /** The office, when the guide is made for one agreement. */
  office?: string;
  /**
   * docProps/core.xml created/modified (W3CDTF) of a guide made for one agreement: the agreement's
   * own document date (signing date, else start date). The national guide keeps its template's date.
   */
  documentDate?: string;
  /** Label/value lines under the title (office, kommuner, fylke …); empty for the national guide. */
  meta: { label: string; value: string }[];
  /** How to use this document: plain paragraphs. */
  intro: string[];
  /** «Status før signering», first thing after the introduction; only for a personalised guide. */
  status?: StatusPage;
  points: PointView[];
  /** A public copy (--offentlig): the agreement's internal fields are left out; the .docx says so in its properties. */
  publicCopy?: boolean;
}

export interface PersonalOptions {
  agreement: Agreement;
  derived: Derived;
  /** The audit's status page, when there is one (see status.ts). */
  status?: StatusPage;
  /** The agreement is a public copy (src/model/public-copy.ts): the guide opens by saying so. */
  publicCopy?: boolean;
}

/** «Hva omhandler punktet» (nynorsk «Kva handlar punktet om») and «Til vurdering» repeat under every point: labels, not headings. */
const LABEL_HEADING = /^(hva omhandler punktet|kva handlar punktet om|til vurdering):?$/i;
export const isLabelHeading = (text: string): boolean => LABEL_HEADING.test(text.trim());

/** 3.1–3.8 sit below 3.0; whole numbers (and the unnumbered parts) are top level. */
export const pointLevel = (number: string | undefined): 1 | 2 => (number && !/\.0$/.test(number) ? 2 : 1);

/** The outline level of a source heading of depth `depth` in point `p`, so the outline follows the guide's numbering. */
export const headingLevel = (p: Pick<PointView, 'level' | 'headingBase'>, depth: number): number => Math.max(p.level + 1, p.level + 1 + depth - p.headingBase);

/** The shallowest real (non-label) heading of a point, which becomes one level below the point. */
function headingBase(p: Guide['points'][number]): number {
  const depths = p.blocks.flatMap((b) => (b.kind === 'markdown' && b.token.type === 'heading' && !isLabelHeading((b.token as { text: string }).text) ? [(b.token as { depth: number }).depth] : []));
  return depths.length ? Math.min(...depths) : 2;
}

function answerOf(a: Agreement | undefined, id: string, lang: Language): AnswerView | undefined {
  const x = a?.checklist?.[id];
  if (!x) return undefined;
  return { status: x.status, label: statusLabel(x.status, lang), comment: x.comment, answeredBy: x.answeredBy, answeredAt: x.answeredAt && formatDate(x.answeredAt) };
}

function meta(a: Agreement, d: Derived, guide: Guide, lang: Language): GuideView['meta'] {
  const w = guideWords(lang);
  const title = (pointer: string): string => labelsOf(schemaAt(pointer), lang).title!;
  const host = a.parties.form === 'vertskommune';
  // The agreement's order: the vertskommune first.
  const names = d.municipalities.map((m) => `${municipalityName(m)}${host && m === d.signingMunicipality ? ` (${w.hostMark})` : ''}`);
  const answered = guide.questions.filter((q) => a.checklist?.[q.id]).length;
  const total = guide.questions.length;
  const period = a.period.end ? `${formatDate(a.period.start)} – ${formatDate(a.period.end)}` : w.periodFrom(formatDate(a.period.start));
  return [
    { label: navLabel(a, title('/parties/officeName')), value: navName(a, a.parties.officeName) },
    { label: title('/parties/municipalities'), value: joinList(names) },
    { label: navLabel(a, title('/parties/county')), value: navName(a, a.parties.county.name) },
    { label: title('/parties/form'), value: enumLabel(schemaAt('/parties/form'), a.parties.form, lang) },
    { label: title('/period'), value: period },
    { label: w.checklistLabel(title('/checklist')), value: w.checklistCount(answered, total) },
  ];
}

/**
 * The guide as the documents show it: the national guide, or — with an agreement — the guide
 * made for that agreement, with its values beside each point and its recorded answers under
 * «Til vurdering». Pure.
 */
export function guideView(guide: Guide, personal?: PersonalOptions): GuideView {
  const a = personal?.agreement;
  const lang = a ? languageOf(a) : 'nb';
  const w = guideWords(lang);
  // In the agreement's own spelling: «I avtalen for Nav Bodø:».
  const office = a && navName(a, a.parties.officeName);
  const points: PointView[] = guide.points.map((p) => ({
    anchor: pointAnchor(p),
    level: pointLevel(p.number),
    headingBase: headingBase(p),
    heading: pointHeading(p),
    facts: personal && p.key ? { title: w.factsTitle(office!), facts: factsFor(p.key, personal.agreement, personal.derived) } : undefined,
    blocks: p.blocks.map((b) => (b.kind === 'markdown' ? b : { kind: 'checklist', depth: b.depth, heading: b.heading, rows: b.questions.map((q) => ({ question: q, answer: answerOf(a, q.id, lang) })) })),
  }));
  if (!personal) return { lang, title: w.title, subtitle: w.nationalSubtitle, meta: [], intro: [...w.generalIntro], points };
  const open = guide.questions.filter((q) => !personal.agreement.checklist?.[q.id]).length;
  return {
    lang,
    title: w.title,
    subtitle: office!,
    office,
    documentDate: documentDate(personal.agreement),
    meta: meta(personal.agreement, personal.derived, guide, lang),
    intro: personal.publicCopy ? [`${publicNotice(lang)}.`, ...w.personalIntro(office!, open)] : w.personalIntro(office!, open),
    status: personal.status,
    points,
    ...(personal.publicCopy ? { publicCopy: true } : {}),
  };
}
