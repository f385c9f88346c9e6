import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/wizard/draft.js';
import { tempDir } from '../helpers/paths.js';
import { ALT1_EXPECTED, ALT1_SCRIPT, ALT2_SCRIPT } from './fixtures.js';
import { runWizard } from './helpers/run.js';
import { ENTER, ScriptedPrompter, type Step } from './helpers/scripted.js';

const OUT = 'avtale.yaml';
const DRAFT = 'avtale.yaml.utkast.json';

/** The file an uninterrupted run writes. */
async function uninterrupted(script: Step[]): Promise<string> {
  const dir = tempDir();
  const run = await runWizard({ out: OUT }, new ScriptedPrompter(script), dir);
  expect(run.code).toBe(0);
  return readFileSync(join(dir, OUT), 'utf8');
}

describe('never lose work', () => {
  it('Ctrl+C mid-way leaves the draft on disk and says how to go on; resuming finishes with the same file', async () => {
    const dir = tempDir();
    const stopAt = ALT1_SCRIPT.findIndex((s) => s[0] === '/governance/statusItemFirst');
    const first = await runWizard({ out: OUT }, new ScriptedPrompter(ALT1_SCRIPT, { interruptAt: stopAt }), dir);
    expect(first.code).toBe(130);
    expect(first.stderr).toContain(`Avbrutt. Svarene dine er lagret i «${DRAFT}».`);
    expect(first.stderr).toContain(`Fortsett der du slapp med: npx partnerskap wizard --out ${OUT}`);
    expect(existsSync(join(dir, OUT))).toBe(false);

    const draft = parseDraft(readFileSync(join(dir, DRAFT), 'utf8'));
    expect(draft).toBeDefined();
    expect(draft!.answers.map((a) => a.key)).toEqual(ALT1_SCRIPT.slice(0, stopAt).map((s) => s[0]));
    expect(draft!.at?.key).toBe(ALT1_SCRIPT[stopAt]![0]);
    expect(draft!.at?.label).toBe('3.1 Styring og ledelse › «Status partnerskapsavtale» som første faste agendapunkt');
    expect(draft!.data.parties).toEqual(ALT1_EXPECTED.parties);
    expect(draft!.data.location).toEqual(ALT1_EXPECTED.location);

    // Starting again offers to resume; Enter resumes, and only the rest is asked.
    const rest = new ScriptedPrompter([[':utkast', ENTER], ...ALT1_SCRIPT.slice(stopAt)]);
    const second = await runWizard({ out: OUT }, rest, dir);
    expect(second.code).toBe(0);
    expect(rest.left).toEqual([]);
    expect(rest.asked[0]?.message).toContain('ved «3.1 Styring og ledelse › «Status partnerskapsavtale» som første faste agendapunkt»');
    expect(rest.said).toContain('Du fortsetter der du slapp. Svarene du hadde gitt, er tatt vare på.');
    expect(rest.sections[0]).toBe('3.1 Styring og ledelse (del 5 av 20)');
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe(await uninterrupted(ALT1_SCRIPT));
    expect(existsSync(join(dir, DRAFT))).toBe(false);
  });

  it('interrupted at any point, several times over, ends with the same file', async () => {
    const expected = await uninterrupted(ALT2_SCRIPT);
    for (const stops of [[0], [1, 2], [20, 55], [ALT2_SCRIPT.length - 1]]) {
      const dir = tempDir();
      let done = 0;
      for (const [n, stop] of stops.entries()) {
        const resume: Step[] = n === 0 ? [] : [[':utkast', ENTER]];
        const run = await runWizard({ out: OUT }, new ScriptedPrompter([...resume, ...ALT2_SCRIPT.slice(done)], { interruptAt: resume.length + stop - done }), dir);
        expect(run.code).toBe(130);
        done = stop;
      }
      const last = await runWizard({ out: OUT }, new ScriptedPrompter([[':utkast', ENTER], ...ALT2_SCRIPT.slice(done)]), dir);
      expect(last.code).toBe(0);
      expect(readFileSync(join(dir, OUT), 'utf8')).toBe(expected);
    }
  });

  it('choosing «begynn på nytt» starts from the template again', async () => {
    const dir = tempDir();
    await runWizard({ out: OUT }, new ScriptedPrompter(ALT2_SCRIPT, { interruptAt: 10 }), dir);
    const fresh = new ScriptedPrompter([[':utkast', 'ny'], ...ALT1_SCRIPT]);
    const run = await runWizard({ out: OUT }, fresh, dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe(await uninterrupted(ALT1_SCRIPT));
  });

  it('choosing «avslutt» at the end keeps the draft, and a resume comes back to the summary', async () => {
    const dir = tempDir();
    const quit = await runWizard({ out: OUT }, new ScriptedPrompter([...ALT1_SCRIPT.slice(0, -1), [':slutt', 'avslutt']]), dir);
    expect(quit.code).toBe(0);
    expect(quit.stdout).toContain(`Avtalen er ikke lagret. Svarene ligger i «${DRAFT}»; fortsett med «npx partnerskap wizard --out ${OUT}».`);
    expect(existsSync(join(dir, OUT))).toBe(false);
    const back = new ScriptedPrompter([[':utkast', ENTER], [':slutt', 'lagre']]);
    expect((await runWizard({ out: OUT }, back, dir)).code).toBe(0);
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe(await uninterrupted(ALT1_SCRIPT));
  });

  it('a draft that cannot be read is left alone, with advice', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DRAFT), '{ "ikke": "et utkast" }');
    const run = await runWizard({ out: OUT }, new ScriptedPrompter([]), dir).catch((e: Error) => ({ code: -1, stdout: '', stderr: e.message }));
    expect(run.stderr).toContain(`Utkastet «${DRAFT}» kan ikke leses. Flytt eller slett det`);
    expect(readFileSync(join(dir, DRAFT), 'utf8')).toBe('{ "ikke": "et utkast" }');
  });
});

describe('an existing agreement file is never replaced without asking', () => {
  it('the default answer is no; another name can be given', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, OUT), 'gammel\n');
    const prompter = new ScriptedPrompter([...ALT1_SCRIPT, [':overskriv', ENTER], [':filnavn', 'ny-avtale.yaml']]);
    const run = await runWizard({ out: OUT }, prompter, dir);
    expect(run.code).toBe(0);
    expect(prompter.asked.find((q) => q.key === ':overskriv')?.message).toBe(`«${OUT}» finnes fra før. Vil du erstatte den?`);
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe('gammel\n');
    expect(readFileSync(join(dir, 'ny-avtale.yaml'), 'utf8')).toBe(await uninterrupted(ALT1_SCRIPT));
    expect(existsSync(join(dir, DRAFT))).toBe(false);
  });

  it('no and no other name: nothing written, the draft kept', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, OUT), 'gammel\n');
    const run = await runWizard({ out: OUT }, new ScriptedPrompter([...ALT1_SCRIPT, [':overskriv', false], [':filnavn', '']]), dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe('gammel\n');
    expect(existsSync(join(dir, DRAFT))).toBe(true);
  });

  it('yes replaces it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, OUT), 'gammel\n');
    const run = await runWizard({ out: OUT }, new ScriptedPrompter([...ALT1_SCRIPT, [':overskriv', true]]), dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, OUT), 'utf8')).toBe(await uninterrupted(ALT1_SCRIPT));
  });
});
