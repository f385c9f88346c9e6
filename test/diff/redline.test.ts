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

/** The note under the title; its dates have no-break spaces, so a date is never broken over two lines. */
const note = (newer: string, older: string) => `Sporede endringer: avtalen av ${newer} sammenlignet med avtalen av ${older}`.replace(/(\d+\.) (\p{L}+) (\d{4})/gu, '$1\u00a0$2\u00a0$3');
const NOTE_REVISION = note('10. desember 2027', '15. desember 2025');
const NOTE_VARIANT = note('15. desember 2025', '15. desember 2025');

/** Lines of text as LibreOffice reads them; only trailing whitespace is normalised. */
const lines = (text: string): string[] => text.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''));

const all = (doc: Document, name: string) => Array.from({ length: doc.getElementsByTagNameNS(W, name).length }, (_, i) => doc.getElementsByTagNameNS(W, name).item(i)!);

interface Pair {
  name: string;
  old: string;
  new: string;
  /** --today: the generation date every change is dated by. */
  today: string;
  /** The note on the first page. */
  note: string;
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
    // Made before the new agreement's own date (10. desember 2027): the changes are still dated the day they are made.
    { name: 'the Indre Salten revision', old: OLD, new: NEW, today: '2026-06-01', note: NOTE_REVISION, expect: { paragraphInserted: true } },
    { name: 'a kommune out, another in', old: OLD, new: join(dir, 'variant.yaml'), today: '2026-01-05', note: NOTE_VARIANT, expect: { rowInserted: true, rowDeleted: true, paragraphInserted: true } },
  );
  for (const [i, p] of pairs.entries()) {
    const redline = join(dir, `redline-${i}.docx`);
    const r = await runCli(['diff', p.old, p.new, '--redline', redline, '--format', 'json', '--today', p.today], { cwd: dir });
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

      it('has word-level w:ins/w:del by «partnerskap», dated by --today, with unique ids', () => {
        const pair = pairs[p]!;
        const doc = parseParts(readFileSync(built.get(pair.name)!.redline)).get('word/document.xml')!;
        const changes = [...all(doc, 'ins'), ...all(doc, 'del'), ...all(doc, 'pPrChange')];
        expect(all(doc, 'ins').length).toBeGreaterThan(3);
        expect(all(doc, 'del').length).toBeGreaterThan(3);
        for (const c of changes) {
          expect(c.getAttributeNS(W, 'author')).toBe('partnerskap');
          expect(c.getAttributeNS(W, 'date')).toBe(`${pair.today}T00:00:00Z`);
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
        // The note under the title is no tracked change: it stays either way, and is the only addition.
        const withoutNote = (text: string) => {
          const l = lines(text);
          expect(l.indexOf(pairs[p]!.note)).toBe(2);
          return l.filter((x) => x !== pairs[p]!.note);
        };
        expect(withoutNote(report.accepted_text)).toEqual(lines(loCheck(['text', b.newDocx])));
        expect(withoutNote(report.rejected_text)).toEqual(lines(loCheck(['text', b.oldDocx])));
      });
    });
  }

  it('says it is a comparison: the note on the first page, the header, the title; tracking is on', () => {
    for (const p of pairs) {
      const parts = parseParts(readFileSync(built.get(p.name)!.redline));
      const doc = parts.get('word/document.xml')!;
      const paragraphs = all(doc, 'p').map((el) => all(el as unknown as Document, 't').map((t) => t.textContent).join(''));
      expect(paragraphs.slice(0, 3)).toEqual(['Partnerskapsavtale', 'NAV Indre Salten', p.note]);
      expect(all(parts.get('word/header1.xml')!, 't').map((t) => t.textContent).join('')).toBe('Sammenligning – Partnerskapsavtale – NAV Indre Salten');
      const title = parts.get('docProps/core.xml')!.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title').item(0)!.textContent;
      expect(title).toBe('Sammenligning – Partnerskapsavtale for NAV Indre Salten');
      const created = parts.get('docProps/core.xml')!.getElementsByTagNameNS('http://purl.org/dc/terms/', 'created').item(0)!.textContent;
      expect(created).toBe(`${p.today}T00:00:00Z`);
      expect(all(parts.get('word/settings.xml')!, 'trackRevisions')).toHaveLength(1);
    }
  });

  it('replaces numbers, amounts, percentages and dates whole: no change splits one', () => {
    // Read back independently of the tokeniser: the text of each paragraph as (character, kind).
    // Amounts are written with no-break spaces («2\u00a0480\u00a0000\u00a0kr»).
    const unit = /\d{1,2}\.[ \u00a0](?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)[ \u00a0]\d{4}|\d{1,3}(?:[ \u00a0]\d{3})+(?:[ \u00a0]kr)?|\d+(?:,\d+)?(?:[ \u00a0]%|[ \u00a0]kr)?/g;
    let checked = 0;
    for (const p of pairs) {
      const doc = parseParts(readFileSync(built.get(p.name)!.redline)).get('word/document.xml')!;
      for (const para of all(doc, 'p')) {
        const chars: { c: string; kind: string }[] = [];
        const walk = (n: Node, kind: string) => {
          for (let c = n.firstChild; c; c = c.nextSibling) {
            if (c.nodeType !== 1) continue;
            const el = c as unknown as Element;
            if (el.localName === 'pPr') continue;
            if (el.localName === 't' || el.localName === 'delText') for (const ch of el.textContent ?? '') chars.push({ c: ch, kind });
            else walk(el, el.localName === 'ins' || el.localName === 'del' ? el.localName : kind);
          }
        };
        walk(para as unknown as Node, 'plain');
        for (const side of ['del', 'ins']) {
          const seen = chars.filter((x) => x.kind === 'plain' || x.kind === side);
          const text = seen.map((x) => x.c).join('');
          for (const m of text.matchAll(unit)) {
            const kinds = new Set(seen.slice(m.index, m.index + m[0].length).map((x) => x.kind));
            expect(kinds.size, `«${m[0]}» in «${text}»`).toBe(1);
            if (!kinds.has('plain')) checked++;
          }
        }
      }
    }
    // Many changed units were checked (dates, amounts, percentages, years in the revision).
    expect(checked).toBeGreaterThan(30);
  });

  it('shows each changed cost-table cell alike: old value deleted, new inserted, in the cell’s one paragraph', () => {
    const doc = parseParts(readFileSync(built.get(pairs[0]!.name)!.redline)).get('word/document.xml')!;
    const table = all(doc, 'tbl').find((t) => all(t as unknown as Document, 't').some((x) => x.textContent === 'Sum'))!;
    const changed = all(table as unknown as Document, 'tc').filter((tc) => tc.getElementsByTagNameNS(W, 'ins').length + tc.getElementsByTagNameNS(W, 'del').length > 0);
    expect(changed.length).toBeGreaterThanOrEqual(15);
    for (const tc of changed) {
      const paras = all(tc as unknown as Document, 'p');
      expect(paras).toHaveLength(1);
      const kids = Array.from({ length: paras[0]!.childNodes.length }, (_, i) => paras[0]!.childNodes.item(i)!).filter((c) => c.nodeType === 1 && c.localName !== 'pPr');
      expect(kids.map((k) => k.localName)).toEqual(['del', 'ins']);
      expect(all(tc as unknown as Document, 'pPr').every((pPr) => pPr.getElementsByTagNameNS(W, 'ins').length + pPr.getElementsByTagNameNS(W, 'del').length === 0)).toBe(true);
    }
  });

  it('is dated today without --today; --today must be a real date and goes with --redline', async () => {
    const target = join(dir, 'i-dag.docx');
    const local = () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T00:00:00Z`;
    };
    const before = local();
    expect((await runCli(['diff', OLD, NEW, '--redline', target, '--format', 'json'], { cwd: dir })).code).toBe(1);
    const dates = new Set(all(parseParts(readFileSync(target)).get('word/document.xml')!, 'ins').map((c) => c.getAttributeNS(W, 'date')));
    expect([...dates].length).toBe(1);
    expect([before, local()]).toContain([...dates][0]);
    const bad = await runCli(['diff', OLD, NEW, '--redline', join(dir, 'x.docx'), '--today', '2026-02-30'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ugyldig dato for --today');
    const alone = await runCli(['diff', OLD, NEW, '--today', '2026-01-05'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('bruk det sammen med --redline');
  });

  it('is deterministic', async () => {
    const again = join(dir, 'igjen.docx');
    await runCli(['diff', OLD, NEW, '--redline', again, '--today', pairs[0]!.today], { cwd: dir });
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
