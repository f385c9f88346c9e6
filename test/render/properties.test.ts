/**
 * Document properties of the agreement, read back from the package: docProps/core.xml, app.xml
 * and custom.xml parsed on their own, and the parts checked against the ECMA-376 schemas.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { ooxmlValidate, parseParts } from '../helpers/docx.js';
import { example, tempDir } from '../helpers/paths.js';
import { renderer } from '../helpers/resources.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const EP = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';

const value = (d: Document, ns: string, n: string) => d.getElementsByTagNameNS(ns, n).item(0)?.textContent;
const custom = (d: Document) => Object.fromEntries(Array.from(d.getElementsByTagNameNS(CUSTOM, 'property')).map((p) => [p.getAttribute('name'), p.textContent]));

describe('the agreement’s document properties', () => {
  const a = example('nav-indre-salten.yaml');
  const docx = renderAgreement(a, derive(a), renderer(), { generated: '2026-03-02' });
  const parts = parseParts(docx);

  it('has title, subject, author (the office), keywords and the generation date', () => {
    const core = parts.get('docProps/core.xml')!;
    expect(value(core, DC, 'title')).toBe('Partnerskapsavtale for NAV Indre Salten');
    expect(value(core, DC, 'subject')).toBe('Partnerskapsavtale etter NAV-loven § 14');
    expect(value(core, DC, 'creator')).toBe('NAV Indre Salten');
    expect(value(core, DC, 'language')).toBe('nb-NO');
    expect(value(core, CP, 'keywords')!.split('; ')).toEqual(['partnerskapsavtale', 'NAV-loven § 14', 'NAV Indre Salten', a.parties.county.name, ...derive(a).municipalities.map((m) => m.name)]);
    expect(value(core, DCTERMS, 'created')).toBe('2026-03-02T00:00:00Z');
    expect(value(core, DCTERMS, 'modified')).toBe('2026-03-02T00:00:00Z');
    expect(value(parts.get('docProps/app.xml')!, EP, 'Company')).toBe('NAV Indre Salten');
    expect(custom(parts.get('docProps/custom.xml')!)).toEqual({ Generert: '2026-03-02' });
  });

  it('takes case numbers (the hook for schema 2.0) as custom properties and keywords', () => {
    const withCases = parseParts(renderAgreement(a, derive(a), renderer(), { generated: '2026-03-02', caseNumbers: [{ party: 'Fauske kommune', caseNumber: '2025/1234' }, { party: 'NAV Nordland', caseNumber: '25/5678' }] }));
    expect(custom(withCases.get('docProps/custom.xml')!)).toMatchObject({ 'Saksnummer Fauske kommune': '2025/1234', 'Saksnummer NAV Nordland': '25/5678' });
    expect(value(withCases.get('docProps/core.xml')!, CP, 'keywords')).toContain('saksnummer 2025/1234');
  });

  it('is dated the agreement’s own date when no generation date is given, and is the same bytes for the same date', () => {
    const plain = parseParts(renderAgreement(a, derive(a), renderer())).get('docProps/core.xml')!;
    expect(value(plain, DCTERMS, 'created')).toBe(`${a.signing.date}T00:00:00Z`);
    expect(renderAgreement(a, derive(a), renderer(), { generated: '2026-03-02' }).equals(docx)).toBe(true);
    expect(renderAgreement(a, derive(a), renderer(), { generated: '2026-03-03' }).equals(docx)).toBe(false);
  });

  it('marks the signature table as a layout table with a caption, and every part is schema-valid', () => {
    const doc = parts.get('word/document.xml')!;
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const captions = Array.from(doc.getElementsByTagNameNS(W, 'tblCaption')).map((c) => c.getAttributeNS(W, 'val'));
    expect(captions).toEqual(['Underskrifter']);
    const tbl = doc.getElementsByTagNameNS(W, 'tblCaption').item(0)!.parentNode as Element;
    expect((tbl.getElementsByTagNameNS(W, 'tblLook').item(0) as Element).getAttributeNS(W, 'firstRow')).toBe('0');
    const path = join(tempDir('egenskaper-'), 'a.docx');
    writeFileSync(path, docx);
    const r = ooxmlValidate(path);
    expect(r.status, r.output).toBe(0);
    expect(r.report!.parts.map((p) => p.part)).toEqual(expect.arrayContaining(['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']));
  }, 120_000);
});
