// npm run bench: medians (min/max) of the project's operations, each against a baseline measured
// in the same run, printed as ratios and written to bench/results.json. Targets are goals, never
// test assertions. Uses the built code in dist/ (npm run bench builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { stringify } from 'yaml';
import { parseAgreementText } from '../dist/parse/parse.js';
import { loadAgreement } from '../dist/cli/load.js';
import { loadGuide, loadTemplates } from '../dist/cli/resources.js';
import { Renderer } from '../dist/render/docx.js';
import { agreementDate, derive } from '../dist/derive/derive.js';
import { renderAgreement } from '../dist/render/agreement.js';
import { agreementView } from '../dist/render/view-model.js';
import { renderGuide } from '../dist/guide/guide.js';
import { diffAgreements } from '../dist/diff/compare.js';
import { formatDiff } from '../dist/diff/report.js';
import { redline } from '../dist/diff/redline/redline.js';
import { auditAgreement } from '../dist/audit/audit.js';
import { renderAuditText } from '../dist/audit/render-text.js';
import { syntheticAgreements } from './synthetic.js';

const ROOT = new URL('../', import.meta.url).pathname;
// What `npx partnerskap` runs.
const BIN = join(ROOT, 'dist/bundle/partnerskap.js');
const TEMPLATE = join(ROOT, 'templates/partnerskapsavtale.docx');
const EXAMPLE = join(ROOT, 'examples/nav-indre-salten.yaml');
const REVISION = join(ROOT, 'examples/revisjoner/nav-indre-salten-2028.yaml');
const quick = process.argv.includes('--quick');
const tmp = mkdtempSync(join(tmpdir(), 'partnerskap-bench-'));

/** Runs `fn` (sync or async) `n` times after `warm` warm-ups; returns {median, min, max} in ms. */
async function measure(fn, n, warm = 2) {
  for (let i = 0; i < warm; i++) await fn();
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], runs: n };
}

/** The median of numbers (the upper one of the middle two for an even count). */
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/**
 * `a` and `b` alternately, `n` times each after one warm-up each: {median, min, max} of both, and
 * the median of the n ratios b/a of runs made one right after the other (a load on the machine
 * that comes and goes weighs on both runs of a pair alike).
 */
async function measurePair(a, b, n) {
  const times = [[], []];
  a();
  b();
  for (let i = 0; i < n; i++)
    for (const [k, fn] of [a, b].entries()) {
      const t = performance.now();
      await fn();
      times[k].push(performance.now() - t);
    }
  const pairedRatio = median(times[1].map((t, i) => t / times[0][i]));
  const [sa, sb] = times.map((ts) => {
    const sorted = [...ts].sort((x, y) => x - y);
    return { median: median(ts), min: sorted[0], max: sorted[sorted.length - 1], runs: n };
  });
  return [sa, sb, pairedRatio];
}

/** A whole process; fails loudly if it does not exit as expected. */
function proc(args, expect = 0) {
  return () => {
    const r = spawnSync(process.execPath, args, { cwd: tmp, encoding: 'utf8' });
    if (r.status !== expect) throw new Error(`${args.join(' ')} → ${r.status}: ${r.stderr}`);
  };
}

/** Peak RSS (MB) of a whole process, from GNU time when available. */
function peakRss(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: tmp, encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const text = readFileSync(EXAMPLE, 'utf8');
const agreement = parseAgreementText(text).value.data;
const view = agreementView(agreement, derive(agreement));
const templateBytes = readFileSync(TEMPLATE);
const bareRender = (v = view) => {
  const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
  doc.render(v);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
};
/** What the commands do to read an agreement file (quick parse, full parse only for problems). */
const load = async (path) => (await loadAgreement(path)).result.value;
// What a command loads once and keeps: the templates (compiled on first use) and the guide.
const renderer = new Renderer(loadTemplates());
const guide = loadGuide();
const ourGenerate = async () => {
  const a = await load(EXAMPLE);
  return renderAgreement(a, derive(a), renderer);
};
writeFileSync(join(tmp, 'view.json'), JSON.stringify(view));

const N = quick ? 5 : 30;
const P = quick ? 3 : 10;
const rows = [];
/** A row: median / baseline median, or `paired` (the median of paired ratios) when given. */
const ratio = (name, subject, baseline, target, note = '', paired) => {
  const r = paired ?? subject.median / baseline.median;
  rows.push({ name, subjectMs: subject, baselineMs: baseline, ratio: r, target, met: target === null ? null : r <= target, note });
};

// 1. In-process generate vs a bare docxtemplater render of the same template and data.
const bare = await measure(() => bareRender(), N, 5);
const ours = await measure(() => ourGenerate(), N, 5);
ratio('1. generate i prosessen / bar docxtemplater-rendring', ours, bare, 1.3);

// 2 and 3. Cold processes.
const nodeZero = await measure(proc(['-e', '0']), P, 1);
const bareScript = await measure(proc([join(ROOT, 'bench/bare-render.js'), TEMPLATE, join(tmp, 'view.json'), join(tmp, 'bare.docx')]), P, 1);
const coldGenerate = await measure(proc([BIN, 'generate', EXAMPLE, '--out', join(tmp, 'kald'), '--force']), P, 1);
// Start-up: the bin as a user runs it (`node dist/bundle/partnerskap.js validate …`, not npx,
// which adds its own start-up), alternated run by run with `node -e 0`; the ratio is the median of
// the ratios of each pair, so that other load on the machine weighs on both alike.
const [zeroPaired, coldValidate, validateRatio] = await measurePair(proc(['-e', '0']), proc([BIN, 'validate', join(ROOT, 'examples/nav-bodo.yaml')]), quick ? 10 : 40);
ratio('2a. kald generate (avtale + veileder) / node -e 0', coldGenerate, nodeZero, null);
ratio('2b. kald generate (avtale + veileder) / bart skript med én rendring', coldGenerate, bareScript, 1.5);
ratio('3. kald validate / node -e 0', coldValidate, zeroPaired, 1.3, `median av ${coldValidate.runs} parvise forhold`, validateRatio);

// 4. A fylke's batch: 357 agreements, one per kommune.
const COUNT = quick ? 40 : 357;
const batchDir = join(tmp, 'batch');
mkdirSync(batchDir);
const synthetic = syntheticAgreements(COUNT);
synthetic.forEach((a, i) => writeFileSync(join(batchDir, `avtale-${String(i).padStart(3, '0')}.yaml`), stringify(a)));
const views = synthetic.map((a) => agreementView(a, derive(a)));
const naive = await measure(() => views.forEach((v) => bareRender(v)), quick ? 1 : 3, 0);
const batchArgs = [BIN, 'generate', batchDir, '--out', join(tmp, 'batch-ut'), '--force', '--no-guide'];
const batch = await measure(proc(batchArgs), quick ? 1 : 3, 0);
const batchRss = peakRss(batchArgs);
ratio(`4. ${COUNT} avtaler i én prosess (--jobs ${cpus().length}) / naiv løkke med bare rendringer`, batch, naive, 0.5, `${((COUNT / batch.median) * 1000).toFixed(1)} dok/s; topp-RSS ${batchRss?.toFixed(0) ?? '?'} MB (mål < 200 MB)`);

// 5. Diff, redline and audit of the example pair vs one generate (agreement + guide), in process:
// what each command does after reading its files.
const generateBoth = async () => {
  const a = await load(EXAMPLE);
  renderAgreement(a, derive(a), renderer);
  renderGuide('docx', { guide, renderer }, { agreement: a, today: a.signing.date });
};
const oneGenerate = await measure(generateBoth, N, 3);
const diffOnly = await measure(async () => formatDiff(diffAgreements(await load(EXAMPLE), await load(REVISION)), 'text', { oldName: 'a', newName: 'b' }), N, 3);
const redlineOnly = await measure(async () => {
  const [o, n] = [await load(EXAMPLE), await load(REVISION)];
  redline(renderAgreement(o, derive(o), renderer), renderAgreement(n, derive(n), renderer), { date: '2027-12-10', versions: { old: agreementDate(o), new: agreementDate(n) } });
}, N, 3);
const auditOnly = await measure(async () => renderAuditText(auditAgreement(await load(EXAMPLE), { today: '2026-01-01', questions: guide.questions })), N, 3);
ratio('5a. diff / én generate (avtale + veileder), i prosessen', diffOnly, oneGenerate, 0.2);
ratio('5b. redline / én generate, i prosessen', redlineOnly, oneGenerate, 3);
ratio('5c. audit / én generate, i prosessen', auditOnly, oneGenerate, 0.2);
// The same as whole processes, for what a person at the terminal waits.
const coldDiff = await measure(proc([BIN, 'diff', EXAMPLE, REVISION], 1), P, 1);
const coldAudit = await measure(proc([BIN, 'audit', EXAMPLE, '--today', '2026-01-01']), P, 1);
ratio('5d. kald diff / node -e 0', coldDiff, nodeZero, null);
ratio('5e. kald audit / node -e 0', coldAudit, nodeZero, null);

// 6. The offline page (npx partnerskap web) in Chromium: its size, the time from opening the file
// to the first question (beside opening an empty page in the same browser), and both documents
// made in the page (beside the same in process in Node, 5's «one generate»).
const PAGE = join(ROOT, 'dist/web/partnerskap.html');
const CHROMIUM = '/usr/bin/chromium';
const webNotes = [];
if (existsSync(CHROMIUM)) {
  const html = readFileSync(PAGE);
  webNotes.push(`siden: ${(html.length / 1024).toFixed(0)} kB, ${(gzipSync(html).length / 1024).toFixed(0)} kB gzip`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, userDataDir: join(tmp, 'chromium'), args: ['--no-sandbox', '--disable-dev-shm-usage'], env: { ...process.env, TMPDIR: tmp } });
  try {
    const empty = join(tmp, 'tom.html');
    writeFileSync(empty, '<!doctype html><title>tom</title><p>tom</p>');
    const open = (file, selector) => async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector(selector);
      await context.close();
    };
    const firstQuestion = await measure(open(PAGE, 'form.sporsmal'), P, 1);
    const emptyPage = await measure(open(empty, 'p'), P, 1);
    ratio('6a. nettsiden: åpne filen til første spørsmål / åpne en tom side', firstQuestion, emptyPage, null, webNotes[0]);
    const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'deny' } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    await page.waitForSelector('form.sporsmal');
    await (await page.$('#apne-fil')).uploadFile(EXAMPLE);
    await page.waitForSelector('#lag-avtale');
    // Both documents as the buttons make them, timed inside the page (window.partnerskapMs).
    const both = async () => {
      await page.click('#lag-avtale');
      await page.click('#lag-veileder');
      const ms = await page.evaluate(() => globalThis.partnerskapMs);
      return ms.avtale + ms.veileder;
    };
    const first = await both();
    const times = [];
    for (let i = 0; i < N; i++) times.push(await both());
    times.sort((a, b) => a - b);
    const inPage = { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], runs: N };
    ratio('6b. nettsiden: avtale + veileder (.docx) i siden / det samme i Node i prosessen', inPage, oneGenerate, null, `første gang i siden (kald): ${first.toFixed(0)} ms`);
    await context.close();
  } finally {
    await browser.close();
  }
} else console.warn(`Hopper over nettsiden (6): fant ikke ${CHROMIUM}.`);

const fmt = (m) => `${m.median.toFixed(1)} (${m.min.toFixed(1)}–${m.max.toFixed(1)})`;
console.log(`Maskin: ${cpus().length} kjerner (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${quick ? ' — hurtigmodus' : ''}`);
console.log('Median (min–maks) i ms; forhold = median / grunnlinjens median.\n');
console.log(['måling', 'ms', 'grunnlinje ms', 'forhold', 'mål', ''].join(' | '));
for (const r of rows)
  console.log([r.name, fmt(r.subjectMs), fmt(r.baselineMs), `${r.ratio.toFixed(2)}×`, r.target === null ? '–' : `≤ ${r.target}×`, r.met === null ? '' : r.met ? 'nådd' : 'IKKE nådd', r.note].filter((x) => x !== '').join(' | '));

writeFileSync(
  join(ROOT, 'bench/results.json'),
  JSON.stringify({ machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, quick, rows }, null, 2) + '\n',
);
rmSync(tmp, { recursive: true, force: true });
