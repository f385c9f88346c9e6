/**
 * The offline page: the same interview as `partnerskap wizard` (src/wizard), in the browser.
 * Every answer is kept in localStorage (the same draft and replay as the terminal's
 * <out>.utkast.json); the agreement is saved as YAML; the documents, the audit and the comparison
 * are made here by the same functions as the CLI. Nothing is sent anywhere.
 */
import { renderAuditHtmlFragment, AUDIT_CSS } from '../audit/render-html.js';
import { formatHtml } from '../diff/format-html.js';
import { guideIn } from '../guide/model.js';
import { slug } from '../format/index.js';
import type { Agreement } from '../model/agreement.js';
import { sectionLabel } from '../model/labels.js';
import type { Problem } from '../model/problem.js';
import { languageOf, type Language } from '../model/schema.js';
import { validateAgreement } from '../validate/validate.js';
import { checklistPart, checklistStatusLine } from '../wizard/checklist.js';
import { checklistPlan, type ChecklistPoint } from '../wizard/checklist-plan.js';
import { DRAFT_KIND, parseDraft, type Draft } from '../wizard/draft.js';
import { Interview, templateDefaults } from '../wizard/interview.js';
import { Journal, type RecordedAnswer } from '../wizard/journal.js';
import { agreementYaml } from '../wizard/output.js';
import { summary } from '../wizard/summary.js';
import { clone } from '../wizard/values.js';
import { labelFor } from '../model/labels.js';
import { costPanel } from './cost-panel.js';
import { agreementDocx, audit, compare, guideDocx, redlineDocx, theGuide } from './documents.js';
import { byId, download, DOCX_TYPE, h } from './dom.js';
import { openBytes, type Opened } from './files.js';
import { Restart, WebPrompter } from './prompter.js';
import { webWords, type FixedWord, type WebWords } from './words.js';

const STORE = 'partnerskap-veiviser';

/** Where a run starts: all questions, the review, or one part again. */
type Stage = { kind: 'alt' } | { kind: 'oversikt' } | { kind: 'del'; section: string };
interface Start {
  base: Record<string, unknown>;
  replay: RecordedAnswer[];
  stage: Stage;
}
type StoredDraft = Draft & { stage?: Stage };

const nameOf = (path: readonly string[]): string => path[path.length - 1]!;

/** The målform the page speaks: the agreement's (document.language), bokmål until it is answered. */
let lang: Language = 'nb';
const words = (): WebWords => webWords(lang);
const t = (key: FixedWord): string => words()[key];

/**
 * Speaks the målform of the agreement on screen: `<html lang>`, and every fixed word already shown
 * (marked data-ord, or data-ord-label for an aria-label) and the parts' names put in place again.
 * What is built later (a question, the review, the audit) takes the words when it is built.
 */
function setLanguage(next: Language): void {
  if (next === lang && document.documentElement.lang === next) return;
  lang = next;
  document.documentElement.lang = next;
  document.title = t('pageTitle');
  const skip = document.querySelector('.ds-skip-link');
  if (skip) skip.textContent = t('skipLink');
  for (const el of document.querySelectorAll<HTMLElement>('[data-ord]')) el.textContent = t(el.dataset.ord as FixedWord);
  for (const el of document.querySelectorAll<HTMLElement>('[data-ord-label]')) el.setAttribute('aria-label', t(el.dataset.ordLabel as FixedWord));
  for (const li of document.querySelectorAll<HTMLElement>('#deler li[data-del]')) li.textContent = partName(li.dataset.del!);
}

/** Today's date here, ÅÅÅÅ-MM-DD: the documents' date, as `generate --today` gives it. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date field (ÅÅÅÅ-MM-DD, today to begin with) and a reader that shows what is wrong with it at the field. */
function dateField(id: string, label: FixedWord, help: FixedWord): { field: HTMLElement; read: () => string | undefined } {
  const input = h('input', { class: 'ds-input', id, type: 'text', inputmode: 'numeric', value: localToday(), 'aria-describedby': `${id}-hjelp ${id}-feil`, autocomplete: 'off' });
  input.value = localToday();
  const error = h('p', { class: 'ds-validation-message', id: `${id}-feil`, hidden: true });
  const read = (): string | undefined => {
    const v = input.value.trim();
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
    error.hidden = ok;
    error.textContent = ok ? '' : words().badDate(v);
    input.toggleAttribute('aria-invalid', !ok);
    if (!ok) input.focus();
    return ok ? v : undefined;
  };
  const field = h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: id, 'data-ord': label }, t(label)), h('p', { class: 'ds-paragraph hjelp', id: `${id}-hjelp`, 'data-size': 'sm', 'data-ord': help }, t(help)), input, error);
  return { field, read };
}

function layout(): void {
  const views: [string, FixedWord][] = [
    ['veiviser', 'viewFill'],
    ['kontroll', 'viewAudit'],
    ['sammenlign', 'viewCompare'],
  ];
  const file = h('input', { type: 'file', id: 'apne-fil', accept: '.yaml,.yml,.json,.docx', class: 'ds-sr-only', tabindex: '-1', 'aria-hidden': 'true' });
  const app = byId('app');
  app.replaceChildren(
    h(
      'header',
      { class: 'topp' },
      h('h1', { class: 'ds-heading', 'data-size': 'lg', 'data-ord': 'heading' }, t('heading')),
      h('p', { class: 'ds-paragraph', 'data-size': 'sm', 'data-ord': 'intro' }, t('intro')),
      h(
        'div',
        { class: 'verktoy', role: 'group', 'aria-label': t('fileGroup'), 'data-ord-label': 'fileGroup' },
        h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'ny', 'data-ord': 'newAgreement' }, t('newAgreement')),
        h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'apne', 'data-ord': 'open' }, t('open')),
        h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'lagre', 'data-ord': 'save' }, t('save')),
        file,
      ),
      h('nav', { 'aria-label': t('viewNav'), 'data-ord-label': 'viewNav' }, h('ul', { class: 'faner' }, ...views.map(([id, name]) => h('li', {}, h('button', { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-vis': id, id: `vis-${id}`, 'data-ord': name }, t(name)))))),
    ),
    h(
      'main',
      { id: 'innhold', tabindex: '-1' },
      h('div', { id: 'melding', role: 'status', class: 'melding' }),
      h(
        'section',
        { id: 'veiviser', 'aria-label': t('fillSection'), 'data-ord-label': 'fillSection', class: 'veiviser' },
        h('nav', { 'aria-labelledby': 'fremdrift-tittel', class: 'fremdrift' }, h('h2', { class: 'ds-heading', 'data-size': 'xs', id: 'fremdrift-tittel', 'data-ord': 'parts' }, t('parts')), h('ol', { id: 'deler' })),
        h('div', { id: 'scene', class: 'scene' }),
        h('aside', { 'aria-labelledby': 'kost-tittel', class: 'kost' }, h('h2', { class: 'ds-heading', 'data-size': 'xs', id: 'kost-tittel', 'data-ord': 'costs' }, t('costs')), h('div', { id: 'kost' })),
      ),
      h('section', { id: 'kontroll', hidden: true, 'aria-labelledby': 'kontroll-tittel' }, h('h2', { class: 'ds-heading', id: 'kontroll-tittel', 'data-ord': 'auditHeading' }, t('auditHeading')), h('div', { id: 'kontroll-innhold' })),
      h('section', { id: 'sammenlign', hidden: true, 'aria-labelledby': 'sammenlign-tittel' }, ...compareForm()),
    ),
  );
  const style = document.createElement('style');
  style.textContent = AUDIT_CSS;
  document.head.append(style);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-vis]')) b.addEventListener('click', () => show(b.dataset.vis!));
  byId('ny').addEventListener('click', () => {
    if (confirm(t('confirmNew'))) restart({ base: templateDefaults(), replay: [], stage: { kind: 'alt' } });
  });
  byId('apne').addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (f) openAgreement(f.name, openBytes(f.name, new Uint8Array(await f.arrayBuffer()), lang));
  });
  byId('lagre').addEventListener('click', saveFile);
  show('veiviser');
}

function show(view: string): void {
  for (const id of ['veiviser', 'kontroll', 'sammenlign']) byId(id).hidden = id !== view;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-vis]')) {
    if (b.dataset.vis === view) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (view === 'kontroll') renderAudit();
}

function say(text: string): void {
  byId('melding').replaceChildren(text ? h('p', { class: 'ds-paragraph' }, text) : '');
}

// ---- The interview -------------------------------------------------------------------------

let current: { iv: Interview; journal: Journal; start: Start } | undefined;
let generation = 0;

const prompter = new WebPrompter({
  get stage() {
    return byId('scene');
  },
  words,
  onSection: (title) => markSection(title),
  canGoBack: () => (current?.journal.answers.length ?? 0) > 0,
  onBack: () => {
    if (!current) return;
    const answers = current.journal.answers;
    prompter.backTo = answers[answers.length - 1];
    restart({ ...current.start, replay: answers.slice(0, -1) }, true);
  },
});

/** «Endre en del»'s key for the «Til vurdering» questions, as in the terminal wizard's review. */
const CHECKLIST = ':sjekkliste';
/** A part's name in the list of parts, as the interview's headings begin (markSection). */
const partName = (key: string): string => (key === CHECKLIST ? 'Til vurdering' : sectionLabel(key, lang));

function sectionList(iv: Interview): void {
  // The checklist last: its headings («Til vurdering …») mark it in markSection.
  byId('deler').replaceChildren(...[...iv.sections().map((s) => nameOf(s.path)), CHECKLIST].map((key) => h('li', { 'data-del': key }, partName(key))));
}

const plans: Partial<Record<Language, ChecklistPoint[]>> = {};

/** The wizard's last part, the guide's «Til vurdering» questions, by the terminal wizard's own code (src/wizard/checklist.ts). */
function askChecklistPart(data: Record<string, unknown>, journal: Journal): Promise<void> {
  const lang = languageOf(data);
  const plan = (plans[lang] ??= checklistPlan(guideIn(theGuide(), lang)));
  return checklistPart(data, journal, plan, { today: localToday(), later: `npx partnerskap checklist ${fileNameOf(data)}` });
}

/** Marks the part being asked in the overview: the ones before it are done. */
function markSection(title: string): void {
  const items = [...document.querySelectorAll<HTMLLIElement>('#deler li')];
  const at = items.findIndex((li) => title.startsWith(li.textContent ?? '\u0000'));
  items.forEach((li, i) => {
    li.classList.toggle('ferdig', at >= 0 && i < at);
    if (i === at) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
  });
}

function save(start: Start, data: Record<string, unknown>, answers: readonly RecordedAnswer[], at?: { key: string; label: string }): void {
  const draft: StoredDraft = { kind: DRAFT_KIND, version: 1, out: 'nettleseren', savedAt: new Date().toISOString(), ...(at ? { at } : {}), base: start.base, answers: [...answers], data, stage: start.stage };
  try {
    localStorage.setItem(STORE, JSON.stringify(draft));
  } catch {
    say(t('storageFull'));
  }
}

function restart(start: Start, back = false): void {
  prompter.abort();
  void run(start, back);
}

/** `back`: the replay is «Tilbake», so the Journal does not announce a resumed draft. */
async function run(start: Start, back = false): Promise<void> {
  const mine = ++generation;
  const data = clone(start.base);
  const journal = new Journal(prompter, start.replay, (q, answers) => {
    // Before each question: the målform may just have been answered.
    setLanguage(languageOf(data));
    save(start, data, answers, { key: q.key, label: q.key.startsWith('/') ? labelFor(q.key.split(':')[0]!, data) : q.message });
    updateCosts(data);
  }, { announce: !back });
  const iv = new Interview(data, journal);
  current = { iv, journal, start };
  sectionList(iv);
  updateCosts(data);
  try {
    if (start.stage.kind === 'alt') {
      await iv.all();
      await askChecklistPart(data, journal);
    } else if (start.stage.kind === 'del') {
      const key = start.stage.section;
      const node = iv.sections().find((s) => nameOf(s.path) === key);
      if (key === CHECKLIST) await askChecklistPart(data, journal);
      else if (node) await iv.section(node);
    }
    await review(iv, mine);
  } catch (e) {
    if (e instanceof Restart) return;
    say(words().wizardFailed((e as Error).message));
    throw e;
  }
}

function updateCosts(data: Record<string, unknown>): void {
  byId('kost').replaceChildren(costPanel(data));
}

/** The end of the interview: the final check, then the agreement part by part and what to do with it. */
async function review(iv: Interview, mine: number): Promise<void> {
  const checked = await iv.fixUntilValid();
  if (mine !== generation) return;
  setLanguage(languageOf(iv.data));
  markSection('\u0000');
  document.querySelectorAll('#deler li').forEach((li) => li.classList.add('ferdig'));
  updateCosts(iv.data);
  if (!checked.ok) {
    byId('scene').replaceChildren(
      h('h2', { class: 'ds-heading', 'data-size': 'md' }, t('stuck')),
      problemList(checked.problems),
      h('p', { class: 'ds-paragraph' }, t('stuckFix')),
    );
    return;
  }
  const base = clone(iv.data);
  const start: Start = { base, replay: [], stage: { kind: 'oversikt' } };
  current = { iv, journal: new Journal(prompter, [], () => undefined), start };
  save(start, base, []);
  const { field: dateBox, read: date } = dateField('dato', 'documentsDate', 'documentsDateHelp');
  const agreement = iv.data as unknown as Agreement;
  const make = (which: 'avtale' | 'veileder') => () => {
    const d = date();
    if (!d) return;
    const started = performance.now();
    const file = which === 'avtale' ? agreementDocx(agreement, d) : guideDocx(agreement, d);
    (window as unknown as { partnerskapMs?: Record<string, number> }).partnerskapMs = { ...(window as unknown as { partnerskapMs?: Record<string, number> }).partnerskapMs, [which]: performance.now() - started };
    download(file.fileName, file.bytes, DOCX_TYPE);
    say(words().made(file.fileName));
  };
  const sections = iv.sections();
  const plan = (plans[lang] ??= checklistPlan(guideIn(theGuide(), lang)));
  const pick = h('select', { class: 'ds-input', id: 'endre-del' }, ...sections.map((s) => h('option', { value: nameOf(s.path) }, sectionLabel(nameOf(s.path), lang))), h('option', { value: CHECKLIST }, t('checklistPart')));
  const button = (id: string, text: string, variant: string, onClick: () => void) => {
    const b = h('button', { type: 'button', class: 'ds-button', 'data-variant': variant, id }, text);
    b.addEventListener('click', onClick);
    return b;
  };
  byId('scene').replaceChildren(
    h(
      'div',
      { class: 'oversikt', 'data-key': ':slutt' },
      h('h2', { class: 'ds-heading', 'data-size': 'md', id: 'oversikt-tittel', tabindex: '-1' }, t('ready')),
      h('p', { class: 'ds-paragraph' }, t('readyText')),
      // Where the checklist stands, and how to get back to it here (the terminal says «partnerskap checklist»).
      h('p', { class: 'ds-paragraph', id: 'sjekkliste-status' }, `${checklistStatusLine(iv.data, plan)}${words().answerUnder(t('checklistPart'))}`),
      dateBox,
      h(
        'div',
        { class: 'knapper' },
        button('lag-avtale', t('makeAgreement'), 'primary', make('avtale')),
        button('lag-veileder', t('makeGuide'), 'secondary', make('veileder')),
        button('lagre-2', t('saveYaml'), 'secondary', saveFile),
      ),
      h(
        'div',
        { class: 'endre' },
        h('label', { class: 'ds-label', for: 'endre-del' }, t('changePart')),
        pick,
        button('endre', t('change'), 'secondary', () => restart({ base: clone(iv.data), replay: [], stage: { kind: 'del', section: pick.value } })),
      ),
      h('h3', { class: 'ds-heading', 'data-size': 'sm' }, t('summary')),
      h('pre', { class: 'oppsummering', id: 'oppsummering' }, summary(iv.plan, iv.data)),
    ),
  );
  byId('oversikt-tittel').focus();
}

function problemList(problems: readonly Problem[]): HTMLElement {
  return h('ul', { class: 'ds-list problemer' }, ...problems.map((p) => h('li', {}, p.message)));
}

// ---- Files ---------------------------------------------------------------------------------

/** The agreement file's name, as «Lagre avtalefil» gives it. */
function fileNameOf(data: Record<string, unknown>): string {
  const office = (data.parties as { officeName?: string } | undefined)?.officeName;
  return office ? `partnerskapsavtale-${slug(office)}.yaml` : 'partnerskapsavtale.yaml';
}

function saveFile(): void {
  if (!current) return;
  const data = current.iv.data;
  const name = fileNameOf(data);
  download(name, agreementYaml(current.iv.plan, data), 'application/yaml');
  say(words().saved(name));
}

/** An opened agreement: a valid one goes to the review, one with problems to the questions. */
function openAgreement(name: string, opened: Opened): void {
  show('veiviser');
  if (!opened.ok) {
    say(`${words().cannotOpen(name)} ${opened.problems.map((p) => p.message).join(' ')}`);
    return;
  }
  setLanguage(languageOf(opened.data));
  const notes = [...opened.warnings, ...(opened.problems.length ? [`${t('openedWithErrors')} ${opened.problems.map((p) => p.message).join(' ')}`] : [])];
  say(`${words().opened(name)}${notes.length ? ' ' + notes.join(' ') : ''}`);
  restart({ base: opened.data, replay: [], stage: opened.problems.length ? { kind: 'alt' } : { kind: 'oversikt' } });
}

// ---- Audit and comparison -------------------------------------------------------------------

function renderAudit(): void {
  const target = byId('kontroll-innhold');
  const data = current?.iv.data;
  const result = validateAgreement(data);
  if (!result.ok) {
    target.replaceChildren(h('p', { class: 'ds-paragraph' }, t('notComplete')), problemList(result.problems));
    return;
  }
  const report = audit(result.value, localToday());
  const c = report.counts;
  const fragment = document.createElement('div');
  // The audit's own HTML renderer escapes everything from the data.
  fragment.innerHTML = renderAuditHtmlFragment(report, { headingLevel: 3 });
  target.replaceChildren(
    h('p', { class: 'ds-paragraph', id: 'vurdert' }, words().assessed(c.answered, c.questions)),
    h('p', { class: 'ds-paragraph', id: 'blokkerer' }, report.blocking ? words().blocking(c.errors) : t('nothingBlocks')),
    fragment,
  );
}

let redlineDate: ReturnType<typeof dateField>;

function compareForm(): HTMLElement[] {
  const picker = (id: string, label: FixedWord) =>
    h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: id, 'data-ord': label }, t(label)), h('input', { class: 'ds-input', type: 'file', id, accept: '.yaml,.yml,.json,.docx' }));
  const run = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'primary', id: 'sammenlign-knapp', 'data-ord': 'compare' }, t('compare'));
  redlineDate = dateField('redline-dato', 'redlineDate', 'redlineDateHelp');
  run.addEventListener('click', () => void compareFiles());
  return [
    h('h2', { class: 'ds-heading', id: 'sammenlign-tittel', 'data-ord': 'compareHeading' }, t('compareHeading')),
    h('p', { class: 'ds-paragraph', 'data-ord': 'compareIntro' }, t('compareIntro')),
    picker('gammel', 'oldVersion'),
    picker('ny-versjon', 'newVersion'),
    redlineDate.field,
    h('div', { class: 'knapper' }, run),
    h('div', { id: 'forskjeller' }),
  ];
}

async function compareFiles(): Promise<void> {
  const out = byId('forskjeller');
  const read = async (id: string): Promise<{ name: string; value?: Agreement; problems: Problem[] }> => {
    const f = byId<HTMLInputElement>(id).files?.[0];
    if (!f) return { name: '', problems: [{ code: 'missing', severity: 'feil', pointer: '', message: t('chooseFile') }] };
    const opened = openBytes(f.name, new Uint8Array(await f.arrayBuffer()), lang);
    if (!opened.ok || opened.problems.length) return { name: f.name, problems: opened.problems };
    return { name: f.name, value: opened.data as unknown as Agreement, problems: [] };
  };
  const [a, b] = await Promise.all([read('gammel'), read('ny-versjon')]);
  const bad = [a, b].filter((s) => !s.value);
  if (bad.length) {
    out.replaceChildren(...bad.map((s) => h('div', {}, h('p', { class: 'ds-paragraph' }, words().cannotCompare(s.name)), problemList(s.problems))));
    return;
  }
  const diff = compare(a.value!, b.value!);
  const doc = new DOMParser().parseFromString(formatHtml(diff, { oldName: a.name, newName: b.name }), 'text/html');
  const report = h('div', { class: 'diff' });
  for (const heading of doc.body.querySelectorAll('h1, h2')) {
    const level = heading.tagName === 'H1' ? 'h3' : 'h4';
    const replacement = document.createElement(level);
    replacement.textContent = heading.textContent;
    heading.replaceWith(replacement);
  }
  report.append(...doc.body.childNodes);
  const redlineButton = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'redline' }, t('downloadRedline'));
  redlineButton.addEventListener('click', () => {
    const d = redlineDate.read();
    if (!d) return;
    const file = redlineDocx(a.value!, b.value!, d);
    download(file.fileName, file.bytes, DOCX_TYPE);
  });
  out.replaceChildren(report, h('div', { class: 'knapper' }, redlineButton));
}

// ---- Start ---------------------------------------------------------------------------------

function begin(): void {
  layout();
  let stored: StoredDraft | undefined;
  try {
    const text = localStorage.getItem(STORE);
    stored = text ? (parseDraft(text) as StoredDraft | undefined) : undefined;
  } catch {
    stored = undefined;
  }
  if (!stored) {
    void run({ base: templateDefaults(), replay: [], stage: { kind: 'alt' } });
    return;
  }
  const draft = stored;
  // The offer in the draft's målform.
  setLanguage(languageOf(draft.data));
  const when = new Date(draft.savedAt);
  const stamp = Number.isNaN(when.getTime()) ? '' : ` ${when.toLocaleString(`${lang}-NO`, { dateStyle: 'long', timeStyle: 'short' })}`;
  const go = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'primary', id: 'fortsett' }, t('goOn'));
  const fresh = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'begynn-pa-nytt' }, t('startOver'));
  go.addEventListener('click', () => void run({ base: draft.base, replay: draft.answers, stage: draft.stage ?? { kind: 'alt' } }));
  fresh.addEventListener('click', () => void run({ base: templateDefaults(), replay: [], stage: { kind: 'alt' } }));
  byId('scene').replaceChildren(
    h(
      'div',
      { class: 'gjenoppta' },
      h('h2', { class: 'ds-heading', 'data-size': 'md', id: 'gjenoppta-tittel' }, t('draftHeading')),
      h('p', { class: 'ds-paragraph' }, words().draftSaved(stamp, draft.at ? words().draftAt(draft.at.label) : '')),
      h('div', { class: 'knapper' }, go, fresh),
    ),
  );
  go.focus();
}

begin();
