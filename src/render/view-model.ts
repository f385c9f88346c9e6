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
import { formatDate, joinList } from '../format/index.js';
import { textView, type TextView } from './view-text.js';
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
  /** «ett møte», «to møter»: stands for the template's «eksempelvis ett til to møter». */
  meetingsPerYear?: string;
  statusItemFirst: boolean;
  additionalAgendaItems: string[];

  // 3.2
  sharedLeadership: boolean;
  managerOnMunicipalTerms: boolean;
  municipalLeaderGroup: string;
  municipalReportsTo: string;
  stateReportsTo: string;

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
  hasAttachments: boolean;
  attachments: AttachmentView[];
}

/**
 * The generated Agreement type lacks the attachment's required `title` (gen-types strips every
 * key called "title", including this property); the schema has it, so read it from there.
 */
type Attachment = Agreement['attachments'][number] & { title?: string };

/** Number words for «to møter i året» (neuter: «ett møte»); meetingsPerYear is 1–12 by the schema. */
const NUMBER_WORDS = ['', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];

/** A present, non-blank text, trimmed; undefined otherwise. */
function text(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/** Text placed before the template's own full stop: drop one final «.» so it is not doubled. */
function clause(s: string | undefined): string | undefined {
  const t = text(s);
  return t === undefined ? undefined : text(t.replace(/\.$/, ''));
}

/** Non-blank entries of an optional list, trimmed. */
function list(items: readonly string[] | undefined): string[] {
  return (items ?? []).map((i) => i.trim()).filter((i) => i !== '');
}


/** Builds the template data for one agreement. Pure: same input, same output. */
export function agreementView(a: Agreement, d: Derived, opts: { publicCopy?: boolean } = {}): AgreementView {
  const municipalValues = clause(a.purpose.municipalValues);
  const meetings = a.governance.meetingsPerYear;
  const meetingsWord = meetings === undefined ? undefined : `${NUMBER_WORDS[meetings] ?? String(meetings)} ${meetings === 1 ? 'møte' : 'møter'}`;

  const consultation = a.coDetermination.consultation;
  const organisations = list(consultation?.organisations);
  const decision = a.delegation.decision;
  const delegationReference = clause(decision?.reference);

  const individualLevel = text(a.userParticipation.individualLevel);
  const systemLevel = text(a.userParticipation.systemLevel);
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
  return {
    ...tv,
    hasPublicNotice: opts.publicCopy === true,
    publicNotice: opts.publicCopy ? PUBLIC_NOTICE : undefined,
    documentDate: documentDate(a),

    hasMunicipalValues: municipalValues !== undefined,
    municipalValues,
    hasLocalGoals: localGoals.length > 0,
    localGoals,

    hasMeetingsPerYear: meetingsWord !== undefined,
    meetingsPerYear: meetingsWord,
    statusItemFirst: a.governance.statusItemFirst === true,
    additionalAgendaItems: list(a.governance.additionalAgendaItems),

    sharedLeadership: a.leadership.model === 'felles',
    managerOnMunicipalTerms: a.leadership.managerTerms === 'kommunale',
    municipalLeaderGroup: clause(a.leadership.municipalLeaderGroup) ?? a.leadership.municipalLeaderGroup,
    municipalReportsTo: clause(a.leadership.municipalReportsTo) ?? a.leadership.municipalReportsTo,
    stateReportsTo: clause(a.leadership.stateReportsTo) ?? a.leadership.stateReportsTo,

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

    ...costView(a, d.costs, tv.nav),

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

    hasAttachments: attachments.length > 0,
    attachments,
  };
}
