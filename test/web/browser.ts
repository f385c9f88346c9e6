/**
 * The offline page in Debian's Chromium (/usr/bin/chromium), driven by puppeteer-core: no browser
 * is downloaded. Every request is intercepted: anything but file:, data: and blob: is blocked and
 * recorded, so a test can assert the page asked for nothing. axe-core is injected to check WCAG
 * 2.1 A/AA. Downloads land in a temp folder (test/helpers), removed with the test file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, tempDir } from '../helpers/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const PAGE = join(ROOT, 'dist', 'web', 'partnerskap.html');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Fant ikke ${CHROMIUM}. Installer Debian-pakken chromium (se .ci/run).`);
  if (!existsSync(PAGE)) throw new Error(`Fant ikke ${PAGE}. Kjør «npm run build» først.`);
  const profile = tempDir('chromium-profil-');
  return puppeteer.launch({
    executablePath: CHROMIUM,
    userDataDir: profile,
    // Root in CI has no user namespace for the sandbox; the page is our own file.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nb-NO'],
    env: { ...process.env, TMPDIR: tempDir('chromium-tmp-') },
  });
}

export interface OpenPage {
  page: Page;
  /** Requests to anything but file:, data: or blob:, which were blocked. */
  blocked: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  downloads: string;
}

/** The page in a context of its own (its own localStorage), as a new user would open it. */
export async function openPage(browser: Browser): Promise<OpenPage> {
  const downloads = tempDir('nedlastinger-');
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (/^(file|data|blob):/.test(r.url())) void r.continue();
    else {
      blocked.push(r.url());
      void r.abort();
    }
  });
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  // The page's content security policy stops a request before it reaches the network (and the
  // interception above): each one it stops is recorded in the page, and counts as attempted.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspBlocked?: string[] };
      (w.cspBlocked ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(pathToFileURL(PAGE).href);
  return { page, blocked, errors, downloads };
}

/** Every request the page attempted that was not to file:, data: or blob:, whichever way it was stopped. */
export async function attempted(p: OpenPage): Promise<string[]> {
  const csp = await p.page.evaluate(() => (window as unknown as { cspBlocked?: string[] }).cspBlocked ?? []);
  return [...p.blocked, ...csp];
}

/** WCAG 2.1 A and AA violations on the page as it is now, as «rule: target» lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  })) as { id: string; targets: string[] }[];
  return result.flatMap((v) => v.targets.map((t) => `${v.id}: ${t}`));
}

/** Waits for a finished download of that name (Chromium writes «.crdownload» until it is done) and returns its bytes. */
export async function downloaded(dir: string, name: string): Promise<Buffer> {
  const path = join(dir, name);
  for (let i = 0; i < 600; i++) {
    if (existsSync(path) && !readdirSync(dir).some((f) => f.endsWith('.crdownload'))) return readFileSync(path);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Nedlastingen ${name} kom ikke (i mappen: ${readdirSync(dir).join(', ')}).`);
}
