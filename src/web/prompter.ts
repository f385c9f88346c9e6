/**
 * The wizard's prompter in the page: each question of the shared interview (src/wizard) as one
 * small form, with the schema's help, radio buttons for lists, and the field checks' messages
 * (the same as `validate`) at the field and in an error summary that links to it.
 */
import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, Prompter, Question, RawAnswer, SelectQuestion } from '../wizard/types.js';
import { h } from './dom.js';
import type { WebWords } from './words.js';

/** Thrown into a running interview when the user goes back or starts over. */
export class Restart extends Error {
  constructor() {
    super('Veiviseren starter på nytt.');
    this.name = 'Restart';
  }
}

export interface PrompterView {
  /** Where the question forms go. */
  stage: HTMLElement;
  /** A section heading from the interview («1.0 Avtaleparter (del 1 av 19)»). */
  onSection(title: string, help: string | undefined): void;
  /** Whether «Tilbake» can go anywhere. */
  canGoBack(): boolean;
  onBack(): void;
  /** The page's words, in the målform it speaks now (src/web/words.ts). */
  words(): WebWords;
}

type Control = { kind: 'text'; q: InputQuestion } | { kind: 'radio'; q: SelectQuestion | ConfirmQuestion; choices: { value: string; name: string; description?: string }[]; current: string } | { kind: 'check'; q: CheckboxQuestion };

const yesNo = (w: WebWords) => [
  { value: 'ja', name: w.yes },
  { value: 'nei', name: w.no },
];

export class WebPrompter implements Prompter {
  private notes: string[] = [];
  private lastKey?: string;
  private heading?: { title: string; help?: string };
  private pending?: { reject: (e: Error) => void };
  /** Numbers the forms, so a question asked again is a new form (data-n). */
  private asked = 0;
  /** The answer taken back with «Tilbake»: shown again when its question comes. */
  backTo?: { key: string; value: RawAnswer };

  constructor(private readonly view: PrompterView) {}

  say(text: string): void {
    this.notes.push(text);
  }

  section(title: string, help?: string): void {
    this.heading = { title, help };
    this.notes = [];
    this.view.onSection(title, help);
  }

  /** Ends the question on screen: the interview waiting for it gets {@link Restart}. */
  abort(): void {
    this.pending?.reject(new Restart());
    this.pending = undefined;
  }

  askInput(q: InputQuestion): Promise<string> {
    return this.ask({ kind: 'text', q }) as Promise<string>;
  }

  async askConfirm(q: ConfirmQuestion): Promise<boolean> {
    return (await this.ask({ kind: 'radio', q, choices: yesNo(this.view.words()), current: q.default ? 'ja' : 'nei' })) === 'ja';
  }

  askSelect<T extends string>(q: SelectQuestion<T>): Promise<T> {
    return this.ask({ kind: 'radio', q, choices: q.choices, current: q.default ?? q.choices[0]?.value ?? '' }) as Promise<T>;
  }

  askCheckbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    return this.ask({ kind: 'check', q: q as unknown as CheckboxQuestion }) as Promise<T[]>;
  }

  private ask(c: Control): Promise<RawAnswer> {
    const previous = this.backTo?.key === c.q.key ? this.backTo.value : undefined;
    this.backTo = undefined;
    if (previous !== undefined) c = withAnswer(c, previous);
    // A list or yes/no asked again at once: what was said in between is why (the field check's messages).
    const again = this.lastKey === c.q.key;
    const said = this.notes;
    this.notes = [];
    const { form, read, showErrors } = questionForm(c, this.heading, again ? [] : said, this.view);
    form.dataset.n = String(++this.asked);
    this.view.stage.replaceChildren(form);
    if (again && said.length) showErrors(said.join('\n'));
    else focusFirst(form);
    return new Promise<RawAnswer>((resolve, reject) => {
      this.pending = { reject };
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const value = read();
        const problem = c.kind === 'text' ? c.q.validate(value as string) : c.kind === 'check' ? c.q.validate(value as string[]) : true;
        if (problem !== true) return showErrors(problem);
        this.pending = undefined;
        this.lastKey = c.q.key;
        resolve(value);
      });
    });
  }
}

/** The question with an earlier answer in place of its default. */
function withAnswer(c: Control, value: RawAnswer): Control {
  if (c.kind === 'text' && typeof value === 'string') return { ...c, q: { ...c.q, default: value } };
  if (c.kind === 'radio' && (typeof value === 'string' || typeof value === 'boolean')) return { ...c, current: typeof value === 'boolean' ? (value ? 'ja' : 'nei') : value };
  if (c.kind === 'check' && Array.isArray(value)) return { ...c, q: { ...c.q, default: value } };
  return c;
}

function focusFirst(form: HTMLFormElement): void {
  // A radio group is entered at its chosen button; checkboxes and text fields at the first.
  const target = form.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? form.querySelector<HTMLInputElement>('input, textarea');
  target?.focus();
}

/** One question as a form: label or legend, help, the control(s), a place for messages. */
function questionForm(c: Control, heading: { title: string; help?: string } | undefined, notes: string[], view: PrompterView) {
  const q: Question = c.q;
  const w = view.words();
  // The notes (what the last answer led to) are read with the field, as its help is: a live region
  // made together with its text is not announced, and focus goes to the field at once.
  const described = ['felt-notater', 'felt-hjelp', 'felt-feil'].join(' ');
  const help = q.help ? h('p', { class: 'ds-paragraph hjelp', id: 'felt-hjelp', 'data-size': 'sm' }, q.help) : undefined;
  const error = h('p', { class: 'ds-validation-message', id: 'felt-feil', hidden: true });
  const summary = h('div', { class: 'ds-error-summary', id: 'feiloppsummering', tabindex: '-1', hidden: true, 'aria-labelledby': 'feiloppsummering-tittel' });
  let body: HTMLElement;
  let read: () => RawAnswer;
  if (c.kind === 'text') {
    const input = h('input', { class: 'ds-input', id: 'felt', name: 'felt', type: 'text', autocomplete: 'off', 'aria-describedby': described, value: c.q.default ?? '' });
    input.value = c.q.default ?? '';
    body = h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: 'felt' }, q.message), help, input, error);
    read = () => input.value;
  } else {
    const multi = c.kind === 'check';
    const choices = multi ? c.q.choices : c.choices;
    const chosen = new Set(multi ? c.q.default : [c.current]);
    const options = choices.map((choice, i) => {
      const id = i === 0 ? 'felt' : `felt-${i}`;
      const desc = choice.description ? h('div', { class: 'ds-paragraph valg-hjelp', id: `${id}-hjelp`, 'data-size': 'sm' }, choice.description) : undefined;
      return h(
        'div',
        { class: 'ds-field valg' },
        h('input', { class: 'ds-input', type: multi ? 'checkbox' : 'radio', name: 'felt', id, value: choice.value, checked: chosen.has(choice.value), 'aria-describedby': desc ? `${id}-hjelp` : undefined }),
        h('label', { class: 'ds-label', for: id, 'data-weight': 'regular' }, choice.name),
        desc,
      );
    });
    body = h('fieldset', { class: 'ds-fieldset', 'aria-describedby': described }, h('legend', { class: 'ds-label' }, q.message), help, ...options, error);
    read = () => {
      const checked = [...body.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      return multi ? checked : (checked[0] ?? '');
    };
  }
  const back = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', disabled: !view.canGoBack() }, w.back);
  back.addEventListener('click', () => view.onBack());
  const form = h(
    'form',
    { class: 'sporsmal', 'data-key': q.key, novalidate: true, 'aria-labelledby': 'del-tittel' },
    heading ? h('h2', { class: 'ds-heading', id: 'del-tittel', 'data-size': 'md' }, heading.title) : h('h2', { class: 'ds-heading', id: 'del-tittel', 'data-size': 'md' }, w.wizard),
    heading?.help ? h('p', { class: 'ds-paragraph del-hjelp' }, heading.help) : undefined,
    notes.length ? h('div', { class: 'notater', id: 'felt-notater' }, ...notes.map((n) => h('p', { class: 'notat' }, n))) : undefined,
    summary,
    body,
    h('div', { class: 'knapper' }, h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary' }, w.next), back),
  );
  // Enter answers on radio buttons and checkboxes too, as it does in a text field.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type !== 'text') {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  const showErrors = (message: string) => {
    const lines = message.split('\n').filter(Boolean);
    error.replaceChildren(...lines.flatMap((l, i) => (i ? [h('br'), l] : [l])));
    error.hidden = false;
    form.querySelectorAll('input').forEach((i) => i.setAttribute('aria-invalid', 'true'));
    summary.replaceChildren(
      h('h2', { class: 'ds-heading', id: 'feiloppsummering-tittel', 'data-size': 'xs' }, w.fixFirst),
      h('ul', { class: 'ds-list' }, ...lines.map((l) => h('li', {}, h('a', { class: 'ds-link', href: '#felt' }, l)))),
    );
    summary.hidden = false;
    summary.querySelectorAll('a').forEach((a) =>
      a.addEventListener('click', (e) => {
        e.preventDefault();
        form.querySelector<HTMLElement>('#felt')?.focus();
      }),
    );
    summary.focus();
  };
  return { form, read, showErrors };
}
