import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Token, type Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/paths.js';
import { makeGuide, TRICKY } from './fixtures.js';
import { notExactlyOnce } from './reference.js';

/** «3.7 Delegert …» for every numbered guide file, read from the front matter directly. */
const numberedHeadings = readdirSync(join(ROOT, 'guide'))
  .filter((n) => /^\d/.test(n) && !n.startsWith('00') && !n.startsWith('99'))
  .sort()
  .map((n) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'guide', n), 'utf8'))![1]!) as { section: string; title: string })
  .map((fm) => `${fm.section} ${fm.title}`);

/** What a reader sees in a table cell: text, with <br> as a line break. */
function shown(tokens: readonly Token[]): string {
  return tokens
    .map((t): string => {
      if (t.type === 'html') return /^<br\s*\/?>$/i.test(t.raw) ? '\n' : t.raw;
      if (t.type === 'text' || t.type === 'escape' || t.type === 'codespan') return 'tokens' in t && t.tokens?.length ? shown(t.tokens) : (t as Tokens.Text).text;
      return 'tokens' in t && t.tokens ? shown(t.tokens as Token[]) : '';
    })
    .join('');
}

function tableRows(md: string): string[][] {
  return new Lexer()
    .lex(md)
    .flatMap((t) => (t.type === 'blockquote' ? (t as Tokens.Blockquote).tokens : [t]))
    .filter((t): t is Tokens.Table => t.type === 'table')
    .flatMap((t) => t.rows.map((r) => r.map((c) => shown(c.tokens))));
}

for (const personal of [false, true]) {
  describe(personal ? 'the Markdown guide for NAV Indre Salten' : 'the national Markdown guide', () => {
    let md = '';
    beforeAll(async () => {
      md = (await makeGuide('md', personal)).toString('utf8');
    });

    it('contains every question of the reference exactly once', () => {
      expect(notExactlyOnce(md)).toEqual([]);
    });

    it('is one document: no front matter, the points as numbered ## headings in order', () => {
      expect(md).not.toMatch(/^---$/m);
      expect(md).not.toMatch(/^section:/m);
      const h2 = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
      const points = h2.filter((h) => /^\d\.\d /.test(h));
      expect(points).toEqual(numberedHeadings);
      expect(h2).toContain('Innledning');
      expect(h2).toContain('Vedlegg');
      expect(md.match(/^#{3,5} Til vurdering$/gm)).toHaveLength(18);
    });

    it('gives each question a row in an answer table: Spørsmål | Vurdering | Kommentar', () => {
      const rows = tableRows(md).filter((r) => /^\d\.\d-\d+ /.test(r[0]!));
      expect(rows).toHaveLength(44);
      expect(md.match(/^\| Spørsmål \| Vurdering \| Kommentar \|$/gm)).toHaveLength(18);
    });
  });
}

describe('the Markdown guide for one agreement', () => {
  let md = '';
  beforeAll(async () => {
    md = (await makeGuide('md', true)).toString('utf8');
  });
  const row = (id: string) => tableRows(md).find((r) => r[0]!.startsWith(`${id} `))!;

  it('shows the recorded answers and comments exactly, whatever characters they hold', () => {
    expect(row('3.7-2').slice(1)).toEqual(['Delvis', `${TRICKY}\nVurdert av Ánde Sárá Čoarvi, 1. desember 2025`]);
    expect(row('3.8-2').slice(1)).toEqual(['Nei', 'Driftsavtalen er ikke ferdig.\nLegges fram i partnerskapsmøtet i januar.']);
    expect(row('9.0-2').slice(1)).toEqual(['Ikke relevant', '']);
    expect(row('4.0-1').slice(1)).toEqual(['☐ Ja ☐ Nei ☐ Delvis ☐ Ikke relevant', '']);
  });

  it('puts the agreement’s own values under each point, labelled with the schema titles', () => {
    expect(md).toContain('> **I avtalen for NAV Indre Salten:**');
    expect(md).toContain('> - **Avtaleform:** Alternativ 2: vertskommune for flere kommuner');
    expect(md).toContain('>   - Hamarøy kommune – Hábmer (kommunenr. 1875, org.nr. 964 983 313)');
    // Thousands and % are set off with no-break spaces, as formatPercent/formatNok write them.
    expect(tableRows(md)).toContainEqual(['Saltdal kommune', '4,50', '13,04\u00a0%', '306\u00a0522\u00a0kr']);
    // Every point with a schema section: 1.0 to 9.0 without 3.0.
    expect(md.match(/I avtalen for NAV Indre Salten:/g)).toHaveLength(17);
  });
});
