/**
 * The CLI as users run it: `npx partnerskap` is dist/bundle/partnerskap.js (package.json «bin»),
 * which `npm test` builds first and ensureBundle rebuilds when src/ has changed since. Tests that
 * run the shipped command use this file, never src/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths.js';

export const BUNDLE = join(ROOT, 'dist', 'bundle', 'partnerskap.js');

/** One build at a time across vitest's workers: a lock folder outside the repository. */
const LOCK = join(tmpdir(), `partnerskap-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/** What the bundle is built from: a file here newer than the bundle means the bundle is stale. */
const SOURCES = ['src', 'templates', 'schemas'].map((d) => join(ROOT, d));

/** Newest modification time of any file under `dirs`, in ms. */
function newestSource(dirs: readonly string[]): number {
  let newest = 0;
  for (const dir of dirs)
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const st = statSync(join(dir, name));
      if (st.isFile()) newest = Math.max(newest, st.mtimeMs);
    }
  return newest;
}

/** The bundle exists and no source is newer (so tests never run yesterday's code). */
function upToDate(): boolean {
  return existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSource(SOURCES);
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
      const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
      if (tsc.error) throw new Error(`Kunne ikke kjøre tsc: ${tsc.error.message}`);
      const built = spawnSync(process.execPath, ['dist/build/index.js'], { cwd: ROOT, encoding: 'utf8' });
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
