import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateAgreement } from '../../src/validate/validate.js';
import { runCli } from '../helpers/cli.js';
import { docxPlainText } from '../helpers/docx-text.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { ALT1_EXPECTED, ALT1_SCRIPT, ALT2_EXPECTED, ALT2_SCRIPT } from './fixtures.js';
import { readYaml, runWizard } from './helpers/run.js';
import { ENTER, ScriptedPrompter, type Step } from './helpers/scripted.js';

/** Replaces the step at `key` with `steps` (to vary one answer of a fixture script). */
function replaceAt(script: readonly Step[], key: string, steps: Step[]): Step[] {
  const i = script.findIndex((s) => s[0] === key);
  if (i < 0) throw new Error(`${key} er ikke i skriptet`);
  return [...script.slice(0, i), ...steps, ...script.slice(i + 1)];
}

describe('a full interview from the template', () => {
  for (const [name, script, expected] of [
    ['Alternativ 1 (one kommune, Sámi name)', ALT1_SCRIPT, ALT1_EXPECTED],
    ['Alternativ 2 (vertskommune with four kommuner)', ALT2_SCRIPT, ALT2_EXPECTED],
  ] as const) {
    it(`${name} writes the expected, valid agreement`, async () => {
      const dir = tempDir();
      const prompter = new ScriptedPrompter(script);
      const run = await runWizard({ out: 'avtale.yaml' }, prompter, dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(prompter.left).toEqual([]);
      const written = readYaml(join(dir, 'avtale.yaml'));
      expect(written).toEqual(expected);
      expect(validateAgreement(written).ok).toBe(true);
      expect(run.stdout).toContain('Avtalen er lagret: avtale.yaml');
    });
  }

  it('asks the parts in agreement order, 1.0 … 9.0, then signing and attachments', async () => {
    const prompter = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, prompter, tempDir());
    const numbers = prompter.sections.filter((s) => /\(del \d+ av \d+\)$/.test(s)).map((s) => s.replace(/ \(del.*$/, ''));
    expect(numbers.map((s) => s.split(' ')[0])).toEqual(['Dokumentet', '1.0', '2.0', '2.1', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.0', '5.0', '6.0', '7.0', '8.0', '9.0', 'Underskrift', 'Vedlegg']);
    expect(numbers[1]).toBe('1.0 Avtaleparter – eiere');
  });

  it('labels prompts with the schema titles and help with the descriptions', async () => {
    const prompter = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, prompter, tempDir());
    const q = (key: string) => prompter.asked.find((x) => x.key === key);
    expect(q('/parties/form')?.message).toBe('Avtaleform');
    expect(q('/parties/municipalities/0/number')?.help).toContain('Fire sifre for en kommune, for eksempel «1841»');
    // Nested lists: each site's opening hours, with their own titles.
    expect(q('/location/sites/0/openingHours/0/opens')?.message).toBe('Åpner kl.');
    expect(q('/location/sites/0/municipality')?.message).toBe('Kommune');
    expect(q('/costs/fte/0/fte')?.message).toBe('Årsverk – Hamarøy kommune – Hábmer');
    expect(q('/purpose/localGoals/1:ny')?.message).toContain('Legg til en til');
  });

  it('Alternativ 1 never asks for a vertskommune; Alternativ 2 chooses it among the kommuner entered', async () => {
    const one = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, one, tempDir());
    expect(one.asked.map((q) => q.key)).not.toContain('/parties/host');
    expect(one.asked.map((q) => q.key)).not.toContain('/parties/municipalities/1:ny');

    const two = new ScriptedPrompter(replaceAt(ALT2_SCRIPT, '/parties/host', [['/parties/host', '1845']]));
    const dir = tempDir();
    await runWizard({ out: 'avtale.yaml' }, two, dir);
    expect((readYaml(join(dir, 'avtale.yaml')) as typeof ALT2_EXPECTED).parties.host).toBe('1845');
  });

  it('the delegasjonsvedtak is asked only when a delegation direction is chosen', async () => {
    const none = new ScriptedPrompter(ALT2_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, none, tempDir());
    expect(none.asked.some((q) => q.key.startsWith('/delegation/decision'))).toBe(false);
    const one = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, one, tempDir());
    expect(one.asked.map((q) => q.key)).toContain('/delegation/decision/reference');
  });

  it('shows the cost split as soon as the årsverk are entered', async () => {
    const prompter = new ScriptedPrompter(ALT2_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, prompter, tempDir());
    const table = prompter.said.find((s) => s.includes('Fordeling av felles driftsutgifter etter årsverk'));
    expect(table).toBeDefined();
    // 14 + 9,5 + 4,5 + 2 + 1,2 = 31,2 årsverk; Fauske 9,5 / 31,2 = 30,45 %.
    expect(table).toMatch(/Fauske kommune\s+9,50\s+30,45\u00a0%/);
    expect(table).toMatch(/Sum\s+31,20\s+100,00\u00a0%/);
    const withAmounts = prompter.said.find((s) => s.includes('Beløp per år'));
    expect(withAmounts).toMatch(/Sum\s+31,20\s+100,00\u00a0%\s+2\u00a0350\u00a0000\u00a0kr/);
  });
});

describe('the ledermodell decides which leaders are asked (the schema’s if/then/else on 3.2)', () => {
  const leadershipKeys = (prompter: ScriptedPrompter) => prompter.asked.map((q) => q.key).filter((k) => k.startsWith('/leadership/'));
  const LEADER_FIELDS = ['position', 'terms', 'leaderGroup', 'reportsTo'];

  it('felles: the one NAV-leder’s terms and lines, and neither of the two leaders', async () => {
    const prompter = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, prompter, tempDir());
    expect(leadershipKeys(prompter)).toEqual(['/leadership/model', '/leadership/managerTerms', '/leadership/municipalLeaderGroup', '/leadership/municipalReportsTo', '/leadership/stateReportsTo']);
  });

  it('delt: both leaders (position, terms, leader group, reporting line), not the felles fields; `generate` makes the agreement from it', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(ALT2_SCRIPT);
    const run = await runWizard({ out: 'avtale.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    expect(leadershipKeys(prompter)).toEqual(['/leadership/model', ...['municipalLeader', 'stateLeader'].flatMap((who) => LEADER_FIELDS.map((f) => `/leadership/${who}/${f}`))]);
    const q = (key: string) => prompter.asked.find((x) => x.key === key) as { message: string; choices?: { value: string }[] } | undefined;
    expect(q('/leadership/municipalLeader/position')?.message).toBe('Stilling');
    expect(q('/leadership/stateLeader/terms')?.choices?.map((c) => c.value)).toEqual(['kommunale', 'statlige']);
    const written = readYaml(join(dir, 'avtale.yaml')) as typeof ALT2_EXPECTED;
    expect(written.leadership).toEqual(ALT2_EXPECTED.leadership);
    expect(validateAgreement(written).ok).toBe(true);

    const generated = await runCli(['generate', 'avtale.yaml', '--out', 'ut'], { cwd: dir });
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    const text = docxPlainText(readFileSync(join(dir, 'ut', 'partnerskapsavtale-nav-indre-salten.docx')));
    expect(text).toContain('Eierne er enige om å ha delt administrativ og faglig ledelse for NAV Indre Salten.');
    expect(text).toContain('Ved NAV Indre Salten er ledelsen delt mellom to ledere: leder for sosialtjenesten, som er tilsatt på kommunale vilkår og har ansvaret for de kommunale tjenestene, og NAV-leder stat, som er tilsatt på statlige vilkår');
    expect(text).toContain('Leder for sosialtjenesten er i kommunen plassert i ledergruppen til kommunedirektøren i Fauske kommune og rapporterer til kommunalsjef for helse og velferd.');
  });

  it('revising a felles agreement into delt: the two leaders are asked and the felles fields leave the file', async () => {
    const dir = tempDir();
    const leaders: Record<string, string> = {
      '/leadership/model': 'delt',
      '/leadership/municipalLeader/position': 'leder for sosialtjenesten',
      '/leadership/municipalLeader/terms': 'kommunale',
      '/leadership/municipalLeader/leaderGroup': 'kommunaldirektør for helse og omsorg',
      '/leadership/municipalLeader/reportsTo': 'kommunaldirektør for helse og omsorg',
      '/leadership/stateLeader/position': 'NAV-leder stat',
      '/leadership/stateLeader/terms': 'statlige',
      '/leadership/stateLeader/leaderGroup': 'direktøren for NAV Nordland',
      '/leadership/stateLeader/reportsTo': 'direktøren for NAV Nordland',
    };
    const prompter = new ScriptedPrompter([], { thenEnter: true, byKey: { ...leaders, ':slutt': 'lagre' } });
    const run = await runWizard({ from: join(EXAMPLES, 'nav-bodo.yaml'), out: 'delt.yaml' }, prompter, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(prompter.asked.map((x) => x.key)).not.toContain('/leadership/managerTerms');
    const written = readYaml(join(dir, 'delt.yaml')) as { leadership: Record<string, unknown> };
    expect(written.leadership).toEqual({
      model: 'delt',
      municipalLeader: { position: 'leder for sosialtjenesten', terms: 'kommunale', leaderGroup: 'kommunaldirektør for helse og omsorg', reportsTo: 'kommunaldirektør for helse og omsorg' },
      stateLeader: { position: 'NAV-leder stat', terms: 'statlige', leaderGroup: 'direktøren for NAV Nordland', reportsTo: 'direktøren for NAV Nordland' },
    });
    expect(validateAgreement(written).ok).toBe(true);
  });
});

describe('fields of data format 2.0 that need more than the generic prompt', () => {
  it('a site’s kommune is chosen among the parties, the vertskommune first', async () => {
    const prompter = new ScriptedPrompter(replaceAt(ALT2_SCRIPT, '/location/sites/1/municipality', [['/location/sites/1/municipality', '1840']]));
    await runWizard({ out: 'avtale.yaml' }, prompter, tempDir());
    const asked = prompter.asked.find((q) => q.key === '/location/sites/0/municipality') as { choices?: { value: string; name: string }[] } | undefined;
    expect(asked?.choices?.map((c) => c.name)).toEqual(['Fauske kommune (1841)', 'Saltdal kommune (1840)', 'Sørfold kommune (1845)', 'Beiarn kommune (1839)']);
  });

  it('the signatory’s title starts from the title of 1.0, and the state’s from «direktør»', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, prompter, dir);
    const title = prompter.asked.find((q) => q.key === '/signing/municipal/title') as { default?: string } | undefined;
    expect(title?.default).toBe('kommunedirektør');
    expect((readYaml(join(dir, 'avtale.yaml')) as typeof ALT1_EXPECTED).signing.state).toEqual({ name: 'Cathrine Stavnes', title: 'direktør' });
  });

  it('the NAV-leder split: the template’s 50/50 is one yes and stays out of the file; another split is two numbers', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(
      replaceAt(ALT1_SCRIPT, '/costs/managerShare:likt', [
        ['/costs/managerShare:likt', false],
        ['/costs/managerShare/state', '60'],
        ['/costs/managerShare/municipal', '40'],
      ]),
    );
    expect((await runWizard({ out: 'avtale.yaml' }, prompter, dir)).code).toBe(0);
    expect((readYaml(join(dir, 'avtale.yaml')) as { costs: Record<string, unknown> }).costs.managerShare).toEqual({ state: 60, municipal: 40 });
    expect(ALT1_EXPECTED.costs).not.toHaveProperty('managerShare');
  });

  it('the split of the kommuner’s half of the NAV-leder post is asked only in Alternativ 2', async () => {
    const one = new ScriptedPrompter(ALT1_SCRIPT);
    await runWizard({ out: 'avtale.yaml' }, one, tempDir());
    expect(one.asked.map((q) => q.key)).not.toContain('/costs/managerMunicipalSplit');
    expect(ALT2_EXPECTED.costs.managerMunicipalSplit).toBe('likt');
  });
});

describe('an invalid kommunenummer', () => {
  it('is refused with the message validate gives for that field, and the user corrects it', async () => {
    const dir = tempDir();
    const script = replaceAt(ALT1_SCRIPT, '/parties/municipalities/0/number', [
      ['/parties/municipalities/0/number', '184', 'avvist'],
      ['/parties/municipalities/0/number', '18A5', 'avvist'],
      ['/parties/municipalities/0/number', '1875'],
    ]);
    const prompter = new ScriptedPrompter(script);
    const run = await runWizard({ out: 'avtale.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    expect(readYaml(join(dir, 'avtale.yaml'))).toEqual(ALT1_EXPECTED);
    expect(prompter.refusals.map((r) => r.typed)).toEqual(['184', '18A5']);

    // The same data in a file, checked by `partnerskap validate`: the same sentence.
    for (const { typed, message } of prompter.refusals) {
      const bad = { ...ALT1_EXPECTED, parties: { ...ALT1_EXPECTED.parties, municipalities: [{ ...ALT1_EXPECTED.parties.municipalities[0]!, number: typed }] } };
      writeFileSync(join(dir, 'feil.yaml'), stringify(bad));
      const validated = await runCli(['validate', 'feil.yaml'], { cwd: dir });
      expect(validated.code).toBe(1);
      expect(message).toContain('Kommunenummer eller bydelsnummer» har feil form');
      expect(validated.stderr).toContain(message);
    }
  });

  it('a duplicate kommunenummer is refused with the rule validate applies', async () => {
    const script = replaceAt(ALT2_SCRIPT, '/parties/municipalities/1/number', [
      ['/parties/municipalities/1/number', '1841', 'avvist'],
      ['/parties/municipalities/1/number', '1840'],
    ]);
    const prompter = new ScriptedPrompter(script);
    const run = await runWizard({ out: 'avtale.yaml' }, prompter, tempDir());
    expect(run.code).toBe(0);
    expect(prompter.refusals[0]?.message).toBe('Kommunenummer 1841 står mer enn én gang. Fjern den doble oppføringen.');
  });
});

describe('numbers and dates are checked as typed', () => {
  const cases: { it: string; key: string; bad: string; says: string; good: string }[] = [
    { it: 'årsverk in words', key: '/costs/stateFte', bad: 'seks', says: '«3.8 Driftsavtale › Statlige årsverk» må være et tall, men er tekst.', good: '6,5' },
    { it: 'negative årsverk', key: '/costs/stateFte', bad: '-1', says: 'er -1, men må være minst 0', good: '6,5' },
    { it: 'a budget with decimals', key: '/costs/annualBudget', bad: '1200000,50', says: 'må være et heltall, men er et tall', good: '1 200 000' },
    { it: 'a date that does not exist', key: '/period/start', bad: '30.02.2026', says: '«9.0 Avtaleperiode › Gyldig fra» er «2026-02-30», som ikke er en gyldig dato', good: '1.1.2026' },
    { it: 'a clock time out of range', key: '/location/sites/0/openingHours/0/opens', bad: '25:00', says: 'Åpner kl.» har feil form: «25:00»', good: '9:30' },
    { it: 'closing before opening (a rule, not the schema)', key: '/location/sites/0/openingHours/0/closes', bad: '08:00', says: 'Lokasjonen «Hamarøy» stenger kl. 08:00 («2.1 Fysisk lokalisering og utforming › Lokasjoner › Hamarøy › Åpningstider › mandag–torsdag › Stenger kl.»), som ikke er etter at den åpner kl. 09:30', good: '15:00' },
    { it: 'a required field left empty', key: '/parties/officeName', bad: '', says: '«1.0 Avtaleparter – eiere › NAV-kontorets navn» mangler. Fyll det inn.', good: 'NAV Hamarøy' },
    { it: 'an organisasjonsnummer with a wrong check digit', key: '/parties/municipalities/0/orgNumber', bad: '964983314', says: 'som ikke er et gyldig organisasjonsnummer', good: '964 983 313' },
  ];
  for (const c of cases) {
    it(c.it, async () => {
      const dir = tempDir();
      const prompter = new ScriptedPrompter(replaceAt(ALT1_SCRIPT, c.key, [[c.key, c.bad, 'avvist'], [c.key, c.good]]));
      const run = await runWizard({ out: 'avtale.yaml' }, prompter, dir);
      expect(run.code).toBe(0);
      expect(prompter.refusals[0]?.message).toContain(c.says);
      expect(readYaml(join(dir, 'avtale.yaml'))).toEqual(ALT1_EXPECTED);
    });
  }
});

describe('the end of the interview', () => {
  it('«Endre en del» goes back to one part, prefilled, and shows the summary again', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(
      replaceAt(ALT1_SCRIPT, ':slutt', [
        [':slutt', 'endre'],
        [':del', 'parties'],
        ['/parties/form', ENTER],
        ['/parties/municipalities/0:behold', ENTER],
        ['/parties/municipalHeadTitle', ENTER],
        ['/parties/county/name', ENTER],
        ['/parties/county/director', ENTER],
        ['/parties/county/caseNumber', ENTER],
        ['/parties/county/contact:ta-med', ENTER],
        ['/parties/officeName', 'NAV Hamarøy – Hábmer'],
        [':slutt', 'lagre'],
      ]),
    );
    const run = await runWizard({ out: 'avtale.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    expect(readYaml(join(dir, 'avtale.yaml'))).toEqual({ ...ALT1_EXPECTED, parties: { ...ALT1_EXPECTED.parties, officeName: 'NAV Hamarøy – Hábmer' } });
    expect(prompter.sections.filter((s) => s === 'Oppsummering')).toHaveLength(2);
    expect(prompter.said.some((s) => s.includes('NAV-kontorets navn: NAV Hamarøy – Hábmer'))).toBe(true);
  });

  it('a problem only the final check finds takes the user back to those fields', async () => {
    // A fifth kommune added after the årsverk were entered: the årsverk for it are missing.
    const dir = tempDir();
    const prompter = new ScriptedPrompter(
      replaceAt(ALT2_SCRIPT, ':slutt', [
        [':slutt', 'endre'],
        [':del', 'parties'],
        ['/parties/form', ENTER],
        ...[0, 1, 2, 3].map((i): Step => [`/parties/municipalities/${i}:behold`, ENTER]),
        ['/parties/municipalities/4:ny', true],
        ['/parties/municipalities/4/kind', ENTER],
        ['/parties/municipalities/4/name', 'Hamarøy kommune'],
        ['/parties/municipalities/4/samiName', 'Hábmer'],
        ['/parties/municipalities/4/number', '1875'],
        ['/parties/municipalities/4/orgNumber', '964983313'],
        ['/parties/municipalities/4/caseNumber', ENTER],
        ['/parties/municipalities/4/contact:ta-med', ENTER],
        ['/parties/municipalities/4/approval:ta-med', ENTER],
        ['/parties/municipalities/5:ny', ENTER],
        ['/parties/host', ENTER],
        ['/parties/municipalHeadTitle', ENTER],
        ['/parties/county/name', ENTER],
        ['/parties/county/director', ENTER],
        ['/parties/county/caseNumber', ENTER],
        ['/parties/county/contact:ta-med', ENTER],
        ['/parties/officeName', ENTER],
        ...[0, 1, 2, 3].map((i): Step => [`/costs/fte/${i}/fte`, ENTER]),
        ['/costs/fte/4/fte', '3,3'],
        [':slutt', 'lagre'],
      ]),
    );
    const run = await runWizard({ out: 'avtale.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    expect(prompter.said.some((s) => s.includes('Avtalen er ikke ferdig ennå') && s.includes('Årsverk mangler for Hamarøy kommune – Hábmer (1875)'))).toBe(true);
    const written = readYaml(join(dir, 'avtale.yaml')) as typeof ALT2_EXPECTED;
    expect(written.parties.municipalities).toHaveLength(5);
    expect(written.costs.fte).toEqual([...ALT2_EXPECTED.costs.fte, { municipality: '1875', fte: 3.3 }]);
    expect(validateAgreement(written).ok).toBe(true);
  });
});
