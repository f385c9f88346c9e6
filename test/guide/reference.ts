/**
 * The «Til vurdering» questions read straight from the reference text of the national guide
 * (test/fixtures/reference/veileder.md), independently of guide/*.md and of src/: every «·» item
 * after a «Til vurdering:». An item goes on over a line break when the next line cannot start a
 * sentence (it begins with «§» or a lower-case letter); the first other line ends the block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_TEXTS } from '../helpers/paths.js';

export const REFERENCE = join(REFERENCE_TEXTS, 'veileder.md');

export function referenceBlocks(): string[][] {
  const text = readFileSync(REFERENCE, 'utf8');
  return text
    .split('Til vurdering:')
    .slice(1)
    .map((part) => {
      const items: string[] = [];
      for (const raw of part.split('\n')) {
        const line = raw.trim();
        if (!line) continue;
        if (line.startsWith('·')) items.push(line.slice(1).trim());
        else if (items.length && /^[§a-zæøå]/.test(line)) items[items.length - 1] += ` ${line}`;
        else break;
      }
      return items;
    });
}

/** Whitespace removed entirely: line breaks, double spaces and a space moved across a bracket do not count. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** How often `needle` occurs in `haystack`, both squeezed. */
export function occurrences(haystack: string, needle: string): number {
  const h = squeeze(haystack);
  const n = squeeze(needle);
  let count = 0;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) count++;
  return count;
}

/** Every reference question occurs exactly once in `text`: the list of those that do not, with their counts. */
export function notExactlyOnce(text: string): string[] {
  return referenceBlocks()
    .flat()
    .flatMap((q) => {
      const n = occurrences(text, q);
      return n === 1 ? [] : [`${n}× «${q}»`];
    });
}
