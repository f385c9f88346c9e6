import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { internalFields, publicCopy, PUBLIC_NOTICE } from '../../src/model/public-copy.js';
import { schema, schemaAt, type SchemaNode } from '../../src/model/schema.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderGuide } from '../../src/guide/guide.js';
import { extractAgreementData } from '../../src/embed/extract.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { resources, renderer } from '../helpers/resources.js';
import { partsOf, partsWith, publicProperty, SECRET, withComments } from './helpers.js';

/** Every `x-internal` field the schema declares, as a pointer pattern («*» for any key or index). */
function internalPatterns(node: SchemaNode, path: string, seen = new Set<string>()): string[] {
  if (node.$ref) {
    if (seen.has(node.$ref)) return [];
    const target = node.$ref.replace(/^#\//, '').split('/').reduce<unknown>((acc, s) => (acc as Record<string, unknown>)[s], schema) as SchemaNode;
    return [...(node['x-internal'] === true ? [path] : []), ...internalPatterns(target, path, new Set([...seen, node.$ref]))];
  }
  const own = node['x-internal'] === true ? [path] : [];
  const props = Object.entries(node.properties ?? {}).flatMap(([k, child]) => internalPatterns(child, `${path}/${k}`, seen));
  const extra = typeof node.additionalProperties === 'object' ? internalPatterns(node.additionalProperties, `${path}/*`, seen) : [];
  const items = node.items ? internalPatterns(node.items, `${path}/*`, seen) : [];
  return [...own, ...props, ...extra, ...items];
}

describe('publicCopy', () => {
  it('is driven by the schema: the checklist comment is marked "x-internal"', () => {
    expect(internalPatterns(schema, '')).toContain('/checklist/*/comment');
  });

  it('only optional fields are marked internal, so a public copy stays a valid agreement', () => {
    for (const pattern of internalPatterns(schema, '')) {
      const segs = pattern.split('/');
      const field = segs.pop()!;
      const parent = schemaAt(segs.join('/').replace(/\*/g, '0'));
      expect(parent?.required ?? [], pattern).not.toContain(field);
    }
  });

  it('leaves out the checklist comments and keeps everything else', () => {
    const a = withComments();
    const before = JSON.stringify(a);
    const p = publicCopy(a);
    expect(JSON.stringify(a)).toBe(before); // the input is not changed
    expect(JSON.stringify(p)).not.toContain(SECRET);
    expect(p.checklist).toEqual({
      '3.7-2': { status: 'delvis', answeredBy: 'Kari Nordmann', answeredAt: '2025-10-01' },
      '3.8-1': { status: 'ja' },
      '9.0-1': { status: 'ja' },
    });
    const { checklist: _a, ...restA } = a;
    const { checklist: _p, ...restP } = p;
    expect(restP).toEqual(restA);
    expect(validateAgreement(p).ok).toBe(true);
    expect(publicCopy(p)).toEqual(p);
  });

  it('names what it leaves out, and only fields the schema marks', () => {
    expect(internalFields(withComments())).toEqual(['/checklist/3.7-2/comment', '/checklist/3.8-1/comment']);
    const patterns = internalPatterns(schema, '').map((p) => new RegExp(`^${p.replace(/\*/g, '[^/]+')}$`));
    for (const pointer of internalFields(withComments())) expect(patterns.some((re) => re.test(pointer)), pointer).toBe(true);
  });
});

describe('a public agreement document', () => {
  const a = withComments();
  const full = renderAgreement(a, derive(a), renderer());
  const pub = renderAgreement(a, derive(a), renderer(), { publicCopy: true });

  it('carries no internal comment in any part, while the full document does (in its data)', () => {
    expect(partsWith(full, SECRET)).toEqual(['customXml/item1.xml']);
    expect(partsWith(pub, SECRET)).toEqual([]);
  });

  it('has the same visible text as the full document (the agreement shows no checklist)', async () => {
    const text = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
    expect(await text(pub)).toBe(await text(full));
    expect(await text(pub)).not.toContain(SECRET);
  });

  it('says so on every page, in the header, on a line of its own', () => {
    const header = (b: Buffer) => partsOf(b).get('word/header1.xml')!;
    const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts(header(pub))).toEqual(['Partnerskapsavtale – NAV Indre Salten', PUBLIC_NOTICE]);
    expect(header(pub)).toMatch(/<w:br\/><w:t[^>]*>Offentlig versjon/);
    expect(texts(header(full))).toEqual(['Partnerskapsavtale – NAV Indre Salten']);
    expect(header(full)).not.toContain('<w:br/>');
  });

  it('says so in its properties and its embedded data, which the reader reports', () => {
    expect(publicProperty(pub)).toBe('ja');
    expect(publicProperty(full)).toBeUndefined();
    expect(partsWith(pub, 'public="true"')).toEqual(['customXml/item1.xml']);
    const read = extractAgreementData(pub);
    expect(read.ok && read.value.publicCopy).toBe(true);
    expect(read.ok && read.value.data).toEqual(publicCopy(a));
    const fullRead = extractAgreementData(full);
    expect(fullRead.ok && fullRead.value.publicCopy).toBe(false);
  });

  it('is deterministic', () => {
    expect(renderAgreement(a, derive(a), renderer(), { publicCopy: true }).equals(pub)).toBe(true);
  });
});

describe('a public guide for the agreement', () => {
  const a = withComments();
  const forA = { agreement: a, today: '2025-11-20' };

  it('shows the comments in full, none in the public copy, which opens with the notice', () => {
    const full = renderGuide('md', resources(), forA) as string;
    const pub = renderGuide('md', resources(), { ...forA, publicCopy: true }) as string;
    expect(full).toContain(`${SECRET}-a`);
    expect(full).not.toContain(PUBLIC_NOTICE);
    expect(pub).not.toContain(SECRET);
    expect(pub).toContain(`${PUBLIC_NOTICE}.`);
    // The recorded answers stay: «Delvis» by Kari Nordmann.
    expect(pub).toContain('Kari Nordmann');
  });

  it('as .docx: no comment in any part, and the notice in the text', async () => {
    const docx = renderGuide('docx', resources(), { ...forA, publicCopy: true }) as Buffer;
    expect(partsWith(docx, SECRET)).toEqual([]);
    expect(publicProperty(docx)).toBe('ja');
    expect(publicProperty(renderGuide('docx', resources(), forA) as Buffer)).toBeUndefined();
    expect((await mammoth.extractRawText({ buffer: docx })).value).toContain(PUBLIC_NOTICE);
  });
});
