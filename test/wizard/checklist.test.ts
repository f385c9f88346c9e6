import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChecklistPlan } from '../../src/cli/commands/checklist.js';
import { loadGuide } from '../../src/cli/resources.js';
import { questionOrder } from '../../src/wizard/checklist-plan.js';
import { parseDraft } from '../../src/wizard/draft.js';
import type { SelectQuestion } from '../../src/wizard/types.js';
import { runCli } from '../helpers/cli.js';
import { stringify } from 'yaml';
import { example, tempDir } from '../helpers/paths.js';
import { readYaml, runWizard } from './helpers/run.js';
import { ENTER, ScriptedPrompter, type Step } from './helpers/scripted.js';

const OUT = 'avtale.yaml';
/** The date the scripted runs are made on (runWizard's clock). */
const TODAY = '2025-12-01';

describe('the questions, from the guide', () => {
  const plan = loadChecklistPlan();

  it('are all 44 of the guide, in its order, point by point', () => {
    const guide = loadGuide();
    expect(questionOrder(plan)).toEqual(guide.questions.map((q) => q.id));
    expect(questionOrder(plan)).toHaveLength(44);
    expect(plan.map((p) => p.number)).toEqual(['1.0', '2.0', '2.1', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.0', '5.0', '6.0', '7.0', '8.0', '9.0']);
    const q = plan.find((p) => p.number === '2.1')!.blocks[0]!.questions[0]!;
    expect(q.text).toBe(guide.questions.find((g) => g.id === '2.1-1')!.text);
  });

  it('each block has the guide text it follows as help: «Hva omhandler punktet», or the sub-part with its heading', () => {
    const help = (n: string) => plan.find((p) => p.number === n)!.blocks.map((b) => b.help ?? '');
    const [lokalisering] = help('2.1');
    expect(lokalisering).toMatch(/^Hvor skal NAV-kontoret fysisk lokaliseres/);
    expect(lokalisering).toContain('universell utforming?');
    // Footnote marks and the notes themselves are not help text.
    expect(lokalisering).not.toMatch(/\[\^|Begge eierne er ansvarlige/);
    const delegation = help('3.7');
    expect(delegation).toHaveLength(2);
    expect(delegation[0]).toMatch(/^Grad av delegert myndighet fra eierne til NAV-leder\n\nNAV-loven opprettholder/);
    expect(delegation[1]).toMatch(/^Oppgaveutførelse på hverandres myndighetsområder\n\n/);
    expect(delegation[1]).not.toContain('NAV-loven opprettholder');
  });
});

/**
 * The wizard revising an agreement (nav-bodo.yaml without any answers): Enter through the
 * agreement's own parts, then `steps` from the «Til vurdering» part on, then save.
 */
function revising(dir: string, steps: Step[], opts: { interruptAt?: number } = {}): { prompter: ScriptedPrompter; from: string } {
  const { checklist: _none, ...agreement } = example('nav-bodo.yaml');
  writeFileSync(join(dir, 'gjeldende.yaml'), stringify(agreement));
  return { prompter: new ScriptedPrompter(steps, { enterUntil: ':sjekkliste', ...opts }), from: 'gjeldende.yaml' };
}
const BASE = (() => {
  const { checklist: _none, ...agreement } = example('nav-bodo.yaml');
  return agreement;
})();

/** Answers 1.0, skips 2.0, answers one question of 2.1 (first refusing «nei» without comment), then stops. */
const ANSWERS: Step[] = [
  [':sjekkliste', 'open'],
  [':vurdert-av', 'Kari Nordhus'],
  [':sjekkliste/1.0', ENTER],
  ['/checklist/1.0-1/status', 'ikke relevant'],
  ['/checklist/1.0-1/comment', ENTER],
  [':sjekkliste/2.0', 'hopp'],
  [':sjekkliste/2.1', 'svar'],
  ['/checklist/2.1-1/status', 'nei'],
  ['/checklist/2.1-1/comment', '', 'avvist'],
  ['/checklist/2.1-1/comment', 'Inngangen har ikke trinnfri atkomst; rampe bygges våren 2026.'],
  ['/checklist/2.1-2/status', ENTER],
  ['/checklist/2.1-3/status', ENTER],
  ['/checklist/2.1-4/status', 'ja'],
  ['/checklist/2.1-4/comment', 'Brukerutvalget var med i planleggingen.'],
  ['/checklist/2.1-5/status', ENTER],
  ['/checklist/2.1-6/status', ENTER],
  [':sjekkliste/3.1', 'slutt'],
  [':slutt', 'lagre'],
];

const EXPECTED_CHECKLIST = {
  '1.0-1': { status: 'ikke relevant', answeredBy: 'Kari Nordhus', answeredAt: TODAY },
  '2.1-1': { status: 'nei', comment: 'Inngangen har ikke trinnfri atkomst; rampe bygges våren 2026.', answeredBy: 'Kari Nordhus', answeredAt: TODAY },
  '2.1-4': { status: 'ja', comment: 'Brukerutvalget var med i planleggingen.', answeredBy: 'Kari Nordhus', answeredAt: TODAY },
};

describe('the wizard asks the «Til vurdering» questions last', () => {
  it('a few answers, a point skipped, the rest left for later; the audit then counts them as assessed', async () => {
    const dir = tempDir();
    const { prompter, from } = revising(dir, ANSWERS);
    const run = await runWizard({ from, out: OUT }, prompter, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(prompter.left).toEqual([]);
    expect(readYaml(join(dir, OUT))).toEqual({ ...BASE, checklist: EXPECTED_CHECKLIST });

    // After 9.0, the signing and the attachments: the last part, which can be skipped.
    const gate = prompter.asked.find((q) => q.key === ':sjekkliste') as SelectQuestion;
    expect(prompter.asked[prompter.asked.indexOf(gate) - 1]?.key).toMatch(/^\/attachments\/\d+:ny$/);
    expect(gate.message).toBe('Veilederen har 44 spørsmål «Til vurdering». Ingen er vurdert ennå. Vil du svare på dem nå?');
    expect(gate.choices.map((c) => c.name)).toEqual(['Svar på spørsmålene nå (44)', 'Hopp over sjekklisten nå – du kan svare senere med «npx partnerskap checklist avtale.yaml»']);
    // The question as the guide words it, the schema's labels, and the guide's text before it.
    const status = prompter.asked.find((q) => q.key === '/checklist/2.1-1/status') as SelectQuestion;
    expect(status.message).toBe('2.1-1 Er NAV-kontorets lokaler tilfredsstillende med tanke på føringene som er gitt i NAV-loven § 13 om universell utforming?');
    expect(status.choices.map((c) => c.name)).toEqual(['Ja', 'Nei', 'Delvis', 'Ikke relevant', 'Ikke vurdert ennå – svar senere']);
    expect(status.default).toBe('');
    expect(prompter.said.some((s) => s.startsWith('Hvor skal NAV-kontoret fysisk lokaliseres'))).toBe(true);
    expect(prompter.sections).toContain('Til vurdering – 2.1 Fysisk lokalisering, og utforming av NAV-kontoret (punkt 3 av 17)');
    // «Nei» without a comment would be open in the audit: refused.
    expect(prompter.refusals[0]?.message).toContain('med «Nei» og uten kommentar regnes spørsmålet som åpent');
    // Skipping 2.0 asks none of its questions.
    expect(prompter.asked.some((q) => q.key.startsWith('/checklist/2.0-'))).toBe(false);
    expect(prompter.said).toContain('Til vurdering: 3 av 44 spørsmål vurdert; 41 står åpne. Svar på dem senere med «npx partnerskap checklist avtale.yaml».');

    const audit = await runCli(['audit', OUT, '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(audit.stdout) as { checklist: { id: string; open: boolean; status: string | null }[] };
    const open = new Set(report.checklist.filter((e) => e.open).map((e) => e.id));
    for (const id of Object.keys(EXPECTED_CHECKLIST)) expect(open.has(id)).toBe(false);
    expect(open.size).toBe(41);
    expect(report.checklist.find((e) => e.id === '2.1-1')?.status).toBe('nei');
  });

  it('skipped as a whole, nothing is asked and nothing is recorded', async () => {
    const dir = tempDir();
    const { prompter, from } = revising(dir, [
      [':sjekkliste', 'senere'],
      [':slutt', 'lagre'],
    ]);
    expect((await runWizard({ from, out: OUT }, prompter, dir)).code).toBe(0);
    expect(prompter.left).toEqual([]);
    expect(prompter.asked.some((q) => q.key.startsWith('/checklist') || q.key.startsWith(':sjekkliste/'))).toBe(false);
    expect(readYaml(join(dir, OUT))).toEqual(BASE);
  });

  it('Ctrl+C while typing a comment keeps the answers so far; a resume goes on at that question and ends with the same file', async () => {
    const whole = tempDir();
    const uninterrupted = revising(whole, ANSWERS);
    expect((await runWizard({ from: uninterrupted.from, out: OUT }, uninterrupted.prompter, whole)).code).toBe(0);
    const stop = uninterrupted.prompter.asked.findIndex((q) => q.key === '/checklist/2.1-4/comment');

    const dir = tempDir();
    const { prompter, from } = revising(dir, ANSWERS, { interruptAt: stop });
    const first = await runWizard({ from, out: OUT }, prompter, dir);
    expect(first.code).toBe(130);
    expect(first.stderr).toContain('Avbrutt. Svarene dine er lagret i «avtale.yaml.utkast.json».');
    const draft = parseDraft(readFileSync(join(dir, `${OUT}.utkast.json`), 'utf8'))!;
    expect(draft.at).toEqual({ key: '/checklist/2.1-4/comment', label: 'Til vurdering › spørsmål 2.1-4 › Kommentar' });
    // The status given just before is in the draft already.
    expect((draft.data.checklist as Record<string, unknown>)['2.1-4']).toEqual({ status: 'ja', answeredBy: 'Kari Nordhus', answeredAt: TODAY });

    const at = ANSWERS.findIndex((s) => s[0] === '/checklist/2.1-4/comment');
    const rest = new ScriptedPrompter([[':utkast', ENTER], ...ANSWERS.slice(at)]);
    const second = await runWizard({ out: OUT }, rest, dir);
    expect(second.code).toBe(0);
    expect(rest.left).toEqual([]);
    // Only what was not answered yet is asked: the comment the user was typing comes first.
    expect(rest.asked.map((q) => q.key).slice(0, 2)).toEqual([':utkast', '/checklist/2.1-4/comment']);
    expect(rest.said).toContain('Du fortsetter der du slapp. Svarene du hadde gitt, er tatt vare på.');
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe(readFileSync(join(whole, OUT), 'utf8'));
    expect(existsSync(join(dir, `${OUT}.utkast.json`))).toBe(false);
  });

  it('«Endre en del» at the end offers the checklist again', async () => {
    const dir = tempDir();
    const { prompter, from } = revising(dir, [
      [':sjekkliste', 'senere'],
      [':slutt', 'endre'],
      [':del', ':sjekkliste'],
      [':sjekkliste', 'open'],
      [':vurdert-av', ENTER],
      [':sjekkliste/1.0', 'svar'],
      ['/checklist/1.0-1/status', 'ja'],
      ['/checklist/1.0-1/comment', ENTER],
      [':sjekkliste/2.0', 'slutt'],
      [':slutt', 'lagre'],
    ]);
    expect((await runWizard({ from, out: OUT }, prompter, dir)).code).toBe(0);
    expect(prompter.left).toEqual([]);
    expect((readYaml(join(dir, OUT)) as { checklist: unknown }).checklist).toEqual({ '1.0-1': { status: 'ja', answeredAt: TODAY } });
  });
});
