/** The shared docxtemplater renderer and package helpers other renderers reuse. */
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { loadTemplates, templatePath } from '../../src/cli/resources.js';
import { addPart, setCoreDates, zipToBuffer } from '../../src/ooxml/package.js';
import { zipDate } from '../../src/ooxml/zip-date.js';
import { MissingTemplateValueError, Renderer } from '../../src/render/docx.js';
import { AGREEMENT_TEMPLATE } from '../../src/render/templates.js';
import { agreementView } from '../../src/render/view-model.js';
import { renderer } from '../helpers/resources.js';
import { loadExample, ooxmlValidate, packAgreementTemplate, parseParts, writeTemp } from './helpers.js';

beforeAll(packAgreementTemplate);

const view = () => {
  const a = loadExample('nav-bodo');
  return agreementView(a, derive(a));
};

/** [name, compression method] of every local file header, in file order. */
function localEntries(buf: Buffer): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extraLen = buf.readUInt16LE(at + 28);
    out.push([buf.toString('utf8', at + 30, at + 30 + nameLen), method]);
    at += 30 + nameLen + extraLen + size;
  }
  return out;
}

describe('Renderer', () => {
  it('throws on a tag without a value instead of printing «undefined»', () => {
    const data: Record<string, unknown> = { ...view() };
    delete data.countyName;
    expect(() => renderer().render(AGREEMENT_TEMPLATE, data)).toThrow(MissingTemplateValueError);
    expect(() => renderer().render(AGREEMENT_TEMPLATE, data)).toThrow(/\{countyName\}/);
  });

  it('also throws for a missing section flag', () => {
    const data: Record<string, unknown> = { ...view() };
    delete data.hasLocalGoals;
    expect(() => renderer().render(AGREEMENT_TEMPLATE, data)).toThrow(MissingTemplateValueError);
  });

  it('refuses template names that are not plain names, and says how to build a missing template', () => {
    expect(() => templatePath('../package')).toThrow(/Ugyldig malnavn/);
    expect(() => loadTemplates(['finnes-ikke'])).toThrow(/npm run build/);
  });

  it('renders only the templates it was given', () => {
    expect(() => new Renderer(new Map()).render(AGREEMENT_TEMPLATE, view())).toThrow(/ikke lastet/);
  });

  it('writes [Content_Types].xml first, then sorted DEFLATE entries, all with the fixed date', () => {
    const buf = renderer().render(AGREEMENT_TEMPLATE, view());
    const entries = localEntries(buf);
    const names = entries.map(([n]) => n);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(entries.every(([, method]) => method === 8)).toBe(true);
    const zip = new PizZip(buf);
    for (const n of names) expect(zip.files[n]!.date.getTime()).toBe(zipDate().getTime());
    // DOS date/time fields of the first entry: 2026-01-01 00:00:00 whatever the local time zone.
    expect(buf.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (1 << 5) | 1);
    expect(buf.readUInt16LE(10)).toBe(0);
  });

  it('strips the XML comments that document the template source', () => {
    const zip = new PizZip(renderer().render(AGREEMENT_TEMPLATE, view()));
    for (const f of Object.values(zip.files)) if (!f.dir) expect(f.asText(), f.name).not.toContain('<!--');
  });
});

describe('addPart', () => {
  it('adds a part with its content type and a relationship from the document, and the result stays valid', () => {
    const zip = renderer().renderToZip(AGREEMENT_TEMPLATE, view());
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><partnerskap xmlns="urn:partnerskap:test">data &amp; mer</partnerskap>';
    const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
    const id = addPart(zip, { path: 'customXml/item1.xml', contentType: 'application/xml', xml, relationshipType: type });
    // Adding the same part again replaces its override instead of duplicating it.
    addPart(zip, { path: 'customXml/item1.xml', contentType: 'application/xml', xml });
    const buf = zipToBuffer(zip);
    const parts = parseParts(buf);
    expect(parts.get('customXml/item1.xml')!.documentElement!.textContent).toBe('data & mer');
    const types = parts.get('[Content_Types].xml')!.documentElement!.toString();
    expect(types.match(/PartName="\/customXml\/item1.xml"/g)).toHaveLength(1);
    const rels = parts.get('word/_rels/document.xml.rels')!.documentElement!.toString();
    expect(id).toBe('rId7');
    expect(rels).toContain(`<Relationship Id="rId7" Type="${type}" Target="../customXml/item1.xml"/>`);
    const r = ooxmlValidate(writeTemp(buf, 'med-del.docx'));
    expect(r.status, r.output).toBe(0);
  });

  it('targets parts under word/ relative to the document, and returns no id without a relationship type', () => {
    const zip = renderer().renderToZip(AGREEMENT_TEMPLATE, view());
    expect(addPart(zip, { path: 'customXml/item2.xml', contentType: 'application/xml', xml: '<a/>' })).toBeUndefined();
    addPart(zip, { path: 'word/glossary-test.xml', contentType: 'application/xml', xml: '<a/>', relationshipType: 'urn:test' });
    expect(zip.file('word/_rels/document.xml.rels')!.asText()).toContain('Target="glossary-test.xml"');
    expect(() => addPart(zip, { path: '../utenfor.xml', contentType: 'application/xml', xml: '<a/>' })).toThrow(/Ugyldig delnavn/);
  });
});

describe('setCoreDates', () => {
  it('dates created and modified in docProps/core.xml, and refuses anything but a W3CDTF date-time', () => {
    const zip = renderer().renderToZip(AGREEMENT_TEMPLATE, view());
    setCoreDates(zip, '2025-12-10T00:00:00Z');
    const core = parseParts(zipToBuffer(zip)).get('docProps/core.xml')!;
    const dc = 'http://purl.org/dc/terms/';
    expect(core.getElementsByTagNameNS(dc, 'created').item(0)!.textContent).toBe('2025-12-10T00:00:00Z');
    expect(core.getElementsByTagNameNS(dc, 'modified').item(0)!.textContent).toBe('2025-12-10T00:00:00Z');
    expect(() => setCoreDates(zip, '2025-12-10')).toThrow(/Ugyldig dokumentdato/);
    expect(() => setCoreDates(zip, '<x/>')).toThrow(/Ugyldig dokumentdato/);
  });
});
