import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { wizardCommand } from '../../src/cli/commands/wizard.js';
import { parseDraft } from '../../src/wizard/draft.js';
import { confirmConfig } from '../../src/wizard/inquirer.js';
import { parseYesNo } from '../../src/wizard/values.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';
import { ALT1_EXPECTED } from './fixtures.js';
import { fakeIo } from './helpers/run.js';
import { FakeTerminal, KEY } from './helpers/terminal.js';

describe('yes/no in Norwegian (one prompt, rendered with @inquirer/testing)', () => {
  it('shows (j/N), takes «ja», and shows the answer as «Ja»', async () => {
    const { answer, events, getScreen } = await render(input, confirmConfig({ key: 'k', message: 'Legg til en til?', default: false }));
    expect(getScreen()).toBe('? Legg til en til? (j/N)');
    events.type('ja');
    events.keypress('enter');
    expect(parseYesNo(await answer)).toBe(true);
    expect(getScreen()).toBe('✔ Legg til en til? Ja');
  });

  it('Enter takes the default, shown as (J/n)', async () => {
    const { answer, events, getScreen } = await render(input, confirmConfig({ key: 'k', message: 'Årlig orientering til kommunestyret', default: true }));
    expect(getScreen()).toBe('? Årlig orientering til kommunestyret (J/n)');
    events.keypress('enter');
    expect(parseYesNo(await answer)).toBe(true);
  });

  it('refuses anything but yes or no, in Norwegian', async () => {
    const { answer, events, getScreen } = await render(input, confirmConfig({ key: 'k', message: 'Vil du erstatte den?', default: false }));
    events.type('kanskje');
    events.keypress('enter');
    await new Promise((r) => setImmediate(r));
    expect(getScreen()).toContain('> Svar ja eller nei (j eller n).');
    for (let i = 0; i < 'kanskje'.length; i++) events.keypress('backspace');
    events.type('n');
    events.keypress('enter');
    expect(parseYesNo(await answer)).toBe(false);
  });

  it('a list shows the labels from x-enumLabels, and the default is preselected', async () => {
    const { answer, events, getScreen } = await render(select, {
      message: 'Avtaleform',
      choices: [
        { value: 'enkeltkommune', name: 'Alternativ 1: én kommune' },
        { value: 'vertskommune', name: 'Alternativ 2: vertskommune for flere kommuner' },
      ],
      default: 'vertskommune',
    });
    expect(getScreen()).toContain('❯ Alternativ 2: vertskommune for flere kommuner');
    events.keypress('up');
    events.keypress('enter');
    expect(await answer).toBe('enkeltkommune');
  });
});

describe('the real prompts on a (fake) terminal', () => {
  it('an invalid kommunenummer shows validate’s message; the user corrects it; Ctrl+C keeps the draft', async () => {
    const dir = tempDir();
    // What `partnerskap validate` says about the same kommunenummer in a file.
    const bad = { ...ALT1_EXPECTED, parties: { ...ALT1_EXPECTED.parties, municipalities: [{ ...ALT1_EXPECTED.parties.municipalities[0]!, number: '184' }] } };
    writeFileSync(join(dir, 'feil.yaml'), stringify(bad));
    const validated = await runCli(['validate', 'feil.yaml'], { cwd: dir });
    const expected = /feil\.yaml:\d+:\d+: feil: (.*) \(\/parties\/municipalities\/0\/number\)/.exec(validated.stderr)?.[1];
    expect(expected).toContain('Kommunenummer eller bydelsnummer» har feil form: «184»');

    const terminal = new FakeTerminal();
    const f = fakeIo(dir, { stdin: terminal.input, stdout: terminal.output });
    const done = wizardCommand({ out: 'avtale.yaml' }, f.io);

    await terminal.waitFor('? Målform');
    terminal.type(KEY.enter);
    await terminal.waitFor('? Skrivemåte for NAV');
    terminal.type(KEY.enter);
    await terminal.waitFor('? Avtalens versjon');
    terminal.type(KEY.enter);
    await terminal.waitFor('? Vil du fylle inn «Erstatter avtale»?');
    terminal.type(KEY.enter);
    await terminal.waitFor('? Avtaleform');
    terminal.type(KEY.enter);
    await terminal.waitFor('? Type part');
    terminal.type(KEY.enter);
    await terminal.waitFor('? Kommunens navn');
    terminal.type('Hamarøy kommune' + KEY.enter);
    await terminal.waitFor('? Samisk navn');
    terminal.type('Hábmer' + KEY.enter);
    await terminal.waitFor('Fire sifre for en kommune, for eksempel «1841»');
    await terminal.waitFor('? Kommunenummer eller bydelsnummer');
    terminal.type('184' + KEY.enter);
    await terminal.waitFor(`> ${expected}`);
    terminal.type(KEY.backspace.repeat(3) + '1875' + KEY.enter);
    await terminal.waitFor('✔ Kommunenummer eller bydelsnummer 1875');
    await terminal.waitFor('? Organisasjonsnummer');
    terminal.type(KEY.ctrlC);

    expect(await done).toBe(130);
    expect(f.stderr()).toContain('Avbrutt. Svarene dine er lagret i «avtale.yaml.utkast.json».');
    expect(f.stderr()).toContain('Fortsett der du slapp med: npx partnerskap wizard --out avtale.yaml');
    const draft = parseDraft(readFileSync(join(dir, 'avtale.yaml.utkast.json'), 'utf8'));
    expect(draft?.data.parties).toEqual({ form: 'enkeltkommune', municipalHeadTitle: 'kommunedirektør', county: {}, municipalities: [{ kind: 'kommune', name: 'Hamarøy kommune', samiName: 'Hábmer', number: '1875' }] });
    expect(draft?.at?.label).toBe('1.0 Avtaleparter – eiere › Kommuner › Hamarøy kommune – Hábmer › Organisasjonsnummer');
  });
});
