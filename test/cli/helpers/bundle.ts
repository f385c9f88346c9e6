/**
 * The CLI as users run it: `npx partnerskap` is dist/bundle/partnerskap.js (package.json «bin»),
 * which `npm test` builds first and ensureBundle rebuilds when src/ has changed since. Tests that
 * run the shipped command use this file, never src/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths.js';

export const BUNDLE = join(ROOT, 'dist', 'bundle', 'partnerskap.js');

/**
 * One build at a time across vitest's workers and concurrent runs: a lock folder in node_modules
 * (always there after npm ci, ignored by git), not in the temp folder, which is private to each run.
 */
const LOCK = join(ROOT, 'node_modules', '.partnerskap-build.lock');

/** What the bundle is built from. */
const SOURCES = ['src', 'templates', 'schemas'].map((d) => join(ROOT, d));
/** The hash of the sources the bundle was built from, written after each build. */
const STAMP = join(ROOT, 'dist', 'bundle', '.sources.sha256');

/**
 * A hash of every file under `dirs`, names and contents. Contents, not modification times: tests
 * that repack the templates rewrite them with the same bytes, and a rebuild then (which empties
 * dist/bundle/) would pull the bundle away from other test files running it at that moment.
 */
function sourceHash(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs)
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const path = join(dir, name);
      // A temp file of writeFileAtomic (a test repacking a template) is no source and may vanish.
      if (/(^|[\\/])\.[^\\/]*\.tmp$/.test(name) || !statSync(path).isFile()) continue;
      hash.update(`${path}\0`);
      hash.update(readFileSync(path));
    }
  return hash.digest('hex');
}

/** The bundle exists and was built from the sources as they are now (so tests never run yesterday's code). */
function upToDate(): boolean {
  return existsSync(BUNDLE) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash(SOURCES);
}

/**
 * Builds the bundle when it is missing or older than any file under src/, templates/ or schemas/
 * (tsc, then pack templates and bundle, as `npm run build`). tsc emits even when another
 * feature's unfinished module has type errors, so its exit code alone does not fail the build;
 * the bundle step must succeed, and when it does not, the error shows what both steps printed.
 */
export async function ensureBundle(): Promise<void> {
  const until = Date.now() + 300_000;
  for (;;) {
    // A build under way (the lock exists) may have written only part of dist/ yet: wait for it.
    if (!existsSync(LOCK) && upToDate()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() > until) throw new Error(`Venter fortsatt på at en annen test bygger ${BUNDLE} (lås: ${LOCK}).`);
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (upToDate()) return;
      const sources = sourceHash(SOURCES);
      const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
      if (tsc.error) throw new Error(`Kunne ikke kjøre tsc: ${tsc.error.message}`);
      const built = spawnSync(process.execPath, ['dist/build/index.js'], { cwd: ROOT, encoding: 'utf8' });
      if (built.status === 0 && existsSync(BUNDLE)) writeFileSync(STAMP, sources);
      if (built.status !== 0 || !upToDate())
        throw new Error(`Kunne ikke bygge ${BUNDLE} (status ${built.status}):\n${built.stderr}${built.stdout}\ntsc (status ${tsc.status}):\n${tsc.stdout}${tsc.stderr}`);
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** Runs the shipped command in a fresh Node process. */
export function runBundle(args: string[], opts: { cwd: string; input?: string; env?: NodeJS.ProcessEnv }): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  });
}
