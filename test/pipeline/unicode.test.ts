import fc from 'fast-check';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { pointerOf } from '../../src/model/problem.js';
import { schemaAt } from '../../src/model/schema.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { example } from '../helpers/paths.js';

type Json = Record<string, unknown> | unknown[];

/** Pointers of every free-text string (format xml-text) in the data. */
function textPointers(data: unknown, path: (string | number)[] = []): string[] {
  if (typeof data === 'string') return schemaAt(pointerOf(path))?.format === 'xml-text' ? [pointerOf(path)] : [];
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => textPointers(v, [...path, Array.isArray(data) ? Number(k) : k]));
  return [];
}

function setAt(data: Json, pointer: string, value: string): void {
  const segs = pointer.slice(1).split('/');
  const last = segs.pop()!;
  const parent = segs.reduce<Json>((acc, s) => (acc as Record<string, Json>)[s]!, data);
  (parent as Record<string, unknown>)[last] = value;
}

const docText = async (a: Agreement) => (await mammoth.extractRawText({ buffer: renderAgreement(a, derive(a), renderer()) })).value;
const isNavName = (p: string) => p === '/parties/officeName' || p === '/parties/county/name';
const isMunicipalityName = (p: string) => /^\/parties\/municipalities\/\d+\/name$/.test(p);
/** Free text made to fit the field's fixed form: «NAV …» for NAV names, «… kommune» for kommune names. */
const fitted = (p: string, text: string) => (isNavName(p) ? `NAV ${text}` : isMunicipalityName(p) ? `${text} kommune` : text);
const isLine = (p: string) => (schemaAt(p)?.maxLength ?? 0) <= 200;

let shown: string[] = [];

beforeAll(async () => {
  // Which free-text fields the agreement shows: put a marker in each and look for it.
  const a = example();
  const pointers = textPointers(a);
  pointers.forEach((p, i) => setAt(a as unknown as Json, p, fitted(p, `MERKE${i}X`)));
  const text = await docText(a);
  shown = pointers.filter((p, i) => text.includes(`MERKE${i}X`));
});

describe('free text survives every step untouched', () => {
  it('the agreement shows the free-text fields a reader needs', () => {
    for (const p of ['/parties/officeName', '/parties/county/name', '/parties/municipalities/4/name', '/parties/municipalities/4/samiName', '/purpose/localGoals/0', '/location/sites/0/address/street', '/leadership/municipalReportsTo', '/services/additionalMunicipalServices/0', '/userParticipation/systemLevel', '/cooperation/agreements/0', '/signing/place', '/signing/municipal/name', '/attachments/0/title'])
      expect(shown).toContain(p);
    expect(shown.length).toBeGreaterThanOrEqual(25);
  });

  it('XML specials, Sámi letters, emoji and right-to-left text appear literally', async () => {
    const a = example();
    const samples = ['<w:p>', `& < > " '`, ']]>', 'Divtasvuona suohkan', 'Hábmer', 'áčđŋšŧž ÁČĐŊŠŦŽ', '👩‍👩‍👧 🇳🇴', 'שלום عربي', '{officeName}', '{{x}}', '{#loop}{/loop}'];
    shown.forEach((p, i) => setAt(a as unknown as Json, p, fitted(p, samples[i % samples.length]!)));
    const r = validateAgreement(a);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    const text = await docText(a);
    for (const s of samples) expect(text).toContain(s);
    expect(text).not.toMatch(/undefined|\[object Object\]/);
  });

  it('arbitrary Unicode: a clear validation error, or a document that contains the text exactly', async () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.constantFrom('<w:t>', '&amp;', ']]>', 'Hábmer', '\u0001', '\ud800', 'a\nb', 'a\u2028b', ' innrykk', 'slutt '),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 8 }), async (texts) => {
        const a = example();
        const used = shown.map((p, i) => {
          const t = texts[i % texts.length]!;
          const value = fitted(p, t);
          setAt(a as unknown as Json, p, value);
          return { p, value };
        });
        const r = validateAgreement(a);
        if (!r.ok) {
          for (const problem of r.problems) {
            expect(['forbidden_char', 'empty', 'multiline', 'pattern', 'too_long', 'municipality_name']).toContain(problem.code);
            expect(problem.message).toMatch(/^«.+» /);
            expect(problem.pointer).not.toBe('');
          }
          return;
        }
        const text = await docText(a);
        for (const { p, value } of used) {
          // Line breaks in long text become Word line breaks, which a text reader returns as \n.
          // A value is printed without the spaces around it («(sak 25/1412)», a list item).
          if (isLine(p)) expect(text, p).toContain(value.trim());
          else for (const line of value.split('\n')) expect(text, p).toContain(line.trim());
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
