import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { example, tempDir } from '../helpers/paths.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Row {
  pointer: string;
  section: string;
  label: string;
  kind: 'added' | 'removed' | 'changed';
  old: unknown;
  new: unknown;
  derived?: boolean;
}

/** Writes the example and a changed copy, and runs `diff` on them in the given format. */
async function diffVariant(mutate: (a: Mutable) => void, format = 'json') {
  const dir = tempDir('partnerskap-diff-');
  const changed = example() as unknown as Mutable;
  mutate(changed);
  writeFileSync(join(dir, 'gammel.yaml'), stringify(example()));
  writeFileSync(join(dir, 'ny.yaml'), stringify(changed));
  return runCli(['diff', 'gammel.yaml', 'ny.yaml', '--format', format], { cwd: dir });
}

const rowsOf = (stdout: string): Row[] => JSON.parse(stdout) as Row[];

const gildeskal = { name: 'Gildeskål kommune', number: '1838', orgNumber: '964982147' };

interface Case {
  it: string;
  mutate: (a: Mutable) => void;
  /** The one entered (not computed) row the change must give. */
  row: Partial<Row> & Pick<Row, 'kind' | 'label'>;
  /** Other entered rows the same edit necessarily gives (an added kommune needs its årsverk). */
  alsoEntered?: number;
  /** How the text report shows it. */
  text: string | RegExp;
  /** Whether the computed cost shares move too. */
  derived?: boolean;
}

const cases: Case[] = [
  {
    it: 'a scalar (partnerskapsmøter per år)',
    mutate: (a) => (a.governance.meetingsPerYear = 4),
    row: { kind: 'changed', label: '3.1 Styring og ledelse › Partnerskapsmøter per år', pointer: '/governance/meetingsPerYear', old: 2, new: 4 },
    text: 'endret    Partnerskapsmøter per år: 2 → 4',
  },
  {
    it: 'an enum alternative, shown by its label',
    mutate: (a) => (a.leadership.managerTerms = 'statlige'),
    row: { kind: 'changed', label: '3.2 Tilsetting av leder og medarbeidere › NAV-leders tilsettingsvilkår', old: 'kommunale', new: 'statlige' },
    text: 'NAV-leders tilsettingsvilkår: Kommunale vilkår → Statlige vilkår',
  },
  {
    it: 'a boolean, as Ja/Nei',
    mutate: (a) => (a.governance.statusItemFirst = false),
    row: { kind: 'changed', label: '3.1 Styring og ledelse › «Status partnerskapsavtale» som første faste agendapunkt', old: true, new: false },
    text: 'som første faste agendapunkt: Ja → Nei',
  },
  {
    it: 'a date, written out',
    mutate: (a) => (a.period.revisionDate = '2028-03-01'),
    row: { kind: 'changed', label: '9.0 Avtaleperiode › Avtalt revisjonsdato', old: '2027-12-01', new: '2028-03-01' },
    text: 'Avtalt revisjonsdato: 1. desember 2027 → 1. mars 2028',
  },
  {
    it: 'an added kommune, as one addition',
    mutate: (a) => {
      a.parties.municipalities.push(gildeskal);
      a.costs.fte.push({ municipality: '1838', fte: 2 });
    },
    row: { kind: 'added', label: '1.0 Avtaleparter – eiere › Kommuner › Gildeskål kommune', pointer: '/parties/municipalities/5', old: null, new: gildeskal },
    alsoEntered: 1,
    text: 'lagt til  Kommuner › Gildeskål kommune: Kommunens navn: Gildeskål kommune, Kommunenummer eller bydelsnummer: 1838, Organisasjonsnummer: 964982147',
    derived: true,
  },
  {
    it: 'a removed kommune, as one removal (pointer into the old version)',
    mutate: (a) => {
      a.parties.municipalities.splice(3, 1);
      a.costs.fte.splice(3, 1);
    },
    row: { kind: 'removed', label: '1.0 Avtaleparter – eiere › Kommuner › Beiarn kommune', pointer: '/parties/municipalities/3', new: null },
    alsoEntered: 1,
    text: 'fjernet   Kommuner › Beiarn kommune: Kommunens navn: Beiarn kommune',
    derived: true,
  },
  {
    it: 'edited free text, word by word',
    mutate: (a) => (a.userParticipation.systemLevel = 'Felles brukerutvalg for de fem kommunene møtes minst fire ganger i året og deltar i planlegging og evaluering av tjenestene.'),
    row: { kind: 'changed', label: '5.0 Brukermedvirkning › Brukermedvirkning på systemnivå', pointer: '/userParticipation/systemLevel' },
    text: 'Brukermedvirkning på systemnivå: Felles brukerutvalg for de fem kommunene møtes {+minst +}fire ganger i året',
  },
  {
    it: 'changed årsverk, with the cost shares it moves',
    mutate: (a) => (a.costs.fte[1].fte = 5),
    row: { kind: 'changed', label: '3.8 Driftsavtale › Årsverk › Saltdal kommune', pointer: '/costs/fte/1/fte', old: 4.5, new: 5 },
    text: 'endret    Årsverk › Saltdal kommune: 4,5 → 5',
    derived: true,
  },
  {
    it: 'a reworded local goal, as one change of that goal',
    mutate: (a) => (a.purpose.localGoals[0] = 'Flere unge under 30 år i arbeid, utdanning eller arbeidsrettet aktivitet.'),
    row: { kind: 'changed', label: '2.0 Formålet med partnerskapsavtalen › Andre lokale mål', pointer: '/purpose/localGoals/0' },
    text: /Andre lokale mål: Flere unge under 30 år i arbeid.*\{\+arbeidsrettet aktivitet\+\}\./,
  },
  {
    it: 'an added service',
    mutate: (a) => a.services.additionalMunicipalServices.push('rustjenester'),
    row: { kind: 'added', label: '4.0 Tjenestetilbud › Andre kommunale tjenester', pointer: '/services/additionalMunicipalServices/3', new: 'rustjenester' },
    text: 'lagt til  Andre kommunale tjenester: rustjenester',
  },
  {
    it: 'a new vertskommune, by name',
    mutate: (a) => (a.parties.host = '1840'),
    row: { kind: 'changed', label: '1.0 Avtaleparter – eiere › Vertskommune', old: '1841', new: '1840' },
    text: 'Vertskommune: Fauske kommune (1841) → Saltdal kommune (1840)',
  },
  {
    it: 'a Sámi name, letters untouched',
    mutate: (a) => (a.parties.municipalities[4].samiName = 'Hábmera suohkan'),
    row: { kind: 'changed', label: '1.0 Avtaleparter – eiere › Kommuner › Hamarøy kommune – Hábmera suohkan › Samisk navn', old: 'Hábmer', new: 'Hábmera suohkan' },
    text: 'Samisk navn: Hábmer → Hábmera suohkan',
  },
];

describe('semantic diff: each kind of change once, labelled in the agreement’s terms', () => {
  for (const c of cases) {
    it(c.it, async () => {
      const r = await diffVariant(c.mutate);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const rows = rowsOf(r.stdout);
      const entered = rows.filter((x) => !x.derived);
      const matching = entered.filter((x) => x.label === c.row.label);
      expect(matching, JSON.stringify(entered, null, 1)).toHaveLength(1);
      expect(matching[0]).toMatchObject(c.row);
      expect(entered).toHaveLength(1 + (c.alsoEntered ?? 0));
      expect(rows.some((x) => x.derived)).toBe(c.derived ?? false);
      for (const d of rows.filter((x) => x.derived)) expect(d).toMatchObject({ kind: 'changed', section: '3.8 Driftsavtale' });

      const text = await diffVariant(c.mutate, 'text');
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(typeof c.text === 'string' ? new RegExp(c.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.text);
      expect(text.stdout).not.toMatch(/\x1b\[/); // not a terminal: no colour codes
    });
  }
});

describe('no change', () => {
  it('identical inputs: exit 0 and no rows', async () => {
    const r = await diffVariant(() => undefined);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)).toEqual([]);
    const text = await diffVariant(() => undefined, 'text');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Ingen endringer');
  });

  it('reordered kommuner, årsverk and list items are no change', async () => {
    const r = await diffVariant((a) => {
      a.parties.municipalities.reverse();
      a.costs.fte.reverse();
      a.services.additionalMunicipalServices.reverse();
      a.attachments.reverse();
    });
    expect(r.stdout).toBe('[]\n');
    expect(r.code).toBe(0);
  });

  it('an opening hour put in before the others is one addition, not a change to every row after it', async () => {
    const r = await diffVariant((a) => {
      const hours = a.location.sites[0].openingHours;
      hours.push({ fromDay: 'torsdag', opens: '15:00', closes: '18:00', kind: 'timeavtale' });
      hours.unshift({ fromDay: 'lørdag', opens: '10:00', closes: '12:00' });
    });
    const rows = rowsOf(r.stdout).filter((row) => !row.derived);
    expect(rows.map((row) => [row.kind, row.pointer])).toEqual([
      ['added', '/location/sites/0/openingHours/0'],
      ['added', '/location/sites/0/openingHours/2'],
    ]);
  });

  it('the same data in JSON with other key order and number spelling is no change', async () => {
    const dir = tempDir('partnerskap-diff-');
    const a = example() as unknown as Mutable;
    writeFileSync(join(dir, 'a.yaml'), stringify(a));
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    writeFileSync(join(dir, 'b.json'), JSON.stringify(reordered, null, 2).replace('"fte": 2\n', '"fte": 2.0\n'));
    const r = await runCli(['diff', 'a.yaml', 'b.json', '--format', 'json'], { cwd: dir });
    expect(r.stdout).toBe('[]\n');
    expect(r.code).toBe(0);
  });
});

describe('derived values', () => {
  it('show each owner’s share before and after, as computed rows', async () => {
    const r = await diffVariant((a) => (a.costs.fte[1].fte = 5));
    const shares = rowsOf(r.stdout).filter((x) => x.derived && x.label.includes('Andel av felles driftsutgifter'));
    const saltdal = shares.find((x) => x.label.endsWith('› Saltdal kommune'));
    // 4,5 of 34,5 årsverk → 5 of 35; 2 350 000 kr split by largest remainder.
    expect(saltdal).toMatchObject({ pointer: '/costs/derived/share/1840', old: { percent: 13.04, kroner: 306522 }, new: { percent: 14.29, kroner: 335714 } });
    const text = await diffVariant((a) => (a.costs.fte[1].fte = 5), 'text');
    expect(text.stdout.replace(/\u00a0/g, ' ')).toContain('beregnet  Andel av felles driftsutgifter › Saltdal kommune: 13,04 % (306 522 kr) → 14,29 % (335 714 kr)');
  });
});

describe('formats', () => {
  const edit = (a: Mutable) => {
    a.userParticipation.systemLevel = 'Brukerutvalget <script>alert(1)</script> møtes & drøfter *alt*.';
    a.costs.fte[1].fte = 5;
  };

  it('json: stable key order, one object per row', async () => {
    const r = await diffVariant(edit);
    for (const row of rowsOf(r.stdout)) expect(Object.keys(row).slice(0, 6)).toEqual(['pointer', 'section', 'label', 'kind', 'old', 'new']);
    expect((await diffVariant(edit)).stdout).toBe(r.stdout);
  });

  it('html: one self-contained page, everything escaped', async () => {
    const r = await diffVariant(edit, 'html');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).not.toMatch(/<script|https?:|<link|@import/);
    expect(r.stdout).toContain('<del>');
    expect(r.stdout).toContain('<ins>');
    expect(r.stdout).toContain('<h2>5.0 Brukermedvirkning</h2>');
  });

  it('markdown: a heading per section, ~~old~~ **new**, markup in the data escaped', async () => {
    const r = await diffVariant(edit, 'markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## 3.8 Driftsavtale');
    expect(r.stdout).toContain('- **Endret:** Årsverk › Saltdal kommune: 4,5 → 5');
    expect(r.stdout).toMatch(/~~[^~]+~~ \*\*[^*]+\*\*/);
    expect(r.stdout).toContain('\\*alt\\*');
    expect(r.stdout).toContain('\\<script\\>');
  });
});

describe('trouble is exit 2', () => {
  it('an invalid side gives its validation messages and exit 2', async () => {
    const r = await diffVariant((a) => (a.costs.stateFte = 'fjorten'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ny.yaml');
    expect(r.stderr).toContain('«3.8 Driftsavtale › Statlige årsverk» må være et tall');
  });

  it('a missing file gives exit 2', async () => {
    const dir = tempDir('partnerskap-diff-');
    writeFileSync(join(dir, 'a.yaml'), stringify(example()));
    const r = await runCli(['diff', 'a.yaml', 'finnes-ikke.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Finner ikke filen');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  });

  it('a redline that cannot be written says why in Norwegian, without an error code of its own', async () => {
    const dir = tempDir('partnerskap-diff-');
    writeFileSync(join(dir, 'a.yaml'), stringify(example()));
    writeFileSync(join(dir, 'fil'), 'ikke en mappe');
    // A folder that is not there yet is made, as generate --out does.
    const missing = await runCli(['diff', 'a.yaml', 'a.yaml', '--redline', join('ny', 'r.docx')], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([0, `Skrev ${join('ny', 'r.docx')}: den nye avtalen med sporede endringer mot den gamle.\n`]);
    expect(readFileSync(join(dir, 'ny', 'r.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const underFile = await runCli(['diff', 'a.yaml', 'a.yaml', '--redline', join('fil', 'r.docx')], { cwd: dir });
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe('partnerskap: «fil» er en fil, ikke en mappe. Velg en mappe eller et annet filnavn med --redline.\n');
    expect(underFile.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});

describe('versions of different offices', () => {
  it('are compared all the same, after a warning that names both offices', async () => {
    const r = await diffVariant((a) => (a.parties.officeName = 'NAV Bodø'), 'text');
    expect(r.code).toBe(1);
    // A warning in the one problem shape, printed like every other: file, severity, message, pointer, code.
    expect(r.stderr.split('\n')[0]).toBe('ny.yaml: advarsel: De to versjonene gjelder ulike kontorer (NAV Indre Salten og NAV Bodø). Er det riktig fil? (/parties/officeName) [different_offices]');
    expect(r.stdout).toContain('NAV-kontorets navn');
    const json = await diffVariant((a) => (a.parties.officeName = 'NAV Bodø'));
    expect(rowsOf(json.stdout).map((x) => x.pointer)).toContain('/parties/officeName');
  });

  it('the same office gives no warning', async () => {
    expect((await diffVariant((a) => (a.costs.fte[1].fte = 5))).stderr).toBe('');
  });
});

describe('colour', () => {
  async function onTerminal(env: NodeJS.ProcessEnv): Promise<string> {
    const { PassThrough } = await import('node:stream');
    const { diffCommand } = await import('../../src/cli/commands/diff.js');
    const dir = tempDir('partnerskap-diff-');
    const changed = example() as unknown as Mutable;
    changed.userParticipation.systemLevel += ' Utvalget møtes fire ganger i året.';
    writeFileSync(join(dir, 'a.yaml'), stringify(example()));
    writeFileSync(join(dir, 'b.yaml'), stringify(changed));
    const out = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const code = await diffCommand('a.yaml', 'b.yaml', { format: 'text', force: false }, { stdout: out, stderr: new PassThrough(), stdin: new PassThrough(), cwd: dir, env });
    expect(code).toBe(1);
    return Buffer.concat(chunks).toString('utf8');
  }

  it('on a terminal: coloured, insertions green and underlined, no [- -] brackets', async () => {
    const out = await onTerminal({});
    expect(out).toContain('\x1b[32m');
    expect(out).toContain('\x1b[4m\x1b[32m Utvalget møtes fire ganger i året.\x1b[39m\x1b[24m');
    expect(out).not.toContain('{+');
  });

  it('NO_COLOR turns colour off', async () => {
    const out = await onTerminal({ NO_COLOR: '1' });
    expect(out).not.toMatch(/\x1b\[/);
    expect(out).toContain('{+ Utvalget møtes fire ganger i året.+}');
  });
});
