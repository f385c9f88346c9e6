import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistCommand } from '../../src/cli/commands/checklist.js';
import { Interview, templateDefaults } from '../../src/wizard/interview.js';
import type { InputQuestion, Question, SelectQuestion } from '../../src/wizard/types.js';
import { EXAMPLES, example, tempDir } from '../helpers/paths.js';
import { fakeIo, readYaml, runWizard } from '../wizard/helpers/run.js';
import { ENTER, ScriptedPrompter } from '../wizard/helpers/scripted.js';
import { tellTales } from './tell-tale.js';

/** The choices a select question showed. */
const names = (q: Question | undefined): string[] => ((q as SelectQuestion | undefined)?.choices ?? []).map((c) => c.name);

describe('the wizard asks the målform first, then every question in it', () => {
  it('choosing nynorsk makes the next questions, the section headings and the choices nynorsk', async () => {
    const data = templateDefaults();
    const prompter = new ScriptedPrompter([
      ['/document/language', 'nn'],
      ['/document/navSpelling', ENTER],
      ['/document/version', ENTER],
      ['/document/replaces:ta-med', ENTER],
    ]);
    const iv = new Interview(data, prompter);
    expect(iv.sections()[0]!.children[0]!.pattern).toBe('/document/language');
    await iv.section(iv.sections()[0]!);
    expect(prompter.left).toEqual([]);
    expect((data.document as Record<string, unknown>).language).toBe('nn');
    const [language, spelling, version] = prompter.asked;
    // The målform question itself is in bokmål (nothing is chosen yet), with both names as choices.
    expect(language!.message).toBe('Målform');
    expect(names(language).slice(0, 2)).toEqual(['Bokmål', 'Nynorsk']);
    expect(names(spelling)).toEqual(['NAV (som i malen frå 2019)', 'Nav (slik Nav skriv namnet i dag)']);
    expect(version!.help).toContain('Valfritt: trykk Enter for å hoppe over.');
    expect(version!.message).toBe('Versjonen av avtalen');
    expect(version!.help).toMatch(/^Versjonsnummeret til avtalen, til dømes «2» eller «2\.1»/);
    expect(iv.sections().map((s) => s.title)).toEqual(expect.arrayContaining(['Avtalepartar – eigarar', 'Tilsetjing av leiar og medarbeidarar', 'Brukarmedverknad']));
  });

  it('bokmål stays bokmål', async () => {
    const data = templateDefaults();
    const prompter = new ScriptedPrompter([
      ['/document/language', ENTER],
      ['/document/navSpelling', ENTER],
      ['/document/version', ENTER],
      ['/document/replaces:ta-med', ENTER],
    ]);
    const iv = new Interview(data, prompter);
    await iv.section(iv.sections()[0]!);
    expect((data.document as Record<string, unknown>).language).toBe('nb');
    expect(prompter.asked[2]!.message).toBe('Avtalens versjon');
  });
});

/** Every text a question showed: its message, help and the names of its choices. */
const textsOf = (q: Question): string[] => [q.message, q.help ?? '', ...names(q)];

describe('the wizard’s own prompts follow a nynorsk agreement', () => {
  it('the custom prompts (a site’s kommune, the last day, årsverk, the NAV-leder split) in nynorsk', async () => {
    const data = example('nav-sogndal.yaml') as unknown as Record<string, unknown>;
    // «Endre» on the first site and its first opening hours, so the custom prompts under them are asked.
    const prompter = new ScriptedPrompter([], { thenEnter: true, byKey: { '/location/sites/0:behold': 'endre', '/location/sites/0/openingHours/0:behold': 'endre' } });
    const iv = new Interview(data, prompter);
    for (const key of ['location', 'costs']) await iv.section(iv.sections().find((s) => s.path[0] === key)!);
    const q = (key: string) => prompter.asked.find((x) => x.key === key);
    expect(names(q('/location/sites/0/openingHours/0/toDay'))).toEqual(['Berre denne eine dagen', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag']);
    expect(names(q('/location/sites/0/municipality'))).toEqual(['Sogndal kommune (4640)']);
    expect(q('/costs/fte/0/fte')?.message).toBe('Årsverk – Sogndal kommune');
    expect(q('/costs/fte/0/fte')?.help).toBe('Talet på årsverk med høgst to desimalar, til dømes 4,5.');
    expect(q('/costs/managerShare:likt')?.message).toBe('Blir utgiftene til NAV-leiarstillinga delte likt (50/50) mellom staten og kommunesida, slik malen tilrår?');
    expect(q('/costs/managerShare:likt')?.help).toMatch(/^Prosentdelen av utgiftene til NAV-leiarstillinga/);
    // The cost split shown after the årsverk (prompter.said) included.
    expect(tellTales([...prompter.asked.flatMap(textsOf), ...prompter.said].join('\n'))).toEqual([]);
  });

  it('the «Til vurdering» part: the guide’s nynorsk questions, nynorsk choices, status labels and messages', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter(
      [
        [':sjekkliste', 'open'],
        [':vurdert-av', 'Kari Nordhus'],
        [':sjekkliste/1.0', 'svar'],
        ['/checklist/1.0-1/status', 'nei'],
        ['/checklist/1.0-1/comment', '', 'avvist'],
        ['/checklist/1.0-1/comment', 'Vi har ikkje vertskommune.'],
        [':sjekkliste/2.0', 'slutt'],
        [':slutt', 'lagre'],
      ],
      { enterUntil: ':sjekkliste' },
    );
    const run = await runWizard({ from: join(EXAMPLES, 'nav-sogndal.yaml'), out: 'avtale.yaml' }, prompter, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(prompter.left).toEqual([]);
    const q = (key: string) => prompter.asked.find((x) => x.key === key);
    expect(q(':sjekkliste')?.message).toBe('Rettleiaren har 44 spørsmål «Til vurdering». Ingen er vurderte enno. Vil du svare på dei no?');
    expect(names(q(':sjekkliste'))).toEqual(['Svar på spørsmåla no (44)', 'Hopp over sjekklista no – du kan svare seinare med «npx partnerskap checklist avtale.yaml»']);
    expect(q(':vurdert-av')?.message).toBe('Kven vurderer spørsmåla?');
    expect(names(q(':sjekkliste/1.0'))).toEqual(['Ja, svar på spørsmåla', 'Hopp over punkt 1.0', 'Hopp over resten av sjekklista']);
    // The question as guide/nn words it, with the schema's nynorsk status labels.
    expect(q('/checklist/1.0-1/status')?.message).toBe('1.0-1 Har kommunen din delegert mynde til ein vertskommune? Då kan partnarskapsavtalen inngåast med vertskommunen.');
    expect(names(q('/checklist/1.0-1/status'))).toEqual(['Ja', 'Nei', 'Delvis', 'Ikkje relevant', 'Ikkje vurdert enno – svar seinare']);
    expect((q('/checklist/1.0-1/comment') as InputQuestion | undefined)?.help).toMatch(/^Påkravd ved Nei og Delvis: kva manglar/);
    expect(prompter.refusals.map((r) => r.message)).toEqual(['Skriv ein kommentar: med «Nei» og utan kommentar blir spørsmålet rekna som ope i kontrollen før signering.']);
    expect(prompter.said).toContain('Til vurdering: 1 av 44 spørsmål vurderte; 43 står opne. Svar på dei seinare med «npx partnerskap checklist avtale.yaml».');
    expect(q(':slutt')?.message).toBe('Avtalen er klar. Kva vil du gjere no?');
    expect(names(q(':slutt'))).toContain('Lagre avtalen og lag Word-dokumenta (avtalen og rettleiaren)');
    // Nothing the wizard showed for this nynorsk agreement is bokmål (the intro included).
    const shown = [...prompter.asked.flatMap(textsOf), ...prompter.said, ...prompter.sections, ...prompter.refusals.map((r) => r.message)].join('\n');
    expect(tellTales(shown)).toEqual([]);
    expect((readYaml(join(dir, 'avtale.yaml')) as { checklist?: unknown }).checklist).toEqual({
      '1.0-1': { status: 'nei', comment: 'Vi har ikkje vertskommune.', answeredBy: 'Kari Nordhus', answeredAt: '2025-12-01' },
    });
  });

  it('a bokmål agreement keeps the bokmål checklist prompts', async () => {
    // Bodø has assessed all 44 questions.
    const prompter = new ScriptedPrompter([[':sjekkliste', 'senere'], [':slutt', 'lagre']], { enterUntil: ':sjekkliste' });
    expect((await runWizard({ from: join(EXAMPLES, 'nav-bodo.yaml'), out: 'avtale.yaml' }, prompter, tempDir())).code).toBe(0);
    const part = prompter.asked.find((x) => x.key === ':sjekkliste');
    expect(part?.message).toBe('Veilederen har 44 spørsmål «Til vurdering». 44 er vurdert, 0 står åpne. Vil du svare på dem nå?');
    expect(names(part)).toEqual(['Gå gjennom alle 44 spørsmålene', 'Behold svarene som de er']);
    expect(prompter.said).toContain('Til vurdering: 44 av 44 spørsmål vurdert.');
    expect(prompter.asked.find((x) => x.key === ':slutt')?.message).toBe('Avtalen er klar. Hva vil du gjøre nå?');
  });
});

describe('partnerskap checklist on a nynorsk agreement', () => {
  it('says and asks everything in nynorsk, the guide’s nynorsk questions included', async () => {
    const dir = tempDir();
    copyFileSync(join(EXAMPLES, 'nav-sogndal.yaml'), join(dir, 'avtale.yaml'));
    const prompter = new ScriptedPrompter([
      [':vurdert-av', ENTER],
      [':sjekkliste/1.0', 'svar'],
      ['/checklist/1.0-1/status', 'ikke relevant'],
      ['/checklist/1.0-1/comment', ENTER],
      [':sjekkliste/2.0', 'slutt'],
    ]);
    const f = fakeIo(dir);
    const code = await checklistCommand('avtale.yaml', { all: false }, f.io, { prompter, now: () => new Date('2026-02-03T10:00:00') });
    expect(f.stderr()).toBe('');
    expect(code).toBe(0);
    expect(prompter.said[0]).toBe(
      [
        '«Til vurdering» for NAV Sogndal: 0 av 44 spørsmål vurderte; 44 står opne.',
        'Du får spørsmåla som står opne.',
        'Kvart svar blir lagra i «avtale.yaml» med ein gong. Avbryt når som helst med Ctrl+C, og hald fram seinare med «npx partnerskap checklist avtale.yaml».',
      ].join('\n'),
    );
    expect(f.stdout()).toBe(
      'Til vurdering: 1 av 44 spørsmål vurderte; 43 står opne. Svara står i «avtale.yaml».\nSvar på resten med «npx partnerskap checklist avtale.yaml». Sjå kva som står ope før signering med «npx partnerskap audit avtale.yaml».\n',
    );
    expect(names(prompter.asked.find((q) => q.key === '/checklist/1.0-1/status'))).toContain('Ikkje relevant');
    const shown = [...prompter.asked.flatMap(textsOf), ...prompter.said, ...prompter.sections, f.stdout()].join('\n');
    expect(tellTales(shown)).toEqual([]);
    expect(readFileSync(join(dir, 'avtale.yaml'), 'utf8')).toContain('"1.0-1":\n    status: ikke relevant\n    answeredAt: "2026-02-03"');
  });
});

describe('the wizard’s generic prompts, messages and file header follow the målform (issue #16)', () => {
  /** The keys of the generic prompts: an optional part (…:ta-med) and a list's first and next item (…/0:ny, …/n:ny). */
  const generic = (prompter: ScriptedPrompter) => ({
    include: prompter.asked.filter((q) => q.key.endsWith(':ta-med')),
    first: prompter.asked.filter((q) => /\/0:ny$/.test(q.key)),
    next: prompter.asked.filter((q) => /\/[1-9]\d*:ny$/.test(q.key)),
  });
  /** Everything the wizard printed or showed. */
  const shownBy = (prompter: ScriptedPrompter, run: { stdout: string; stderr: string }): string =>
    [...prompter.asked.flatMap(textsOf), ...prompter.said, ...prompter.sections, ...prompter.refusals.map((r) => r.message), run.stdout, run.stderr].join('\n');

  it('a nynorsk run: optional parts, lists, the intro, the result and the written header are nynorsk', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter([[':sjekkliste', 'senere'], [':slutt', 'lagre']], { enterUntil: ':sjekkliste' });
    const run = await runWizard({ from: join(EXAMPLES, 'nav-sogndal.yaml'), out: 'avtale.yaml' }, prompter, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { include, first, next } = generic(prompter);
    // Each kind of generic prompt was asked, so the leak check below covers them.
    expect(include.length).toBeGreaterThan(0);
    expect(first.length).toBeGreaterThan(0);
    expect(next.length).toBeGreaterThan(0);
    for (const q of include) expect(q.message).toMatch(/^Vil du fylle inn «.+»\?$/);
    for (const q of first) expect(q.message).toMatch(/^Vil du leggje inn «.+»\?$/);
    for (const q of next) expect(q.message).toMatch(/^Legg til ein til i «.+»\?$/);
    for (const q of next) expect(q.help).toMatch(/ har no \d+\.$/);
    expect(prompter.said[0]).toMatch(/^Partnarskapsavtale for felles NAV-kontor \(NAV-lova § 14\)\nSvar på spørsmåla del for del\./);
    expect(run.stdout).toBe('Avtalen er lagra: avtale.yaml\n');
    const written = readFileSync(join(dir, 'avtale.yaml'), 'utf8');
    const header = written.split('\n').filter((line) => line.startsWith('#'));
    expect(header).toEqual([
      '# Partnarskapsavtale for NAV Sogndal etter NAV-lova § 14, laga med «partnerskap wizard».',
      '# Endre med «partnerskap wizard --from <denne fila>», kontroller med «partnerskap validate»,',
      '# og lag Word-dokumentet med «partnerskap generate».',
    ]);
    expect(tellTales([shownBy(prompter, run), ...header].join('\n'))).toEqual([]);
  });

  it('a bokmål run keeps the bokmål prompts, result and header', async () => {
    const dir = tempDir();
    const prompter = new ScriptedPrompter([[':sjekkliste', 'senere'], [':slutt', 'lagre']], { enterUntil: ':sjekkliste' });
    const run = await runWizard({ from: join(EXAMPLES, 'nav-bodo.yaml'), out: 'avtale.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    const { include, first, next } = generic(prompter);
    expect(include.length + first.length).toBeGreaterThan(0);
    expect(next.length).toBeGreaterThan(0);
    for (const q of include) expect(q.message).toMatch(/^Vil du fylle inn «.+»\?$/);
    for (const q of first) expect(q.message).toMatch(/^Vil du legge inn «.+»\?$/);
    for (const q of next) expect(q.message).toMatch(/^Legg til en til i «.+»\?$/);
    expect(prompter.said[0]).toMatch(/^Partnerskapsavtale for felles NAV-kontor \(NAV-loven § 14\)\nSvar på spørsmålene del for del\./);
    expect(run.stdout).toBe('Avtalen er lagret: avtale.yaml\n');
    expect(readFileSync(join(dir, 'avtale.yaml'), 'utf8')).toMatch(/^# Partnerskapsavtale for NAV Bodø etter NAV-loven § 14, laget med «partnerskap wizard»\.\n# Endre med «partnerskap wizard --from <denne filen>»/);
  });

  it('Ctrl+C in a nynorsk agreement says so in nynorsk, and so does resuming it', async () => {
    const dir = tempDir();
    const first = await runWizard({ from: join(EXAMPLES, 'nav-sogndal.yaml'), out: 'avtale.yaml' }, new ScriptedPrompter([], { thenEnter: true, interruptAt: 3 }), dir);
    expect(first.code).toBe(130);
    expect(first.stderr).toBe('\n\nAvbrote. Svara dine er lagra i «avtale.yaml.utkast.json».\nHald fram der du slapp med: npx partnerskap wizard --out avtale.yaml\n');
    const again = new ScriptedPrompter([[':utkast', 'fortsett']], { interruptAt: 1 });
    const second = await runWizard({ out: 'avtale.yaml' }, again, dir);
    expect(second.code).toBe(130);
    expect(again.asked[0]!.message).toMatch(/^Du har eit utkast som ikkje er ferdig, lagra .+\. Vil du halde fram der du slapp\?$/);
    expect(names(again.asked[0])).toEqual(['Ja, hald fram der eg slapp', 'Nei, byrj på nytt (utkastet blir sletta når du svarar på det første spørsmålet)']);
    expect(tellTales([first.stderr, shownBy(again, second)].join('\n'))).toEqual([]);
  });

  it('--from a nynorsk agreement with problems lists them under a nynorsk heading', async () => {
    const dir = tempDir();
    // A field the schema does not know: a problem when read, and dropped by the interview.
    writeFileSync(join(dir, 'inn.yaml'), `${readFileSync(join(EXAMPLES, 'nav-sogndal.yaml'), 'utf8')}\nukjentFelt: 1\n`);
    const prompter = new ScriptedPrompter([[':sjekkliste', 'senere'], [':slutt', 'lagre']], { enterUntil: ':sjekkliste' });
    const run = await runWizard({ from: 'inn.yaml', out: 'avtale.yaml' }, prompter, dir);
    expect(run.code).toBe(0);
    const heading = prompter.said.find((s) => s.startsWith('«inn.yaml»'));
    expect(heading).toMatch(/^«inn\.yaml» har feil som du får rette undervegs:\n {2}• /);
    expect(tellTales(shownBy(prompter, run))).toEqual([]);
  });
});
