/**
 * I/O only at the edges: the file system is touched by the CLI (src/cli/) and the build step
 * (src/build/) only. Everything else gets what it needs passed in — templates and guide sources
 * are loaded by src/cli/resources.ts. Imports are read with TypeScript's own pre-processor
 * (static, dynamic and require), so comments and strings that look like imports are ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const EDGES = ['cli/', 'build/'];
const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);

/**
 * Modules outside the edges that still locate files of their own (via import.meta.url), each a
 * real finding to remove; the last test fails once one is gone, so the list only shrinks.
 * model/schema.ts: requires schemas/partnerskapsavtale.schema.json at load time.
 */
const KNOWN_FILE_READERS = ['model/schema.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const files = sourceFiles(SRC).map((file) => ({ rel: relative(SRC, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));
const inside = files.filter((f) => !EDGES.some((e) => f.rel.startsWith(e)));
const imports = (text: string): string[] => ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
/** import.meta.url outside comments: how a module finds files next to itself. */
const locatesFiles = (text: string): boolean => /\bimport\.meta\.url\b/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''));

describe('I/O at the edges', () => {
  it('reads the source tree: the edges import node:fs, so the check can see it', () => {
    expect(inside.length).toBeGreaterThan(50);
    expect(files.find((f) => f.rel === 'cli/resources.ts')!.text).toMatch(/from 'node:fs'/);
    expect(imports(files.find((f) => f.rel === 'cli/resources.ts')!.text)).toContain('node:fs');
  });

  it('no module outside src/cli/ and src/build/ imports the file system', () => {
    const offenders = inside.flatMap((f) => imports(f.text).filter((m) => FS_MODULES.has(m)).map((m) => `${f.rel} → ${m}`));
    expect(offenders).toEqual([]);
  });

  it('no module outside src/cli/ and src/build/ locates files of its own (import.meta.url)', () => {
    expect(inside.filter((f) => locatesFiles(f.text) && !KNOWN_FILE_READERS.includes(f.rel)).map((f) => f.rel)).toEqual([]);
  });

  it.each(KNOWN_FILE_READERS)('known file reader %s still is one (remove it from the list once it is not)', (rel) => {
    expect(locatesFiles(inside.find((f) => f.rel === rel)?.text ?? '')).toBe(true);
  });
});
