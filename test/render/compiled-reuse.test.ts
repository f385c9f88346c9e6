/**
 * Guards the compile-once optimisation of src/render/docx.ts's Renderer, which relies on
 * docxtemplater internals: every document rendered through the reused instance must be
 * byte-identical to one rendered by a fresh docxtemplater, whatever was rendered before it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticAgreements } from '../../bench/synthetic.js';
import { derive } from '../../src/derive/derive.js';
import { loadGuide, loadTemplates } from '../../src/cli/resources.js';
import { renderGuide } from '../../src/guide/guide.js';
import { zipToBuffer } from '../../src/ooxml/package.js';
import { Renderer } from '../../src/render/docx.js';
import { agreementView } from '../../src/render/view-model.js';
import { example, EXAMPLE_FILES, ROOT } from '../helpers/paths.js';

const agreements = [...EXAMPLE_FILES.map((f) => example(f)), ...syntheticAgreements(12)];
// One renderer for the whole file, as a command or a worker thread keeps one for all its documents.
const renderer = new Renderer(loadTemplates());
const res = { guide: loadGuide(), renderer };

describe('compiled templates reused across renders', () => {
  it('pins the docxtemplater version the reuse was checked against', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies.docxtemplater).toBe('3.71.0');
    expect(JSON.parse(readFileSync(join(ROOT, 'node_modules/docxtemplater/package.json'), 'utf8')).version).toBe('3.71.0');
  });

  it('gives the same bytes as a fresh docxtemplater, for agreements rendered in any order', () => {
    const views = agreements.map((a) => agreementView(a, derive(a)));
    const fresh = views.map((v) => zipToBuffer(renderer.renderToZip('partnerskapsavtale', v, { fresh: true })));
    // Forwards, backwards and interleaved with a different template.
    for (const order of [views.keys(), [...views.keys()].reverse()]) {
      for (const i of order) {
        expect(zipToBuffer(renderer.renderToZip('partnerskapsavtale', views[i]!)).equals(fresh[i]!), `avtale ${i}`).toBe(true);
        renderGuide('docx', res, { agreement: agreements[i]!, today: '2026-01-01' });
      }
    }
  });

  it('gives the same guide for the same agreement whatever was rendered between', () => {
    const guide = (i: number) => Buffer.from(renderGuide('docx', res, { agreement: agreements[i]!, today: '2026-01-01' }));
    const first = guide(0);
    const other = guide(1);
    expect(other.equals(first)).toBe(false);
    expect(guide(0).equals(first)).toBe(true);
  });

  it('keeps its compiled templates to itself: another renderer, made afresh, gives the same bytes', () => {
    const view = agreementView(agreements[1]!, derive(agreements[1]!));
    const own = new Renderer(loadTemplates());
    expect(zipToBuffer(own.renderToZip('partnerskapsavtale', view)).equals(zipToBuffer(renderer.renderToZip('partnerskapsavtale', view)))).toBe(true);
  });

  it('recovers after a failed render', () => {
    const view = agreementView(agreements[0]!, derive(agreements[0]!));
    expect(() => renderer.renderToZip('partnerskapsavtale', { ...view, officeName: undefined })).toThrow(/bruker \{/);
    expect(zipToBuffer(renderer.renderToZip('partnerskapsavtale', view)).equals(zipToBuffer(renderer.renderToZip('partnerskapsavtale', view, { fresh: true })))).toBe(true);
  });
});
