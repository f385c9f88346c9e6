/**
 * Every word the guide's renderers add to the sources (guide/*.md, guide/nn/*.md) and to the
 * schema's labels, once per målform. The nynorsk follows the forms chosen for the whole tool
 * (README, «Nynorsk»).
 */
import type { Language } from '../model/schema.js';

export interface GuideWords {
  title: string;
  nationalSubtitle: string;
  generalIntro: readonly string[];
  personalIntro: (office: string, open: number) => string[];
  factsTitle: (office: string) => string;
  noFacts: string;
  hostMark: string;
  periodFrom: (date: string) => string;
  checklistLabel: (title: string) => string;
  checklistCount: (answered: number, total: number) => string;
  question: string;
  assessment: string;
  comment: string;
  assessedBy: (who: string) => string;
  contents: string;
  statusHeading: string;
  unassessed: string;
  uncommented: string;
  unassessedRange: (range: string, n: number) => string;
  unassessedGroup: string;
  subject: string;
  keywords: readonly string[];
}

const NB: GuideWords = {
  title: 'Veileder til partnerskapsavtalen',
  nationalSubtitle: 'Nasjonal veileder med spørsmålene «Til vurdering»',
  generalIntro: [
    'Veilederen forklarer hvert punkt i partnerskapsavtalen etter NAV-loven § 14 («Hva omhandler punktet») og stiller spørsmålene eierne skal vurdere før avtalen signeres («Til vurdering»).',
    'Spørsmålene er sjekklisten som gjennomgås før signering: kryss av for Ja, Nei, Delvis eller Ikke relevant, og skriv en kommentar. Svarene kan også føres inn i avtalefilen under «checklist» med spørsmålets id (for eksempel 3.7-2). Da viser den tilpassede veilederen (partnerskap guide --for avtalefilen) svarene, og kontrollen før signering (partnerskap audit) viser hva som står åpent.',
  ],
  personalIntro: (office, open) => [
    `Denne utgaven av veilederen er laget for partnerskapsavtalen for ${office}. Under hvert punkt står det avtalen selv sier, i rammen «I avtalen for ${office}», foran veiledningen.`,
    open > 0
      ? 'Under «Til vurdering» står vurderingen som er registrert i avtalen. Spørsmål som ikke er vurdert ennå, har tomme felt som kan fylles ut for hånd, for eksempel i partnerskapsmøtet.'
      : 'Under «Til vurdering» står vurderingen som er registrert i avtalen for hvert spørsmål.',
  ],
  factsTitle: (office) => `I avtalen for ${office}:`,
  noFacts: 'Avtalen har ingen egne opplysninger under dette punktet; malteksten gjelder.',
  hostMark: 'vertskommune',
  periodFrom: (date) => `fra ${date}`,
  checklistLabel: (title) => `Sjekklisten «${title}»`,
  checklistCount: (answered, total) => `${answered} av ${total} spørsmål vurdert, ${total - answered} ikke vurdert`,
  question: 'Spørsmål',
  assessment: 'Vurdering',
  comment: 'Kommentar',
  assessedBy: (who) => `Vurdert av ${who}`,
  contents: 'Innhold',
  statusHeading: 'Status før signering',
  unassessed: 'Ikke vurdert:',
  uncommented: 'Vurdert «nei» eller «delvis» uten kommentar:',
  unassessedRange: (range, n) => `${range}: ${n} spørsmål ikke vurdert`,
  unassessedGroup: 'Ikke vurdert',
  subject: 'Veileder til partnerskapsavtalen etter NAV-loven § 14, med sjekklisten «Til vurdering»',
  keywords: ['veileder', 'partnerskapsavtale', 'NAV-loven § 14', 'sjekkliste'],
};

const NN: GuideWords = {
  title: 'Rettleiar til partnarskapsavtalen',
  nationalSubtitle: 'Nasjonal rettleiar med spørsmåla «Til vurdering»',
  generalIntro: [
    'Rettleiaren forklarer kvart punkt i partnarskapsavtalen etter NAV-lova § 14 («Kva handlar punktet om») og stiller spørsmåla eigarane skal vurdere før avtalen blir signert («Til vurdering»).',
    'Spørsmåla er sjekklista som blir gått gjennom før signering: kryss av for Ja, Nei, Delvis eller Ikkje relevant, og skriv ein kommentar. Svara kan òg førast inn i avtalefila under «checklist» med id-en til spørsmålet (til dømes 3.7-2). Då viser den tilpassa rettleiaren (partnerskap guide --for avtalefila) svara, og kontrollen før signering (partnerskap audit) viser kva som står ope.',
  ],
  personalIntro: (office, open) => [
    `Denne utgåva av rettleiaren er laga for partnarskapsavtalen for ${office}. Under kvart punkt står det avtalen sjølv seier, i ramma «I avtalen for ${office}», framfor rettleiinga.`,
    open > 0
      ? 'Under «Til vurdering» står vurderinga som er registrert i avtalen. Spørsmål som ikkje er vurderte enno, har tomme felt som kan fyllast ut for hand, til dømes i partnarskapsmøtet.'
      : 'Under «Til vurdering» står vurderinga som er registrert i avtalen for kvart spørsmål.',
  ],
  factsTitle: (office) => `I avtalen for ${office}:`,
  noFacts: 'Avtalen har ingen eigne opplysningar under dette punktet; malteksten gjeld.',
  hostMark: 'vertskommune',
  periodFrom: (date) => `frå ${date}`,
  checklistLabel: (title) => `Sjekklista «${title}»`,
  checklistCount: (answered, total) => `${answered} av ${total} spørsmål vurderte, ${total - answered} ikkje vurderte`,
  question: 'Spørsmål',
  assessment: 'Vurdering',
  comment: 'Kommentar',
  assessedBy: (who) => `Vurdert av ${who}`,
  contents: 'Innhald',
  statusHeading: 'Status før signering',
  unassessed: 'Ikkje vurdert:',
  uncommented: 'Vurdert «nei» eller «delvis» utan kommentar:',
  unassessedRange: (range, n) => `${range}: ${n} spørsmål ikkje vurderte`,
  unassessedGroup: 'Ikkje vurdert',
  subject: 'Rettleiar til partnarskapsavtalen etter NAV-lova § 14, med sjekklista «Til vurdering»',
  keywords: ['rettleiar', 'partnarskapsavtale', 'NAV-lova § 14', 'sjekkliste'],
};

/** The guide's own words in a målform. */
export const guideWords = (lang: Language): GuideWords => (lang === 'nn' ? NN : NB);
