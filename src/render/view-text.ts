/**
 * The parts of the agreement's view that depend on who the parties are and how the document is
 * written (schema 2.0): the NAV/Nav spelling, kommune or bydel, one or several kommuner, the sites
 * and opening hours of 2.1, case numbers, approvals, version, and the signature block. Pure; the
 * wording stays in the template, this module chooses and formats.
 */
import type { Agreement, Municipality } from '../model/agreement.js';
import type { Derived } from '../derive/types.js';
import { formatDate, formatOpeningHours, genitive, joinList, municipalityName, spellNav } from '../format/index.js';
import { languageOf, type Language } from '../model/schema.js';
import { CONFIRMED_STATEMENTS, confirms, type ConfirmedStatement } from '../model/checklist.js';

export interface SiteView {
  siteName: string;
  /** «hovedkontor», «avdelingskontor», «lokalt servicepunkt». */
  siteRole: string;
  siteAddress: string;
  /** The site's opening hours as one phrase (src/format/hours.ts). */
  siteHours: string;
}

export interface TextView {
  /** «NAV» or «Nav» (document.navSpelling): every «NAV» of the template's own text is {nav}. */
  nav: 'NAV' | 'Nav';
  /** docProps/core.xml title, with the version when there is one. */
  documentTitle: string;
  /** Office and county names in the document's spelling. */
  officeName: string;
  /** «NAV Indre Saltens». */
  officeGenitive: string;
  countyName: string;
  /** The head's title for running text: «kommunedirektør», «rådmann», «bydelsdirektør». */
  signatoryTitle: string;
  /** The signing kommune (vertskommunen in Alternativ 2) or bydel, with its Sámi name where it has one. */
  signingMunicipality: string;
  signingMunicipalityGenitive: string;
  isAlternative2: boolean;
  hasHostedMunicipalities: boolean;
  /**
   * What the vertskommune is vertskommune for (1.0): «Saltdal, Sørfold og Hamarøy (Hábmer) kommuner»,
   * «Lunner kommune» for one; «kommunene A og B» when a name does not end in «kommune».
   */
  hostedMunicipalities?: string;
  /** Every kommune the office serves, the signing kommune first: «A, B og C». */
  servedMunicipalities: string;
  /** More than one kommune is party (Alternativ 2): plural wording in 3.5, 3.7, 4.0 and 8.0. */
  severalMunicipalities: boolean;
  /** «kommunens», or «kommunenes» with several kommuner (3.7, 4.0). */
  municipalityPossessive: string;
  /** Who the NAV-leder briefs (3.5): «kommunestyret», or «bydelsutvalget» for a bydel. */
  council: string;

  // First page and 9.0
  hasVersion: boolean;
  version?: string;
  hasCaseNumbers: boolean;
  /** «Fauske kommune 25/1412 · NAV Nordland 25/8812». */
  caseNumbers?: string;
  hasApprovals: boolean;
  /** «kommunestyret i Fauske kommune 12. mars 2026 (sak 26/14) og …». */
  approvals?: string;
  hasReplaces: boolean;
  replacesDate?: string;
  hasReplacesVersion: boolean;
  replacesVersion?: string;

  // 2.1
  /** 2.1's statements, each only where the checklist does not contradict it (see {@link designStatements}). */
  universalDesign: boolean;
  designFollowsAreaConcept: boolean;
  designedWithUserCouncil: boolean;
  /** The design sentence has at least one of its two clauses. */
  hasDesignSentence: boolean;
  /** Several sites: the paragraph on universal design and design has something to say. */
  hasSitesDesignSentence: boolean;
  /** One site: the template's own two sentences. Several: a list of sites and one of opening hours. */
  singleSite: boolean;
  /** The only (or main) site's address: «Sjøgata 55, 8200 Fauske». */
  address: string;
  /** The only (or main) site's opening hours: «mandag–fredag kl. 09.00–15.00». */
  openingHours: string;
  /** Every site, the main site first, then the others in input order. */
  sites: SiteView[];

  // Signatures
  /** Handwritten signing (the default): lines to sign on. Electronic: names, titles and authority only. */
  handwritten: boolean;
  hasPlaceAndDate: boolean;
  hasPlaceOrDate: boolean;
  placeAndDate?: string;
  hasMunicipalSignatory: boolean;
  municipalSignatory?: string;
  hasStateSignatory: boolean;
  stateSignatory?: string;
  /** Under the signature, capitalised: «Kommunedirektør», «Konstituert kommunedirektør», «Fylkesdirektør». */
  municipalSignatoryTitle: string;
  stateSignatoryTitle: string;
  /** Either signatory acts under delegated authority: one more line under the titles. */
  hasAuthority: boolean;
  hasMunicipalAuthority: boolean;
  /** «Etter fullmakt fra kommunedirektøren». */
  municipalAuthority?: string;
  hasStateAuthority: boolean;
  stateAuthority?: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A value as the document prints it: without the spaces around it, or undefined when nothing is left. */
export function text(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

const ROLE: Record<Language, Record<string, string>> = {
  nb: { hovedkontor: 'hovedkontor', avdelingskontor: 'avdelingskontor', servicepunkt: 'lokalt servicepunkt' },
  nn: { hovedkontor: 'hovudkontor', avdelingskontor: 'avdelingskontor', servicepunkt: 'lokalt servicepunkt' },
};
/** The approving bodies nynorsk writes differently (the data keeps the schema's bokmål value). */
const NN_BODY: Record<string, string> = { bydelsutvalget: 'bydelsutvalet' };

type Site = Agreement['location']['sites'][number];

const addressOf = (s: Site) => `${s.address.street.trim()}, ${s.address.postalCode} ${s.address.city.trim()}`;
const hoursOf = (s: Site, lang: Language) => formatOpeningHours(s.openingHours, s.byAppointment === true, s.note, lang);

/** «kommunestyret i Fauske kommune 12. mars 2026 (sak 26/14)». */
function approvalOf(m: Municipality, lang: Language): string | undefined {
  const ap = m.approval;
  if (!ap) return undefined;
  const body = ap.body === 'annet' ? (text(ap.bodyName) ?? (lang === 'nn' ? 'anna organ' : 'annet organ')) : lang === 'nn' ? (NN_BODY[ap.body] ?? ap.body) : ap.body;
  const sak = text(ap.caseNumber);
  return `${body} i ${m.name} ${formatDate(ap.date)}${sak ? ` (sak ${sak})` : ''}`;
}

/**
 * «for Saltdal, Sørfold, Beiarn og Hamarøy (Hábmer) kommuner» (1.0): the names without their
 * common «kommune», which the plural carries; one kommune keeps its full name. A name that does not
 * end in «kommune» («Divtasvuona suohkan») cannot be shortened: then «kommunene A, B og C».
 */
function hostedPhrase(hosted: readonly Municipality[], lang: Language): string {
  if (hosted.length === 1) return municipalityName(hosted[0]!);
  const SUFFIX = / kommune$/;
  if (!hosted.every((m) => SUFFIX.test(m.name))) return `${lang === 'nn' ? 'kommunane' : 'kommunene'} ${joinList(hosted.map(municipalityName))}`;
  return `${joinList(hosted.map((m) => `${m.name.replace(SUFFIX, '')}${m.samiName ? ` (${m.samiName})` : ''}`))} ${lang === 'nn' ? 'kommunar' : 'kommuner'}`;
}

/**
 * 2.1 states three facts the guide asks about: universal design (question 2.1-1), NAVs arealkonsept
 * (2.1-2) and the brukerutvalg's part in the design (2.1-4). Each is said only when the checklist
 * confirms it (model/checklist.ts); the comment is internal (x-internal) and is never printed in
 * the agreement.
 */
export function designStatements(checklist: Agreement['checklist']): Pick<TextView, ConfirmedStatement> {
  return Object.fromEntries(CONFIRMED_STATEMENTS.map(({ id, key }) => [key, confirms(checklist?.[id]?.status)])) as Record<ConfirmedStatement, boolean>;
}

/** Builds the text-dependent part of the agreement's template data. Pure. */
export function textView(a: Agreement, d: Derived): TextView {
  const p = a.parties;
  const nav = a.document?.navSpelling ?? 'NAV';
  const office = spellNav(p.officeName, nav);
  const county = spellNav(p.county.name, nav);
  const isAlternative2 = p.form === 'vertskommune';
  const hosted = isAlternative2 ? d.otherMunicipalities.map(municipalityName) : [];
  const served = d.municipalities.map(municipalityName);
  const bydel = d.signingMunicipality.kind === 'bydel';
  const design = designStatements(a.checklist);

  const version = text(a.document?.version);
  const caseNumbers = [
    ...d.municipalities.map((m) => [m.name, text(m.caseNumber)] as const),
    [county, text(p.county.caseNumber)] as const,
  ]
    .filter((x): x is readonly [string, string] => x[1] !== undefined)
    .map(([who, no]) => `${who} ${no}`);
  const lang = languageOf(a);
  const nn = lang === 'nn';
  const approvals = d.municipalities.map((m) => approvalOf(m, lang)).filter((x): x is string => x !== undefined);
  const replaces = a.document?.replaces;
  const replacesVersion = text(replaces?.version);

  // The main site first (validation requires exactly one), then the others in input order.
  const all = a.location.sites;
  const main = all.find((s) => s.role === 'hovedkontor') ?? all[0]!;
  const ordered = [main, ...all.filter((s) => s !== main)];

  const s = a.signing;
  const place = text(s.place);
  const signingDate = s.date ? formatDate(s.date) : undefined;
  const placeAndDate = [place, signingDate].filter((x): x is string => x !== undefined).join(', ');
  // No fallback to parties.county.director: an unnamed signatory leaves the line for handwriting,
  // and the audit rule `underskrift_utfylt` alone decides whether names are required.
  const municipalSignatory = text(s.municipal?.name);
  const stateSignatory = text(s.state?.name);
  const municipalAuthority = text(s.municipal?.authority);
  const stateAuthority = text(s.state?.authority);

  return {
    nav,
    documentTitle: `${nn ? 'Partnarskapsavtale' : 'Partnerskapsavtale'} for ${office}${version ? `, versjon ${version}` : ''}`,
    officeName: office,
    officeGenitive: genitive(office),
    countyName: county,
    signatoryTitle: p.municipalHeadTitle,
    signingMunicipality: municipalityName(d.signingMunicipality),
    // Genitive of the Norwegian name only: «Hamarøy kommunes», not «… suohkans».
    signingMunicipalityGenitive: genitive(d.signingMunicipality.name),
    isAlternative2,
    hasHostedMunicipalities: hosted.length > 0,
    ...(hosted.length > 0 ? { hostedMunicipalities: hostedPhrase(isAlternative2 ? d.otherMunicipalities : [], lang) } : {}),
    servedMunicipalities: joinList(served),
    severalMunicipalities: served.length > 1,
    // Nynorsk has no s-genitive: its template says «… til kommunen/kommunane».
    municipalityPossessive: nn ? (served.length > 1 ? 'kommunane' : 'kommunen') : served.length > 1 ? 'kommunenes' : 'kommunens',
    council: bydel ? (nn ? 'bydelsutvalet' : 'bydelsutvalget') : 'kommunestyret',

    hasVersion: version !== undefined,
    version,
    hasCaseNumbers: caseNumbers.length > 0,
    caseNumbers: caseNumbers.length > 0 ? caseNumbers.join(' · ') : undefined,
    hasApprovals: approvals.length > 0,
    approvals: approvals.length > 0 ? joinList(approvals) : undefined,
    hasReplaces: replaces !== undefined,
    replacesDate: replaces ? formatDate(replaces.date) : undefined,
    hasReplacesVersion: replacesVersion !== undefined,
    replacesVersion,

    ...design,
    hasDesignSentence: design.designFollowsAreaConcept || design.designedWithUserCouncil,
    hasSitesDesignSentence: design.universalDesign || design.designFollowsAreaConcept || design.designedWithUserCouncil,
    singleSite: all.length === 1,
    address: addressOf(main),
    openingHours: hoursOf(main, lang),
    sites: ordered.map((x) => ({ siteName: x.name.trim(), siteRole: ROLE[lang][x.role] ?? x.role, siteAddress: addressOf(x), siteHours: hoursOf(x, lang) })),

    handwritten: s.method !== 'elektronisk',
    hasPlaceAndDate: place !== undefined && signingDate !== undefined,
    hasPlaceOrDate: placeAndDate !== '',
    placeAndDate: placeAndDate === '' ? undefined : placeAndDate,
    hasMunicipalSignatory: municipalSignatory !== undefined,
    municipalSignatory,
    hasStateSignatory: stateSignatory !== undefined,
    stateSignatory,
    municipalSignatoryTitle: capitalize(text(s.municipal?.title) ?? p.municipalHeadTitle),
    stateSignatoryTitle: capitalize(text(s.state?.title) ?? 'direktør'),
    hasAuthority: municipalAuthority !== undefined || stateAuthority !== undefined,
    hasMunicipalAuthority: municipalAuthority !== undefined,
    municipalAuthority: municipalAuthority && capitalize(municipalAuthority),
    hasStateAuthority: stateAuthority !== undefined,
    stateAuthority: stateAuthority && capitalize(stateAuthority),
  };
}
