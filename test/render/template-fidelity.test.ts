/**
 * Golden test against the national template (/work/shared/reference/partnerskapsavtale-mal.md):
 * every fixed sentence of the template, i.e. one without a blank to fill or an alternative to
 * choose, must appear verbatim in the generated agreement. The template is read and split here,
 * independently of the renderer; the generated text comes from mammoth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { EXAMPLE_FILES, SHARED_TOOLS } from '../helpers/paths.js';
import { loadExample, mammothText, packAgreementTemplate } from './helpers.js';

beforeAll(packAgreementTemplate);

const TEMPLATE = join(SHARED_TOOLS, '..', 'reference', 'partnerskapsavtale-mal.md');

/** A blank to fill in: «………», «…….», «……….», «..........». */
const BLANK = /[….]*…[….]*|\.{3,}/g;
/** What a blank becomes before splitting, so its dots do not end a sentence and its hint, e.g. «(fylke)», stays with it. */
const GAP = '⟨blank⟩';
/** A sentence that is one of several alternatives, or a hint that stands for data. */
const ALTERNATIVE = /stryk det som ikke passer|Alternativ [12]:|\(fyll inn/;
/** A paragraph the parties strike as a whole when it does not apply (3.7: work across the lines). */
const OPTIONAL_PARAGRAPH = /stryk hvis det ikke passer/;

/**
 * The few fixed sentences the agreement legitimately words differently, and why. Each entry must
 * be a fixed sentence of the template that really is missing from at least one example (checked
 * below), so the list cannot silently grow stale.
 */
const ALLOWED: Record<string, string> = {
  'Medbestemmelse ved NAV-kontoret utøves innenfor rammen av hovedavtalene (lenke)':
    '«(lenke)» is a blank: the main agreements (coDetermination.mainAgreements) follow as a list after «hovedavtalene:».',
  'Eierne er enige om at det legges til rette for at Riksrevisjonen, Arbeids- og velferdsdirektoratets internrevisjon og kommunens revisor kan utføre sine oppgaver i forhold til NAV-kontoret på en hensiktsmessig måte.':
    'the auditor (externalAudit.municipalAuditor) is named in parentheses after «kommunens revisor»; with several kommuner (Alternativ 2) it reads «kommunenes revisorer».',
  Rådmann: 'the title under the signature is parties.municipalSignatoryTitle; both examples use «Kommunedirektør» (kommuneloven 2018).',
  'driftsavtale og delegasjonsvedtak': 'the attachments are listed one by one under «Vedlegg:» with their own titles and dates (attachments).',
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
      .replace(/\benig om\b/g, 'enige om'),
  );
}

/** Whitespace (also non-breaking) to single spaces, quotes to straight ones. */
const flatten = (s: string) =>
  s
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The fixed sentences of the template, in order. Every line of the reference is a paragraph (the
 * 3.7 paragraphs are separated by a single line break); bullets («·», «-») are stripped; tabs
 * separate the columns of the signature block; a heading («2.1. Fysisk …») is one unit; other
 * lines split into sentences after «.», «!», «?» or «:».
 */
function fixedSentences(markdown: string): string[] {
  const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
  const out: string[] = [];
  for (const line of body.split('\n')) {
    if (OPTIONAL_PARAGRAPH.test(line)) continue;
    const text = line.trim().replace(/^[·-]\s+/, '').replace(BLANK, GAP);
    const heading = /^\d\.\d\.?\s/.test(text);
    for (const cell of text.split(/\t+/))
      for (const sentence of heading ? [cell] : cell.split(/(?<=[.!?:])\s+/)) {
        const s = normalise(sentence);
        if (s !== '' && !s.includes(GAP) && !ALTERNATIVE.test(s) && !out.includes(s)) out.push(s);
      }
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

const reference = readFileSync(TEMPLATE, 'utf8');
const sentences = fixedSentences(reference);
const examples = EXAMPLE_FILES.map((f) => f.replace(/\.yaml$/, ''));
const texts = new Map<string, string>();
const data = new Map<string, Agreement>();

beforeAll(async () => {
  for (const name of examples) {
    const a = loadExample(name);
    data.set(name, a);
    texts.set(name, flatten(await mammothText(renderAgreement(a, derive(a)))));
  }
});

describe('the fixed sentences of the national template', () => {
  it('are read from the reference: headings, clauses and list items, without blanks or alternatives', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(50);
    for (const s of sentences) expect(s).not.toMatch(/…|\.{3}|⟨/);
    for (const known of [
      '1.0 Avtaleparter – eiere',
      'Sammen skal eierne skape et velfungerende og enhetlig NAV-kontor for brukerne.',
      'Samhandling med andre tjenester',
      'NAV-leders fullmakter fremgår av vedlagte delegasjonsvedtak.',
      'Leders fullmakter fremgår av vedlagte delegasjonsvedtak.',
      'Utgifter knyttet til NAV-lederstillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold.',
      'Driftsavtale er vedlagt.',
      'Dette omfatter følgende tjenester:',
      'For å forbedre tjenestekvaliteten i NAV-kontoret, og for å tilpasse tjenestene til brukernes behov skal brukermedvirkning ivaretas på følgende måte:',
      'Eierne er enige om at samhandling med andre kommunale og statlige tjenester enn de som etter denne avtalen inngår i NAV-kontoret, eventuelt reguleres i følgende samarbeidsavtaler/-rutiner:',
      'Sted, dato',
      'Vedlegg:',
    ])
      expect(sentences).toContain(known);
    // Alternatives and optional paragraphs are left to the variant tests.
    expect(sentences.some((s) => s.startsWith('Eierne er enige om at medarbeidere ansatt i kommunal linje'))).toBe(false);
    expect(sentences.some((s) => s.includes('stryk'))).toBe(false);
  });

  it.each(examples)('appear verbatim in the agreement for %s', (name) => {
    const text = texts.get(name)!;
    const missing = sentences.filter((s) => !(s in ALLOWED) && !text.includes(s));
    expect(missing).toEqual([]);
  });

  it.each(examples)('keep the optional 3.7 paragraphs word for word in %s when the agreement opts in, and strike them otherwise', (name) => {
    const [stateStaff, municipalStaff] = optionalParagraphs(reference);
    expect(stateStaff).toMatch(/^Eierne er enige om at medarbeidere ansatt i statlig linje .* utføre oppgavene\.$/);
    expect(municipalStaff).toMatch(/^Eierne er enige om at medarbeidere ansatt i kommunal linje .* utføre oppgavene\.$/);
    const { delegation } = data.get(name)!;
    expect(texts.get(name)!.includes(stateStaff!)).toBe(delegation.stateStaffOnMunicipalTasks);
    expect(texts.get(name)!.includes(municipalStaff!)).toBe(delegation.municipalStaffOnStateTasks);
  });

  it('differ only where the allow-list says why, and every entry there is still needed', () => {
    for (const [s, why] of Object.entries(ALLOWED)) {
      expect(sentences, s).toContain(s);
      expect(why.length, s).toBeGreaterThan(20);
      expect(
        examples.some((name) => !texts.get(name)!.includes(s)),
        `«${s}» is in the allow-list but every example has it verbatim: remove it from the list`,
      ).toBe(true);
    }
  });
});
