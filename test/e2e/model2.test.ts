/**
 * Each field new in data format 2.0, end to end: the example file validates; `generate` writes
 * the agreement (and guide), whose text, read back independently with mammoth, says what the
 * field says; `extract` gives the data back unchanged; `diff` names a change to the field by its
 * schema label; and the wizard has a question with the field's schema title.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { nodeAt } from '../../src/wizard/plan.js';
import { agreementPlan } from '../../src/wizard/interview.js';
import { schemaAt } from '../../src/model/schema.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, example, tempDir } from '../helpers/paths.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface FieldCase {
  /** Data pointer of the field in the example. */
  pointer: string;
  file: 'nav-ostensjo.yaml' | 'nav-hallingdal.yaml' | 'nav-lofoten.yaml';
  /** What the agreement (or, with `guide`, the tilpasset veileder) says because of it. */
  says: string[];
  guide?: true;
  /** A change to the field, and the label `diff` shows for it. */
  change: (a: Mutable) => void;
  label: string;
}

const S = '2.1 Fysisk lokalisering og utforming › Lokasjoner';
const P = '1.0 Avtaleparter – eiere';
const CASES: FieldCase[] = [
  { pointer: '/document/navSpelling', file: 'nav-lofoten.yaml', says: ['felles Nav-kontor, Nav Lofoten', 'Nav-leders fullmakter'], change: (a) => (a.document.navSpelling = 'NAV'), label: 'Dokumentet › Skrivemåte for NAV' },
  { pointer: '/document/version', file: 'nav-ostensjo.yaml', says: ['Versjon 2'], change: (a) => (a.document.version = '3'), label: 'Dokumentet › Avtalens versjon' },
  { pointer: '/document/replaces', file: 'nav-ostensjo.yaml', says: ['Avtalen erstatter partnerskapsavtalen av 15. desember 2021 (versjon 1).'], change: (a) => (a.document.replaces.date = '2021-12-16'), label: 'Dokumentet › Erstatter avtale › Dato' },
  { pointer: '/parties/municipalities/0/kind', file: 'nav-ostensjo.yaml', says: ['inngås mellom bydelsdirektør i Bydel Østensjø og Arbeids- og velferdsetaten ved direktør for NAV Oslo'], change: (a) => (a.parties.municipalities[0].name = 'Bydel Østensjø (Oslo kommune)'), label: `${P} › Kommuner › Bydel Østensjø (Oslo kommune) › Kommunens navn` },
  { pointer: '/parties/municipalHeadTitle', file: 'nav-ostensjo.yaml', says: ['bydelsdirektør i Bydel Østensjø'], change: (a) => (a.parties.municipalHeadTitle = 'kommunedirektør'), label: `${P} › Tittel for øverste administrative leder` },
  { pointer: '/parties/municipalities/0/caseNumber', file: 'nav-ostensjo.yaml', says: ['Bydel Østensjø 25/3310'], change: (a) => (a.parties.municipalities[0].caseNumber = '25/3311'), label: `${P} › Kommuner › Bydel Østensjø › Saksnummer` },
  { pointer: '/parties/county/caseNumber', file: 'nav-ostensjo.yaml', says: ['NAV Oslo 25/8812'], change: (a) => (a.parties.county.caseNumber = '25/8813'), label: `${P} › NAV fylke › Saksnummer` },
  { pointer: '/parties/municipalities/0/contact', file: 'nav-ostensjo.yaml', guide: true, says: ['Ingrid Haugen, spesialrådgiver, ingrid.haugen@bos.oslo.kommune.no'], change: (a) => (a.parties.municipalities[0].contact.title = 'rådgiver'), label: `${P} › Kommuner › Bydel Østensjø › Kontaktperson › Tittel` },
  { pointer: '/parties/municipalities/0/approval', file: 'nav-ostensjo.yaml', says: ['godkjent av bydelsutvalget i Bydel Østensjø 20. november 2025 (sak 25/3310-4)'], change: (a) => (a.parties.municipalities[0].approval.date = '2025-11-21'), label: `${P} › Kommuner › Bydel Østensjø › Politisk godkjenning › Vedtaksdato` },
  { pointer: '/parties/municipalities/2/approval/bodyName', file: 'nav-lofoten.yaml', says: ['hovedutvalg for helse og omsorg i Moskenes kommune 2. desember 2025 (sak 25/188)'], change: (a) => (a.parties.municipalities[2].approval.bodyName = 'helseutvalget'), label: `${P} › Kommuner › Moskenes kommune › Politisk godkjenning › Navn på organet` },
  { pointer: '/location/sites', file: 'nav-hallingdal.yaml', says: ['Gol (hovedkontor): Sentrumsvegen 93, 3550 Gol', 'Ål (avdelingskontor): Torget 2, 3570 Ål'], change: (a) => (a.location.sites[1].address.street = 'Torget 3'), label: `${S} › Ål › Adresse › Gateadresse` },
  { pointer: '/location/sites/2/role', file: 'nav-hallingdal.yaml', says: ['Hemsedal (lokalt servicepunkt): Hemsedalsvegen 2865, 3560 Hemsedal'], change: (a) => (a.location.sites[2].role = 'avdelingskontor'), label: `${S} › Hemsedal › Type lokasjon` },
  { pointer: '/location/sites/0/openingHours', file: 'nav-hallingdal.yaml', says: ['Gol: mandag–torsdag kl. 09.00–15.00 og fredag kl. 09.00–14.00'], change: (a) => (a.location.sites[0].openingHours[1].closes = '15:00'), label: `${S} › Gol › Åpningstider › fredag › Stenger kl.` },
  { pointer: '/location/sites/2/openingHours/0/kind', file: 'nav-hallingdal.yaml', says: ['Hemsedal: tirsdag kl. 10.00–13.00 (drop-in)'], change: (a) => (a.location.sites[2].openingHours[0].kind = 'timeavtale'), label: `${S} › Hemsedal › Åpningstider › tirsdag (bare timeavtale) › Type åpningstid` },
  { pointer: '/location/sites/0/byAppointment', file: 'nav-hallingdal.yaml', says: ['kl. 09.00–14.00, og ellers etter avtale', 'Nesbyen: etter avtale'], change: (a) => (a.location.sites[0].byAppointment = false), label: `${S} › Gol › Ellers etter avtale` },
  { pointer: '/location/sites/2/note', file: 'nav-hallingdal.yaml', says: ['Stengt i juli'], change: (a) => (a.location.sites[2].note = 'stengt i juli og august'), label: `${S} › Hemsedal › Merknad om åpningstider` },
  { pointer: '/signing/method', file: 'nav-lofoten.yaml', says: ['Avtalen signeres elektronisk.'], change: (a) => (a.signing.method = 'håndskrevet'), label: 'Underskrift › Signeringsmåte' },
  { pointer: '/signing/municipal/authority', file: 'nav-lofoten.yaml', says: ['Konstituert kommunedirektør', 'Etter fullmakt fra kommunedirektøren'], change: (a) => (a.signing.municipal.authority = 'etter fullmakt fra ordføreren'), label: 'Underskrift › Underskriver for kommunen › Fullmakt' },
  { pointer: '/attachments/2/kind', file: 'nav-hallingdal.yaml', says: ['Vertskommuneavtale om NAV Hallingdal mellom Gol, Hemsedal, Ål og Nesbyen, datert 5. november 2025'], change: (a) => (a.attachments[2].date = '2025-11-06'), label: 'Vedlegg › Vertskommuneavtale om NAV Hallingdal mellom Gol, Hemsedal, … › Dato' },
  { pointer: '/costs/managerMunicipalSplit', file: 'nav-lofoten.yaml', says: ['Kommunenes andel fordeles likt mellom kommunene'], change: (a) => (a.costs.managerMunicipalSplit = 'vertskommunen'), label: '3.8 Driftsavtale › Fordeling av kommunenes andel av NAV-lederstillingen' },
  { pointer: '/costs/payments', file: 'nav-hallingdal.yaml', says: ['Eierne betaler a konto hvert kvartal'], change: (a) => (a.costs.payments.frequency = 'månedlig'), label: '3.8 Driftsavtale › Betaling og avregning › Betalingshyppighet' },
  { pointer: '/costs/firstYearProRata', file: 'nav-lofoten.yaml', says: ['For 2026, fra 1. mars, betales 10/12 av årsbeløpene'], change: (a) => (a.costs.firstYearProRata = false), label: '3.8 Driftsavtale › Forholdsmessig første år' },
];

const FILES = [...new Set(CASES.map((c) => c.file))];
const dir = tempDir('partnerskap-model2-');
const text = new Map<string, { agreement: string; guide: string }>();
const docx = (file: string, kind = 'partnerskapsavtale') => join(dir, 'ut', `${kind}-${file.replace(/\.yaml$/, '')}.docx`);
const read = async (path: string) => (await mammoth.extractRawText({ path })).value.replace(/\s+/g, ' ');

beforeAll(async () => {
  const r = await runCli(['generate', ...FILES.map((f) => join(EXAMPLES, f)), '--out', join(dir, 'ut')], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  for (const f of FILES) text.set(f, { agreement: await read(docx(f)), guide: await read(docx(f, 'veileder')) });
}, 120_000);

describe('the new examples', () => {
  for (const f of FILES) {
    it(`${f} validates, and extract gives its data back unchanged`, async () => {
      expect((await runCli(['validate', join(EXAMPLES, f)], { cwd: dir })).code).toBe(0);
      const x = await runCli(['extract', docx(f), '--format', 'json'], { cwd: dir });
      expect(x.code, x.stderr).toBe(0);
      expect(JSON.parse(x.stdout)).toEqual(example(f));
    });

    it(`${f} audits without feil`, async () => {
      const r = await runCli(['audit', join(EXAMPLES, f), '--format', 'json', '--today', '2025-12-12'], { cwd: dir });
      expect(r.code, r.stdout).toBe(0);
      expect((JSON.parse(r.stdout) as { counts: { errors: number } }).counts.errors).toBe(0);
    });
  }
});

describe('each new field, end to end', () => {
  for (const c of CASES) {
    it(`${c.pointer} (${c.file})`, async () => {
      const data = example(c.file) as unknown as Mutable;
      // The example has the field: it is the one the documents are made from.
      expect(c.pointer.split('/').slice(1).reduce<unknown>((v, k) => (v as Mutable | undefined)?.[k], data)).toBeDefined();
      const read = text.get(c.file)!;
      for (const s of c.says) expect(c.guide ? read.guide : read.agreement).toContain(s);

      // diff names a change to it by its schema label.
      const changed = structuredClone(data);
      c.change(changed);
      const newer = join(dir, `${c.file}-${c.pointer.replace(/\W+/g, '-')}.yaml`);
      writeFileSync(newer, stringify(changed));
      const d = await runCli(['diff', join(EXAMPLES, c.file), newer, '--format', 'json'], { cwd: dir });
      expect(d.code, d.stderr).toBe(1);
      const labels = (JSON.parse(d.stdout) as { label: string }[]).map((x) => x.label);
      expect(labels).toContain(c.label);

      // The wizard asks it, with the schema's title.
      const segments = c.pointer.split('/').slice(1);
      const node = nodeAt(agreementPlan(), segments);
      expect(node, c.pointer).toBeDefined();
      expect(node!.title).toBe(schemaAt(c.pointer)!.title);
      expect(['fixed', 'keep']).not.toContain(node!.kind);
    });
  }
});

describe('bad input where two fields disagree: exit 1, both places named, nothing written', () => {
  const bad: { it: string; file: FieldCase['file']; mutate: (a: Mutable) => void; says: string[] }[] = [
    { it: 'a site in a kommune that is not a party', file: 'nav-hallingdal.yaml', mutate: (a) => (a.location.sites[3].municipality = '3330'), says: [`«${S} › Nesbyen › Kommune» er 3330`, `«${P} › Kommuner»`, '[lokasjon_i_partskommune]'] },
    { it: 'closing time not after opening time', file: 'nav-hallingdal.yaml', mutate: (a) => (a.location.sites[1].openingHours[0].closes = '10:00'), says: [`«${S} › Ål › Åpningstider › mandag–onsdag › Stenger kl.»`, `«${S} › Ål › Åpningstider › mandag–onsdag › Åpner kl.»`, '[aapningstider_gyldige]'] },
    { it: 'toDay before fromDay', file: 'nav-hallingdal.yaml', mutate: (a) => Object.assign(a.location.sites[1].openingHours[0], { fromDay: 'onsdag', toDay: 'mandag' }), says: ['› Til ukedag» er mandag', '› Fra ukedag» (onsdag)', '[aapningstider_gyldige]'] },
    { it: 'overlapping day ranges of the same kind', file: 'nav-hallingdal.yaml', mutate: (a) => (a.location.sites[0].openingHours[1].fromDay = 'torsdag'), says: [`«${S} › Gol › Åpningstider › torsdag» overlapper med «${S} › Gol › Åpningstider › mandag–torsdag»`, '[aapningstider_overlapper]'] },
    { it: 'two hovedkontor', file: 'nav-hallingdal.yaml', mutate: (a) => (a.location.sites[1].role = 'hovedkontor'), says: [`Både «${S} › Gol › Type lokasjon» og «${S} › Ål › Type lokasjon»`, '[ett_hovedkontor]'] },
    { it: 'no hovedkontor', file: 'nav-hallingdal.yaml', mutate: (a) => (a.location.sites[0].role = 'avdelingskontor'), says: [`Ingen av «${S}»`, '«Type lokasjon»', '[ett_hovedkontor]'] },
    { it: 'a site without opening hours, appointments or a note', file: 'nav-hallingdal.yaml', mutate: (a) => (a.location.sites[3].byAppointment = false), says: [`«${S} › Nesbyen › Åpningstider» er tom`, `«${S} › Nesbyen › Ellers etter avtale»`, '[aapningstider_oppgitt]'] },
    { it: 'a host that is not a party', file: 'nav-hallingdal.yaml', mutate: (a) => (a.parties.host = '3330'), says: [`«${P} › Vertskommune» er 3330`, `«${P} › Kommuner»`, '[vertskommune_minst_to_kommuner]'] },
    { it: 'a bydel in an Alternativ 2 agreement', file: 'nav-hallingdal.yaml', mutate: (a) => Object.assign(a.parties.municipalities[3], { kind: 'bydel', number: '030113' }), says: ['› Type part» er «Bydel i Oslo kommune»', `«${P} › Avtaleform»`, '[bydel_vertskommune]'] },
    { it: 'a bydelsnummer for a kommune', file: 'nav-ostensjo.yaml', mutate: (a) => delete a.parties.municipalities[0].kind, says: ['› Kommunenummer eller bydelsnummer» er «030113», et bydelsnummer', '› Type part» er «Kommune»', '[nummer_og_type]'] },
    { it: 'approval «annet» without the body’s name', file: 'nav-lofoten.yaml', mutate: (a) => delete a.parties.municipalities[2].approval.bodyName, says: ['› Navn på organet» mangler', 'Det kreves fordi «', '› Vedtaksorgan» er «Annet organ»'] },
  ];
  for (const c of bad) {
    it(c.it, async () => {
      const a = example(c.file) as unknown as Mutable;
      c.mutate(a);
      const here = tempDir('partnerskap-model2-bad-');
      writeFileSync(join(here, 'avtale.yaml'), stringify(a));
      const r = await runCli(['generate', 'avtale.yaml', '--out', 'ut'], { cwd: here });
      expect(r.code).toBe(1);
      for (const s of c.says) expect(r.stderr).toContain(s);
      expect(existsSync(join(here, 'ut')) ? readdirSync(join(here, 'ut')) : []).toEqual([]);
      expect(readdirSync(here)).toEqual(['avtale.yaml']);
    });
  }
});
