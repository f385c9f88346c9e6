import { labelsOf, schemaAt, type Language } from '../model/schema.js';

const title = (pointer: string, fallback: string, lang: Language = 'nb'): string => labelsOf(schemaAt(pointer), lang).title ?? fallback;

/**
 * Every word of the cost table (punkt 3.8), in one place, for the agreement, the guide, the wizard
 * and the diff. The agreement's own wording wins: its table headings (Eier, Årsverk, Andel av felles
 * driftsutgifter, Beløp per år, Sum) are the national template's, in templates/partnerskapsavtale,
 * and a test checks they are these. Schema titles where the schema has the field.
 */
export const COST_LABELS = {
  /** Heading over the table where no template text introduces it (guide, wizard). */
  title: 'Fordeling av felles driftsutgifter etter årsverk',
  /** The same heading with an agreed key (costs.allocationKey `avtalt`). */
  titleAgreed: 'Fordeling av felles driftsutgifter etter avtalt fordelingsnøkkel',
  owner: 'Eier',
  fte: title('/costs/fte/0/fte', 'Årsverk'),
  share: 'Andel av felles driftsutgifter',
  amount: 'Beløp per år',
  total: 'Sum',
  /** The kommuner as one owner, where more than one kommune shares the costs. */
  municipalTotal: 'Kommunene til sammen',
  /** The total årsverk on its own (the diff's line for the Sum row's årsverk). */
  totalFte: 'Årsverk i alt',
  /** The state as owner: the agreement's name for it. */
  state: 'Arbeids- og velferdsetaten',
  /** The kommune side as owner of the NAV-leder post, in running text. */
  municipality: 'kommunen',
  municipalities: 'kommunene',
  /** A bydel in Oslo as the municipal owner (Alternativ 1 only). */
  district: 'bydelen',
  /** How the NAV-leder post is split between the two owners. */
  managerSplit: title('/costs/managerShare', 'Fordeling av NAV-lederstillingen'),
  /** Each owner's half of the NAV-leder post in kroner per year (the diff's line). */
  managerHalf: 'NAV-lederstillingen per år › Hver eiers halvdel',
  /** The post per year for one owner or kommune, where the split is not equal or the kommuner split theirs (the diff's line). */
  managerPart: 'NAV-lederstillingen per år',
  /** How the kommuner split their share of the post (Alternativ 2). */
  managerMunicipalSplit: title('/costs/managerMunicipalSplit', 'Fordeling av kommunenes andel av NAV-lederstillingen'),
  /** The kommuner's share of the post as one owner, in the guide and the wizard. */
  managerMunicipalShare: 'Kommunenes andel',
  /** The first year's amounts (costs.firstYearProRata). */
  firstYear: title('/costs/firstYearProRata', 'Forholdsmessig første år'),
  firstYearBudget: 'Felles driftsutgifter første år',
  firstYearManager: 'NAV-lederstillingen første år',
} as const;

export type CostLabels = { readonly [K in keyof typeof COST_LABELS]: string };

/** The same words in nynorsk, for an agreement written in nynorsk (document.language «nn»). */
export const COST_LABELS_NN: CostLabels = {
  title: 'Fordeling av felles driftsutgifter etter årsverk',
  titleAgreed: 'Fordeling av felles driftsutgifter etter avtalt fordelingsnøkkel',
  owner: 'Eigar',
  fte: title('/costs/fte/0/fte', 'Årsverk', 'nn'),
  share: 'Del av felles driftsutgifter',
  amount: 'Beløp per år',
  total: 'Sum',
  municipalTotal: 'Kommunane til saman',
  totalFte: 'Årsverk i alt',
  state: 'Arbeids- og velferdsetaten',
  municipality: 'kommunen',
  municipalities: 'kommunane',
  district: 'bydelen',
  managerSplit: title('/costs/managerShare', 'Fordeling av NAV-leiarstillinga', 'nn'),
  managerHalf: 'NAV-leiarstillinga per år › Halvparten til kvar eigar',
  managerPart: 'NAV-leiarstillinga per år',
  managerMunicipalSplit: title('/costs/managerMunicipalSplit', 'Fordeling av delen til kommunane av NAV-leiarstillinga', 'nn'),
  managerMunicipalShare: 'Delen til kommunane',
  firstYear: title('/costs/firstYearProRata', 'Forholdsmessig første år', 'nn'),
  firstYearBudget: 'Felles driftsutgifter første år',
  firstYearManager: 'NAV-leiarstillinga første år',
};

/** The cost-table words in the agreement's målform. */
export const costLabels = (lang: Language): CostLabels => (lang === 'nn' ? COST_LABELS_NN : COST_LABELS);
