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
import { formatClock, formatDate, formatHundredths, formatNok, formatOre, formatPercent, genitive, joinList, municipalityName } from '../format/index.js';

export interface CostRowView {
  owner: string;
  fte: string;
  share: string;
  /** Only with a yearly budget. */
  amount?: string;
}

export interface ResultGoalsView {
  year: string;
  goals: string[];
}

export interface AttachmentView {
  attachmentTitle: string;
  hasAttachmentDate: boolean;
  attachmentDate?: string;
}

export interface AgreementView {
  /** docProps/core.xml title. */
  documentTitle: string;
  /** The header's second line on a public copy (--offentlig). */
  hasPublicNotice: boolean;
  publicNotice?: string;
  /**
   * docProps/core.xml created/modified (W3CDTF): the signing date, else the start date, so the
   * document never claims to be made after it was signed, and stays deterministic.
   */
  documentDate: string;
  officeName: string;
  /** «NAV Indre Saltens». */
  officeGenitive: string;
  countyName: string;
  /** «kommunedirektør» / «rådmann», for running text. */
  signatoryTitle: string;
  /** «Kommunedirektør» / «Rådmann», under the signature. */
  signatoryTitleCapitalized: string;
  /** The signing kommune (vertskommunen in Alternativ 2), with its Sámi name where it has one. */
  signingMunicipality: string;
  signingMunicipalityGenitive: string;
  hasHostedMunicipalities: boolean;
  hostedMunicipalities?: string;
  /** Every kommune the office serves, the signing kommune first: «A, B og C». */
  servedMunicipalities: string;
  /** More than one kommune is party (Alternativ 2): «kommunenes revisorer» in 8.0. */
  severalMunicipalities: boolean;

  // 2.0
  hasMunicipalValues: boolean;
  municipalValues?: string;
  hasLocalGoals: boolean;
  localGoals: string[];

  // 2.1
  address: string;
  singleOpeningDay: boolean;
  openFromDay: string;
  openToDay: string;
  opensAt: string;
  closesAt: string;

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

  // 3.8 (the NAV-leder post is always split equally: validation refuses any other split)
  hasAnnualBudget: boolean;
  annualBudget?: string;
  costRows: CostRowView[];
  totalFte: string;
  totalShare: string;
  hasManagerPostCost: boolean;
  managerPostCost?: string;
  /** Each owner's half of managerPostCost as derive computes it, exact to the øre: «550 000 kr», «550 000,50 kr». */
  managerHalfAmount?: string;
  hasInvoicing: boolean;
  invoicing?: string;

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

  // Signatures and attachments
  /** Both place and date known: printed without a signing line. */
  hasPlaceAndDate: boolean;
  /** At least one known: printed above the signing line. */
  hasPlaceOrDate: boolean;
  placeAndDate?: string;
  hasMunicipalSignatory: boolean;
  municipalSignatory?: string;
  hasStateSignatory: boolean;
  stateSignatory?: string;
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


const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds the template data for one agreement. Pure: same input, same output. */
export function agreementView(a: Agreement, d: Derived, opts: { publicCopy?: boolean } = {}): AgreementView {
  const p = a.parties;
  const isAlternative2 = p.form === 'vertskommune';
  const hosted = d.otherMunicipalities.map(municipalityName);
  // The signing kommune first, then the others in input order: the order of derive's cost rows.
  const served = d.municipalities.map(municipalityName);

  const municipalValues = clause(a.purpose.municipalValues);
  const meetings = a.governance.meetingsPerYear;
  const meetingsWord = meetings === undefined ? undefined : `${NUMBER_WORDS[meetings] ?? String(meetings)} ${meetings === 1 ? 'møte' : 'møter'}`;

  const consultation = a.coDetermination.consultation;
  const organisations = list(consultation?.organisations);
  const decision = a.delegation.decision;
  const delegationReference = clause(decision?.reference);

  const budget = a.costs.annualBudget;
  const managerCost = a.costs.managerPostCost;
  // The table as derive computed and labelled it; the headings and «Sum» are the template's own words.
  const costs = d.costs;
  const costRows = costs.rows.map(
    (r): CostRowView => ({
      owner: r.label,
      fte: formatHundredths(r.fteHundredths),
      share: formatPercent(r.shareBasisPoints),
      ...(r.amount === undefined ? {} : { amount: formatNok(r.amount) }),
    }),
  );

  const individualLevel = text(a.userParticipation.individualLevel);
  const systemLevel = text(a.userParticipation.systemLevel);
  const localProcedure = text(a.disputeResolution.localProcedure);
  const municipalAuditor = text(a.externalAudit.municipalAuditor);
  const invoicing = text(a.costs.invoicing);
  const interval = a.period.evaluationIntervalYears;

  const place = text(a.signing.place);
  const signingDate = a.signing.date ? formatDate(a.signing.date) : undefined;
  const placeAndDate = [place, signingDate].filter((x): x is string => x !== undefined).join(', ');
  const municipalSignatory = text(a.signing.municipalSignatory);
  // No fallback to parties.county.director: an unnamed signatory leaves the line for handwriting,
  // and the audit rule `underskrift_utfylt` alone decides whether names are required.
  const stateSignatory = text(a.signing.stateSignatory);

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

  return {
    hasPublicNotice: opts.publicCopy === true,
    publicNotice: opts.publicCopy ? PUBLIC_NOTICE : undefined,
    documentTitle: `Partnerskapsavtale for ${p.officeName}`,
    documentDate: documentDate(a),
    officeName: p.officeName,
    officeGenitive: genitive(p.officeName),
    countyName: p.county.name,
    signatoryTitle: p.municipalSignatoryTitle,
    signatoryTitleCapitalized: capitalize(p.municipalSignatoryTitle),
    signingMunicipality: municipalityName(d.signingMunicipality),
    // Genitive of the Norwegian name only: «Hamarøy kommunes», not «… suohkans».
    signingMunicipalityGenitive: genitive(d.signingMunicipality.name),
    hasHostedMunicipalities: isAlternative2 && hosted.length > 0,
    ...(isAlternative2 && hosted.length > 0 ? { hostedMunicipalities: joinList(hosted) } : {}),
    servedMunicipalities: joinList(served),
    severalMunicipalities: served.length > 1,

    hasMunicipalValues: municipalValues !== undefined,
    municipalValues,
    hasLocalGoals: localGoals.length > 0,
    localGoals,

    address: `${a.location.address.street.trim()}, ${a.location.address.postalCode} ${a.location.address.city.trim()}`,
    singleOpeningDay: a.location.openingHours.fromDay === a.location.openingHours.toDay,
    openFromDay: a.location.openingHours.fromDay,
    openToDay: a.location.openingHours.toDay,
    opensAt: formatClock(a.location.openingHours.opens),
    closesAt: formatClock(a.location.openingHours.closes),

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

    hasAnnualBudget: budget !== undefined,
    annualBudget: budget === undefined ? undefined : formatNok(budget),
    costRows,
    totalFte: formatHundredths(costs.total.fteHundredths),
    totalShare: formatPercent(costs.total.shareBasisPoints),
    hasManagerPostCost: managerCost !== undefined,
    managerPostCost: managerCost === undefined ? undefined : formatNok(managerCost),
    managerHalfAmount: costs.manager.halfAmountOre === undefined ? undefined : formatOre(costs.manager.halfAmountOre),
    hasInvoicing: invoicing !== undefined,
    invoicing,

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

    hasPlaceAndDate: place !== undefined && signingDate !== undefined,
    hasPlaceOrDate: placeAndDate !== '',
    placeAndDate: placeAndDate === '' ? undefined : placeAndDate,
    hasMunicipalSignatory: municipalSignatory !== undefined,
    municipalSignatory,
    hasStateSignatory: stateSignatory !== undefined,
    stateSignatory,
    hasAttachments: attachments.length > 0,
    attachments,
  };
}
