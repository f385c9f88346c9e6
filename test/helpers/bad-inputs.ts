import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, ROOT } from './paths.js';

export type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The Indre Salten example as text, for edits YAML data cannot express (an unquoted 0150). */
const exampleText = (): string => readFileSync(join(EXAMPLES, 'nav-indre-salten.yaml'), 'utf8');

export interface Case {
  it: string;
  /** Either a mutation of the Indre Salten example, or the raw file content, or a path setup. */
  mutate?: (a: Mutable) => void;
  content?: string | Buffer;
  file?: string;
  setup?: (dir: string) => string;
  exit: 1 | 2;
  /** Substrings the message must contain (field title, pointer, the fix). */
  says: (string | RegExp)[];
}

/** The bad-input suite: each case breaks one thing. Shared by the CLI test and the validator test. */
export const cases: Case[] = [
  { it: 'missing required section', mutate: (a) => delete a.costs, exit: 1, says: ['«3.8 Driftsavtale» mangler', '(/costs)', '[required]'] },
  { it: 'wrong type', mutate: (a) => (a.costs.stateFte = 'fjorten'), exit: 1, says: ['«3.8 Driftsavtale › Statlige årsverk» må være et tall, men er tekst', '(/costs/stateFte)'] },
  { it: 'kommunenummer too short', mutate: (a) => (a.parties.municipalities[1].number = '184'), exit: 1, says: ['Kommunenummer eller bydelsnummer» har feil form: «184»', 'Fire sifre', '(/parties/municipalities/1/number)'] },
  { it: 'kommunenummer with letters', mutate: (a) => (a.parties.host = '18A1'), exit: 1, says: ['«1.0 Avtaleparter – eiere › Vertskommune» har feil form', '(/parties/host)'] },
  { it: 'organisasjonsnummer with a wrong check digit', mutate: (a) => (a.parties.municipalities[0].orgNumber = '972417719'), exit: 1, says: ['Organisasjonsnummer» er «972417719», som ikke er et gyldig organisasjonsnummer', 'modulus 11', '[bad_orgnumber]'] },
  { it: 'organisasjonsnummer with eight digits', mutate: (a) => (a.parties.municipalities[0].orgNumber = '97241771'), exit: 1, says: ['ni sifre', '(/parties/municipalities/0/orgNumber)'] },
  { it: 'broken YAML with a line number', content: 'schemaVersion: "2.0"\nparties: [1\nperiod: 2\n', exit: 1, says: [/avtale\.yaml:\d+:\d+: feil: Filen kan ikke leses som YAML\/JSON/] },
  { it: 'broken JSON with a line number', file: 'avtale.json', content: '{\n  "schemaVersion": "2.0",\n  "parties": {,\n}\n', exit: 1, says: [/avtale\.json:3:\d+: feil: Filen kan ikke leses/] },
  { it: 'duplicate key', content: 'schemaVersion: "2.0"\nschemaVersion: "2.0"\n', exit: 1, says: ['avtale.yaml:2:1', 'Samme felt står to ganger'] },
  { it: 'unknown top-level property', mutate: (a) => (a.kostnader = {}), exit: 1, says: ['«kostnader» er ikke et kjent felt', 'gyldige felt her er: schemaVersion, document, parties'] },
  { it: 'unknown nested property', mutate: (a) => (a.parties.kommune = 'Fauske'), exit: 1, says: ['«1.0 Avtaleparter – eiere › kommune» er ikke et kjent felt', '(/parties/kommune)'] },
  { it: 'empty file', content: '', exit: 1, says: ['Filen er tom'] },
  { it: 'file with only whitespace and a comment', content: '\n  \n', exit: 1, says: ['Filen er tom'] },
  { it: 'missing file', setup: (dir) => join(dir, 'finnes-ikke.yaml'), exit: 2, says: ['Finner ikke', 'finnes-ikke.yaml'] },
  { it: 'directory with no agreement in it', setup: (dir) => (mkdirSync(join(dir, 'tom')), join(dir, 'tom')), exit: 2, says: ['inneholder ingen avtalefiler'] },
  { it: 'binary file', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]), exit: 1, says: ['ser ikke ut som tekst'] },
  { it: '5 MB file', content: 'a: "' + 'x'.repeat(5 * 1024 * 1024) + '"\n', exit: 1, says: ['Filen er 5,0 MB', 'grensen er 2 MB'] },
  { it: 'control character in free text', mutate: (a) => (a.purpose.localGoals[0] = 'Flere\u0007 i arbeid'), exit: 1, says: ['«2.0 Formålet med partnerskapsavtalen › Andre lokale mål › «Flere', 'U+0007', '[forbidden_char]'] },
  { it: 'lone surrogate in a name', mutate: (a) => (a.signing.municipal.name = 'Kari \ud800'), exit: 1, says: ['U+D800', '(/signing/municipal/name)'] },
  { it: 'end before start', mutate: (a) => (a.period.end = '2025-12-31'), exit: 1, says: ['«9.0 Avtaleperiode › Gyldig til»' , 'før eller samme dag som den begynner', '[periode_slutt_etter_start]'] },
  { it: 'date that does not exist', mutate: (a) => (a.period.start = '2026-02-30'), exit: 1, says: ['«9.0 Avtaleperiode › Gyldig fra» er «2026-02-30», som ikke er en gyldig dato', 'ÅÅÅÅ-MM-DD'] },
  { it: 'alternative that does not exist', mutate: (a) => (a.parties.form = 'interkommunalt'), exit: 1, says: ['Avtaleform» har verdien «interkommunalt»', '«vertskommune» (Alternativ 2: vertskommune for flere kommuner)'] },
  { it: 'Alternativ 1 with several kommuner', mutate: (a) => ((a.parties.form = 'enkeltkommune'), delete a.parties.host), exit: 1, says: ['Kommuner» kan ha høyst 1 oppføring', 'velg Alternativ 2'] },
  { it: 'vertskommune without host', mutate: (a) => delete a.parties.host, exit: 1, says: ['«1.0 Avtaleparter – eiere › Vertskommune» mangler'] },
  { it: 'host not among the kommuner', mutate: (a) => (a.parties.host = '1806'), exit: 1, says: ['«1.0 Avtaleparter – eiere › Vertskommune» er 1806, som ikke er blant «1.0 Avtaleparter – eiere › Kommuner»', '[vertskommune_minst_to_kommuner]'] },
  { it: 'årsverk for a kommune not in the agreement', mutate: (a) => (a.costs.fte[1].municipality = '1806'), exit: 1, says: ['kommunenummer 1806, som ikke er part i avtalen', 'Årsverk mangler for Saltdal kommune'] },
  { it: 'closing before opening', mutate: (a) => (a.location.sites[0].openingHours[0].closes = '08:00'), exit: 1, says: ['stenger kl. 08:00', '[aapningstider_gyldige]'] },
  { it: 'clock time without leading zero', mutate: (a) => (a.location.sites[0].openingHours[0].opens = '9:00'), exit: 1, says: ['«2.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Åpningstider › mandag–fredag › Åpner kl.» har feil form: «9:00»'] },
  { it: 'a file in dataformat 1.0', content: readFileSync(join(ROOT, 'test', 'fixtures', 'migrate', 'nav-indre-salten.1.0.yaml'), 'utf8'), exit: 1, says: ['avtale.yaml:4:16: feil: Filen bruker dataformat 1.0. Gjør den om til 2.0 med «npx partnerskap migrate avtale.yaml»', '(/schemaVersion) [old_schema_version]'] },
  { it: 'wrong schema version', mutate: (a) => (a.schemaVersion = '3.0'), exit: 1, says: ['«Skjemaversjon» må være «2.0», men er «3.0»'] },
  { it: 'unknown checklist question', mutate: (a) => (a.checklist = { '3.9-1': { status: 'ja' } }), exit: 1, says: ['«3.9-1» er ikke et spørsmål i veilederen', 'Gyldige spørsmål-id-er: 1.0-1, 2.0-1'] },
  { it: 'negative årsverk', mutate: (a) => (a.costs.fte[0].fte = -1), exit: 1, says: ['«3.8 Driftsavtale › Årsverk › Fauske kommune › Årsverk» er -1, men må være minst 0'] },
  { it: 'delegation without a delegasjonsvedtak', mutate: (a) => delete a.delegation.decision, exit: 1, says: ['«3.7 Delegert myndighet og oppgaveutførelse på hverandres myndighetsområder › Delegasjonsvedtak» mangler'] },
  { it: 'office name without NAV', mutate: (a) => (a.parties.officeName = 'Indre Salten'), exit: 1, says: ['NAV-kontorets navn» har feil form: «Indre Salten»'] },
  { it: 'line break in a one-line field', mutate: (a) => (a.signing.place = 'Fauske\nrådhus'), exit: 1, says: ['«Underskrift › Sted» skal stå på én linje'] },
  { it: 'empty text', mutate: (a) => (a.userParticipation.systemLevel = '   '), exit: 1, says: ['Brukermedvirkning på systemnivå» er tomt'] },
  { it: 'unsupported file type', file: 'avtale.txt', content: 'schemaVersion: "2.0"\n', exit: 2, says: ['Filtypen støttes ikke'] },
  { it: 'postnummer without quotes (YAML reads 0150 as 150)', content: exampleText().replace('postalCode: "8200"', 'postalCode: 0150'), exit: 1, says: [/avtale\.yaml:\d+:\d+: feil: «2\.1 Fysisk lokalisering og utforming › Lokasjoner › Fauske › Adresse › Postnummer» må være tekst, men er et heltall \(150\)/, 'Skriv verdien i anførselstegn, for eksempel "0150"'] },
  { it: 'kommunenummer without quotes (YAML reads 0301 as 301)', content: exampleText().replace('host: "1841"', 'host: 0301'), exit: 1, says: ['«1.0 Avtaleparter – eiere › Vertskommune» må være tekst, men er et heltall (301)', 'Skriv verdien i anførselstegn, for eksempel "0301"'] },
  { it: 'schema version without quotes', content: exampleText().replace('schemaVersion: "2.0"', 'schemaVersion: 2.0'), exit: 1, says: ['«Skjemaversjon» må være tekst', 'for eksempel "2.0"'] },
  { it: 'tab as indentation', content: exampleText().replace('  form: vertskommune', '\tform: vertskommune'), exit: 1, says: [/avtale\.yaml:9:\d+: feil: Filen kan ikke leses som YAML\/JSON: linjen er rykket inn med tabulator/] },
  { it: 'unclosed quote', content: exampleText().replace('officeName: NAV Indre Salten', 'officeName: "NAV Indre Salten'), exit: 1, says: ['et anførselstegn er ikke lukket'] },
  { it: 'Alternativ 1 with a vertskommune', mutate: (a) => ((a.parties.form = 'enkeltkommune'), (a.parties.municipalities = a.parties.municipalities.slice(0, 1)), (a.costs.fte = a.costs.fte.slice(0, 1))), exit: 1, says: ['«1.0 Avtaleparter – eiere › Vertskommune» brukes bare ved Alternativ 2', 'Fjern feltet, eller velg Alternativ 2', '(/parties/host) [host_not_allowed]'] },
  { it: 'årsverk with three decimals', mutate: (a) => (a.costs.fte[1].fte = 4.355), exit: 1, says: ['«3.8 Driftsavtale › Årsverk › Saltdal kommune › Årsverk» er 4,355, men kan ha høyst to desimaler', 'til 4,36 (i filen skrives det 4.36)', '[decimals]'] },
  { it: 'no årsverk at all', mutate: (a) => ((a.costs.stateFte = 0), a.costs.fte.forEach((f: Mutable) => (f.fte = 0))), exit: 1, says: ['Alle årsverkene er 0', '(/costs) [aarsverk_over_null]'] },
  { it: 'NAV-leder shares not summing to 100', mutate: (a) => (a.costs.managerShare = { state: 40, municipal: 55.5 }), exit: 1, says: ['«3.8 Driftsavtale › Fordeling av NAV-lederstillingen › Statens andel (%)» (40,00 %)', '«3.8 Driftsavtale › Fordeling av NAV-lederstillingen › Kommunens andel (%)» (55,50 %)', 'til sammen 95,50 %', '(/costs/managerShare) [nav_leder_andeler_sum]'] },
  { it: 'agreed shares summing to 99,99', mutate: (a) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: 'stat', percent: 40 }, { party: '1841', percent: 29.99 }, { party: '1840', percent: 10 }, { party: '1845', percent: 10 }, { party: '1839', percent: 5 }, { party: '1875', percent: 5 }])), exit: 1, says: ['Andelene i «3.8 Driftsavtale › Avtalt fordeling» er til sammen 99,99 %, men skal være nøyaktig 100,00 %', '(/costs/agreedShares) [fordelingsnokkel_avtalt_gyldig]'] },
  { it: 'an agreed share for a kommune that is not a party', mutate: (a) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: 'stat', percent: 50 }, { party: '1841', percent: 20 }, { party: '1840', percent: 10 }, { party: '1845', percent: 10 }, { party: '1839', percent: 5 }, { party: '1804', percent: 5 }])), exit: 1, says: ['er 1804, som ikke er part i avtalen («1.0 Avtaleparter – eiere › Kommuner»: Fauske kommune (1841)', '(/costs/agreedShares/5/party) [fordelingsnokkel_avtalt_gyldig]', 'mangler en andel for Hamarøy kommune – Hábmer (1875)'] },
  { it: 'a statutory service missing', mutate: (a) => a.services.statutoryMunicipalServices.pop(), exit: 1, says: ['«individuell plan» mangler', '[lovpaalagte_tjenester]'] },
];

