import { formatDate } from '../format/index.js';
import { enumLabel } from '../model/schema.js';
import { itemLabel, sectionLabel } from '../model/labels.js';
import { pointerOf } from '../model/problem.js';
import { getIn, isPlainObject } from './data.js';
import type { PlanNode } from './types.js';
import { showNumber } from './values.js';

const nameOf = (node: PlanNode): string => node.path[node.path.length - 1]!;

function shortText(s: string): string {
  const one = s.replace(/\s*\n\s*/g, ' ');
  return one.length > 110 ? one.slice(0, 107) + '…' : one;
}

/** A single value as the user would say it: «Ja», «4,5», the enum's label. */
function display(node: PlanNode, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number') return showNumber(value);
  if (typeof value === 'string' && node.schema.format === 'date') return formatDate(value);
  if (typeof value === 'string') return shortText(node.schema.enum ? enumLabel(node.schema, value) : value);
  if (Array.isArray(value)) return value.map((v) => display(node.item ?? node, v)).join(' | ');
  return JSON.stringify(value);
}

/** How a field is shown: an object asked by a custom prompt (the NAV-leder split) as the object it is. */
const shownAs = (node: PlanNode, value: unknown): PlanNode['kind'] => (node.kind === 'custom' && isPlainObject(value) && node.children.length ? 'object' : node.kind);

function lines(node: PlanNode, segments: string[], data: unknown, indent: string): string[] {
  const value = getIn(data, segments);
  if (value === undefined || node.kind === 'fixed') return [];
  switch (shownAs(node, value)) {
    case 'keep':
      return isPlainObject(value) ? [`${indent}${node.title}: ${Object.keys(value).length} svar`] : [];
    case 'object':
      return node.children.flatMap((c) => {
        const at = [...segments, nameOf(c)];
        if (shownAs(c, getIn(data, at)) !== 'object') return lines(c, at, data, indent);
        const inner = lines(c, at, data, indent + '  ');
        return inner.length ? [`${indent}${c.title}:`, ...inner] : [];
      });
    case 'array':
    case 'multi-choice':
    case 'locked':
    case 'custom': {
      if (!Array.isArray(value)) return [`${indent}${node.title}: ${display(node, value)}`];
      const item = node.item;
      const pointer = pointerOf(segments);
      const items = value.map((v, i) => {
        if (!isPlainObject(v) || !item) return `${indent}  • ${display(item ?? node, v)}`;
        const fields = item.children
          .filter((c) => v[nameOf(c)] !== undefined)
          .map((c) => `${c.title}: ${display(c, v[nameOf(c)])}`)
          .join('; ');
        return `${indent}  • ${itemLabel(pointer, v, i, data)} – ${fields}`;
      });
      return [`${indent}${node.title}:`, ...items];
    }
    default:
      return [`${indent}${node.title}: ${display(node, value)}`];
  }
}

/** The agreement part by part, for a last look before the file is written. Pure. */
export function summary(plan: PlanNode, data: unknown): string {
  return plan.children
    .filter((s) => s.kind !== 'fixed' && getIn(data, [nameOf(s)]) !== undefined)
    .map((s) => {
      const all = lines(s, [nameOf(s)], data, '  ');
      // A list section's own title line would repeat the heading.
      const body = s.kind === 'object' || s.kind === 'keep' ? all : all.slice(1).map((l) => l.slice(2));
      return [sectionLabel(nameOf(s)), ...(body.length ? body : ['  (ingenting fylt inn)'])].join('\n');
    })
    .join('\n\n');
}
