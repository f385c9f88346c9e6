/**
 * Answers the page's questions with the keyboard only, from the terminal wizard's own scripts
 * (test/wizard/fixtures.ts): the same plan asks the same questions under the same keys.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { ENTER, type Step } from '../wizard/helpers/scripted.js';

export class KeyboardUser {
  /** The number (data-n) of the last form answered; a question asked again is a new form. */
  private lastN = 0;

  constructor(private readonly page: Page) {}

  /** After a reload the page numbers its forms from 1 again. */
  reloaded(): void {
    this.lastN = 0;
  }

  /** The form for `key` once it is on screen (a newer one than the last answered). */
  async form(key: string): Promise<ElementHandle<HTMLFormElement>> {
    const handle = await this.page.waitForFunction(
      (k: string, n: number) => {
        const f = document.querySelector<HTMLFormElement>('form.sporsmal');
        return f && Number(f.dataset.n) > n ? (f.dataset.key === k ? f : `${f.dataset.key}`) : false;
      },
      { timeout: 20_000 },
      key,
      this.lastN,
    );
    const value = await handle.jsonValue().catch(() => undefined);
    if (typeof value === 'string') throw new Error(`Siden spør om ${value}, skriptet venter ${key}.`);
    return handle as ElementHandle<HTMLFormElement>;
  }

  /** The key of the next form on screen, for questions the script cannot know in advance (the guide's ids). */
  async nextKey(): Promise<string> {
    const handle = await this.page.waitForFunction(
      (n: number) => {
        const f = document.querySelector<HTMLFormElement>('form.sporsmal');
        return f && Number(f.dataset.n) > n ? f.dataset.key : false;
      },
      { timeout: 20_000 },
      this.lastN,
    );
    return String(await handle.jsonValue());
  }

  async answer([key, value]: Step): Promise<void> {
    const form = await this.form(key);
    const kb = this.page.keyboard;
    const kind = await form.evaluate((f) => (f.querySelector('input[type="text"]') ? 'text' : f.querySelector('input[type="checkbox"]') ? 'check' : 'radio'));
    if (value === ENTER) {
      // Focus is on the field (or the chosen button) already: Enter takes what is offered.
    } else if (kind === 'text') {
      await kb.down('Control');
      await kb.press('a');
      await kb.up('Control');
      await kb.press('Backspace');
      await kb.type(String(value));
    } else if (kind === 'radio') {
      const target = typeof value === 'boolean' ? (value ? 'ja' : 'nei') : String(value);
      const { values, at } = await form.evaluate((f) => {
        const radios = [...f.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        return { values: radios.map((r) => r.value), at: radios.findIndex((r) => r === document.activeElement) };
      });
      const to = values.indexOf(target);
      if (to < 0) throw new Error(`${key}: valget «${target}» finnes ikke (${values.join(', ')}).`);
      for (let i = at; i < to; i++) await kb.press('ArrowDown');
      for (let i = at; i > to; i--) await kb.press('ArrowUp');
    } else {
      const wanted = new Set(value as string[]);
      const boxes = await form.evaluate((f) => [...f.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => ({ value: b.value, checked: b.checked })));
      for (const box of boxes) {
        if (box.checked !== wanted.has(box.value)) await kb.press('Space');
        await kb.press('Tab');
      }
    }
    this.lastN = Number(await form.evaluate((f) => f.dataset.n));
    await kb.press('Enter');
  }

  /** Types a value the field must refuse, and returns the message shown at the field (the form stays). */
  async refused(key: string, typed: string): Promise<{ atField: string; inSummary: string[]; focused: string }> {
    const form = await this.form(key);
    const kb = this.page.keyboard;
    await kb.down('Control');
    await kb.press('a');
    await kb.up('Control');
    await kb.press('Backspace');
    await kb.type(typed);
    await kb.press('Enter');
    await this.page.waitForSelector('#feiloppsummering:not([hidden])');
    const shown = await form.evaluate((f) => ({
      atField: (f.querySelector<HTMLElement>('#felt-feil')?.innerText ?? '').trim(),
      inSummary: [...f.querySelectorAll<HTMLElement>('#feiloppsummering a')].map((a) => a.innerText.trim()),
      focused: document.activeElement?.id ?? '',
    }));
    // Back to the field through the summary's link, as a keyboard user would.
    await kb.press('Tab');
    await kb.press('Enter');
    return shown;
  }
}
