/**
 * The fixed words of the «Til vurdering» questions (src/wizard/checklist.ts), once per målform.
 * They follow the agreement's målform (document.language), as the guide's questions do; the
 * nynorsk uses the forms chosen for the whole tool (README, «Nynorsk»).
 */
import type { Language } from '../model/schema.js';

export interface ChecklistWords {
  statusHelp: string;
  commentRequired: string;
  commentOptional: string;
  commentKeep: string;
  commentMissing: (status: string) => string;
  notAssessed: (had: boolean) => string;
  statusLine: (assessed: number, total: number) => string;
  pointQuestion: (count: number, point: string) => string;
  answerPoint: string;
  skipPoint: (point: string) => string;
  skipRest: string;
  assessor: string;
  assessorHelp: string;
  partTitle: string;
  partHelp: string;
  answerOpen: (open: number, total: number) => string;
  reviewAll: (total: number) => string;
  later: (command: string) => string;
  keepAnswers: string;
  partQuestion: (total: number, assessed: number) => string;
  answerLater: (command: string) => string;
}

const NB: ChecklistWords = {
  statusHelp: 'Vurder om punktet er avklart i avtalen: Ja, Nei, Delvis eller Ikke relevant. Ved Nei og Delvis skriver du hva som mangler.',
  commentRequired: 'Påkrevd ved Nei og Delvis: hva mangler, og hva gjøres med det? Uten kommentar regnes spørsmålet som åpent før signering.',
  commentOptional: 'Valgfritt: svar gjerne på spørsmålet med egne ord. Trykk Enter for å hoppe over.',
  commentKeep: 'Valgfritt: trykk Enter for å beholde kommentaren, eller skriv - for å fjerne den.',
  commentMissing: (status) => `Skriv en kommentar: med «${status}» og uten kommentar regnes spørsmålet som åpent i kontrollen før signering.`,
  notAssessed: (had) => (had ? 'Ikke vurdert (fjern vurderingen)' : 'Ikke vurdert ennå – svar senere'),
  statusLine: (assessed, total) => `Til vurdering: ${assessed} av ${total} spørsmål vurdert${assessed < total ? `; ${total - assessed} står åpne` : ''}.`,
  pointQuestion: (count, point) => `${count === 1 ? 'Ett spørsmål' : `${count} spørsmål`} i punkt ${point}. Vil du svare nå?`,
  answerPoint: 'Ja, svar på spørsmålene',
  skipPoint: (point) => `Hopp over punkt ${point}`,
  skipRest: 'Hopp over resten av sjekklisten',
  assessor: 'Hvem vurderer spørsmålene?',
  assessorHelp: 'Navnet føres inn som «Vurdert av», med dagens dato, ved hvert svar du gir eller endrer nå. Valgfritt: trykk Enter for å hoppe over, eller skriv - for å ikke oppgi noen.',
  partTitle: 'Til vurdering (siste del)',
  partHelp: 'Veilederens spørsmål til eierne før signering. Svarene står i veilederen og i kontrollen før signering (audit), ikke i avtaleteksten.',
  answerOpen: (open, total) => (open === total ? `Svar på spørsmålene nå (${total})` : `Svar på de ${open} åpne spørsmålene nå`),
  reviewAll: (total) => `Gå gjennom alle ${total} spørsmålene`,
  later: (command) => `Hopp over sjekklisten nå – du kan svare senere med «${command}»`,
  keepAnswers: 'Behold svarene som de er',
  partQuestion: (total, assessed) =>
    `Veilederen har ${total} spørsmål «Til vurdering». ${assessed === 0 ? 'Ingen er vurdert ennå.' : `${assessed} er vurdert, ${total - assessed} står åpne.`} Vil du svare på dem nå?`,
  answerLater: (command) => ` Svar på dem senere med «${command}».`,
};

const NN: ChecklistWords = {
  statusHelp: 'Vurder om punktet er avklart i avtalen: Ja, Nei, Delvis eller Ikkje relevant. Ved Nei og Delvis skriv du kva som manglar.',
  commentRequired: 'Påkravd ved Nei og Delvis: kva manglar, og kva blir gjort med det? Utan kommentar blir spørsmålet rekna som ope før signering.',
  commentOptional: 'Valfritt: svar gjerne på spørsmålet med eigne ord. Trykk Enter for å hoppe over.',
  commentKeep: 'Valfritt: trykk Enter for å behalde kommentaren, eller skriv - for å fjerne den.',
  commentMissing: (status) => `Skriv ein kommentar: med «${status}» og utan kommentar blir spørsmålet rekna som ope i kontrollen før signering.`,
  notAssessed: (had) => (had ? 'Ikkje vurdert (fjern vurderinga)' : 'Ikkje vurdert enno – svar seinare'),
  statusLine: (assessed, total) => `Til vurdering: ${assessed} av ${total} spørsmål vurderte${assessed < total ? `; ${total - assessed} står opne` : ''}.`,
  pointQuestion: (count, point) => `${count === 1 ? 'Eitt spørsmål' : `${count} spørsmål`} i punkt ${point}. Vil du svare no?`,
  answerPoint: 'Ja, svar på spørsmåla',
  skipPoint: (point) => `Hopp over punkt ${point}`,
  skipRest: 'Hopp over resten av sjekklista',
  assessor: 'Kven vurderer spørsmåla?',
  assessorHelp: 'Namnet blir ført inn som «Vurdert av», med datoen i dag, ved kvart svar du gir eller endrar no. Valfritt: trykk Enter for å hoppe over, eller skriv - for ikkje å oppgi nokon.',
  partTitle: 'Til vurdering (siste del)',
  partHelp: 'Spørsmåla i rettleiaren til eigarane før signering. Svara står i rettleiaren og i kontrollen før signering (audit), ikkje i avtaleteksten.',
  answerOpen: (open, total) => (open === total ? `Svar på spørsmåla no (${total})` : `Svar på dei ${open} opne spørsmåla no`),
  reviewAll: (total) => `Gå gjennom alle dei ${total} spørsmåla`,
  later: (command) => `Hopp over sjekklista no – du kan svare seinare med «${command}»`,
  keepAnswers: 'Behald svara som dei er',
  partQuestion: (total, assessed) =>
    `Rettleiaren har ${total} spørsmål «Til vurdering». ${assessed === 0 ? 'Ingen er vurderte enno.' : `${assessed} er vurderte, ${total - assessed} står opne.`} Vil du svare på dei no?`,
  answerLater: (command) => ` Svar på dei seinare med «${command}».`,
};

export const checklistWords = (lang: Language): ChecklistWords => (lang === 'nn' ? NN : NB);
