/**
 * The flat data templates/partnerskapsavtale/word/document.xml needs. The wording lives in the
 * template; this module only decides which alternative applies (booleans), formats numbers, dates
 * and lists, and leaves absent optional values undefined behind a `has…` flag, so a template that
 * forgets the flag fails loudly instead of printing a blank.
 */
import type { Agreement } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { documentDate } from '../derive/derive.js';
import { PUBLIC_NOTICE } from '../model/public-copy.js';
import { languageOf } from '../model/schema.js';
import { formatDate, joinList } from '../format/index.js';
import { text, textView, type TextView } from './view-text.js';
import { costView, type CostView } from './view-costs.js';

export type { SiteView, TextView } from './view-text.js';
export type { CostRowView, CostView } from './view-costs.js';

export interface ResultGoalsView {
  year: string;
  goals: string[];
}

export interface AttachmentView {
  attachmentTitle: string;
  hasAttachmentDate: boolean;
  attachmentDate?: string;
}

export interface AgreementView extends TextView, CostView {
  /** The header's second line on a public copy (--offentlig). */
  hasPublicNotice: boolean;
  publicNotice?: string;
  /**
   * docProps/core.xml created/modified (W3CDTF): the signing date, else the start date, so the
   * document never claims to be made after it was signed, and stays deterministic.
   */
  documentDate: string;

  // 2.0
  hasMunicipalValues: boolean;
  municipalValues?: string;
  hasLocalGoals: boolean;
  localGoals: string[];

  // 3.1
  hasMeetingsPerYear: boolean;
  /** «én gang», «to ganger»: «… to ganger i året og ellers etter behov» for the template's «etter behov (eksempelvis ett til to møter i året)». */
  meetingsPerYear?: string;
  statusItemFirst: boolean;
  additionalAgendaItems: string[];

  // 3.2 (and the leader wording of 3.1, 3.5, 3.7 and 3.8)
  /** Felles ledelse: one NAV-leder, as in the template. Delt: two leaders, each with own terms and lines. */
  sharedLeadership: boolean;
  /** Felles: the NAV-leder's terms. */
  managerOnMunicipalTerms?: boolean;
  /** The municipal reporting line (felles: the NAV-leder's; delt: the municipal leader's). */
  municipalLeaderGroup: string;
  municipalReportsTo: string;
  /** The leader reports to the leader whose group they sit in: «… og rapporterer til samme leder». */
  municipalReportsToSame: boolean;
  stateReportsTo: string;
  /** Felles: the NAV-leder reports to the county director, in whose group the template places them. */
  stateReportsToDirector?: boolean;
  /** Delt: the two leaders, «leder for de kommunale tjenestene» and its sentence-initial form. */
  municipalLeaderPosition?: string;
  municipalLeaderPositionCapitalised?: string;
  municipalLeaderOnMunicipalTerms?: boolean;
  stateLeaderPosition?: string;
  stateLeaderPositionCapitalised?: string;
  stateLeaderOnMunicipalTerms?: boolean;
  stateLeaderGroup?: string;
  stateReportsToSame?: boolean;

  // 3.3, 3.4
  additionalSecurityRoutines: string[];
  mainAgreements: string[];
  hasConsultation: boolean;
  consultationDate?: string;
  hasConsultationOrganisations: boolean;
  consultationOrganisations?: string;

  // 3.5, 3.6
  resultGoals: ResultGoalsView[];
  councilBriefing: boolean;
  hasCompetenceMeasures: boolean;
  competenceMeasures: string[];

  // 3.7
  stateStaffOnMunicipalTasks: boolean;
  municipalStaffOnStateTasks: boolean;
  hasDelegationDecision: boolean;
  delegationReference?: string;
  hasDelegationDate: boolean;
  delegationDate?: string;

  // 3.8: CostView (src/render/view-costs.ts)

  // 4.0
  stateServices: string[];
  hasAdditionalMunicipalServices: boolean;
  additionalMunicipalServices: string[];

  // 5.0–8.0
  /** At least one level of user participation is given: only then the lead-in «…på følgende måte:». */
  hasParticipationLevels: boolean;
  hasIndividualLevel: boolean;
  individualLevel?: string;
  hasSystemLevel: boolean;
  systemLevel?: string;
  navAppointsUserCouncil: boolean;
  hasCooperationAgreements: boolean;
  cooperationAgreements: string[];
  hasLocalProcedure: boolean;
  localProcedure?: string;
  hasMunicipalAuditor: boolean;
  municipalAuditor?: string;

  // 9.0
  periodStart: string;
  hasPeriodEnd: boolean;
  periodEnd?: string;
  hasEvaluationInterval: boolean;
  evaluationEveryYear: boolean;
  evaluationIntervalYears?: string;
  hasRevisionDate: boolean;
  revisionDate?: string;

  // Attachments (the signature block is in TextView)
  /** «Driftsavtale er vedlagt.» (3.8) only when one is attached (attachments[].kind). */
  operatingAgreementAttached: boolean;
  /** «… fremgår av vedlagte delegasjonsvedtak» when one is attached, else «… av delegasjonsvedtaket». */
  delegationDecisionAttached: boolean;
  hasAttachments: boolean;
  attachments: AttachmentView[];
}

/**
 * The generated Agreement type lacks the attachment's required `title` (gen-types strips every
 * key called "title", including this property); the schema has it, so read it from there.
 */
type Attachment = Agreement['attachments'][number] & { title?: string };

/** Number words for «to ganger i året» (masculine: «én gang»); meetingsPerYear is 1–12 by the schema. */
const NUMBER_WORDS = ['', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];
/** The same in nynorsk: «éin gong», «to gonger». */
const NN_NUMBER_WORDS = ['', 'éin', ...NUMBER_WORDS.slice(2)];
/** The public copy's header line in nynorsk (bokmål: PUBLIC_NOTICE). */
const NN_PUBLIC_NOTICE = 'Offentleg versjon – interne merknader er utelatne';

/** Text placed before the template's own full stop: drop one final «.» so it is not doubled. */
function clause(s: string | undefined): string | undefined {
  const t = text(s);
  return t === undefined ? undefined : text(t.replace(/\.$/, ''));
}

/** Non-blank entries of an optional list, trimmed, each with a capital first letter (list items are written alike). */
function list(items: readonly string[] | undefined): string[] {
  return (items ?? []).map((i) => capitalise(i.trim())).filter((i) => i !== '');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The same person or body, however it is typed: «Kommunaldirektør for helse og omsorg.» = «kommunaldirektør for helse og omsorg». */
const sameLine = (x: string, y: string) => {
  const norm = (s: string) => s.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase();
  return norm(x) === norm(y);
};

/**
 * Free text that continues the template's sentence after a dash or colon («På individnivå – brukeren
 * deltar …», «… om fakturering: halvårlig …»): its first letter in lower case, unless the text
 * begins with a name (a party, the office, the county, NAV) or a word that is not a plain
 * capitalised word («IPS», «NAV-leder»), which keep their capitals.
 */
export function continuation(s: string, names: readonly string[]): string {
  const first = /^\p{Lu}\p{Ll}+(?=[\s,.;:!?)]|$)/u.exec(s);
  if (!first) return s;
  if (names.some((n) => n !== '' && s.toLowerCase().startsWith(n.toLowerCase()) && /^\p{Lu}/u.test(n))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

type Leadership = Agreement['leadership'];

/**
 * 3.2's data. Felles: the template's one NAV-leder; a reporting line equal to the leader group is
 * not named twice. Delt: the two leaders (the schema requires both); the municipal line is the
 * municipal leader's, the state line the state leader's.
 */
function leadershipView(l: Leadership, countyName: string): Pick<AgreementView, 'sharedLeadership' | 'managerOnMunicipalTerms' | 'municipalLeaderGroup' | 'municipalReportsTo' | 'municipalReportsToSame' | 'stateReportsTo' | 'stateReportsToDirector' | 'municipalLeaderPosition' | 'municipalLeaderPositionCapitalised' | 'municipalLeaderOnMunicipalTerms' | 'stateLeaderPosition' | 'stateLeaderPositionCapitalised' | 'stateLeaderOnMunicipalTerms' | 'stateLeaderGroup' | 'stateReportsToSame'> {
  const line = (s: string | undefined) => clause(s) ?? '';
  if (l.model === 'delt' && l.municipalLeader && l.stateLeader) {
    const m = l.municipalLeader;
    const s = l.stateLeader;
    return {
      sharedLeadership: false,
      municipalLeaderPosition: line(m.position),
      municipalLeaderPositionCapitalised: capitalise(line(m.position)),
      municipalLeaderOnMunicipalTerms: m.terms === 'kommunale',
      municipalLeaderGroup: line(m.leaderGroup),
      municipalReportsTo: line(m.reportsTo),
      municipalReportsToSame: sameLine(m.leaderGroup, m.reportsTo),
      stateLeaderPosition: line(s.position),
      stateLeaderPositionCapitalised: capitalise(line(s.position)),
      stateLeaderOnMunicipalTerms: s.terms === 'kommunale',
      stateLeaderGroup: line(s.leaderGroup),
      stateReportsTo: line(s.reportsTo),
      stateReportsToSame: sameLine(s.leaderGroup, s.reportsTo),
    };
  }
  const stateReportsTo = line(l.stateReportsTo);
  return {
    sharedLeadership: true,
    managerOnMunicipalTerms: l.managerTerms === 'kommunale',
    municipalLeaderGroup: line(l.municipalLeaderGroup),
    municipalReportsTo: line(l.municipalReportsTo),
    municipalReportsToSame: sameLine(l.municipalLeaderGroup ?? '', l.municipalReportsTo ?? ''),
    stateReportsTo,
    stateReportsToDirector: [`direktør for ${countyName}`, `direktøren for ${countyName}`].some((d) => sameLine(stateReportsTo, d)),
  };
}


/** Builds the template data for one agreement. Pure: same input, same output. */
export function agreementView(a: Agreement, d: Derived, opts: { publicCopy?: boolean } = {}): AgreementView {
  const municipalValues = clause(a.purpose.municipalValues);
  const meetings = a.governance.meetingsPerYear;
  const nn = languageOf(a) === 'nn';
  const meetingsWord =
    meetings === undefined ? undefined : nn ? `${NN_NUMBER_WORDS[meetings] ?? String(meetings)} ${meetings === 1 ? 'gong' : 'gonger'}` : `${NUMBER_WORDS[meetings] ?? String(meetings)} ${meetings === 1 ? 'gang' : 'ganger'}`;

  const consultation = a.coDetermination.consultation;
  const organisations = list(consultation?.organisations);
  const decision = a.delegation.decision;
  const delegationReference = clause(decision?.reference);

  // Names that keep their capital where free text continues a sentence of the template.
  const names = [...a.parties.municipalities.flatMap((m) => [m.name, m.samiName ?? '']), a.parties.officeName, a.parties.county.name, 'NAV', 'Nav', 'Arbeids- og velferdsetaten'];
  const continued = (s: string | undefined) => (s === undefined ? undefined : continuation(s, names));
  const individualLevel = continued(text(a.userParticipation.individualLevel));
  const systemLevel = continued(text(a.userParticipation.systemLevel));
  const localProcedure = text(a.disputeResolution.localProcedure);
  const municipalAuditor = text(a.externalAudit.municipalAuditor);
  const interval = a.period.evaluationIntervalYears;

  const attachments = (a.attachments as Attachment[])
    .map((att): AttachmentView | undefined => {
      const title = text(att.title);
      if (title === undefined) return undefined;
      return att.date ? { attachmentTitle: title, hasAttachmentDate: true, attachmentDate: formatDate(att.date) } : { attachmentTitle: title, hasAttachmentDate: false };
    })
    .filter((x): x is AttachmentView => x !== undefined);

  const additionalMunicipalServices = list(a.services.additionalMunicipalServices);
  const cooperationAgreements = list(a.cooperation.agreements);
  const competenceMeasures = list(a.competence.commonMeasures);
  const localGoals = list(a.purpose.localGoals);

  const tv = textView(a, d);
  const costs = costView(a, d.costs, tv.nav);
  return {
    ...tv,
    hasPublicNotice: opts.publicCopy === true,
    publicNotice: opts.publicCopy ? (nn ? NN_PUBLIC_NOTICE : PUBLIC_NOTICE) : undefined,
    documentDate: documentDate(a),

    hasMunicipalValues: municipalValues !== undefined,
    municipalValues,
    hasLocalGoals: localGoals.length > 0,
    localGoals,

    hasMeetingsPerYear: meetingsWord !== undefined,
    meetingsPerYear: meetingsWord,
    statusItemFirst: a.governance.statusItemFirst === true,
    additionalAgendaItems: list(a.governance.additionalAgendaItems),

    ...leadershipView(a.leadership, tv.countyName),

    additionalSecurityRoutines: list(a.security.additionalRoutines),
    mainAgreements: list(a.coDetermination.mainAgreements),
    hasConsultation: consultation !== undefined,
    consultationDate: consultation ? formatDate(consultation.date) : undefined,
    hasConsultationOrganisations: organisations.length > 0,
    consultationOrganisations: organisations.length > 0 ? joinList(organisations) : undefined,

    resultGoals: (a.goals.resultGoals ?? [])
      .map((g) => ({ year: String(g.year), goals: list(g.goals) }))
      .filter((g) => g.goals.length > 0),
    councilBriefing: a.goals.councilBriefing === true,
    hasCompetenceMeasures: competenceMeasures.length > 0,
    competenceMeasures,

    stateStaffOnMunicipalTasks: a.delegation.stateStaffOnMunicipalTasks,
    municipalStaffOnStateTasks: a.delegation.municipalStaffOnStateTasks,
    hasDelegationDecision: delegationReference !== undefined,
    delegationReference,
    hasDelegationDate: delegationReference !== undefined && decision?.date !== undefined,
    delegationDate: decision?.date ? formatDate(decision.date) : undefined,

    ...costs,
    // «Eierne har avtalt følgende om fakturering: halvårlig …» (the template adds the full stop).
    invoicing: continued(clause(costs.invoicing)),

    stateServices: list(a.services.stateServices),
    hasAdditionalMunicipalServices: additionalMunicipalServices.length > 0,
    additionalMunicipalServices,

    hasParticipationLevels: individualLevel !== undefined || systemLevel !== undefined,
    hasIndividualLevel: individualLevel !== undefined,
    individualLevel,
    hasSystemLevel: systemLevel !== undefined,
    systemLevel,
    navAppointsUserCouncil: a.userParticipation.navAppointsUserCouncil === true,
    hasCooperationAgreements: cooperationAgreements.length > 0,
    cooperationAgreements,
    hasLocalProcedure: localProcedure !== undefined,
    localProcedure,
    hasMunicipalAuditor: municipalAuditor !== undefined,
    municipalAuditor,

    periodStart: formatDate(a.period.start),
    hasPeriodEnd: a.period.end !== undefined,
    periodEnd: a.period.end ? formatDate(a.period.end) : undefined,
    hasEvaluationInterval: interval !== undefined,
    evaluationEveryYear: interval === 1,
    evaluationIntervalYears: interval === undefined ? undefined : String(interval),
    hasRevisionDate: a.period.revisionDate !== undefined,
    revisionDate: a.period.revisionDate ? formatDate(a.period.revisionDate) : undefined,

    operatingAgreementAttached: a.attachments.some((x) => x.kind === 'driftsavtale'),
    delegationDecisionAttached: a.attachments.some((x) => x.kind === 'delegasjonsvedtak'),
    hasAttachments: attachments.length > 0,
    attachments,
  };
}
