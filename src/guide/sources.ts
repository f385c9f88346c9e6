import { readdirSync, readFileSync } from 'node:fs';
import type { Guide, MarkdownFile } from './model.js';
import { parseGuide } from './parse.js';

let cached: MarkdownFile[] | undefined;

/**
 * The national guide's source files, guide/*.md, sorted by name (which is document order). They
 * ship with the program like the schema and the templates, so they are read from next to src/ and
 * dist/, once per process.
 */
export function guideFiles(): MarkdownFile[] {
  if (!cached) {
    const dir = new URL('../../guide/', import.meta.url);
    cached = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
  }
  return cached.map((f) => ({ ...f }));
}

let guide: Guide | undefined;

/**
 * The national guide, parsed. The sources are ours and tested, so a problem here is a bug in this
 * program, not in the user's input: it throws with every problem listed.
 */
export function loadGuide(): Guide {
  if (!guide) {
    const parsed = parseGuide(guideFiles());
    if (!parsed.ok) throw new Error(`Veilederens kildefiler (guide/*.md) har feil:\n${parsed.problems.map((p) => p.message).join('\n')}`);
    guide = parsed.value;
  }
  return guide;
}
