/**
 * One structure, two målformer: the nynorsk agreement template (templates/partnerskapsavtale-nn/)
 * has exactly the bokmål template's paragraphs, styles, tables and docxtemplater tags; only the
 * words differ. Read from the template sources, independently of the packer and the renderer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const NB = join(ROOT, 'templates', 'partnerskapsavtale');
const NN = join(ROOT, 'templates', 'partnerskapsavtale-nn');

/** Nynorsk has no s-genitive: where bokmål says «NAV Bodøs lokasjon», nynorsk says «lokasjonen til NAV Bodø». */
const GENITIVE: Record<string, string> = { officeGenitive: 'officeName', signingMunicipalityGenitive: 'signingMunicipality' };

/**
 * Per paragraph: its properties (style, numbering, keep-with-next …), whether it sits in a table
 * cell, its control tags in order ({#…}, {^…}, {/…}) and the set of value tags. Word order inside a
 * sentence is the language's own; which values and conditions a paragraph has, is not.
 */
export function skeleton(xml: string): string[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const out: string[] = [];
  for (const m of body.matchAll(/<w:tbl>|<\/w:tbl>|<w:tr\b[^>]*>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    if (!m[0].startsWith('<w:p')) {
      out.push(m[0].replace(/\s.*>$/, '>'));
      continue;
    }
    const p = m[1] ?? '';
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1]?.replace(/\s+/g, '') ?? '';
    const runProps = [...p.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map((r) => r[1]!.replace(/\s+/g, '')).join('|');
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const tags = [...text.matchAll(/\{([^}]*)\}/g)].map((t) => t[1]!);
    const control = tags.filter((t) => /^[#^/]/.test(t));
    const values = [...new Set(tags.filter((t) => !/^[#^/]/.test(t)).map((t) => GENITIVE[t] ?? t))].sort();
    const runs = (p.match(/<w:r>|<w:r\s/g) ?? []).length;
    out.push(`p ${props} runs=${runs} rPr=${runProps} ctl=${control.join('')} val=${values.join(',')} breaks=${(p.match(/<w:br\/>/g) ?? []).length}`);
  }
  return out;
}

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe('the nynorsk agreement template', () => {
  it('holds only the parts with words in them; everything else is the bokmål template', () => {
    expect(files(NN).map((f) => relative(NN, f)).sort()).toEqual(['docProps/core.xml', 'word/document.xml', 'word/header1.xml']);
  });

  for (const part of ['word/document.xml', 'word/header1.xml'])
    it(`${part}: same paragraphs, properties, tables and tags as bokmål`, () => {
      const nb = skeleton(readFileSync(join(NB, part), 'utf8'));
      const nn = skeleton(readFileSync(join(NN, part), 'utf8'));
      expect(nb.length).toBeGreaterThan(part.endsWith('document.xml') ? 200 : 0);
      expect(nn).toEqual(nb);
    });

  it('the check sees a difference: a moved tag, a changed style or a dropped paragraph', () => {
    const nb = readFileSync(join(NB, 'word/document.xml'), 'utf8');
    const base = skeleton(nb);
    expect(skeleton(nb.replace('{/hasVersion}', '{/hasCaseNumbers}'))).not.toEqual(base);
    expect(skeleton(nb.replace('<w:pStyle w:val="ListBullet"/>', '<w:pStyle w:val="ListNumber"/>'))).not.toEqual(base);
    expect(skeleton(nb.replace(/<w:p><w:r><w:t>\{#hasVersion\}<\/w:t><\/w:r><\/w:p>/, ''))).not.toEqual(base);
    // Word order and the genitive construction are the language's: not a difference.
    expect(skeleton(nb.replace('{officeGenitive} lokasjon er {address}', 'Lokasjonen til {officeName} er {address}'))).toEqual(base);
  });

  it('core properties differ only in subject and language', () => {
    const strip = (s: string) => s.replace(/<dc:subject>[^<]*<\/dc:subject>|<dc:language>[^<]*<\/dc:language>/g, '');
    const nb = readFileSync(join(NB, 'docProps/core.xml'), 'utf8');
    const nn = readFileSync(join(NN, 'docProps/core.xml'), 'utf8');
    expect(strip(nn)).toBe(strip(nb));
    expect(nn).toContain('<dc:language>nn-NO</dc:language>');
  });
});
