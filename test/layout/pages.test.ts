/**
 * Page layout as a reader sees it: every example made with `generate --pdf` (the real LibreOffice)
 * and read back page by page with poppler-utils' pdftotext, not with the code that laid it out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ooxmlValidate } from '../helpers/docx.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { LO_ENV, pdfText } from '../pdf/helpers.js';

/** Every example, each in its own run (the revision has the same office as its original). */
const RUNS = [
  ['nav-bodo.yaml', 'nav-bodo'],
  ['nav-indre-salten.yaml', 'nav-indre-salten'],
  ['revisjoner/nav-indre-salten-2028.yaml', 'nav-indre-salten'],
] as const;

/** The pages of a PDF as pdftotext gives them: without the running header (first line) and footer («Side X av Y»). */
function pages(pdf: string): string[][] {
  return pdfText(pdf)
    .split('\f')
    .slice(0, -1)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .filter((l) => !/^Side \d+ av \d+$/.test(l))
        .slice(1),
    );
}

/** The last page may be short; every other holds at least a few lines. */
function noEmptyPage(pdf: string): void {
  const all = pages(pdf);
  expect(all.length).toBeGreaterThan(10);
  all.slice(0, -1).forEach((p, i) => expect(p.length, `side ${i + 1}: ${p.join(' / ')}`).toBeGreaterThanOrEqual(5));
}

/** Every entry of the contents (on a page of their own after the title page) names the page its heading is on. */
function contentsPages(pdf: string): void {
  const all = pages(pdf);
  expect(all[1]![0]).toBe('Innhold');
  // A long entry wraps: its dot leaders and number come on a line of their own.
  const toc = all[1]!.slice(1).reduce<string[]>((acc, l) => (l.startsWith('..') && acc.length ? [...acc.slice(0, -1), `${acc[acc.length - 1]} ${l}`] : [...acc, l]), []);
  // «9.0 Avtaleperiode…………17»: the heading, dot leaders, a page number.
  const entries = toc.map((l) => /^(.*?)\s*\.{3,}\s*(\d+)$/.exec(l)).filter((m) => m !== null);
  expect(entries.length).toBeGreaterThanOrEqual(18);
  const numbers = entries.map((m) => Number(m![2]));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(numbers[numbers.length - 1]).toBeGreaterThan(5);
  for (const m of entries) {
    const heading = m![1]!;
    // The page the entry names starts with, or holds, that heading (read on that page itself).
    const page = all[Number(m![2]) - 1]!.join(' ');
    expect(page, heading).toContain(heading);
  }
}

describe.each(RUNS)('the documents of %s', (file, office) => {
  let dir: string;
  const out = (name: string) => join(dir, 'ut', name);

  beforeAll(async () => {
    dir = tempDir('partnerskap-layout-');
    const r = await runCli(['generate', join(EXAMPLES, file), '--out', 'ut', '--pdf', '--today', '2026-03-02'], { cwd: dir, env: LO_ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual([`partnerskapsavtale-${office}.docx`, `partnerskapsavtale-${office}.pdf`, `veileder-${office}.docx`, `veileder-${office}.pdf`]);
  }, 300_000);

  it('keeps the signatures on a page with the end of the agreement text, never alone', () => {
    const all = pages(out(`partnerskapsavtale-${office}.pdf`));
    const signing = all.findIndex((p) => p.includes('Sted, dato'));
    expect(signing).toBeGreaterThan(0);
    const page = all[signing]!;
    // Both signatories' titles, and 9.0's own text above them on the same page.
    expect(page.some((l) => /Direktør$/.test(l))).toBe(true);
    expect(page).toContain('9.0 Avtaleperiode');
    expect(page.some((l) => l.startsWith('Eierne er enige om følgende gyldighetsperiode'))).toBe(true);
    expect(page.indexOf('9.0 Avtaleperiode')).toBeLessThan(page.indexOf('Sted, dato'));
    // Nothing of the agreement comes after the page with the signatures but its attachments.
    for (const p of all.slice(signing + 1)) expect(p.join('\n')).not.toMatch(/^\d\.\d /m);
  });

  it('has no page in the guide that is (nearly) empty', () => noEmptyPage(out(`veileder-${office}.pdf`)));

  it("shows the guide's contents with the page each heading is on", () => contentsPages(out(`veileder-${office}.pdf`)));
  it('writes documents every part of which is valid against the ECMA-376 schemas', () => {
    for (const name of [`partnerskapsavtale-${office}.docx`, `veileder-${office}.docx`]) {
      const r = ooxmlValidate(out(name));
      expect(r.output, name).toMatch(/^(\d+)\/\1 parts valid$/m);
      expect(r.status, r.output).toBe(0);
      expect(r.report!.parts.map((p) => p.part)).toContain('docProps/custom.xml');
    }
    expect(readFileSync(out(`partnerskapsavtale-${office}.docx`)).length).toBeGreaterThan(0);
  });
});

describe('the national guide', () => {
  let pdf: string;
  beforeAll(async () => {
    const dir = tempDir('partnerskap-layout-');
    const r = await runCli(['guide', '--out', 'veileder.docx', '--pdf', '--today', '2026-03-02'], { cwd: dir, env: LO_ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    pdf = join(dir, 'veileder.pdf');
  }, 300_000);

  it('has no (nearly) empty page', () => noEmptyPage(pdf));
  it('shows its contents with the page each heading is on', () => contentsPages(pdf));
});
