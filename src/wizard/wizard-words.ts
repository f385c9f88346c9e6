/**
 * The wizard's own fixed words (its generic prompts, intro, interruption and the file header),
 * once per målform. They follow the draft's målform (document.language); before that question is
 * answered the draft is bokmål. The nynorsk uses the forms chosen for the whole tool (README, «Nynorsk»).
 */
import type { Language } from '../model/schema.js';

export interface WizardWords {
  /** Whether to fill in an optional part. */
  include: (title: string) => string;
  /** Whether to add the first item of a list, and then one more. */
  addFirst: (title: string) => string;
  addAnother: (title: string) => string;
  /** How many a list has, under «add one more». */
  listCount: (title: string, n: number) => string;
  /** After a new list item's help: an empty answer ends the list. */
  noMore: string;
  keep: string;
  /** After a fixed part's title. */
  fixed: string;
  optionalRemove: string;
  optionalSkip: string;
  /** The choice for leaving an optional choice unanswered. */
  notGiven: string;
  notDone: string;
  /** A field of the agreement being revised that the schema does not know. */
  unknownField: (key: string, where: string) => string;
  /** Whether to go on with the saved draft; `stamp` starts with a space, `at` is where it stopped. */
  resume: (stamp: string, at: string | undefined) => string;
  resumeYes: string;
  resumeNo: string;
  /** Resuming a draft that started elsewhere than --from says. */
  resumeIgnoresFrom: (draftFrom: string | undefined, from: string) => string;
  intro: (draft: string, resume: string) => string[];
  interruptedSaved: (draft: string, resume: string) => string;
  interruptedNothing: string;
  /** Before the problems of the agreement given with --from. */
  fromProblems: (file: string) => string;
  saved: (file: string) => string;
  notSaved: (draft: string, resume: string) => string;
  /** The agreement has problems the wizard cannot fix; `where` is the file given with --from, if any. */
  stuck: (problems: string, where: string | undefined, draft: string) => string;
  replaceFile: (file: string) => string;
  saveAs: string;
  saveAsHelp: string;
  saveAsInvalid: string;
  /** `files` is one or more «name», joined with «og». */
  replaceDocuments: (files: string, many: boolean) => string;
  documentsNotMade: (command: string) => string;
  and: string;
  /** The comment at the top of the agreement file. */
  yamlHeader: (office: string | undefined) => string[];
}

const NB: WizardWords = {
  include: (title) => `Vil du fylle inn «${title}»?`,
  addFirst: (title) => `Vil du legge inn «${title}»?`,
  addAnother: (title) => `Legg til en til i «${title}»?`,
  listCount: (title, n) => `${title} har nå ${n}.`,
  noMore: 'Tomt svar: ingen flere.',
  keep: 'Behold',
  fixed: '(fast, kan ikke endres)',
  optionalRemove: 'Valgfritt: skriv - for å fjerne.',
  optionalSkip: 'Valgfritt: trykk Enter for å hoppe over.',
  notGiven: '(ikke oppgitt)',
  notDone: 'Avtalen er ikke ferdig ennå. Rett dette:',
  unknownField: (key, where) => `Feltet «${key}»${where} finnes ikke i skjemaet og tas ikke med.`,
  resume: (stamp, at) => `Du har et påbegynt utkast, lagret${stamp}${at ? `, ved «${at}»` : ''}. Vil du fortsette der du slapp?`,
  resumeYes: 'Ja, fortsett der jeg slapp',
  resumeNo: 'Nei, begynn på nytt (utkastet slettes når du svarer på første spørsmål)',
  resumeIgnoresFrom: (draftFrom, from) => `Utkastet fortsetter ${draftFrom ? `fra «${draftFrom}»` : 'fra malen'}; --from ${from} brukes ikke.`,
  intro: (draft, resume) => [
    'Partnerskapsavtale for felles NAV-kontor (NAV-loven § 14)',
    'Svar på spørsmålene del for del. Trykk Enter for å beholde forslaget i parentes.',
    `Svarene lagres underveis i «${draft}». Avbryt når som helst med Ctrl+C, og fortsett senere med «${resume}».`,
  ],
  interruptedSaved: (draft, resume) => `Avbrutt. Svarene dine er lagret i «${draft}».\nFortsett der du slapp med: ${resume}`,
  interruptedNothing: 'Avbrutt. Ingenting er lagret.',
  fromProblems: (file) => `«${file}» har feil som du får rette underveis:`,
  saved: (file) => `Avtalen er lagret: ${file}`,
  notSaved: (draft, resume) => `Avtalen er ikke lagret. Svarene ligger i «${draft}»; fortsett med «${resume}».`,
  stuck: (problems, where, draft) =>
    `Avtalen har feil som veiviseren ikke kan rette:\n${problems}\nRett dem i ${where ? `«${where}»` : 'filen'} med et tekstprogram og start veiviseren på nytt. Svarene dine ligger i «${draft}».`,
  replaceFile: (file) => `«${file}» finnes fra før. Vil du erstatte den?`,
  saveAs: 'Lagre avtalen som',
  saveAsHelp: 'Skriv et annet filnavn (.yaml), eller trykk Enter for ikke å lagre nå.',
  saveAsInvalid: 'Filnavnet skal slutte på .yaml, .yml eller .json.',
  replaceDocuments: (files, many) => `${files} finnes fra før. Vil du erstatte ${many ? 'dem' : 'det'}?`,
  documentsNotMade: (command) => `Dokumentene ble ikke laget. Lag dem senere med «${command}».`,
  and: 'og',
  yamlHeader: (office) => [
    ` Partnerskapsavtale${office ? ` for ${office}` : ''} etter NAV-loven § 14, laget med «partnerskap wizard».`,
    ' Endre med «partnerskap wizard --from <denne filen>», kontroller med «partnerskap validate»,',
    ' og lag Word-dokumentet med «partnerskap generate».',
  ],
};

const NN: WizardWords = {
  include: (title) => `Vil du fylle inn «${title}»?`,
  addFirst: (title) => `Vil du leggje inn «${title}»?`,
  addAnother: (title) => `Legg til ein til i «${title}»?`,
  listCount: (title, n) => `${title} har no ${n}.`,
  noMore: 'Tomt svar: ingen fleire.',
  keep: 'Behald',
  fixed: '(fast, kan ikkje endrast)',
  optionalRemove: 'Valfritt: skriv - for å fjerne.',
  optionalSkip: 'Valfritt: trykk Enter for å hoppe over.',
  notGiven: '(ikkje oppgitt)',
  notDone: 'Avtalen er ikkje ferdig enno. Rett dette:',
  unknownField: (key, where) => `Feltet «${key}»${where} finst ikkje i skjemaet og blir ikkje teke med.`,
  resume: (stamp, at) => `Du har eit utkast som ikkje er ferdig, lagra${stamp}${at ? `, ved «${at}»` : ''}. Vil du halde fram der du slapp?`,
  resumeYes: 'Ja, hald fram der eg slapp',
  resumeNo: 'Nei, byrj på nytt (utkastet blir sletta når du svarar på det første spørsmålet)',
  resumeIgnoresFrom: (draftFrom, from) => `Utkastet held fram ${draftFrom ? `frå «${draftFrom}»` : 'frå malen'}; --from ${from} blir ikkje brukt.`,
  intro: (draft, resume) => [
    'Partnarskapsavtale for felles NAV-kontor (NAV-lova § 14)',
    'Svar på spørsmåla del for del. Trykk Enter for å behalde forslaget i parentes.',
    `Svara blir lagra undervegs i «${draft}». Avbryt når som helst med Ctrl+C, og hald fram seinare med «${resume}».`,
  ],
  interruptedSaved: (draft, resume) => `Avbrote. Svara dine er lagra i «${draft}».\nHald fram der du slapp med: ${resume}`,
  interruptedNothing: 'Avbrote. Ingenting er lagra.',
  fromProblems: (file) => `«${file}» har feil som du får rette undervegs:`,
  saved: (file) => `Avtalen er lagra: ${file}`,
  notSaved: (draft, resume) => `Avtalen er ikkje lagra. Svara ligg i «${draft}»; hald fram med «${resume}».`,
  stuck: (problems, where, draft) =>
    `Avtalen har feil som vegvisaren ikkje kan rette:\n${problems}\nRett dei i ${where ? `«${where}»` : 'fila'} med eit tekstprogram og start vegvisaren på nytt. Svara dine ligg i «${draft}».`,
  replaceFile: (file) => `«${file}» finst frå før. Vil du erstatte den?`,
  saveAs: 'Lagre avtalen som',
  saveAsHelp: 'Skriv eit anna filnamn (.yaml), eller trykk Enter for ikkje å lagre no.',
  saveAsInvalid: 'Filnamnet skal slutte på .yaml, .yml eller .json.',
  replaceDocuments: (files, many) => `${files} finst frå før. Vil du erstatte ${many ? 'dei' : 'det'}?`,
  documentsNotMade: (command) => `Dokumenta blei ikkje laga. Lag dei seinare med «${command}».`,
  and: 'og',
  yamlHeader: (office) => [
    ` Partnarskapsavtale${office ? ` for ${office}` : ''} etter NAV-lova § 14, laga med «partnerskap wizard».`,
    ' Endre med «partnerskap wizard --from <denne fila>», kontroller med «partnerskap validate»,',
    ' og lag Word-dokumentet med «partnerskap generate».',
  ],
};

export const wizardWords = (lang: Language): WizardWords => (lang === 'nn' ? NN : NB);
