import { describe, expect, it } from 'vitest';
import { Interview, templateDefaults } from '../../src/wizard/interview.js';
import type { Question, SelectQuestion } from '../../src/wizard/types.js';
import { ENTER, ScriptedPrompter } from '../wizard/helpers/scripted.js';

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
