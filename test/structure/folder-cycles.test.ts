/**
 * The folders of src/ form a layered pipeline (format below model and derive, read → … → write):
 * no folder may import, directly or through others, from a folder that imports it back. Imports are
 * read with TypeScript's own pre-processor, so comments and strings that look like imports are ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The top folder under src/ of a path relative to src/ («render/docx.ts» → «render»); files directly in src/ are their own. */
const folderOf = (rel: string): string => rel.split('/')[0]!;

/** Folder → the other folders its files import from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const rel = relative(SRC, file).split(sep).join('/');
    const from = folderOf(rel);
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(rel), fileName));
      if (target.startsWith('..')) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every pair of folders that reach each other, as «a ⇄ b» (a before b alphabetically). */
function mutualPairs(graph: Map<string, Set<string>>): string[] {
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [...(graph.get(start) ?? [])];
    while (todo.length) {
      const next = todo.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      todo.push(...(graph.get(next) ?? []));
    }
    return seen;
  };
  const folders = [...graph.keys()].sort();
  const reachable = new Map(folders.map((f) => [f, reach(f)]));
  return folders.flatMap((a) => folders.filter((b) => a < b && reachable.get(a)!.has(b) && reachable.get(b)!.has(a)).map((b) => `${a} ⇄ ${b}`));
}

describe('src folders', () => {
  const graph = folderGraph();
  const cycles = mutualPairs(graph);

  it('are read: the pipeline folders and their imports are found', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['cli', 'derive', 'format', 'model', 'render']));
    expect(graph.get('render')).toContain('model');
  });

  it('would be caught in a cycle, also one through a third folder', () => {
    const g = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));
    expect(mutualPairs(g({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual(['a ⇄ b', 'a ⇄ c', 'b ⇄ c']);
    expect(mutualPairs(g({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('import each other one way only (no folder cycles)', () => {
    expect(cycles).toEqual([]);
  });

  it('format sits below model and derive: it imports no other folder', () => {
    expect([...(graph.get('format') ?? [])]).toEqual([]);
  });
});
