import type { Agreement } from '../model/agreement.js';
import { PUBLIC_NOTICE } from '../model/public-copy.js';
import type { ChecklistStatus } from '../model/checklist.js';
import { documentDate } from '../derive/derive.js';
import type { Derived } from '../derive/types.js';
import { formatDate, joinList, municipalityName } from '../format/index.js';
import { enumLabel, schemaAt } from '../model/schema.js';
import { factsFor, navLabel, navName, type Fact } from './facts.js';
import { pointAnchor, pointHeading, type Guide, type GuideQuestion, type MarkdownBlock } from './model.js';
import type { StatusPage } from './status.js';

export type { ChecklistStatus };

/** The four choices, in the order the answer table offers them. */
export const STATUSES: readonly ChecklistStatus[] = ['ja', 'nei', 'delvis', 'ikke relevant'];

/** «Ja», «Ikke relevant»: the schema's own labels for a checklist status. */
export const statusLabel = (s: ChecklistStatus): string => enumLabel(schemaAt('/checklist/x/status'), s);

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

/** «Hva omhandler punktet» and «Til vurdering» repeat under every point: labels, not headings. */
const LABEL_HEADING = /^(hva omhandler punktet|til vurdering):?$/i;
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

function answerOf(a: Agreement | undefined, id: string): AnswerView | undefined {
  const x = a?.checklist?.[id];
  if (!x) return undefined;
  return { status: x.status, label: statusLabel(x.status), comment: x.comment, answeredBy: x.answeredBy, answeredAt: x.answeredAt && formatDate(x.answeredAt) };
}

const GENERAL_INTRO = [
  'Veilederen forklarer hvert punkt i partnerskapsavtalen etter NAV-loven § 14 («Hva omhandler punktet») og stiller spørsmålene eierne skal vurdere før avtalen signeres («Til vurdering»).',
  'Spørsmålene er sjekklisten som gjennomgås før signering: kryss av for Ja, Nei, Delvis eller Ikke relevant, og skriv en kommentar. Svarene kan også føres inn i avtalefilen under «checklist» med spørsmålets id (for eksempel 3.7-2). Da viser den tilpassede veilederen (partnerskap guide --for avtalefilen) svarene, og kontrollen før signering (partnerskap audit) viser hva som står åpent.',
];

function personalIntro(office: string, open: number): string[] {
  return [
    `Denne utgaven av veilederen er laget for partnerskapsavtalen for ${office}. Under hvert punkt står det avtalen selv sier, i rammen «I avtalen for ${office}», foran veiledningen.`,
    open > 0
      ? 'Under «Til vurdering» står vurderingen som er registrert i avtalen. Spørsmål som ikke er vurdert ennå, har tomme felt som kan fylles ut for hånd, for eksempel i partnerskapsmøtet.'
      : 'Under «Til vurdering» står vurderingen som er registrert i avtalen for hvert spørsmål.',
  ];
}

function meta(a: Agreement, d: Derived, guide: Guide): GuideView['meta'] {
  const host = a.parties.form === 'vertskommune';
  // The agreement's order: the vertskommune first.
  const names = d.municipalities.map((m) => `${municipalityName(m)}${host && m === d.signingMunicipality ? ' (vertskommune)' : ''}`);
  const answered = guide.questions.filter((q) => a.checklist?.[q.id]).length;
  const total = guide.questions.length;
  const period = a.period.end ? `${formatDate(a.period.start)} – ${formatDate(a.period.end)}` : `fra ${formatDate(a.period.start)}`;
  return [
    { label: navLabel(a, schemaAt('/parties/officeName')!.title!), value: navName(a, a.parties.officeName) },
    { label: schemaAt('/parties/municipalities')!.title!, value: joinList(names) },
    { label: navLabel(a, schemaAt('/parties/county')!.title!), value: navName(a, a.parties.county.name) },
    { label: schemaAt('/parties/form')!.title!, value: enumLabel(schemaAt('/parties/form'), a.parties.form) },
    { label: schemaAt('/period')!.title!, value: period },
    { label: `Sjekklisten «${schemaAt('/checklist')!.title!}»`, value: `${answered} av ${total} spørsmål vurdert, ${total - answered} ikke vurdert` },
  ];
}

/**
 * The guide as the documents show it: the national guide, or — with an agreement — the guide
 * made for that agreement, with its values beside each point and its recorded answers under
 * «Til vurdering». Pure.
 */
export function guideView(guide: Guide, personal?: PersonalOptions): GuideView {
  const a = personal?.agreement;
  // In the agreement's own spelling: «I avtalen for Nav Bodø:».
  const office = a && navName(a, a.parties.officeName);
  const points: PointView[] = guide.points.map((p) => ({
    anchor: pointAnchor(p),
    level: pointLevel(p.number),
    headingBase: headingBase(p),
    heading: pointHeading(p),
    facts: personal && p.key ? { title: `I avtalen for ${office}:`, facts: factsFor(p.key, personal.agreement, personal.derived) } : undefined,
    blocks: p.blocks.map((b) => (b.kind === 'markdown' ? b : { kind: 'checklist', depth: b.depth, heading: b.heading, rows: b.questions.map((q) => ({ question: q, answer: answerOf(a, q.id) })) })),
  }));
  if (!personal) return { title: 'Veileder til partnerskapsavtalen', subtitle: 'Nasjonal veileder med spørsmålene «Til vurdering»', meta: [], intro: GENERAL_INTRO, points };
  const open = guide.questions.filter((q) => !personal.agreement.checklist?.[q.id]).length;
  return {
    title: 'Veileder til partnerskapsavtalen',
    subtitle: office!,
    office,
    documentDate: documentDate(personal.agreement),
    meta: meta(personal.agreement, personal.derived, guide),
    intro: personal.publicCopy ? [`${PUBLIC_NOTICE}.`, ...personalIntro(office!, open)] : personalIntro(office!, open),
    status: personal.status,
    points,
    ...(personal.publicCopy ? { publicCopy: true } : {}),
  };
}
