/**
 * The interview: walks the plan in agreement order and asks every field through the prompter,
 * prefilled from the draft (schema defaults, or the agreement being revised). Touches no file
 * and no terminal; what is asked and how the answers land in the draft is all decided here.
 */
import { enumLabel, languageOf, type Language } from '../model/schema.js';
import { itemLabel, labelFor, sectionLabel } from '../model/labels.js';
import { pointerOf, segmentsOf, type Problem } from '../model/problem.js';
import { validateAgreement } from '../validate/validate.js';
import { applicable } from './conditions.js';
import { problemsAt, problemsWith } from './check.js';
import { getIn, isPlainObject, removeIn, setIn } from './data.js';
import { overrides } from './overrides.js';
import { askableAt, buildPlan, nodeAt } from './plan.js';
import type { FieldAccess, PlanNode, Prompter } from './types.js';
import { wizardWords, type WizardWords } from './wizard-words.js';
import { clone, defaultsFor, parseInput, showValue } from './values.js';

/** The kinds asked with a single prompt. */
const LEAVES = new Set<PlanNode['kind']>(['text', 'number', 'integer', 'boolean', 'choice']);
const nameOf = (node: PlanNode): string => node.path[node.path.length - 1]!;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isIndex = (segments: readonly string[]): boolean => /^\d+$/.test(segments[segments.length - 1] ?? '');
const messages = (problems: readonly Problem[]): string => problems.map((p) => p.message).join('\n');

/** How a field is asked where it stands: whether it must be answered, and its effective schema. */
interface Asked {
  required: boolean;
  schema: PlanNode['schema'];
  message?: string;
  help?: string;
}

const plans: Partial<Record<Language, PlanNode>> = {};
/** The schema's plan with the declared overrides, in one målform; computed once each. */
export const agreementPlan = (lang: Language = 'nb'): PlanNode => (plans[lang] ??= buildPlan(overrides, undefined, lang));

/** A draft with the national template's defaults: what a new agreement starts from. */
export const templateDefaults = (): Record<string, unknown> => defaultsFor(agreementPlan()) as Record<string, unknown>;

/**
 * One run of questions over a draft. `all()` asks everything in agreement order, `section()` one
 * part again, `fixUntilValid()` the fields a final check finds wrong. Answers are written into
 * `data` as they come; the prompter decides how (and whether) anything reaches a screen.
 */
export class Interview implements FieldAccess {
  constructor(
    /** The draft agreement; answers are written into it as they are given. */
    readonly data: Record<string, unknown>,
    readonly prompter: Prompter,
    private readonly fixedPlan?: PlanNode,
  ) {}

  /** The draft's målform: the målform question comes first (document.language), and every later question follows it. */
  get lang(): Language {
    return languageOf(this.data);
  }

  /** The wizard's own words in the draft's målform. */
  private get words(): WizardWords {
    return wizardWords(this.lang);
  }

  /** The plan in the draft's målform, unless one was given. */
  get plan(): PlanNode {
    return this.fixedPlan ?? agreementPlan(this.lang);
  }

  get(pointer: string): unknown {
    return getIn(this.data, segmentsOf(pointer));
  }

  set(pointer: string, value: unknown): void {
    setIn(this.data, segmentsOf(pointer), value);
  }

  remove(pointer: string): void {
    removeIn(this.data, segmentsOf(pointer));
  }

  async askField(pointer: string, q: { message: string; help?: string }): Promise<void> {
    const segments = segmentsOf(pointer);
    const node = nodeAt(this.plan, segments);
    if (node) await this.leaf(node, segments, { required: node.required, schema: node.schema, ...q });
  }

  /** The parts of the agreement that are asked, in agreement order. */
  sections(): PlanNode[] {
    return this.plan.children.filter((c) => c.kind !== 'fixed' && c.kind !== 'keep');
  }

  /** The whole interview, from 1.0 to the attachments. */
  async all(): Promise<void> {
    this.dropUnknown(this.plan, [], this.data);
    for (const c of this.plan.children) if (c.kind === 'fixed') this.set(c.pattern, c.schema.const);
    // Sections are looked up again each time: after the målform question they come in that målform.
    const count = this.sections().length;
    for (let i = 0; i < count; i++) await this.section(this.sections()[i]!, `del ${i + 1} av ${count}`);
  }

  /** One part of the agreement, with its heading. */
  async section(node: PlanNode, progress?: string): Promise<void> {
    this.prompter.section(`${sectionLabel(nameOf(node), this.lang)}${progress ? ` (${progress})` : ''}`, node.help);
    await this.field(this.plan, node, [nameOf(node)]);
  }

  /**
   * Checks the finished draft as `validate` does; while it has problems, shows them and asks
   * the fields they point at again. False when a problem is outside what the wizard can ask.
   */
  async fixUntilValid(): Promise<{ ok: true } | { ok: false; problems: Problem[] }> {
    for (;;) {
      const result = validateAgreement(this.data);
      if (result.ok) return { ok: true };
      const targets = result.problems.map((p) => ({ problem: p, at: askableAt(this.plan, segmentsOf(p.pointer)) }));
      const stuck = targets.filter((t) => !t.at).map((t) => t.problem);
      if (stuck.length) return { ok: false, problems: stuck };
      this.prompter.say(`\n${this.words.notDone}\n${result.problems.map((p) => `  • ${p.message}`).join('\n')}\n`);
      const done = new Set<string>();
      for (const { at } of targets) {
        const pointer = pointerOf(at!.segments);
        // A field that an earlier fix in this round covers (a whole list) is asked once.
        if ([...done].some((d) => pointer === d || pointer.startsWith(d + '/'))) continue;
        done.add(pointer);
        const parent = nodeAt(this.plan, at!.segments.slice(0, -1));
        if (parent) await this.field(parent, at!.node, at!.segments);
      }
    }
  }

  /** Asks one field of `parent`, if the parent's if/then lets it apply; removes it if not. */
  private async field(parent: PlanNode, node: PlanNode, segments: string[]): Promise<void> {
    const a = applicable(parent, node, getIn(this.data, segments.slice(0, -1)));
    if (!a.applies || node.override?.when?.(this.data) === false) {
      removeIn(this.data, segments);
      return;
    }
    await this.node(node, segments, a);
    node.override?.after?.(this);
  }

  private async node(node: PlanNode, segments: string[], a: Asked): Promise<void> {
    switch (node.kind) {
      case 'keep':
        return;
      case 'fixed':
        setIn(this.data, segments, node.schema.const);
        return;
      case 'custom':
        return node.override!.ask!(this, pointerOf(segments));
      case 'object':
        return this.object(node, segments, a);
      case 'array':
        return this.array(node, segments, a);
      case 'multi-choice':
        return this.multiChoice(node, segments, a);
      case 'locked':
        return this.locked(node, segments);
      default:
        return this.leaf(node, segments, a);
    }
  }

  private async object(node: PlanNode, segments: string[], a: Asked): Promise<void> {
    const pointer = pointerOf(segments);
    let value = getIn(this.data, segments);
    if (!a.required) {
      const include = await this.prompter.askConfirm({ key: `${pointer}:ta-med`, message: this.words.include(node.title), help: node.help, default: value !== undefined });
      if (!include) {
        removeIn(this.data, segments);
        return;
      }
    }
    if (!isPlainObject(value)) {
      value = defaultsFor(node);
      setIn(this.data, segments, value);
    }
    this.dropUnknown(node, segments, value as Record<string, unknown>);
    for (let i = 0; i < node.children.length; i++) {
      // The node in the current målform (the answer to the målform question changes it).
      const here = nodeAt(this.plan, segments) ?? node;
      await this.field(here, here.children[i] ?? node.children[i]!, [...segments, nameOf(node.children[i]!)]);
    }
  }

  /** Fields the schema does not know (from an old or hand-edited file) cannot be asked or kept. */
  private dropUnknown(node: PlanNode, segments: string[], value: Record<string, unknown>): void {
    const known = new Set(node.children.map(nameOf));
    for (const key of Object.keys(value)) {
      if (known.has(key)) continue;
      const where = segments.length ? ` under «${labelFor(pointerOf(segments), this.data)}»` : '';
      this.prompter.say(this.words.unknownField(key, where));
      delete value[key];
    }
  }

  private async array(node: PlanNode, segments: string[], a: Asked): Promise<void> {
    const pointer = pointerOf(segments);
    const item = node.item!;
    const min = Math.max(a.schema.minItems ?? 0, node.override?.minItems?.(this.data) ?? 0);
    const max = a.schema.maxItems ?? Number.POSITIVE_INFINITY;
    const existing = getIn(this.data, segments);
    const list: unknown[] = Array.isArray(existing) ? existing : [];
    setIn(this.data, segments, list);
    this.prompter.say(`${node.title}: ${node.help ?? ''}`.trim());
    for (;;) {
      for (let i = 0; i < list.length; ) {
        const action = await this.prompter.askSelect({
          key: `${pointer}/${i}:behold`,
          message: `${node.title} – ${itemLabel(pointer, list[i], i, this.data)}`,
          choices: [
            { value: 'behold', name: this.words.keep },
            { value: 'endre', name: 'Endre' },
            { value: 'fjern', name: 'Fjern' },
          ],
          default: 'behold',
        });
        if (action === 'fjern') {
          list.splice(i, 1);
          continue;
        }
        if (action === 'endre') await this.item(node, item, [...segments, String(i)], { required: true, isNew: false });
        i++;
      }
      while (list.length < max) {
        const n = list.length;
        if (n >= min) {
          const more = await this.prompter.askConfirm({
            key: `${pointer}/${n}:ny`,
            message: n === 0 ? this.words.addFirst(node.title) : this.words.addAnother(node.title),
            help: n === 0 ? undefined : this.words.listCount(node.title, n),
            default: n === 0 && node.override?.offerFirst === true,
          });
          if (!more) break;
        }
        list.push(defaultsFor(item));
        const kept = await this.item(node, item, [...segments, String(n)], { required: n < min, isNew: true });
        if (!kept) {
          list.splice(n, 1);
          break;
        }
      }
      if (list.length === 0 && !a.required) removeIn(this.data, segments);
      const problems = problemsAt(this.data, segments);
      if (problems.length === 0) return;
      this.prompter.say(messages(problems));
      setIn(this.data, segments, list);
    }
  }

  /** One array item; false when a new text item was left empty (the user changed their mind). */
  private async item(array: PlanNode, item: PlanNode, segments: string[], opts: { required: boolean; isNew: boolean }): Promise<boolean> {
    const index = Number(segments[segments.length - 1]);
    if (item.kind === 'object') this.prompter.say(`${array.title} – nr. ${index + 1}`);
    if (!LEAVES.has(item.kind)) {
      await this.node(item, segments, { required: true, schema: item.schema });
      return true;
    }
    await this.leaf(item, segments, {
      required: opts.required || !opts.isNew,
      schema: item.schema,
      message: `${item.title} nr. ${index + 1}`,
      help: opts.isNew && !opts.required ? `${item.help ?? ''} ${this.words.noMore}`.trim() : item.help,
    });
    return getIn(this.data, segments) !== undefined;
  }

  private async multiChoice(node: PlanNode, segments: string[], a: Asked): Promise<void> {
    const options = node.item?.schema.enum ?? [];
    const current = getIn(this.data, segments) ?? node.schema.default;
    const values = await this.prompter.askCheckbox({
      key: pointerOf(segments),
      message: node.title,
      help: node.help,
      choices: options.map((v) => ({ value: v, name: enumLabel(node.item?.schema, v, this.lang) })),
      default: Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [],
      validate: (chosen) => {
        const problems = problemsWith(this.data, segments, chosen.length || a.required ? chosen : undefined);
        return problems.length ? messages(problems) : true;
      },
    });
    if (values.length === 0 && !a.required) removeIn(this.data, segments);
    else setIn(this.data, segments, values);
  }

  /** `x-locked`: the user sees the value but cannot change it. */
  private locked(node: PlanNode, segments: string[]): void {
    const value = clone(node.schema.default ?? getIn(this.data, segments));
    const shown = Array.isArray(value) ? value.map((v) => `  • ${enumLabel(node.item?.schema, String(v), this.lang)}`).join('\n') : `  ${showValue(node, value) ?? ''}`;
    this.prompter.say(`${node.title} ${this.words.fixed}:\n${shown}`);
    if (value !== undefined) setIn(this.data, segments, value);
  }

  /** A single value: text, number, date, yes/no or a choice from a list. */
  private async leaf(node: PlanNode, segments: string[], a: Asked): Promise<void> {
    const pointer = pointerOf(segments);
    const had = getIn(this.data, segments);
    const present = had !== undefined;
    const current = present ? had : node.schema.default;
    const message = a.message ?? node.title;
    const optional = a.required ? undefined : present ? this.words.optionalRemove : this.words.optionalSkip;
    const help = [a.help ?? node.help, node.kind === 'boolean' || node.kind === 'choice' ? undefined : optional].filter(Boolean).join(' ') || undefined;
    let value: unknown;
    if (node.kind === 'boolean' || node.kind === 'choice') {
      for (;;) {
        value = node.kind === 'boolean' ? await this.prompter.askConfirm({ key: pointer, message, help, default: current === true }) : await this.choice(node, pointer, message, help, a, current);
        const problems = problemsWith(this.data, segments, value);
        if (problems.length === 0) break;
        this.prompter.say(messages(problems));
      }
    } else {
      const shown = showValue(node, current);
      const asTyped = { ...node, required: a.required };
      // Enter on the value shown keeps it exactly as it was (no trimming, no reformatting).
      const toValue = (raw: string): unknown => (shown !== undefined && raw === shown ? current : parseInput(asTyped, raw));
      const raw = await this.prompter.askInput({
        key: pointer,
        message,
        help,
        default: shown,
        validate: (typed) => {
          const v = toValue(typed);
          // An empty list item is reported as an empty text, since the list itself has no «required».
          const problems = problemsWith(this.data, segments, v === undefined && a.required && isIndex(segments) ? '' : v);
          return problems.length ? messages(problems) : true;
        },
      });
      value = toValue(raw);
    }
    if (value === undefined) removeIn(this.data, segments);
    // A field the agreement left out stays out when the answer is its default: the default applies anyway.
    else if (!present && node.schema.default !== undefined && same(value, node.schema.default)) return;
    else setIn(this.data, segments, value);
  }

  private async choice(node: PlanNode, pointer: string, message: string, help: string | undefined, a: Asked, current: unknown): Promise<string | undefined> {
    const options = node.schema.enum ?? [];
    const choices = options.map((v) => ({ value: v, name: enumLabel(node.schema, v, this.lang) }));
    if (!a.required) choices.push({ value: '', name: this.words.notGiven });
    const value = await this.prompter.askSelect({
      key: pointer,
      message,
      help,
      choices,
      default: typeof current === 'string' && options.includes(current) ? current : a.required ? undefined : '',
    });
    return value === '' ? undefined : value;
  }
}
