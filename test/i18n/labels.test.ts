import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOpeningHours, formatWeekday } from '../../src/format/index.js';
import { labelFor } from '../../src/model/labels.js';
import { enumLabel, labelsOf, languageOf, schemaAt, type SchemaNode } from '../../src/model/schema.js';
import { rejectedBy, wordsOf } from '../helpers/hunspell.js';
import { ROOT, example } from '../helpers/paths.js';
import { tellTales } from './tell-tale.js';

/** The schema as a file (read here, not through the code under test). */
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas', 'partnerskapsavtale.schema.json'), 'utf8')) as SchemaNode;

/** Every node of the schema that a user reads something of, with where it is. */
function labelled(node: unknown, path = '#', out: { path: string; node: SchemaNode }[] = []): { path: string; node: SchemaNode }[] {
  if (Array.isArray(node)) node.forEach((n, i) => labelled(n, `${path}/${i}`, out));
  else if (node && typeof node === 'object') {
    const n = node as SchemaNode;
    if (typeof n.title === 'string' || typeof n.description === 'string' || n['x-enumLabels']) out.push({ path, node: n });
    for (const [k, v] of Object.entries(n)) if (!['x-nn', 'x-enumLabels', 'enum', 'const', 'default'].includes(k)) labelled(v, `${path}/${k}`, out);
  }
  return out;
}

const NODES = labelled(SCHEMA);
const nnTexts = NODES.flatMap(({ path, node }) => {
  const nn = node['x-nn'];
  return nn ? [nn.title, nn.description, ...Object.values(nn.enumLabels ?? {})].filter((t): t is string => !!t).map((text) => ({ path, text })) : [];
});

describe('the schema has every label in nynorsk, next to the bokmål one (x-nn)', () => {
  it('finds the labelled nodes (the walk is not empty)', () => {
    expect(NODES.length).toBeGreaterThan(150);
  });

  it('every title, description and set of enum labels has its nynorsk counterpart', () => {
    const missing = NODES.flatMap(({ path, node }) => {
      const nn = node['x-nn'];
      const out: string[] = [];
      if (typeof node.title === 'string' && !nn?.title) out.push(`${path}: title`);
      if (typeof node.description === 'string' && !nn?.description) out.push(`${path}: description`);
      for (const key of Object.keys(node['x-enumLabels'] ?? {})) if (!nn?.enumLabels?.[key]) out.push(`${path}: enumLabels.${key}`);
      return out;
    });
    expect(missing).toEqual([]);
  });

  it('x-nn holds nothing but title, description and enumLabels, and labels only values the enum has', () => {
    const wrong = NODES.flatMap(({ path, node }) => {
      const nn = (node['x-nn'] ?? {}) as Record<string, unknown>;
      const extra = Object.keys(nn).filter((k) => !['title', 'description', 'enumLabels'].includes(k));
      const values = new Set(node.enum ?? []);
      const unknown = Object.keys((nn.enumLabels ?? {}) as object).filter((v) => !values.has(v));
      return [...extra, ...unknown].map((k) => `${path}: ${k}`);
    });
    expect(wrong).toEqual([]);
  });

  it('no bokmål tell-tale word in any nynorsk label', () => {
    expect(nnTexts.flatMap(({ path, text }) => tellTales(text).map((w) => `${path}: «${w}» in «${text}»`))).toEqual([]);
  });

  it('no word that the bokmål dictionary knows and the nynorsk one does not, apart from a reviewed few', () => {
    // Reviewed: names and quoted titles (Nordlandssykehuset, «Felles sikkerhetsnorm for Arbeids- og
    // velferdsforvaltningen»), correct nynorsk compounds and forms the nn_NO dictionary lacks.
    const REVIEWED = new Set(['Nordlandssykehuset', 'sikkerhetsnorm', 'velferdsforvaltningen', 'Forholdsmessig', 'forholdsmessig', 'Lokasjon', 'lokasjon', 'Lokasjonen', 'lokasjonen', 'Vedtaksorgan', 'Versjonsnummeret', 'avrekna', 'beredskapsplan', 'Bydelsdirektør', 'bydelsdirektør', 'Dataformat', 'dataformatet', 'modulus', 'nemndbasert', 'signaturliner', 'årsbeløpa', 'Id', 'id', 'Id-en', 'Spørsmål-id', 'Éi', 'éi']);
    const words = new Set(nnTexts.flatMap(({ text }) => wordsOf(text)));
    const notNn = rejectedBy('nn_NO', words);
    const notNb = rejectedBy('nb_NO', notNn);
    const knownNb = [...notNn].filter((w) => !notNb.has(w));
    // (The word splitter keeps a sentence's last full stop on the word.)
    expect(knownNb.filter((w) => !REVIEWED.has(w.replace(/\.$/, ''))).sort()).toEqual([]);
  });
});

describe('one lookup by målform', () => {
  it('gives bokmål from title/description/x-enumLabels and nynorsk from x-nn', () => {
    const node = schemaAt('/document/language');
    expect(labelsOf(node, 'nb').title).toBe('Målform');
    expect(labelsOf(node, 'nn').title).toBe('Målform');
    expect(labelsOf(node, 'nn').enumLabels).toEqual({ nb: 'Bokmål', nn: 'Nynorsk' });
    expect(labelsOf(schemaAt('/parties/officeName'), 'nb').title).toBe('NAV-kontorets navn');
    expect(labelsOf(schemaAt('/parties/officeName'), 'nn').title).toBe('Namnet på NAV-kontoret');
    expect(enumLabel(schemaAt('/checklist/3.7-2/status'), 'ikke relevant', 'nn')).toBe('Ikkje relevant');
  });

  it('keeps a definition’s nynorsk enum labels under a referring node with its own nynorsk title', () => {
    const fromDay = schemaAt('/location/sites/0/openingHours/0/fromDay');
    expect(labelsOf(fromDay, 'nn').title).toBe('Frå vekedag');
    expect(enumLabel(fromDay, 'tirsdag', 'nn')).toBe('tysdag');
  });

  it('reads the målform from the data: nynorsk only when document.language is «nn»', () => {
    expect(languageOf({ document: { language: 'nn' } })).toBe('nn');
    expect(languageOf({ document: { language: 'nb' } })).toBe('nb');
    expect(languageOf({ document: {} })).toBe('nb');
    expect(languageOf({ document: { language: 'nynorsk' } })).toBe('nb');
    expect(languageOf(undefined)).toBe('nb');
  });

  it('labels a data pointer in the agreement’s målform', () => {
    const a = example('nav-indre-salten.yaml');
    expect(labelFor('/costs/fte/0/fte', a)).toMatch(/^3\.8 Driftsavtale › Årsverk › .+ › Årsverk$/);
    a.document.language = 'nn';
    expect(labelFor('/coDetermination/consultation/date', a)).toBe('3.4 Medråderett › Drøfting med organisasjonane til dei tilsette › Dato for drøfting');
    expect(labelFor('/parties/county/name', a)).toBe('1.0 Avtalepartar – eigarar › NAV fylke › Namnet på NAV fylke');
  });
});

describe('dates and opening hours in nynorsk', () => {
  it('the weekdays nynorsk writes differently, the same as the schema’s nynorsk labels', () => {
    const weekday = (SCHEMA.definitions as Record<string, SchemaNode>).weekday!;
    expect(weekday.enum!.map((d) => formatWeekday(d, 'nn'))).toEqual(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag']);
    expect(weekday.enum!.map((d) => weekday['x-nn']!.enumLabels![d])).toEqual(weekday.enum!.map((d) => formatWeekday(d, 'nn')));
    expect(weekday.enum!.map((d) => formatWeekday(d, 'nb'))).toEqual(weekday.enum);
  });

  it('opening hours with nynorsk days and words', () => {
    const hours = formatOpeningHours(
      [
        { fromDay: 'mandag', toDay: 'fredag', opens: '09:00', closes: '15:00' },
        { fromDay: 'tirsdag', opens: '10:00', closes: '12:00', kind: 'timeavtale' },
      ],
      true,
      undefined,
      'nn',
    );
    expect(hours).toMatch(/^måndag.{1,3}fredag kl\. 09\.00.+ og tysdag kl\. 10\.00.+ \(berre etter timeavtale\), og elles etter avtale$/);
    expect(tellTales(hours)).toEqual([]);
  });
});
