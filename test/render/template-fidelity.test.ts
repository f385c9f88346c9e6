/**
 * Golden test against the national template (test/fixtures/reference/partnerskapsavtale-mal.md):
 * every sentence of the template must appear in the generated agreement, the fixed words verbatim.
 * A sentence with blanks is matched as a pattern: each blank is a lazy wildcard within one
 * paragraph, hints such as «(fylke)» are dropped, and the template's alternatives («felles/delt»)
 * become alternations. The template is read and split here, independently of the renderer; the
 * generated text comes from mammoth. Runs on both examples, on an agreement with only the
 * required values (every optional list empty), on a multi-site office signed electronically, on
 * an office written «Nav» (schema 2.0, issue 13), on delt ledelse and on a checklist that denies
 * 2.1's statements (issue 14).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { EXAMPLE_FILES, REFERENCE_TEXTS } from '../helpers/paths.js';
import { bydelAgreement, loadExample, mammothText, minimal, packAgreementTemplate, paragraphs } from './helpers.js';

beforeAll(packAgreementTemplate);

const TEMPLATE = join(REFERENCE_TEXTS, 'partnerskapsavtale-mal.md');

/** A blank to fill in: «………», «…….», «……….», «..........». */
const BLANK = /[….]*…[….]*|\.{3,}/g;
/** What a blank becomes before splitting, so its dots do not end a sentence. */
const GAP = '⟨blank⟩';
/** A paragraph the parties strike as a whole when it does not apply (3.7: work across the lines). */
const OPTIONAL_PARAGRAPH = /stryk hvis det ikke passer/;
/** «Alternativ 1:» / «Alternativ 2:»: the next paragraph is that alternative of 1.0. */
const ALTERNATIVE_LABEL = /^Alternativ ([12]):$/;
/** A blank in the pattern: any text within one paragraph (paragraphs are joined by \n below). */
const WILD = '[^\\n]+?';

/**
 * How the template's blanks, hints and alternatives are read, in order. Each rule works on the
 * template text (after the spelling corrections in {@link normalise}) and yields regex source.
 */
const PATTERN_RULES: Array<[RegExp, string, string]> = [
  [/\s*\(fyll inn\)\.$/, '[.:]', '«(fyll inn).» at the end of a sentence stands for a list, which follows after a colon'],
  [/\s*\((?:fylke|adresse|ukedag|kommune\/-er|fyll inn(?: årstall| resultatmål)?|lenke|stryk det som ikke passer)\)/g, '', 'hints to the person filling in'],
  [/felles\/delt/g, '(?:felles|delt)', 'the parties keep one of the two'],
  [/kommunale vilkår\/statlige vilkår/g, '(?:kommunale vilkår|statlige vilkår)', 'the parties keep one of the two'],
  [/rådmann/g, '(?:rådmann|kommunedirektør|bydelsdirektør)', 'the title is parties.municipalHeadTitle (kommunedirektør since kommuneloven 2018; bydelsdirektør for an Oslo bydel)'],
  [/Rådmann/g, '(?:Rådmann|Kommunedirektør|Bydelsdirektør)', 'the same title under the signature'],
  [/MØTEHYPPIGHET/g, '(?:\\S+ ganger? i året og ellers etter behov|etter behov)', '«etter behov (eksempelvis ett til to møter i året)» (see normalise) becomes «to ganger i året og ellers etter behov» with governance.meetingsPerYear, else «etter behov»'],
  [/vedlagte delegasjonsvedtak/g, '(?:vedlagte delegasjonsvedtak|delegasjonsvedtaket)', 'without a delegasjonsvedtak among the attachments the text does not call it «vedlagte» (issue 14)'],
  [new RegExp(`${GAP} kommunes\\b`, 'g'), `${WILD}s`, 'a kommune blank in the genitive: the genitive of the name as given («Bodø kommunes», «Bydel Østensjøs»)'],
  [new RegExp(` ?${GAP} ?kommune\\b`, 'g'), WILD, 'a kommune blank: the name in the data includes «kommune» and any Sámi name after it'],
  [/\bkommunens(?= (?:myndighetsområder|ansvar etter sosialtjenesteloven))/g, 'kommunene?s', 'with several kommuner (Alternativ 2) the plural «kommunenes» (3.7, 4.0)'],
];

/** The checklist does not deny the statement: unanswered or «ja» (src/render/view-text.ts). */
const holds = (a: Agreement, id: string) => [undefined, 'ja'].includes(a.checklist?.[id]?.status);
const felles = (a: Agreement) => a.leadership.model === 'felles';

/**
 * Sentences the agreement has only when the data holds what fills them; without it the sentence
 * is left out (README). Keyed by the start of the template sentence; checked both ways.
 */
const CONDITIONAL: Array<[string, (a: Agreement) => boolean]> = [
  // 2.1's statements, only where the checklist does not deny them (issue 14); more specific than the «lokasjon er» entry below.
  ['NAV ⟨blank⟩ lokasjon er sikret', (a) => a.location.sites.length === 1 && holds(a, '2.1-1')],
  ['Utformingen av NAV ⟨blank⟩ er i henhold', (a) => holds(a, '2.1-2') && holds(a, '2.1-4')],
  // Delt ledelse: the two-leader variant of 3.1, 3.2, 3.5, 3.7 and 3.8 instead of the one NAV-leder (issue 14).
  ['NAV-leder er ansvarlig for agenda', felles],
  ['Ved NAV ⟨blank⟩ er NAV-leder tilsatt', felles],
  ['NAV-leder er i kommunen plassert', felles],
  ['NAV-leder deltar i ledergruppen', felles],
  ['Ved utskiftning av NAV-leder', felles],
  ['Tilsetting av medarbeidere i NAV-kontoret', felles],
  ['NAV-leder har ansvar for at det utarbeides', felles],
  ['3.7 Delegert myndighet til NAV-leder', felles],
  ['Eierne er enige om at NAV ⟨blank⟩ ledes av en NAV-leder', felles],
  ['NAV-leders fullmakter fremgår', felles],
  ['Utgifter knyttet til NAV-lederstillingen', felles],
  // «Driftsavtale er vedlagt.» only when one is attached (issue 14).
  ['Driftsavtale er vedlagt', (a) => a.attachments.some((x) => x.kind === 'driftsavtale')],
  ['NAV ⟨blank⟩ skal arbeide etter NAVs visjon', (a) => !!a.purpose.municipalValues],
  ['I tillegg legges følgende andre lokale mål', (a) => !!a.purpose.localGoals?.length],
  ['Eierne av NAV ⟨blank⟩ ønsker følgende resultatmål', (a) => !!a.goals.resultGoals?.length],
  ['Utover kommunens ansvar', (a) => !!a.services.additionalMunicipalServices?.length],
  ['For å forbedre tjenestekvaliteten', (a) => !!(a.userParticipation.individualLevel || a.userParticipation.systemLevel)],
  ['På individnivå', (a) => !!a.userParticipation.individualLevel],
  ['På systemnivå', (a) => !!a.userParticipation.systemLevel],
  ['Eierne er enige om at samhandling med andre', (a) => !!a.cooperation.agreements?.length],
  ['Vedlegg:', (a) => a.attachments.length > 0],
  // Several sites: listed with their addresses and opening hours instead (README).
  ['NAV ⟨blank⟩ lokasjon er', (a) => a.location.sites.length === 1],
  ['Åpningstidene til NAV', (a) => a.location.sites.length === 1],
  // Electronic signing: no place and date to fill in by hand.
  ['Sted, dato', (a) => a.signing.method !== 'elektronisk'],
];

/**
 * The few sentences the agreement words differently in a way no rule above captures, and why.
 * Each entry must be a sentence of the template that really is missing from at least one
 * document (checked below), so the list cannot silently grow stale.
 */
const ALLOWED: Record<string, string> = {
  'Eierne er enige om at det legges til rette for at Riksrevisjonen, Arbeids- og velferdsdirektoratets internrevisjon og kommunens revisor kan utføre sine oppgaver i forhold til NAV-kontoret på en hensiktsmessig måte.':
    'the auditor (externalAudit.municipalAuditor) is named in parentheses after «kommunens revisor»; with several kommuner (Alternativ 2) it reads «kommunenes revisorer».',
  'driftsavtale og delegasjonsvedtak': 'the attachments are listed one by one under «Vedlegg:» with their own titles and dates (attachments).',
  'Skulle dette ikke føre fram vil tvisten løses i samsvar med forskrift om nemndbasert tvisteløsning.':
    'the forskrift is named exactly (forskrift 12. mars 2007 nr. 294 … etter arbeids- og velferdsforvaltningsloven, hjemmel NAV-loven § 14), with its mediation by the statsforvalter before the tvisteløsningsnemnd, for the disputes it covers (issue 14; README).',
};

/**
 * The project's deliberate corrections of the template's spelling and grammar (listed in the
 * README), and typographic normalisation: whitespace of any kind, straight or curly quotes.
 */
function normalise(s: string): string {
  return flatten(
    s
      .replace(/NAV kontoret/g, 'NAV-kontoret')
      .replace(/NAV-leder stillingen/g, 'NAV-lederstillingen')
      .replace(/\benig om\b/g, 'enige om')
      .replace(/^(\d\.\d)\.\s/, '$1 ')
      .replace(/ - /g, ' – ')
      // Issue 14, bokmål corrections (README «Disse avvikene er bevisste»):
      .replace('kommune som er vertskommune for kommunene ⟨blank⟩ og Arbeids', 'kommune, som er vertskommune for ⟨blank⟩, og Arbeids')
      .replace('felles NAV-kontor, NAV ⟨blank⟩ og inngås', 'felles NAV-kontor, NAV ⟨blank⟩, og inngås')
      .replace('Fysisk lokalisering, og utforming', 'Fysisk lokalisering og utforming')
      .replace('(ukedag) – ⟨blank⟩ (ukedag) kl. ⟨blank⟩ – kl. ⟨blank⟩', '(ukedag)–⟨blank⟩ (ukedag) kl. ⟨blank⟩–⟨blank⟩')
      .replace('eiere henholdsvis', 'eiere, henholdsvis')
      .replace(/⟨blank⟩\s*etter behov \(eksempelvis ett til to møter i året\),/, '⟨blank⟩, MØTEHYPPIGHET,')
      .replace('deltar i direktør for NAV ⟨blank⟩ (fylke) sin ledergruppe, og rapporterer', 'deltar i ledergruppen til direktøren for NAV ⟨blank⟩ (fylke) og rapporterer')
      .replace('ved en nyrekruttering er gjenstand', 'ved en nyrekruttering, er gjenstand')
      .replace('rutiner som vi eiere er enige om', 'rutiner som eierne er enige om')
      .replace('informasjonssikkerhet/beredskap gjelder for alle', 'informasjonssikkerhet/beredskap, gjelder for alle')
      .replace('informere den andre eier i forhold som', 'informere den andre eieren om forhold som')
      .replace('til NAV-leder, og oppgaveutførelse', 'til NAV-leder og oppgaveutførelse')
      .replace('Leders fullmakter fremgår', 'NAV-leders fullmakter fremgår')
      .replace('henvisning til disse, fremgår', 'henvisning til disse fremgår')
      .replace('endres, eller trekkes tilbake', 'endres eller trekkes tilbake')
      .replace('dekkes av denne avtale,', 'dekkes av denne avtalen,')
      .replace(
        'Ut over kommunens ansvar for økonomisk stønad etter lov om sosiale tjenester, råd og veiledning, kvalifiseringsprogrammet, midlertidig bolig og arbeidet med individuelle planer, skal kontoret',
        'Utover kommunens ansvar etter sosialtjenesteloven skal kontoret',
      )
      .replace('til brukernes behov skal brukermedvirkning', 'til brukernes behov, skal brukermedvirkning')
      .replace('minst en gang pr år', 'minst én gang per år'),
  );
}

/** Whitespace (also non-breaking) to single spaces, quotes to straight ones. */
const flatten = (s: string) =>
  s
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template sentence as a regex: the rules above, the rest escaped, each blank (and the space before it) a wildcard. */
function patternOf(sentence: string): RegExp | undefined {
  // Private-use placeholders keep the rules' regex source out of the escaping.
  const parts: string[] = [];
  let s = sentence;
  for (const [from, to] of PATTERN_RULES)
    s = s.replace(from, () => {
      parts.push(to);
      return String.fromCharCode(0xe000 + parts.length - 1);
    });
  if (!/\p{L}/u.test(s.replace(new RegExp(GAP, 'g'), ''))) return undefined; // only blanks and hints: nothing fixed to check
  const source = escape(s)
    .replace(new RegExp(` ?${escape(GAP)}`, 'g'), WILD)
    .replace(/[\ue000-\ue0ff]/g, (c) => parts[c.charCodeAt(0) - 0xe000]!);
  return new RegExp(source);
}

interface Unit {
  /** The template sentence, normalised, blanks as ⟨blank⟩. */
  source: string;
  pattern: RegExp;
  /** Set on the two wordings of 1.0: Alternativ 1 (enkeltkommune) or 2 (vertskommune). */
  alternative?: 1 | 2;
}

/**
 * The sentences of the template, in order. Every line of the reference is a paragraph (the 3.7
 * paragraphs are separated by a single line break); bullets («·», «-») are stripped; tabs
 * separate the columns of the signature block; a heading («2.1. Fysisk …») is one unit; other
 * lines split into sentences after «.», «!», «?» or «:» (not after «kl.»).
 */
function templateUnits(markdown: string): Unit[] {
  const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
  const out: Unit[] = [];
  let alternative: 1 | 2 | undefined;
  for (const line of body.split('\n')) {
    if (OPTIONAL_PARAGRAPH.test(line) || line.trim() === '') continue;
    const label = ALTERNATIVE_LABEL.exec(line.trim());
    if (label) {
      alternative = Number(label[1]) as 1 | 2;
      continue;
    }
    const text = line.trim().replace(/^[·-]\s+/, '').replace(BLANK, GAP);
    const heading = /^\d\.\d\.?\s/.test(text);
    for (const cell of text.split(/\t+/))
      for (const sentence of heading ? [cell] : cell.split(/(?<=[.!?:])(?<!\bkl\.)\s+/)) {
        const source = normalise(sentence);
        const pattern = source === '' ? undefined : patternOf(source);
        if (pattern && !out.some((u) => u.source === source)) out.push({ source, pattern, ...(alternative ? { alternative } : {}) });
      }
    alternative = undefined;
  }
  return out;
}

/** The optional paragraphs («stryk hvis det ikke passer»), without the marker: kept word for word or struck whole. */
function optionalParagraphs(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => OPTIONAL_PARAGRAPH.test(line))
    .map((line) => normalise(line.replace(/\s*\(stryk hvis det ikke passer\)/, '')));
}

/** Whether the agreement should have this sentence: the chosen alternative, and the data a conditional sentence needs. */
function expected(u: Unit, a: Agreement): boolean {
  if (u.alternative !== undefined && u.alternative !== (a.parties.form === 'vertskommune' ? 2 : 1)) return false;
  const condition = CONDITIONAL.find(([start]) => u.source.startsWith(start));
  return condition ? condition[1](a) : true;
}

const reference = readFileSync(TEMPLATE, 'utf8');
const units = templateUnits(reference);

/** Indre Salten with two more sites, signed electronically. */
function severalSites(): Agreement {
  const a = loadExample('nav-indre-salten');
  a.location.sites.push(
    { name: 'Rognan', role: 'avdelingskontor', municipality: '1840', address: { street: 'Storgata 10', postalCode: '8250', city: 'Rognan' }, openingHours: [{ fromDay: 'tirsdag', opens: '10:00', closes: '14:00' }] },
    { name: 'Misvær', role: 'servicepunkt', municipality: '1839', address: { street: 'Misværveien 1', postalCode: '8100', city: 'Misvær' }, openingHours: [], byAppointment: true },
  );
  a.signing.method = 'elektronisk';
  return a;
}

/** Bodø written «Nav» (document.navSpelling), its names typed either way. */
function navSpelled(): Agreement {
  const a = loadExample('nav-bodo');
  a.document.navSpelling = 'Nav';
  a.parties.officeName = 'Nav Bodø';
  return a;
}

/** NAV Østensjø: Alternativ 1 with Bydel Østensjø (Oslo) in the kommune's place. */
function bydel(): Agreement {
  const a = bydelAgreement();
  a.signing.municipal = { name: 'Ola Nordmann', title: 'bydelsdirektør' };
  return a;
}

/** Bodø with delt ledelse: two leaders, each with terms and lines (issue 14). */
function delt(): Agreement {
  const a = loadExample('nav-bodo');
  a.leadership = {
    model: 'delt',
    municipalLeader: { position: 'leder for sosialtjenesten', terms: 'kommunale', leaderGroup: 'kommunaldirektør for helse og omsorg', reportsTo: 'kommunaldirektør for helse og omsorg' },
    stateLeader: { position: 'NAV-leder stat', terms: 'statlige', leaderGroup: 'direktøren for NAV Nordland', reportsTo: 'direktøren for NAV Nordland' },
  };
  return a;
}

/** Indre Salten whose checklist says the premises fall short of universal design and the brukerutvalg was only partly involved. */
function checklistDenies(): Agreement {
  const a = loadExample('nav-indre-salten');
  a.checklist = { '2.1-1': { status: 'nei', comment: 'Heisen mangler.' }, '2.1-4': { status: 'delvis' } };
  return a;
}

const BUILT: Record<string, () => Agreement> = { minimal, 'several-sites': severalSites, 'nav-spelled': navSpelled, bydel, delt, 'checklist-denies': checklistDenies };
const documents = [...EXAMPLE_FILES.map((f) => f.replace(/\.yaml$/, '')), ...Object.keys(BUILT)];

/**
 * A «Nav» document read with the template's spelling: the template says «NAV», and the document
 * must say the same words with «Nav» (test/render/text-2.0.test.ts checks that no «NAV» is left).
 */
const asTemplateSpelling = (text: string, a: Agreement) => (a.document.navSpelling === 'Nav' ? text.replace(/\bNav(?=s?\b|-)/g, 'NAV') : text);
/** Per document: its paragraphs, each flattened, joined by \n so a blank never spans two. */
const texts = new Map<string, string>();
const data = new Map<string, Agreement>();

beforeAll(async () => {
  for (const name of documents) {
    const a = BUILT[name]?.() ?? loadExample(name);
    data.set(name, a);
    texts.set(name, asTemplateSpelling(paragraphs(await mammothText(renderAgreement(a, derive(a), renderer()))).map(flatten).join('\n'), a));
  }
});

describe('the sentences of the national template', () => {
  it('are read from the reference: headings, clauses, list items and the sentences with blanks', () => {
    // 89 since issue 14: 3.2 and 3.7 now share «NAV-leders fullmakter fremgår av vedlagte delegasjonsvedtak.»
    expect(units.length).toBeGreaterThanOrEqual(89);
    const sources = units.map((u) => u.source);
    for (const known of [
      '1.0 Avtaleparter – eiere',
      'Sammen skal eierne skape et velfungerende og enhetlig NAV-kontor for brukerne.',
      'Utgifter knyttet til NAV-lederstillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold.',
      'Dette omfatter følgende tjenester:',
      'Sted, dato',
      // With blanks: 1.0, 2.1 and 3.1.
      'Partnerskapsavtalen gjelder etablering og drift av felles NAV-kontor, NAV ⟨blank⟩, og inngås med hjemmel i NAV-loven § 14.',
      '2.1 Fysisk lokalisering og utforming av NAV ⟨blank⟩',
      'Åpningstidene til NAV ⟨blank⟩ er ⟨blank⟩ (ukedag)–⟨blank⟩ (ukedag) kl. ⟨blank⟩–⟨blank⟩',
      'NAV ⟨blank⟩ er under instruksjon av begge eiere, henholdsvis ⟨blank⟩ kommune og staten ved Arbeids- og velferdsetaten ved NAV ⟨blank⟩(fylke).',
    ])
      expect(sources).toContain(known);
    expect(units.filter((u) => u.source.includes(GAP)).length).toBeGreaterThanOrEqual(30);
    expect(units.filter((u) => u.alternative).map((u) => u.alternative)).toEqual([1, 2]);
    // The optional 3.7 paragraphs are left to their own test below.
    expect(sources.some((s) => s.startsWith('Eierne er enige om at medarbeidere ansatt i kommunal linje'))).toBe(false);
  });

  it('read as patterns: a blank takes any text, hints go, alternatives are alternations', () => {
    const of = (start: string) => units.find((u) => u.source.startsWith(start))!.pattern;
    expect('Åpningstidene til NAV Bodø er mandag–fredag kl. 10.00–14.00.').toMatch(of('Åpningstidene til NAV'));
    expect('Åpningstidene til NAV Bodø er mandag kl. 10.00.').not.toMatch(of('Åpningstidene til NAV'));
    expect('Eierne er enige om å ha delt administrativ og faglig ledelse for NAV Bodø.').toMatch(of('Eierne er enige om å ha'));
    expect('Eierne er enige om å ha felles/delt administrativ').not.toMatch(of('Eierne er enige om å ha'));
    expect('NAV Bodø har ansvaret for Arbeids- og velferdsetatens tjenester i Hamarøy kommune – Hábmer.').toMatch(of('NAV ⟨blank⟩ har ansvaret'));
    // A blank stays inside one paragraph.
    expect('NAV Bodø har ansvaret for\nArbeids- og velferdsetatens tjenester i Bodø kommune.').not.toMatch(of('NAV ⟨blank⟩ har ansvaret'));
  });

  it.each(documents)('appear in the agreement for %s, or are left out exactly where the data or the alternative says', (name) => {
    const text = texts.get(name)!;
    const a = data.get(name)!;
    const lines = text.split('\n');
    const chosen = units.find((u) => u.alternative !== undefined && expected(u, a))!;
    // A blank can take the other alternative's words (Alternativ 1's «i … kommune og» takes «Fauske
    // kommune som er vertskommune for …»), so the other one is there only in a paragraph of its own.
    const present = (u: Unit): boolean =>
      u.alternative === undefined || u === chosen ? u.pattern.test(text) : lines.some((l) => u.pattern.test(l) && !chosen.pattern.test(l));
    const wrong = units
      .filter((u) => !(u.source in ALLOWED))
      .filter((u) => present(u) !== expected(u, a))
      .map((u) => `${expected(u, a) ? 'missing' : 'unexpected'}: ${u.source}`);
    expect(wrong).toEqual([]);
  });

  it.each(documents)('keep the optional 3.7 paragraphs word for word in %s when the agreement opts in, and strike them otherwise', (name) => {
    const [stateStaff, municipalStaff] = optionalParagraphs(reference);
    expect(stateStaff).toMatch(/^Eierne er enige om at medarbeidere ansatt i statlig linje .* utføre oppgavene\.$/);
    expect(municipalStaff).toMatch(/^Eierne er enige om at medarbeidere ansatt i kommunal linje .* utføre oppgavene\.$/);
    const { delegation, parties } = data.get(name)!;
    // With several kommuner the tasks are on «kommunenes myndighetsområder».
    const own = parties.municipalities.length > 1 ? stateStaff!.replace('kommunens myndighetsområder', 'kommunenes myndighetsområder') : stateStaff!;
    expect(texts.get(name)!.includes(own)).toBe(delegation.stateStaffOnMunicipalTasks);
    expect(texts.get(name)!.includes(municipalStaff!)).toBe(delegation.municipalStaffOnStateTasks);
  });

  it('differ only where the lists say why, and every entry there is still needed', () => {
    const sources = units.map((u) => u.source);
    for (const [s, why] of Object.entries(ALLOWED)) {
      expect(sources, s).toContain(s);
      expect(why.length, s).toBeGreaterThan(20);
      const unit = units.find((u) => u.source === s)!;
      expect(
        documents.some((name) => !unit.pattern.test(texts.get(name)!)),
        `«${s}» is in the allow-list but every document has it: remove it from the list`,
      ).toBe(true);
    }
    for (const [start] of CONDITIONAL) {
      const unit = units.find((u) => u.source.startsWith(start));
      expect(unit, start).toBeDefined();
      // Exercised both ways: present in one document, left out of another.
      const present = documents.map((name) => unit!.pattern.test(texts.get(name)!));
      expect(present, start).toContain(true);
      expect(present, start).toContain(false);
    }
    for (const [, , why] of PATTERN_RULES) expect(why.length).toBeGreaterThan(10);
  });
});
