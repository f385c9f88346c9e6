import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wizardCommand } from '../../src/cli/commands/wizard.js';
import { inquirerPrompter } from '../../src/wizard/inquirer.js';
import { EXAMPLE_FILES, EXAMPLES, example, tempDir } from '../helpers/paths.js';
import { stringify } from 'yaml';
import { fakeIo, readYaml, runWizard } from './helpers/run.js';
import { ScriptedPrompter } from './helpers/scripted.js';
import { FakeTerminal, typing } from './helpers/terminal.js';

describe('--from an agreement in force, Enter throughout', () => {
  for (const name of EXAMPLE_FILES) {
    it(`reproduces ${name} exactly`, async () => {
      const dir = tempDir();
      const prompter = new ScriptedPrompter([], { thenEnter: true });
      const run = await runWizard({ from: join(EXAMPLES, name), out: 'revidert.yaml' }, prompter, dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readYaml(join(dir, 'revidert.yaml'))).toEqual(example(name));
      // Every question offered the agreement's own answer: none was left without a default.
      expect(prompter.asked.length).toBeGreaterThan(50);
      // Enter at the end also makes the documents beside the file.
      expect(readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()).toEqual(
        [`partnerskapsavtale-${name.replace('.yaml', '')}.docx`, `veileder-${name.replace('.yaml', '')}.docx`].sort(),
      );
    });
  }

  it('with the real inquirer prompts on a fake terminal, pressing Enter at every prompt', async () => {
    const dir = tempDir();
    const terminal = new FakeTerminal();
    const prompter = typing(inquirerPrompter({ input: terminal.input, output: terminal.output, color: false }), terminal, (q) =>
      // At the end: «Bare lagre avtalen» is the second choice.
      q.key === ':slutt' ? '\x1b[B\r' : '\r',
    );
    const f = fakeIo(dir, { stdin: terminal.input, stdout: terminal.output });
    const code = await wizardCommand({ from: join(EXAMPLES, 'nav-indre-salten.yaml'), out: 'revidert.yaml' }, f.io, { prompter });
    expect(f.stderr()).toBe('');
    expect(code).toBe(0);
    expect(readYaml(join(dir, 'revidert.yaml'))).toEqual(example('nav-indre-salten.yaml'));
    expect(existsSync(join(dir, 'partnerskapsavtale-nav-indre-salten.docx'))).toBe(false);
    // What inquirer drew: Norwegian labels and answers, prefilled values.
    expect(terminal.screen).toContain('✔ Avtaleform Alternativ 2: vertskommune for flere kommuner');
    expect(terminal.screen).toContain('✔ Vertskommune Fauske kommune (1841)');
    expect(terminal.screen).toContain('✔ Statlig ansatte utfører kommunale oppgaver Ja');
    expect(terminal.screen).toContain('✔ Årsverk – Hamarøy kommune – Hábmer 3,3');
    expect(terminal.screen).toContain('↑↓ flytt • ⏎ velg');
    expect(terminal.screen).not.toMatch(/\b(Yes|No|navigate)\b/);
  });
});

describe('revising an agreement', () => {
  it('documents that exist are not replaced without a yes', async () => {
    const dir = tempDir();
    const from = join(EXAMPLES, 'nav-bodo.yaml');
    expect((await runWizard({ from, out: 'a.yaml' }, new ScriptedPrompter([], { thenEnter: true }), dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'partnerskapsavtale-nav-bodo.docx'));
    writeFileSync(join(dir, 'veileder-nav-bodo.docx'), 'min egen veileder');
    const again = new ScriptedPrompter([], { thenEnter: true });
    const run = await runWizard({ from, out: 'b.yaml' }, again, dir);
    expect(run.code).toBe(0);
    expect(again.asked.at(-1)).toMatchObject({ key: ':overskriv-dokumenter', message: '«partnerskapsavtale-nav-bodo.docx» og «veileder-nav-bodo.docx» finnes fra før. Vil du erstatte dem?' });
    expect(run.stdout).toContain('Dokumentene ble ikke laget. Lag dem senere med «npx partnerskap generate b.yaml --force».');
    expect(readFileSync(join(dir, 'partnerskapsavtale-nav-bodo.docx'))).toEqual(before);
    expect(readFileSync(join(dir, 'veileder-nav-bodo.docx'), 'utf8')).toBe('min egen veileder');
    expect(readYaml(join(dir, 'b.yaml'))).toEqual(example('nav-bodo.yaml'));
  });

  it('Enter keeps the «Til vurdering» answers as they are; only the open ones are asked, Enter leaving them open', async () => {
    const dir = tempDir();
    const withChecklist = { ...example('nav-indre-salten.yaml'), checklist: { '3.7-2': { status: 'ja', comment: 'Vedtaket er lagt ved.', answeredBy: 'Kari Nordhus', answeredAt: '2025-11-01' }, '9.0-1': { status: 'delvis' } } };
    writeFileSync(join(dir, 'gjeldende.yaml'), stringify(withChecklist));
    // «Delvis» without a comment is open: the comment is required.
    const prompter = new ScriptedPrompter([], { thenEnter: true, byKey: { ':slutt': 'lagre', '/checklist/9.0-1/comment': 'Perioden er avtalt, sluttdatoen ikke.' } });
    expect((await runWizard({ from: 'gjeldende.yaml', out: 'ny.yaml' }, prompter, dir)).code).toBe(0);
    expect(readYaml(join(dir, 'ny.yaml'))).toEqual({
      ...withChecklist,
      checklist: { ...withChecklist.checklist, '9.0-1': { status: 'delvis', comment: 'Perioden er avtalt, sluttdatoen ikke.', answeredBy: 'Kari Nordhus', answeredAt: '2025-12-01' } },
    });
    const asked = prompter.asked.filter((q) => q.key.startsWith('/checklist')).map((q) => q.key);
    expect(asked).not.toContain('/checklist/3.7-2/status');
    expect(asked).toContain('/checklist/3.7-1/status');
    expect(asked.filter((k) => k.endsWith('/status'))).toHaveLength(43);
    expect(prompter.said.some((s) => s.includes('Til vurdering\n  Til vurdering: 2 svar'))).toBe(true);
  });

  it('a file with problems is still used: the problems are shown and the user is taken to them', async () => {
    const dir = tempDir();
    const broken = example('nav-bodo.yaml');
    broken.parties.municipalities[0]!.number = '184';
    broken.costs.fte![0]!.municipality = '184';
    writeFileSync(join(dir, 'gammel.yaml'), stringify(broken));
    const prompter = new ScriptedPrompter([], { thenEnter: true, byKey: { '/parties/municipalities/0/number': '1804', '/costs/fte/0/fte': '31' } });
    const run = await runWizard({ from: 'gammel.yaml', out: 'ny.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    expect(prompter.said[0]).toContain('«gammel.yaml» har feil som du får rette underveis:');
    expect(prompter.said[0]).toContain('Kommunenummer eller bydelsnummer» har feil form: «184»');
    expect(readYaml(join(dir, 'ny.yaml'))).toEqual(example('nav-bodo.yaml'));
  });

  it('Alternativ 1 becoming Alternativ 2 asks for the second kommune, the vertskommune and its årsverk', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter([], {
      thenEnter: true,
      byKey: {
        '/parties/form': 'vertskommune',
        '/parties/municipalities/1/name': 'Gildeskål kommune',
        '/parties/municipalities/1/number': '1838',
        '/parties/municipalities/1/orgNumber': '964982562',
        '/costs/fte/1/fte': '2,5',
      },
    });
    const run = await runWizard({ from: join(EXAMPLES, 'nav-bodo.yaml'), out: 'ny.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    expect(prompter.asked.map((q) => q.key)).not.toContain('/parties/municipalities/1:ny');
    expect(prompter.asked.find((q) => q.key === '/parties/host')).toBeDefined();
    const expected = example('nav-bodo.yaml');
    const written = readYaml(join(dir, 'ny.yaml')) as typeof expected;
    expect(written.parties).toEqual({
      ...expected.parties,
      form: 'vertskommune',
      host: '1804',
      municipalities: [...expected.parties.municipalities, { kind: 'kommune', name: 'Gildeskål kommune', number: '1838', orgNumber: '964982562' }],
    });
    expect(written.costs.fte).toEqual([...expected.costs.fte!, { municipality: '1838', fte: 2.5 }]);
  });
});
