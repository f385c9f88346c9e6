/**
 * The offline page (`npx partnerskap web`) in Chromium: filled in with the keyboard from the
 * terminal wizard's Alternativ 2 script, resumed after a reload, checked with axe-core (WCAG 2.1
 * A/AA) on every question, the same field messages as `validate`, documents byte for byte as
 * `generate` makes them, a generated .docx opened again, the audit and the comparison. No request
 * leaves the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, example, tempDir } from '../helpers/paths.js';
import { ALT2_EXPECTED, ALT2_SCRIPT } from '../wizard/fixtures.js';
import { ENTER } from '../wizard/helpers/scripted.js';
import { attempted, axeViolations, downloaded, launch, openPage, type OpenPage } from './browser.js';
import { KeyboardUser } from './keyboard.js';

const TODAY = '2026-01-15';
const EXAMPLE = join(EXAMPLES, 'nav-indre-salten.yaml');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing left the page (or tried to), and nothing failed in it. */
async function clean(p: OpenPage): Promise<void> {
  expect(await attempted(p)).toEqual([]);
  expect(p.errors).toEqual([]);
}

/** The message `partnerskap validate` prints at a pointer for the example with one value changed. */
async function validateMessage(pointer: string, change: (a: ReturnType<typeof example>) => void): Promise<string> {
  const dir = tempDir();
  const a = example();
  change(a);
  writeFileSync(join(dir, 'avtale.json'), JSON.stringify(a));
  const r = await runCli(['validate', 'avtale.json'], { cwd: dir });
  const line = (r.stdout + r.stderr).split('\n').find((l) => l.includes(`(${pointer})`));
  if (!line) throw new Error(`validate sa ingenting om ${pointer}: ${r.stdout}${r.stderr}`);
  return /: feil: (.*) \(\/[^)]*\) \[[a-z_]+\]$/.exec(line)![1]!;
}

async function upload(p: OpenPage, selector: string, path: string): Promise<void> {
  const input = (await p.page.$(selector)) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`Fant ikke ${selector}.`);
  await input.uploadFile(path);
}

const openFile = (p: OpenPage, path: string) => upload(p, '#apne-fil', path);

/** Today's date where the page runs (the audit is as of today). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function setDate(p: OpenPage, id: string, date: string): Promise<void> {
  await p.page.focus(`#${id}`);
  await p.page.keyboard.down('Control');
  await p.page.keyboard.press('a');
  await p.page.keyboard.up('Control');
  await p.page.keyboard.type(date);
}

async function press(p: OpenPage, id: string): Promise<void> {
  await p.page.focus(`#${id}`);
  await p.page.keyboard.press('Enter');
}

describe('the offline page', () => {
  it('would be caught asking the network: a request from the page is recorded, not made', { timeout: 60_000 }, async () => {
    const p = await openPage(browser);
    await p.page.waitForSelector('form.sporsmal');
    await p.page.evaluate(() => fetch('https://example.invalid/x').catch(() => undefined));
    await p.page.waitForFunction(() => ((window as unknown as { cspBlocked?: string[] }).cspBlocked ?? []).length > 0 || undefined);
    expect((await attempted(p)).join('\n')).toContain('example.invalid');
  });

  it('is filled in with the keyboard (Alternativ 2), resumes after a reload, shows validate’s messages, and passes axe on every question', { timeout: 600_000 }, async () => {
    const p = await openPage(browser);
    const user = new KeyboardUser(p.page);
    const violations: string[] = [];
    const axe = async (where: string) => violations.push(...(await axeViolations(p.page)).map((v) => `${where}: ${v}`));
    const steps = ALT2_SCRIPT.filter(([key]) => key !== ':slutt');
    const half = Math.floor(steps.length / 2);
    const badNumber = '184';
    const expected = await validateMessage('/parties/municipalities/0/number', (a) => (a.parties.municipalities[0]!.number = badNumber));
    for (const [i, step] of steps.entries()) {
      if (i === half) {
        // Reload in the middle: the page offers the draft, and Enter goes on at the same question.
        await p.page.reload();
        user.reloaded();
        await p.page.waitForSelector('#fortsett');
        await axe('gjenoppta');
        expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('fortsett');
        await p.page.keyboard.press('Enter');
      }
      await user.form(step[0]);
      await axe(step[0]);
      if (step[0] === '/parties/municipalities/0/number') {
        const shown = await user.refused(step[0], badNumber);
        expect(shown.atField).toBe(expected);
        expect(shown.inSummary).toEqual([expected]);
        expect(shown.focused).toBe('feiloppsummering');
        expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('felt');
        await axe('feil i kommunenummer');
      }
      await user.answer(step);
    }
    await p.page.waitForSelector('#lag-avtale');
    await axe('oversikt');
    // The live cost table shows derive's split for the four kommuner.
    const costs = await p.page.$eval('#kost table', (t) => (t as HTMLElement).innerText);
    expect(costs).toContain('Fauske kommune');
    await press(p, 'lagre-2');
    const saved = parse((await downloaded(p.downloads, 'partnerskapsavtale-nav-indre-salten.yaml')).toString('utf8'));
    expect(saved).toEqual(ALT2_EXPECTED);
    expect(violations).toEqual([]);
    await clean(p);
  });

  it('«Tilbake» goes back one question, with the answer given, and on from there', { timeout: 120_000 }, async () => {
    const p = await openPage(browser);
    const user = new KeyboardUser(p.page);
    // The first question is the agreement's målform.
    await user.answer(['/document/language', ENTER]);
    await user.answer(['/document/navSpelling', ENTER]);
    await user.answer(['/document/version', '3']);
    await user.form('/document/replaces:ta-med');
    // From the question's field: Tab to «Neste», Tab to «Tilbake».
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.press('Tab');
    expect(await p.page.evaluate(() => document.activeElement?.textContent)).toBe('Tilbake');
    await p.page.keyboard.press('Enter');
    const form = await user.form('/document/version');
    expect(await form.evaluate((f) => f.querySelector<HTMLInputElement>('#felt')?.value)).toBe('3');
    await user.answer(['/document/version', '4']);
    await user.form('/document/replaces:ta-med');
    const stored = await p.page.evaluate(() => JSON.parse(localStorage.getItem('partnerskap-veiviser') ?? '{}') as { data?: { document?: { version?: string } } });
    expect(stored.data?.document?.version).toBe('4');
    await clean(p);
  });

  it('asks the «Til vurdering» questions from «Endre en del»: a «nei» needs a comment, the answers are saved and counted', { timeout: 180_000 }, async () => {
    // The example without its checklist answers, so every question is open.
    const dir = tempDir();
    const a = example() as unknown as Record<string, unknown>;
    delete a.checklist;
    const file = join(dir, 'uten-sjekkliste.json');
    writeFileSync(file, JSON.stringify(a));
    const p = await openPage(browser);
    const user = new KeyboardUser(p.page);
    const violations: string[] = [];
    const axe = async (where: string) => violations.push(...(await axeViolations(p.page)).map((v) => `${where}: ${v}`));
    await p.page.waitForSelector('form.sporsmal');
    await openFile(p, file);
    await p.page.waitForSelector('#sjekkliste-status');
    expect(await p.page.$eval('#sjekkliste-status', (e) => e.textContent)).toMatch(/^Til vurdering: 0 av 44 spørsmål vurdert; 44 står åpne\./);
    await p.page.select('#endre-del', ':sjekkliste');
    await press(p, 'endre');
    await user.form(':sjekkliste');
    await axe(':sjekkliste');
    await user.answer([':sjekkliste', 'open']);
    await user.answer([':vurdert-av', 'Kari Nordmann']);
    const point = await user.nextKey();
    expect(point).toMatch(/^:sjekkliste\/\d/);
    await axe(point);
    await user.answer([point, 'svar']);
    const first = await user.nextKey();
    expect(first).toMatch(/^\/checklist\/.+\/status$/);
    // The guide's help text for the block and the schema's labels for the statuses.
    const form = await user.form(first);
    const labels = await form.evaluate((f) => [...f.querySelectorAll('label')].map((l) => l.textContent));
    expect(labels).toEqual(expect.arrayContaining(['Ja', 'Nei', 'Delvis']));
    expect(await form.evaluate((f) => f.querySelector('.notater')?.textContent ?? '')).not.toBe('');
    // Read with the field: the group that gets focus names the notes as its description.
    expect(await form.evaluate((f) => f.querySelector('fieldset')?.getAttribute('aria-describedby')?.split(' ').map((id) => f.querySelector(`#${id}`)?.className ?? '-'))).toContain('notater');
    await axe(first);
    await user.answer([first, 'ja']);
    await user.answer([first.replace(/status$/, 'comment'), ENTER]);
    let second = await user.nextKey();
    // The first point may have this one question only: then the next point is offered.
    if (second.startsWith(':sjekkliste/')) {
      await user.answer([second, 'svar']);
      second = await user.nextKey();
    }
    expect(second).toMatch(/^\/checklist\/.+\/status$/);
    await user.answer([second, 'nei']);
    const comment = second.replace(/status$/, 'comment');
    const shown = await user.refused(comment, '');
    expect(shown.atField).toContain('Skriv en kommentar');
    expect(shown.focused).toBe('feiloppsummering');
    await axe('kommentar mangler');
    await user.answer([comment, 'Rutinen for oppfølging mangler.']);
    // The rest of this point left as not assessed, then the rest of the checklist skipped.
    for (let key = await user.nextKey(); ; key = await user.nextKey()) {
      if (key.startsWith(':sjekkliste/')) {
        await user.answer([key, 'slutt']);
        break;
      }
      expect(key).toMatch(/^\/checklist\/.+\/status$/);
      await user.answer([key, '']);
    }
    await p.page.waitForSelector('#lag-avtale');
    expect(await p.page.$eval('#sjekkliste-status', (e) => e.textContent)).toMatch(/^Til vurdering: 2 av 44 spørsmål vurdert; 42 står åpne\./);
    await press(p, 'lagre-2');
    const saved = parse((await downloaded(p.downloads, 'partnerskapsavtale-nav-indre-salten.yaml')).toString('utf8')) as Record<string, unknown>;
    const id = (key: string) => key.split('/')[2]!;
    expect(saved.checklist).toEqual({
      [id(first)]: { status: 'ja', answeredBy: 'Kari Nordmann', answeredAt: localToday() },
      [id(second)]: { status: 'nei', comment: 'Rutinen for oppfølging mangler.', answeredBy: 'Kari Nordmann', answeredAt: localToday() },
    });
    // The audit panel counts them as `audit` does the saved file.
    const savedFile = join(dir, 'lagret.yaml');
    writeFileSync(savedFile, await downloaded(p.downloads, 'partnerskapsavtale-nav-indre-salten.yaml'));
    const cli = await runCli(['audit', savedFile, '--format', 'json', '--today', localToday()], { cwd: dir });
    const counts = (JSON.parse(cli.stdout) as { counts: { answered: number; questions: number } }).counts;
    expect(counts).toMatchObject({ answered: 2, questions: 44 });
    await press(p, 'vis-kontroll');
    await p.page.waitForSelector('#vurdert');
    expect(await p.page.$eval('#vurdert', (e) => e.textContent)).toBe('2 av 44 vurdert');
    await axe('kontroll');
    expect(violations).toEqual([]);
    await clean(p);
  });

  it('makes the agreement and the guide byte for byte as `generate --today` does', { timeout: 120_000 }, async () => {
    const p = await openPage(browser);
    await p.page.waitForSelector('form.sporsmal');
    await openFile(p, EXAMPLE);
    await p.page.waitForSelector('#lag-avtale');
    await setDate(p, 'dato', TODAY);
    await press(p, 'lag-avtale');
    await press(p, 'lag-veileder');
    const dir = tempDir();
    const cli = await runCli(['generate', EXAMPLE, '--out', dir, '--today', TODAY], { cwd: dir });
    expect(cli.code).toBe(0);
    for (const name of ['partnerskapsavtale-nav-indre-salten.docx', 'veileder-nav-indre-salten.docx']) {
      const fromPage = await downloaded(p.downloads, name);
      expect(fromPage.equals(readFileSync(join(dir, name))), name).toBe(true);
    }
    await clean(p);
  });

  it('opens a generated .docx and shows its data', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    expect((await runCli(['generate', EXAMPLE, '--out', dir, '--today', TODAY, '--no-guide'], { cwd: dir })).code).toBe(0);
    const p = await openPage(browser);
    await p.page.waitForSelector('form.sporsmal');
    await openFile(p, join(dir, 'partnerskapsavtale-nav-indre-salten.docx'));
    await p.page.waitForSelector('#oppsummering');
    const shown = await p.page.$eval('#oppsummering', (e) => (e as HTMLElement).innerText);
    expect(shown).toContain('NAV Indre Salten');
    expect(shown).toContain('Fauske kommune');
    await press(p, 'lagre-2');
    const saved = parse((await downloaded(p.downloads, 'partnerskapsavtale-nav-indre-salten.yaml')).toString('utf8'));
    expect(saved).toEqual(example());
    await clean(p);
  });

  it('shows the audit as `audit` counts it, and what blocks signing', { timeout: 120_000 }, async () => {
    const p = await openPage(browser);
    await p.page.waitForSelector('form.sporsmal');
    await openFile(p, EXAMPLE);
    await p.page.waitForSelector('#lag-avtale');
    await press(p, 'vis-kontroll');
    await p.page.waitForSelector('#vurdert');
    // One view at a time: the questions are out of sight (and of the reading order) now.
    expect(await p.page.$eval('#veiviser', (e) => getComputedStyle(e).display)).toBe('none');
    const dir = tempDir();
    const cli = await runCli(['audit', EXAMPLE, '--format', 'json', '--today', localToday()], { cwd: dir });
    const counts = (JSON.parse(cli.stdout) as { counts: { answered: number; questions: number } }).counts;
    expect(await p.page.$eval('#vurdert', (e) => e.textContent)).toBe(`${counts.answered} av ${counts.questions} vurdert`);
    expect(await p.page.$eval('#blokkerer', (e) => e.textContent)).toBe(cli.code === 0 ? 'Ingenting hindrer signering.' : expect.stringContaining('Dette hindrer signering'));
    expect(await axeViolations(p.page)).toEqual([]);
    await clean(p);
  });

  it('speaks the agreement’s målform: an agreement in nynorsk turns the page’s own words and <html lang> to nynorsk', { timeout: 120_000 }, async () => {
    const p = await openPage(browser);
    await p.page.waitForSelector('form.sporsmal');
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await p.page.$eval('#lagre', (e) => e.textContent)).toBe('Lagre avtalefil');
    await openFile(p, join(EXAMPLES, 'nav-sogndal.yaml'));
    await p.page.waitForSelector('#lag-avtale');
    const text = (selector: string) => p.page.$eval(selector, (e) => e.textContent);
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('nn');
    expect(await text('#lagre')).toBe('Lagre avtalefila');
    expect(await text('#apne')).toBe('Opne …');
    expect(await text('#lagre-2')).toBe('Lagre avtalefila (.yaml)');
    expect(await text('#lag-veileder')).toBe('Last ned rettleiaren (.docx)');
    expect(await text('#fremdrift-tittel')).toBe('Delane av avtalen');
    expect(await text('#vis-sammenlign')).toBe('Samanlikn versjonar');
    expect(await text('#melding')).toBe('«nav-sogndal.yaml» er opna.');
    // Words only bokmål has, none of them on screen: the overview, the audit's counts, the comparison form.
    // (The audit's rule sources quote the bokmål template and guide, so its report itself is left out.)
    const BOKMAL = ['ikke', 'Åpne', 'åpnet', 'Sammenlign', 'veilederen', 'avtalefilen', 'Delene', 'dokumentene', 'hindrer', 'mangler', 'hvordan', 'også'];
    const bokmal = async (selector = 'body') => {
      const shown = await p.page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText).join('\n'));
      const words = new Set(shown.split(/[^\p{L}]+/u));
      return BOKMAL.filter((w) => words.has(w));
    };
    expect(await bokmal()).toEqual([]);
    expect(await axeViolations(p.page)).toEqual([]);
    await press(p, 'vis-kontroll');
    await p.page.waitForSelector('#vurdert');
    expect(await text('#vurdert')).toMatch(/^\d+ av \d+ vurderte$/);
    expect(await bokmal('header, #kontroll-tittel, #vurdert, #blokkerer')).toEqual([]);
    expect(await axeViolations(p.page)).toEqual([]);
    await press(p, 'vis-sammenlign');
    expect(await text('#sammenlign-tittel')).toBe('Samanlikn to versjonar');
    expect(await bokmal()).toEqual([]);
    await clean(p);
  });

  it('compares two versions and makes the redline as `diff --redline --today` does', { timeout: 120_000 }, async () => {
    const newer = join(EXAMPLES, 'revisjoner', 'nav-indre-salten-2028.yaml');
    const p = await openPage(browser);
    await p.page.waitForSelector('form.sporsmal');
    await press(p, 'vis-sammenlign');
    await upload(p, '#gammel', EXAMPLE);
    await upload(p, '#ny-versjon', newer);
    await setDate(p, 'redline-dato', TODAY);
    await press(p, 'sammenlign-knapp');
    await p.page.waitForSelector('#redline');
    const dir = tempDir();
    const cli = await runCli(['diff', EXAMPLE, newer, '--redline', join(dir, 'endringer.docx'), '--today', TODAY], { cwd: dir });
    expect(cli.code).toBe(1);
    const report = await p.page.$eval('#forskjeller', (e) => (e as HTMLElement).innerText);
    expect(report).toContain('Endringer i partnerskapsavtalen for NAV Indre Salten');
    expect(await axeViolations(p.page)).toEqual([]);
    await press(p, 'redline');
    const fromPage = await downloaded(p.downloads, 'endringer-nav-indre-salten.docx');
    expect(fromPage.equals(readFileSync(join(dir, 'endringer.docx')))).toBe(true);
    await clean(p);
  });
});
