import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checklistCommand, CHECKLIST_NO_TTY_MESSAGE } from '../../src/cli/commands/checklist.js';
import type { SelectQuestion } from '../../src/wizard/types.js';
import { runCli } from '../helpers/cli.js';
import { example, tempDir } from '../helpers/paths.js';
import { fakeIo } from './helpers/run.js';
import { ENTER, ScriptedPrompter, type Step } from './helpers/scripted.js';

const TODAY = '2026-02-03';

/** Runs `partnerskap checklist` in-process with the prompter in place of the terminal. */
async function checklist(dir: string, file: string, prompter: ScriptedPrompter, all = false) {
  const f = fakeIo(dir);
  const code = await checklistCommand(file, { all }, f.io, { prompter, now: () => new Date(`${TODAY}T10:00:00`) });
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

/** nav-bodo.yaml without answers, written as a hand-edited file: a comment of the author's own, and some answers with comments. */
function handWritten(dir: string): string {
  const { checklist: _none, ...agreement } = example('nav-bodo.yaml');
  const text = [
    '# Partnerskapsavtale for NAV Bodø (arbeidsutkast – ikke signert).',
    stringify(agreement, { lineWidth: 0 }).trimEnd(),
    '',
    'checklist:',
    '  # Drøftet i partnerskapsmøtet 12. januar.',
    '  "1.0-1": { status: ikke relevant }',
    '  "3.7-2":',
    '    status: nei # følges opp',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'avtale.yaml'), text);
  return text;
}

const FIRST: Step[] = [
  [':vurdert-av', 'Kari Nordhus'],
  [':sjekkliste/2.0', 'svar'],
  ['/checklist/2.0-1/status', 'ja'],
  ['/checklist/2.0-1/comment', 'Formålet står i 2.0.'],
  ['/checklist/2.0-2/status', 'delvis'],
  ['/checklist/2.0-2/comment', 'Felles mål for 2026 vedtas i februar.'],
];

describe('partnerskap checklist <avtalefil>', () => {
  it('asks only the open questions and writes each answer into the YAML file at once, comments and formatting kept', async () => {
    const dir = tempDir();
    const before = handWritten(dir);
    const prompter = new ScriptedPrompter([...FIRST, ['/checklist/2.0-3/status', ENTER], ['/checklist/2.0-4/status', ENTER], [':sjekkliste/2.1', 'slutt']]);
    const run = await checklist(dir, 'avtale.yaml', prompter);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(prompter.left).toEqual([]);
    // 1.0-1 is settled and not asked; 3.7-2 («nei» without comment) is open and would come in 3.7.
    expect(prompter.asked.some((q) => q.key.startsWith('/checklist/1.0-1'))).toBe(false);
    expect(prompter.asked[1]?.key).toBe(':sjekkliste/2.0');

    const after = readFileSync(join(dir, 'avtale.yaml'), 'utf8');
    // Everything before the checklist is byte for byte as it was; the answers sit in the guide's order.
    expect(after.slice(0, before.indexOf('checklist:'))).toBe(before.slice(0, before.indexOf('checklist:')));
    expect(after.slice(after.indexOf('checklist:'))).toBe(
      [
        'checklist:',
        '  # Drøftet i partnerskapsmøtet 12. januar.',
        '  "1.0-1": { status: ikke relevant }',
        '  "2.0-1":',
        '    status: ja',
        '    comment: Formålet står i 2.0.',
        '    answeredBy: Kari Nordhus',
        `    answeredAt: "${TODAY}"`,
        '  "2.0-2":',
        '    status: delvis',
        '    comment: Felles mål for 2026 vedtas i februar.',
        '    answeredBy: Kari Nordhus',
        `    answeredAt: "${TODAY}"`,
        '  "3.7-2":',
        '    status: nei # følges opp',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toBe(
      'Til vurdering: 3 av 44 spørsmål vurdert; 41 står åpne. Svarene står i «avtale.yaml».\nSvar på resten med «npx partnerskap checklist avtale.yaml». Se hva som står åpent før signering med «npx partnerskap audit avtale.yaml».\n',
    );

    // The audit reads the answers: those questions are no longer open.
    const audit = await runCli(['audit', 'avtale.yaml', '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(audit.stdout) as { checklist: { id: string; open: boolean }[] };
    const open = new Set(report.checklist.filter((e) => e.open).map((e) => e.id));
    expect(['1.0-1', '2.0-1', '2.0-2'].filter((id) => open.has(id))).toEqual([]);
    expect(open.has('3.7-2')).toBe(true);
    expect(open.size).toBe(41);
  });

  it('Ctrl+C keeps every answer given; the next run starts at the first open question', async () => {
    const dir = tempDir();
    handWritten(dir);
    const stopped = await checklist(dir, 'avtale.yaml', new ScriptedPrompter(FIRST, { interruptAt: FIRST.length }));
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toBe('\n\nAvbrutt. Svarene du har gitt, er lagret i «avtale.yaml».\nFortsett med: npx partnerskap checklist avtale.yaml\n');
    const saved = parse(readFileSync(join(dir, 'avtale.yaml'), 'utf8')) as { checklist: Record<string, { status: string }> };
    expect(Object.keys(saved.checklist)).toEqual(['1.0-1', '2.0-1', '2.0-2', '3.7-2']);
    expect(saved.checklist['2.0-2']).toEqual({ status: 'delvis', comment: 'Felles mål for 2026 vedtas i februar.', answeredBy: 'Kari Nordhus', answeredAt: TODAY });

    const again = new ScriptedPrompter([[':vurdert-av', ENTER], [':sjekkliste/2.0', ENTER], ['/checklist/2.0-3/status', 'nei'], ['/checklist/2.0-4/comment', 'x']]);
    await checklist(dir, 'avtale.yaml', again).catch(() => undefined);
    // The assessor is offered again, and 2.0 goes on with its first open question.
    expect(again.asked[0]).toMatchObject({ key: ':vurdert-av', default: 'Kari Nordhus' });
    expect((again.asked[1] as SelectQuestion).message).toBe('2 spørsmål i punkt 2.0. Vil du svare nå?');
    expect(again.asked[2]?.key).toBe('/checklist/2.0-3/status');
  });

  it('--all goes through every question with the current answers as defaults; Enter throughout changes nothing', async () => {
    const dir = tempDir();
    const before = handWritten(dir);
    const prompter = new ScriptedPrompter([], { thenEnter: true, byKey: { '/checklist/3.7-2/comment': 'Enhetlig tjenestetilbud drøftes i mars.' } });
    const run = await checklist(dir, 'avtale.yaml', prompter, true);
    expect(run.code).toBe(0);
    const status = (id: string) => prompter.asked.find((q) => q.key === `/checklist/${id}/status`) as SelectQuestion | undefined;
    expect(status('1.0-1')?.default).toBe('ikke relevant');
    expect(status('1.0-1')?.choices.at(-1)?.name).toBe('Ikke vurdert (fjern vurderingen)');
    expect(status('9.0-2')?.default).toBe('');
    expect(prompter.asked.filter((q) => q.key.endsWith('/status'))).toHaveLength(44);
    // Only 3.7-2 changed (it needed a comment); the rest of the file is as it was.
    const after = readFileSync(join(dir, 'avtale.yaml'), 'utf8');
    expect(after).toBe(before.replace('    status: nei # følges opp\n', `    status: nei # følges opp\n    comment: Enhetlig tjenestetilbud drøftes i mars.\n    answeredAt: "${TODAY}"\n`));
  });

  it('a JSON file is rewritten as JSON in its own indentation; its permissions are kept', async () => {
    const dir = tempDir();
    const { checklist: _none, ...agreement } = example('nav-bodo.yaml');
    writeFileSync(join(dir, 'avtale.json'), JSON.stringify(agreement, null, 4) + '\n');
    chmodSync(join(dir, 'avtale.json'), 0o600);
    const run = await checklist(dir, 'avtale.json', new ScriptedPrompter([[':vurdert-av', ENTER], [':sjekkliste/1.0', ENTER], ['/checklist/1.0-1/status', 'ja'], ['/checklist/1.0-1/comment', ENTER], [':sjekkliste/2.0', 'slutt']]));
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'avtale.json'), 'utf8');
    expect(text).toBe(JSON.stringify({ ...agreement, checklist: { '1.0-1': { status: 'ja', answeredAt: TODAY } } }, null, 4) + '\n');
    expect(statSync(join(dir, 'avtale.json')).mode & 0o777).toBe(0o600);
  });

  it('through a symbolic link, the answers go into the file it points to; the link stays a link', async () => {
    const dir = tempDir();
    handWritten(dir);
    symlinkSync(join(dir, 'avtale.yaml'), join(dir, 'lenke.yaml'));
    const direct = await checklist(dir, 'lenke.yaml', new ScriptedPrompter([[':vurdert-av', ENTER], [':sjekkliste/2.0', ENTER], ['/checklist/2.0-1/status', 'ikke relevant'], ['/checklist/2.0-1/comment', ENTER], ['/checklist/2.0-2/status', ENTER], ['/checklist/2.0-3/status', ENTER], ['/checklist/2.0-4/status', ENTER], [':sjekkliste/2.1', 'slutt']]));
    expect(direct.code).toBe(0);
    expect(lstatSync(join(dir, 'lenke.yaml')).isSymbolicLink()).toBe(true);
    expect((parse(readFileSync(join(dir, 'avtale.yaml'), 'utf8')) as { checklist: Record<string, unknown> }).checklist['2.0-1']).toEqual({ status: 'ikke relevant', answeredAt: TODAY });
  });

  it('nothing open: says so without asking', async () => {
    const dir = tempDir();
    const all = Object.fromEntries(
      (await import('../../src/cli/commands/checklist.js')).loadChecklistPlan().flatMap((p) => p.blocks.flatMap((b) => b.questions.map((q) => [q.id, { status: 'ja' }]))),
    );
    writeFileSync(join(dir, 'avtale.yaml'), stringify({ ...example('nav-bodo.yaml'), checklist: all }));
    const run = await checklist(dir, 'avtale.yaml', new ScriptedPrompter([]));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Alle 44 spørsmålene er vurdert. Gå gjennom dem på nytt med «npx partnerskap checklist avtale.yaml --all».\n');
  });
});

describe('what partnerskap checklist refuses', () => {
  it('a generated document: extract the data first, or give the YAML file (exit 2)', async () => {
    const dir = tempDir();
    for (const name of ['avtale.docx', 'avtale.pdf']) {
      const run = await runCli(['checklist', name], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `partnerskap: «${name}» er et dokument. Svarene skrives inn i avtalefilen, ikke i dokumentet. Oppgi YAML-filen avtalen er laget av, eller hent dataene ut av dokumentet først: «npx partnerskap extract ${name} > avtale.yaml», svar med «npx partnerskap checklist avtale.yaml», og lag dokumentet på nytt med «npx partnerskap generate avtale.yaml».\n`,
      );
    }
  });

  it('standard input, and no terminal (exit 2, the file untouched)', async () => {
    const dir = tempDir();
    const before = handWritten(dir);
    const stdin = await runCli(['checklist', '-'], { cwd: dir });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('kan ikke lese avtalen fra standard inn (-)');
    const piped = await runCli(['checklist', 'avtale.yaml'], { cwd: dir, input: 'ja\n' });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe(`partnerskap: ${CHECKLIST_NO_TTY_MESSAGE}\n`);
    expect(readFileSync(join(dir, 'avtale.yaml'), 'utf8')).toBe(before);
  });

  it('a 1.0 file: migrate first (exit 1)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gammel.yaml'), readFileSync(join(__dirname, '..', 'fixtures', 'migrate', 'nav-bodo.1.0.yaml')));
    const run = await checklist(dir, 'gammel.yaml', new ScriptedPrompter([]));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('migrate');
  });
});
