import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ROOT } from '../helpers/paths.js';

const CLI = join(ROOT, 'src', 'cli');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** An exit code written as a bare number: `return 2;`, `exitCode: 1`, `process.exitCode = 70`. */
const BARE = /\breturn\s+\d+\s*;|\bexitCode\s*[:=]\s*\d+|\bexit\(\s*\d+\s*\)/;

describe('exit codes', () => {
  it('are named in src/cli/exit-codes.ts only: no bare numbers elsewhere in src/cli', () => {
    const bare = sourceFiles(CLI)
      .filter((f) => !f.endsWith('exit-codes.ts'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (BARE.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(bare).toEqual([]);
  });

  it('are each in the README’s table, and the table has no others', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Avslutningskoder'), readme.indexOf('## Avtaleteksten og malen'));
    const documented = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(documented).toEqual([...new Set(Object.values(EXIT))].sort((a, b) => a - b));
  });
});
