/**
 * The shapes the wizard is built from: questions and the prompter that answers them, the plan
 * computed from the schema, and the declared overrides.
 */
import type { SchemaNode } from '../model/schema.js';

/** A raw answer as a prompt returns it; what the draft stores and a resume replays. */
export type RawAnswer = string | boolean | string[];

/** One question put to the user. */
export interface Question {
  /**
   * Stable id: the field's JSON pointer, or the pointer with a suffix for questions about it
   * (`/purpose/localGoals/2:ny` «add one more?»), or `:name` for questions about the session.
   */
  key: string;
  /** The label shown, from the schema `title`. */
  message: string;
  /** One line of help, from the schema `description`. */
  help?: string;
}

export interface Choice<T extends string = string> {
  value: T;
  name: string;
  description?: string;
}

export interface InputQuestion extends Question {
  /** Shown and returned on Enter. */
  default?: string;
  /** `true`, or the Norwegian message that says what is wrong with the typed text. */
  validate: (raw: string) => true | string;
}

export interface ConfirmQuestion extends Question {
  default: boolean;
}

export interface SelectQuestion<T extends string = string> extends Question {
  choices: Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T extends string = string> extends Question {
  choices: Choice<T>[];
  default: T[];
  validate: (values: T[]) => true | string;
}

/**
 * The only way the wizard talks to the user. The real one wraps @inquirer/prompts; tests use
 * scripted answers that fail on any unexpected question.
 */
export interface Prompter {
  askInput(q: InputQuestion): Promise<string>;
  askConfirm(q: ConfirmQuestion): Promise<boolean>;
  askSelect<T extends string>(q: SelectQuestion<T>): Promise<T>;
  askCheckbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]>;
  /** Prints information (tables, problems, notes). */
  say(text: string): void;
  /** Prints the heading of a part of the agreement. */
  section(title: string, help?: string): void;
}

/** Thrown by a prompter when the user stops the wizard (Ctrl+C, Ctrl+D, a closed terminal). */
export class Interrupted extends Error {
  constructor() {
    super('Avbrutt av brukeren');
    this.name = 'Interrupted';
  }
}

/** How a field is asked. */
export type FieldKind =
  | 'object'
  | 'array'
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'multi-choice'
  /** `const`: set without asking. */
  | 'fixed'
  /** `x-locked`: shown, set to the schema default, not changeable. */
  | 'locked'
  /** Asked by an override's own prompt. */
  | 'custom'
  /** Not asked; whatever the agreement has is kept. */
  | 'keep';

/** One field of the schema, in agreement order, as the wizard asks it. */
export interface PlanNode {
  /** Data path pattern: property names, `*` for any array item. */
  path: readonly string[];
  /** Pattern pointer, `/costs/fte/*\/fte`; the key of the overrides table. */
  pattern: string;
  kind: FieldKind;
  /** The schema node with `$ref` resolved. */
  schema: SchemaNode;
  /** The definition the field refers to (`date`, `clock`, …), which selects an input normaliser. */
  definition?: string;
  title: string;
  help?: string;
  /** Required by the parent object itself. */
  required: boolean;
  /** Required only under a branch of the parent's if/then/else; asked only when it applies. */
  conditional: boolean;
  /** Object properties, in schema order. */
  children: PlanNode[];
  /** Array items. */
  item?: PlanNode;
  override?: Override;
}

/** What an override's own prompt may use: the draft and the generic field prompts. */
export interface FieldAccess {
  readonly data: Record<string, unknown>;
  readonly prompter: Prompter;
  get(pointer: string): unknown;
  set(pointer: string, value: unknown): void;
  remove(pointer: string): void;
  /** Asks the field at `pointer` with the generic prompt of its kind, checked like any other field. */
  askField(pointer: string, q: { message: string; help?: string }): Promise<void>;
}

/**
 * A field that needs more than the schema says, declared in the one overrides table
 * (src/wizard/overrides.ts) under its pattern pointer.
 */
export interface Override {
  /** Ask the field with this prompt instead of the generic one. */
  ask?: (access: FieldAccess, pointer: string) => Promise<void>;
  /** Shown once the field is answered (the cost split after the årsverk). */
  after?: (access: FieldAccess) => void;
  /** The fewest items, from the data, where a rule asks for more than the schema's minItems. */
  minItems?: (data: unknown) => number;
  /** Not asked; an existing value is kept unchanged. */
  keep?: true;
  /** Asked only when this holds for the draft; otherwise the field is removed (a field for Alternativ 2 only). */
  when?: (data: unknown) => boolean;
  /** An optional list whose first item is usually wanted: «add one?» defaults to yes while it is empty. */
  offerFirst?: true;
}
