/**
 * Guards the compile-once optimisation in src/render/docx.ts, which relies on docxtemplater
 * internals: every document rendered through the reused instance must be byte-identical to one
 * rendered by a fresh docxtemplater, whatever was rendered before it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticAgreements } from '../../bench/synthetic.js';
import { derive } from '../../src/derive/derive.js';
import { renderGuide } from '../../src/guide/guide.js';
import { renderToZip, zipToBuffer } from '../../src/render/docx.js';
import { agreementView } from '../../src/render/view-model.js';
import { example, EXAMPLE_FILES, ROOT } from '../helpers/paths.js';

const agreements = [...EXAMPLE_FILES.map((f) => example(f)), ...syntheticAgreements(12)];

describe('compiled templates reused across renders', () => {
  it('pins the docxtemplater version the reuse was checked against', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies.docxtemplater).toBe('3.71.0');
    expect(JSON.parse(readFileSync(join(ROOT, 'node_modules/docxtemplater/package.json'), 'utf8')).version).toBe('3.71.0');
  });

  it('gives the same bytes as a fresh docxtemplater, for agreements rendered in any order', () => {
    const views = agreements.map((a) => agreementView(a, derive(a)));
    const fresh = views.map((v) => zipToBuffer(renderToZip('partnerskapsavtale', v, { fresh: true })));
    // Forwards, backwards and interleaved with a different template.
    for (const order of [views.keys(), [...views.keys()].reverse()]) {
      for (const i of order) {
        expect(zipToBuffer(renderToZip('partnerskapsavtale', views[i]!)).equals(fresh[i]!), `avtale ${i}`).toBe(true);
        renderGuide('docx', { agreement: agreements[i]!, today: '2026-01-01' });
      }
    }
  });

  it('gives the same guide for the same agreement whatever was rendered between', () => {
    const guide = (i: number) => Buffer.from(renderGuide('docx', { agreement: agreements[i]!, today: '2026-01-01' }));
    const first = guide(0);
    const other = guide(1);
    expect(other.equals(first)).toBe(false);
    expect(guide(0).equals(first)).toBe(true);
  });

  it('recovers after a failed render', () => {
    const view = agreementView(agreements[0]!, derive(agreements[0]!));
    expect(() => renderToZip('partnerskapsavtale', { ...view, officeName: undefined })).toThrow(/bruker \{/);
    expect(zipToBuffer(renderToZip('partnerskapsavtale', view)).equals(zipToBuffer(renderToZip('partnerskapsavtale', view, { fresh: true })))).toBe(true);
  });
});
