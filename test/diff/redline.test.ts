import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { loCheck, ooxmlValidate, parseParts } from '../helpers/docx.js';
import { EXAMPLES, example, tempDir } from '../helpers/paths.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const OLD = join(EXAMPLES, 'nav-indre-salten.yaml');
const NEW = join(EXAMPLES, 'revisjoner', 'nav-indre-salten-2028.yaml');

/** Lines of text as LibreOffice reads them; only trailing whitespace is normalised. */
const lines = (text: string): string[] => text.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''));

const all = (doc: Document, name: string) => Array.from({ length: doc.getElementsByTagNameNS(W, name).length }, (_, i) => doc.getElementsByTagNameNS(W, name).item(i)!);

interface Pair {
  name: string;
  old: string;
  new: string;
  date: string;
  /** Kinds of tracked change the pair must show. */
  expect: { rowInserted?: boolean; rowDeleted?: boolean; paragraphInserted?: boolean };
}

let dir: string;
const pairs: Pair[] = [];
const built = new Map<string, { redline: string; oldDocx: string; newDocx: string; code: number; stderr: string }>();

async function generate(input: string, sub: string): Promise<string> {
  const out = join(dir, sub);
  const r = await runCli(['generate', input, '--out', out], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, r.stdout.split('\n').find((l) => l.includes('partnerskapsavtale-'))!.trim());
}

beforeAll(async () => {
  dir = tempDir('partnerskap-redline-');
  // A second pair: a kommune leaves, another joins, list items are added and reworded.
  const variant = example() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  variant.parties.municipalities.splice(3, 1);
  variant.costs.fte.splice(3, 1);
  variant.parties.municipalities.push({ name: 'Gildeskål kommune', number: '1838', orgNumber: '964982147' });
  variant.costs.fte.push({ municipality: '1838', fte: 2 });
  variant.services.additionalMunicipalServices = ['gjeldsrådgivning og budsjettveiledning', 'statlig bostøtte', 'startlån'];
  variant.attachments.push({ kind: 'annet', title: 'Lokal beredskapsplan for NAV Indre Salten' });
  writeFileSync(join(dir, 'variant.yaml'), stringify(variant));
  pairs.push(
    { name: 'the Indre Salten revision', old: OLD, new: NEW, date: '2027-12-10T00:00:00Z', expect: { paragraphInserted: true } },
    { name: 'a kommune out, another in', old: OLD, new: join(dir, 'variant.yaml'), date: '2025-12-15T00:00:00Z', expect: { rowInserted: true, rowDeleted: true, paragraphInserted: true } },
  );
  for (const [i, p] of pairs.entries()) {
    const redline = join(dir, `redline-${i}.docx`);
    const r = await runCli(['diff', p.old, p.new, '--redline', redline, '--format', 'json'], { cwd: dir });
    built.set(p.name, { redline, oldDocx: await generate(p.old, `old-${i}`), newDocx: await generate(p.new, `new-${i}`), code: r.code, stderr: r.stderr });
  }
});

describe('--redline: the new agreement with tracked changes against the old', () => {
  it('is written, and diff still reports differences (exit 1)', () => {
    for (const p of pairs) {
      const b = built.get(p.name)!;
      expect(b.code, b.stderr).toBe(1);
      expect(b.stderr).toContain('den nye avtalen med sporede endringer');
      expect(statSync(b.redline).size).toBeGreaterThan(10_000);
    }
  });

  for (const p of [0, 1]) {
    describe(`pair ${p + 1}`, () => {
      it('every XML part parses strictly', () => {
        const b = built.get(pairs[p]!.name)!;
        expect(() => parseParts(readFileSync(b.redline))).not.toThrow();
      });

      it('has word-level w:ins/w:del by «partnerskap», dated by the new version, with unique ids', () => {
        const pair = pairs[p]!;
        const doc = parseParts(readFileSync(built.get(pair.name)!.redline)).get('word/document.xml')!;
        const changes = [...all(doc, 'ins'), ...all(doc, 'del'), ...all(doc, 'pPrChange')];
        expect(all(doc, 'ins').length).toBeGreaterThan(3);
        expect(all(doc, 'del').length).toBeGreaterThan(3);
        for (const c of changes) {
          expect(c.getAttributeNS(W, 'author')).toBe('partnerskap');
          expect(c.getAttributeNS(W, 'date')).toBe(pair.date);
        }
        const ids = changes.map((c) => c.getAttributeNS(W, 'id'));
        expect(new Set(ids).size).toBe(ids.length);
        // Deleted text is w:delText inside w:del, never w:t.
        for (const d of all(doc, 'del')) expect(d.getElementsByTagNameNS(W, 't').length).toBe(0);
        for (const t of all(doc, 'delText')) expect(t.parentNode?.parentNode?.localName).toBe('del');
        // Word-level: some paragraph keeps unchanged runs around its changes.
        const mixed = all(doc, 'p').some((el) => el.getElementsByTagNameNS(W, 'ins').length > 0 && Array.from({ length: el.childNodes.length }, (_, i) => el.childNodes.item(i)).some((c) => c?.localName === 'r'));
        expect(mixed).toBe(true);
        const trIns = all(doc, 'trPr').some((tr) => tr.getElementsByTagNameNS(W, 'ins').length > 0);
        const trDel = all(doc, 'trPr').some((tr) => tr.getElementsByTagNameNS(W, 'del').length > 0);
        const paraMarkIns = all(doc, 'pPr').some((pPr) => pPr.getElementsByTagNameNS(W, 'ins').length > 0);
        if (pair.expect.rowInserted) expect(trIns).toBe(true);
        if (pair.expect.rowDeleted) expect(trDel).toBe(true);
        if (pair.expect.paragraphInserted) expect(paraMarkIns).toBe(true);
      });

      it('validates against the OOXML schemas', () => {
        const v = ooxmlValidate(built.get(pairs[p]!.name)!.redline);
        expect(v.status, v.output).toBe(0);
      });

      it('in LibreOffice, accepting all gives the new text and rejecting all the old', { timeout: 300_000 }, () => {
        const b = built.get(pairs[p]!.name)!;
        const report = JSON.parse(loCheck(['report', b.redline])) as { stats: { redlines: number }; accepted_text: string; rejected_text: string };
        expect(report.stats.redlines).toBeGreaterThan(5);
        expect(lines(report.accepted_text)).toEqual(lines(loCheck(['text', b.newDocx])));
        expect(lines(report.rejected_text)).toEqual(lines(loCheck(['text', b.oldDocx])));
      });
    });
  }

  it('is deterministic', async () => {
    const again = join(dir, 'igjen.docx');
    await runCli(['diff', OLD, NEW, '--redline', again], { cwd: dir });
    expect(readFileSync(again).equals(readFileSync(built.get(pairs[0]!.name)!.redline))).toBe(true);
  });

  it('carries the new version’s data: extract gives the new agreement, without a warning', async () => {
    const r = await runCli(['extract', built.get(pairs[0]!.name)!.redline, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(parse(readFileSync(NEW, 'utf8')));
  });

  it('never overwrites without --force', async () => {
    const target = join(dir, 'finnes.docx');
    writeFileSync(target, 'gammelt innhold');
    const r = await runCli(['diff', OLD, NEW, '--redline', target], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('finnes fra før og ble ikke overskrevet. Bruk --force');
    expect(readFileSync(target, 'utf8')).toBe('gammelt innhold');
    const forced = await runCli(['diff', OLD, NEW, '--redline', target, '--force'], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('identical versions give a redline without changes and exit 0', async () => {
    const target = join(dir, 'lik.docx');
    const r = await runCli(['diff', OLD, OLD, '--redline', target, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[]\n');
    const doc = parseParts(readFileSync(target)).get('word/document.xml')!;
    expect(all(doc, 'ins').length + all(doc, 'del').length).toBe(0);
  });
});
