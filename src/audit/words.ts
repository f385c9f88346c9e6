import type { Severity } from '../model/problem.js';
import type { ConfirmedStatement } from '../model/checklist.js';
import type { Language } from '../model/schema.js';

/**
 * Every fixed word of the audit report, once per målform. The report follows the agreement's
 * målform (document.language); the findings' messages come translated from the rules.
 */
export interface AuditWords {
  severity: Record<Severity, string>;
  /** Plural of the severity, for counts: «2 advarsler». */
  severityPlural: Record<Severity, string>;
  title: string;
  checked: string;
  strictNote: string;
  checklistFact: (answered: number, questions: number, open: number) => string;
  rulesFact: (checked: number, failed: number) => string;
  findings: string;
  noFindings: string;
  result: string;
  source: string;
  comment: string;
  reservations: string;
  /** The template statements of 2.1 the agreement leaves out, because the checklist does not confirm them. */
  omittedHeading: string;
  omitted: (statement: ConfirmedStatement, id: string, status: string) => string;
  checklistHeading: string;
  rulesHeading: string;
  /** Column heads of the checklist table: id, question, status, comment, by, open. */
  checklistColumns: readonly [string, string, string, string, string, string];
  /** Column heads of the rules table: rule, severity, requirement, source, result. */
  ruleColumns: readonly [string, string, string, string, string];
  open: string;
  passed: string;
  failed: string;
  and: string;
  verdictErrors: (errors: string, also: string) => string;
  mustClose: string;
  verdictStrict: (warnings: string) => string;
  verdictWarnings: (warnings: string) => string;
  verdictReady: string;
  /** The block of unanswered questions: its heading, «Svar på dem med» before the command, and its source. */
  unassessedHeading: string;
  answerWith: string;
  unassessedSource: string;
}

export const AUDIT_WORDS: Record<Language, AuditWords> = {
  nb: {
    severity: { feil: 'Feil', advarsel: 'Advarsel' },
    severityPlural: { feil: 'feil', advarsel: 'advarsler' },
    title: 'Kontroll før signering',
    checked: 'Kontrollert',
    strictNote: ' (streng kontroll: advarsler blokkerer også)',
    checklistFact: (a, q, o) => `Sjekklisten: ${a} av ${q} spørsmål vurdert, ${o} åpne`,
    rulesFact: (c, f) => `Regler: ${c} kontrollert, ${f} ikke oppfylt`,
    findings: 'Funn',
    noFindings: 'Ingen funn.',
    result: 'Resultat',
    source: 'Kilde',
    comment: 'Kommentar',
    reservations: 'Vurdert «nei» eller «delvis», med kommentar',
    omittedHeading: 'Utelatt fra avtalen fordi sjekklisten ikke bekrefter det',
    omitted: (statement, id, status) =>
      `Punkt 2.1 sier ikke at ${{ universalDesign: 'lokasjonen er sikret etter kravene til universell utforming i NAV-loven § 13', designFollowsAreaConcept: 'utformingen er i henhold til arealkonseptet', designedWithUserCouncil: 'utformingen er gjort i samarbeid med brukerutvalget' }[statement]}: spørsmål ${id} er vurdert «${status}».`,
    checklistHeading: 'Sjekkliste «Til vurdering»',
    rulesHeading: 'Kontrollerte regler',
    checklistColumns: ['Id', 'Spørsmål', 'Vurdering', 'Kommentar', 'Vurdert av', 'Åpen'],
    ruleColumns: ['Regel', 'Alvorlighet', 'Krav', 'Kilde', 'Resultat'],
    open: 'åpen',
    passed: 'oppfylt',
    failed: 'ikke oppfylt',
    and: 'og',
    verdictErrors: (e, also) => `Kan ikke signeres ennå: ${e} må rettes${also}.`,
    mustClose: 'må lukkes',
    verdictStrict: (w) => `Kan ikke signeres ennå (streng kontroll): ${w} må lukkes.`,
    verdictWarnings: (w) => `Ingen feil hindrer signering, men ${w} bør vurderes.`,
    verdictReady: 'Klar til signering: ingen feil eller advarsler.',
    unassessedHeading: 'Til vurdering: spørsmål som ikke er vurdert',
    answerWith: 'Svar på dem med',
    unassessedSource: 'Veilederen, «Til vurdering» under hvert punkt',
  },
  nn: {
    severity: { feil: 'Feil', advarsel: 'Åtvaring' },
    severityPlural: { feil: 'feil', advarsel: 'åtvaringar' },
    title: 'Kontroll før signering',
    checked: 'Kontrollert',
    strictNote: ' (streng kontroll: åtvaringar blokkerer òg)',
    checklistFact: (a, q, o) => `Sjekklista: ${a} av ${q} spørsmål vurderte, ${o} opne`,
    rulesFact: (c, f) => `Reglar: ${c} kontrollerte, ${f} ikkje oppfylte`,
    findings: 'Funn',
    noFindings: 'Ingen funn.',
    result: 'Resultat',
    source: 'Kjelde',
    comment: 'Kommentar',
    reservations: 'Vurdert «nei» eller «delvis», med kommentar',
    omittedHeading: 'Utelate frå avtalen fordi sjekklista ikkje stadfestar det',
    omitted: (statement, id, status) =>
      `Punkt 2.1 seier ikkje at ${{ universalDesign: 'lokasjonen er sikra etter krava til universell utforming i NAV-lova § 13', designFollowsAreaConcept: 'utforminga er i samsvar med arealkonseptet', designedWithUserCouncil: 'utforminga er gjord i samarbeid med brukarutvalet' }[statement]}: spørsmål ${id} er vurdert «${status}».`,
    checklistHeading: 'Sjekkliste «Til vurdering»',
    rulesHeading: 'Kontrollerte reglar',
    checklistColumns: ['Id', 'Spørsmål', 'Vurdering', 'Kommentar', 'Vurdert av', 'Open'],
    ruleColumns: ['Regel', 'Alvor', 'Krav', 'Kjelde', 'Resultat'],
    open: 'open',
    passed: 'oppfylt',
    failed: 'ikkje oppfylt',
    and: 'og',
    verdictErrors: (e, also) => `Kan ikkje signerast enno: ${e} må rettast${also}.`,
    mustClose: 'må lukkast',
    verdictStrict: (w) => `Kan ikkje signerast enno (streng kontroll): ${w} må lukkast.`,
    verdictWarnings: (w) => `Ingen feil hindrar signering, men ${w} bør vurderast.`,
    verdictReady: 'Klar til signering: ingen feil eller åtvaringar.',
    unassessedHeading: 'Til vurdering: spørsmål som ikkje er vurderte',
    answerWith: 'Svar på dei med',
    unassessedSource: 'Rettleiaren, «Til vurdering» under kvart punkt',
  },
};
