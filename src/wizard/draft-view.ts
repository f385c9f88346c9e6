import { schemaAt } from '../model/schema.js';

/** A rule read a part of the draft that is not answered yet: it has nothing to say about the draft yet. */
export class NotYetAnswered extends Error {
  constructor(readonly pointer: string) {
    super(`Not answered yet: ${pointer}`);
  }
}

/**
 * The draft as code written for complete agreements (the blocking rules, derive) may read it:
 * reading a property the schema requires but the draft does not have yet, or an item past the end
 * of a list still shorter than its minItems, throws {@link NotYetAnswered} instead of giving
 * undefined. So «the user has not got there yet» is told apart from a real error in a rule, which
 * is thrown on as it is. Optional properties read as undefined, as in a complete agreement.
 */
export function draftView<T extends object>(draft: T): T {
  const proxies = new WeakMap<object, object>();
  const view = (value: unknown, pointer: string): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const known = proxies.get(value);
    if (known) return known;
    const node = schemaAt(pointer);
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        const child = Reflect.get(target, key, receiver) as unknown;
        if (typeof key !== 'string') return child;
        if (Array.isArray(target)) {
          if (!/^\d+$/.test(key)) return child; // length, map, filter …
          if (Number(key) >= target.length && target.length < (node?.minItems ?? 0)) throw new NotYetAnswered(`${pointer}/${key}`);
          return view(child, `${pointer}/${key}`);
        }
        if (child === undefined && !Object.hasOwn(target, key) && node?.required?.includes(key)) throw new NotYetAnswered(`${pointer}/${key}`);
        return view(child, `${pointer}/${key}`);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  return view(draft, '') as T;
}
