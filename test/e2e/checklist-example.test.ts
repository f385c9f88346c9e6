/**
 * The shipped example with a completed assessment (issue 14): examples/nav-bodo.yaml answers all
 * of the guide's «Til vurdering» questions, so the strict audit lets it be signed and its guide
 * shows every answer. Run with the shipped command; the guide is read back from the .docx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, runBundle } from '../cli/helpers/bundle.js';
import { parseParts } from '../helpers/docx.js';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';
import { questions } from '../helpers/resources.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FILE = 'examples/nav-bodo.yaml';
/** A fixed day within the agreement's first evaluation interval, so the result does not depend on when the test runs. */
const TODAY = '2026-06-01';
const LABELS: Record<string, string> = { ja: 'Ja', nei: 'Nei', delvis: 'Delvis', 'ikke relevant': 'Ikke relevant' };

interface Answer {
  status: string;
  comment?: string;
}
const checklist = (parse(readFileSync(join(EXAMPLES, 'nav-bodo.yaml'), 'utf8')) as { checklist: Record<string, Answer> }).checklist;

const els = (n: Element, name: string) => Array.from(n.getElementsByTagNameNS(W, name));
const textOf = (p: Element) => els(p, 't').map((t) => t.textContent ?? '').join('');

describe('examples/nav-bodo.yaml: the completed «Til vurdering» assessment', () => {
  beforeAll(ensureBundle, 300_000);

  it('answers every question of the guide with a status and a comment', () => {
    expect(Object.keys(checklist).sort()).toEqual(questions().map((q) => q.id).sort());
    for (const [id, a] of Object.entries(checklist)) {
      expect(Object.keys(LABELS), id).toContain(a.status);
      expect(a.comment?.trim(), id).toBeTruthy();
    }
  });

  it('passes the strict audit (exit 0): nothing open, no rule broken', () => {
    const r = runBundle(['audit', FILE, '--strict', '--today', TODAY], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain(`Sjekklisten: ${questions().length} av ${questions().length} spørsmål vurdert, 0 åpne`);
    expect(r.stdout).toContain('Funn: 0 feil og 0 advarsler');
  });

  it('shows every answer in its guide: the status and the comment in the question’s row', () => {
    const dir = tempDir('partnerskap-bodo-');
    const r = runBundle(['generate', FILE, '--out', dir, '--today', TODAY], { cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    const doc = parseParts(readFileSync(join(dir, 'veileder-nav-bodo.docx'))).get('word/document.xml')!;
    const rows = new Map<string, string[][]>();
    for (const tr of els(doc.documentElement as unknown as Element, 'tr')) {
      const cells = els(tr, 'tc').map((tc) => els(tc, 'p').map(textOf));
      const id = /^(\d\.\d-\d+) /.exec(cells[0]?.[0] ?? '')?.[1];
      if (id) rows.set(id, cells);
    }
    expect([...rows.keys()].sort()).toEqual(Object.keys(checklist).sort());
    for (const [id, a] of Object.entries(checklist)) {
      const [, status, comment] = rows.get(id)!;
      expect(status, id).toEqual([LABELS[a.status]]);
      expect(comment?.[0], id).toBe(a.comment);
    }
  });
});
