/**
 * Every fixed word of the offline page, once per målform. The page follows the målform of the
 * agreement being filled in (document.language), bokmål until that is answered; the questions,
 * the audit and the comparison bring their own words (src/wizard, src/audit, src/diff).
 * The nynorsk uses the forms chosen for the whole tool (README, «Nynorsk»).
 */
import type { Language } from '../model/schema.js';

export interface WebWords {
  /** The HTML shell (src/build/web.ts): the window's title and the skip link. */
  pageTitle: string;
  skipLink: string;
  heading: string;
  intro: string;
  fileGroup: string;
  newAgreement: string;
  open: string;
  save: string;
  viewNav: string;
  viewFill: string;
  viewAudit: string;
  viewCompare: string;
  fillSection: string;
  parts: string;
  costs: string;
  auditHeading: string;
  confirmNew: string;
  storageFull: string;
  wizardFailed: (message: string) => string;
  /** The prompter (src/web/prompter.ts): its buttons, its heading before any part, the error summary's heading. */
  next: string;
  back: string;
  wizard: string;
  fixFirst: string;
  yes: string;
  no: string;
  stuck: string;
  stuckFix: string;
  documentsDate: string;
  documentsDateHelp: string;
  badDate: (value: string) => string;
  made: (fileName: string) => string;
  ready: string;
  readyText: string;
  answerUnder: (part: string) => string;
  makeAgreement: string;
  makeGuide: string;
  saveYaml: string;
  changePart: string;
  change: string;
  summary: string;
  checklistPart: string;
  saved: (fileName: string) => string;
  cannotOpen: (name: string) => string;
  openedWithErrors: string;
  opened: (name: string) => string;
  /** Reading a file (src/web/files.ts). */
  tooLarge: string;
  notText: string;
  noAgreement: string;
  textEdited: string;
  publicCopy: string;
  notComplete: string;
  assessed: (answered: number, questions: number) => string;
  blocking: (errors: number) => string;
  nothingBlocks: string;
  compareHeading: string;
  compareIntro: string;
  oldVersion: string;
  newVersion: string;
  redlineDate: string;
  redlineDateHelp: string;
  compare: string;
  chooseFile: string;
  cannotCompare: (name: string) => string;
  downloadRedline: string;
  costsLater: string;
  draftHeading: string;
  draftSaved: (stamp: string, at: string) => string;
  draftAt: (label: string) => string;
  goOn: string;
  startOver: string;
}

const NB: WebWords = {
  pageTitle: 'Partnerskapsavtale – veiviser',
  skipLink: 'Hopp til innholdet',
  heading: 'Partnerskapsavtale for NAV-kontor',
  intro: 'Veiviser etter NAV-loven § 14. Alt skjer på denne maskinen: ingenting sendes noe sted.',
  fileGroup: 'Avtalefil',
  newAgreement: 'Ny avtale',
  open: 'Åpne …',
  save: 'Lagre avtalefil',
  viewNav: 'Visning',
  viewFill: 'Fyll ut',
  viewAudit: 'Kontroll før signering',
  viewCompare: 'Sammenlign versjoner',
  fillSection: 'Fyll ut avtalen',
  parts: 'Delene av avtalen',
  costs: 'Kostnadsfordeling',
  auditHeading: 'Kontroll før signering',
  confirmNew: 'Begynne på en ny avtale? Det du har fylt inn, forsvinner fra denne nettleseren (lagre avtalefilen først om du vil ta vare på den).',
  storageFull: 'Advarsel: nettleseren tar ikke vare på svarene (lagringen er full eller slått av). Lagre avtalefilen før du lukker siden.',
  wizardFailed: (m) => `Noe gikk galt i veiviseren: ${m}`,
  next: 'Neste',
  back: 'Tilbake',
  wizard: 'Veiviser',
  fixFirst: 'Dette må rettes før du går videre',
  yes: 'Ja',
  no: 'Nei',
  stuck: 'Avtalen har feil som veiviseren ikke kan rette',
  stuckFix: 'Rett dem i avtalefilen med et tekstprogram og åpne den igjen.',
  documentsDate: 'Dato for dokumentene',
  documentsDateHelp: 'ÅÅÅÅ-MM-DD. Dokumentene dateres med den (som «partnerskap generate --today»); statussiden i veilederen viser stillingen per denne datoen.',
  badDate: (v) => `Ugyldig dato: «${v}». Bruk formatet ÅÅÅÅ-MM-DD med en dato som finnes, for eksempel 2026-01-15.`,
  made: (f) => `${f} er laget.`,
  ready: 'Avtalen er klar',
  readyText: 'Se over avtalen. Lagre avtalefilen for å ta vare på den, og lag Word-dokumentene når den er klar.',
  answerUnder: (part) => ` Svar under «Endre en del av avtalen»: ${part}.`,
  makeAgreement: 'Last ned avtalen (.docx)',
  makeGuide: 'Last ned veilederen (.docx)',
  saveYaml: 'Lagre avtalefil (.yaml)',
  changePart: 'Endre en del av avtalen',
  change: 'Endre',
  summary: 'Oppsummering',
  checklistPart: 'Til vurdering (sjekklisten)',
  saved: (f) => `Avtalefilen ${f} er lagret.`,
  cannotOpen: (n) => `«${n}» kan ikke åpnes:`,
  openedWithErrors: 'Avtalen har feil som du får rette underveis:',
  opened: (n) => `«${n}» er åpnet.`,
  tooLarge: 'Filen er for stor til å være en avtale (grensen er 20 MB).',
  notText: 'Filen ser ikke ut som tekst (YAML eller JSON). Lagre avtalen som UTF-8-tekst.',
  noAgreement: 'Filen inneholder ikke en avtale.',
  textEdited: 'Teksten i dokumentet er endret etter at det ble laget; dataene er som da det ble laget.',
  publicCopy: 'Dette er en offentlig kopi: interne felt er tatt ut.',
  notComplete: 'Avtalen er ikke ferdig utfylt ennå. Dette mangler eller er feil:',
  assessed: (a, q) => `${a} av ${q} vurdert`,
  blocking: (e) => `Dette hindrer signering: ${e} feil${e ? ' må rettes' : ''}.`,
  nothingBlocks: 'Ingenting hindrer signering.',
  compareHeading: 'Sammenlign to versjoner',
  compareIntro: 'Velg den gamle og den nye versjonen (.yaml, .json eller .docx laget av partnerskap).',
  oldVersion: 'Gammel versjon',
  newVersion: 'Ny versjon',
  redlineDate: 'Dato for redline-dokumentet',
  redlineDateHelp: 'ÅÅÅÅ-MM-DD. Endringene dateres med den (som «partnerskap diff --redline --today»).',
  compare: 'Sammenlign',
  chooseFile: 'Velg en fil.',
  cannotCompare: (n) => `${n || 'Filen'} kan ikke sammenlignes:`,
  downloadRedline: 'Last ned redline (.docx)',
  costsLater: 'Tabellen vises når årsverkene (eller den avtalte fordelingen) er fylt inn.',
  draftHeading: 'Du har et påbegynt utkast',
  draftSaved: (stamp, at) => `Lagret i denne nettleseren${stamp}${at}. Vil du fortsette der du slapp?`,
  draftAt: (label) => `, ved «${label}»`,
  goOn: 'Ja, fortsett der jeg slapp',
  startOver: 'Nei, begynn på nytt',
};

const NN: WebWords = {
  pageTitle: 'Partnarskapsavtale – vegvisar',
  skipLink: 'Hopp til innhaldet',
  heading: 'Partnarskapsavtale for NAV-kontor',
  intro: 'Vegvisar etter NAV-lova § 14. Alt skjer på denne maskina: ingenting blir sendt nokon stad.',
  fileGroup: 'Avtalefil',
  newAgreement: 'Ny avtale',
  open: 'Opne …',
  save: 'Lagre avtalefila',
  viewNav: 'Vising',
  viewFill: 'Fyll ut',
  viewAudit: 'Kontroll før signering',
  viewCompare: 'Samanlikn versjonar',
  fillSection: 'Fyll ut avtalen',
  parts: 'Delane av avtalen',
  costs: 'Kostnadsfordeling',
  auditHeading: 'Kontroll før signering',
  confirmNew: 'Byrje på ein ny avtale? Det du har fylt inn, forsvinn frå denne nettlesaren (lagre avtalefila først dersom du vil ta vare på den).',
  storageFull: 'Åtvaring: nettlesaren tek ikkje vare på svara (lagringa er full eller slått av). Lagre avtalefila før du lukkar sida.',
  wizardFailed: (m) => `Noko gjekk gale i vegvisaren: ${m}`,
  next: 'Neste',
  back: 'Tilbake',
  wizard: 'Vegvisar',
  fixFirst: 'Dette må rettast før du går vidare',
  yes: 'Ja',
  no: 'Nei',
  stuck: 'Avtalen har feil som vegvisaren ikkje kan rette',
  stuckFix: 'Rett dei i avtalefila med eit tekstprogram og opne den igjen.',
  documentsDate: 'Dato for dokumenta',
  documentsDateHelp: 'ÅÅÅÅ-MM-DD. Dokumenta blir daterte med den (som «partnerskap generate --today»); statussida i rettleiaren viser stillinga per denne datoen.',
  badDate: (v) => `Ugyldig dato: «${v}». Bruk formatet ÅÅÅÅ-MM-DD med ein dato som finst, til dømes 2026-01-15.`,
  made: (f) => `${f} er laga.`,
  ready: 'Avtalen er klar',
  readyText: 'Sjå over avtalen. Lagre avtalefila for å ta vare på den, og lag Word-dokumenta når den er klar.',
  answerUnder: (part) => ` Svar under «Endre ein del av avtalen»: ${part}.`,
  makeAgreement: 'Last ned avtalen (.docx)',
  makeGuide: 'Last ned rettleiaren (.docx)',
  saveYaml: 'Lagre avtalefila (.yaml)',
  changePart: 'Endre ein del av avtalen',
  change: 'Endre',
  summary: 'Oppsummering',
  checklistPart: 'Til vurdering (sjekklista)',
  saved: (f) => `Avtalefila ${f} er lagra.`,
  cannotOpen: (n) => `«${n}» kan ikkje opnast:`,
  openedWithErrors: 'Avtalen har feil som du får rette undervegs:',
  opened: (n) => `«${n}» er opna.`,
  tooLarge: 'Fila er for stor til å vere ein avtale (grensa er 20 MB).',
  notText: 'Fila ser ikkje ut som tekst (YAML eller JSON). Lagre avtalen som UTF-8-tekst.',
  noAgreement: 'Fila inneheld ikkje ein avtale.',
  textEdited: 'Teksten i dokumentet er endra etter at det blei laga; opplysningane er som då det blei laga.',
  publicCopy: 'Dette er ein offentleg kopi: interne felt er tekne ut.',
  notComplete: 'Avtalen er ikkje ferdig utfylt enno. Dette manglar eller er feil:',
  assessed: (a, q) => `${a} av ${q} vurderte`,
  blocking: (e) => `Dette hindrar signering: ${e} feil${e ? ' må rettast' : ''}.`,
  nothingBlocks: 'Ingenting hindrar signering.',
  compareHeading: 'Samanlikn to versjonar',
  compareIntro: 'Vel den gamle og den nye versjonen (.yaml, .json eller .docx laga av partnerskap).',
  oldVersion: 'Gammal versjon',
  newVersion: 'Ny versjon',
  redlineDate: 'Dato for redline-dokumentet',
  redlineDateHelp: 'ÅÅÅÅ-MM-DD. Endringane blir daterte med den (som «partnerskap diff --redline --today»).',
  compare: 'Samanlikn',
  chooseFile: 'Vel ei fil.',
  cannotCompare: (n) => `${n || 'Fila'} kan ikkje samanliknast:`,
  downloadRedline: 'Last ned redline (.docx)',
  costsLater: 'Tabellen blir vist når årsverka (eller den avtalte fordelinga) er fylte inn.',
  draftHeading: 'Du har eit uferdig utkast',
  draftSaved: (stamp, at) => `Lagra i denne nettlesaren${stamp}${at}. Vil du halde fram der du slapp?`,
  draftAt: (label) => `, ved «${label}»`,
  goOn: 'Ja, hald fram der eg slapp',
  startOver: 'Nei, byrj på nytt',
};

export const webWords = (lang: Language): WebWords => (lang === 'nn' ? NN : NB);

/** The words that are plain text (not made from values): those the page can put in place again when the målform changes. */
export type FixedWord = { [K in keyof WebWords]: WebWords[K] extends string ? K : never }[keyof WebWords];
