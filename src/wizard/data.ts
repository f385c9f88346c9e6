/** Reading and writing the draft agreement by path segments. The draft is plain JSON data. */

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** The value at `segments`, or undefined. */
export function getIn(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const seg of segments) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string, unknown>)[seg];
  }
  return current;
}

/** Sets the value at `segments`, creating missing objects on the way. */
export function setIn(root: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let current: Container = root;
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    const slot = current as Record<string, unknown>;
    if (last) slot[seg] = value;
    else {
      if (!isContainer(slot[seg])) slot[seg] = {};
      current = slot[seg] as Container;
    }
  });
}

/** Removes the value at `segments` (an array item is spliced out). */
export function removeIn(root: Record<string, unknown>, segments: readonly string[]): void {
  const parent = getIn(root, segments.slice(0, -1));
  const last = segments[segments.length - 1];
  if (last === undefined || !isContainer(parent)) return;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
}

/** A JSON object (not an array, not null). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> => isContainer(v) && !Array.isArray(v);
