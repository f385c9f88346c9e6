/**
 * The CLI as users run it: `npx partnerskap` is dist/bundle/partnerskap.js (package.json «bin»),
 * which `npm test` builds first. Tests that run the shipped command use this file, never src/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths.js';

export const BUNDLE = join(ROOT, 'dist', 'bundle', 'partnerskap.js');

/** One build at a time across vitest's workers: a lock folder outside the repository. */
const LOCK = join(tmpdir(), `partnerskap-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/**
 * Builds the bundle when it is missing (tsc, then pack templates and bundle, as `npm run build`).
 * tsc emits even when another feature's unfinished module has type errors; the bundle step must succeed.
 */
export async function ensureBundle(): Promise<void> {
  const until = Date.now() + 300_000;
  for (;;) {
    if (existsSync(BUNDLE)) return;
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() > until) throw new Error(`Venter fortsatt på at en annen test bygger ${BUNDLE} (lås: ${LOCK}).`);
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (existsSync(BUNDLE)) return;
      spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' });
      const built = spawnSync(process.execPath, ['dist/build/index.js'], { cwd: ROOT, encoding: 'utf8' });
      if (built.status !== 0 || !existsSync(BUNDLE)) throw new Error(`Kunne ikke bygge ${BUNDLE}:\n${built.stderr}${built.stdout}`);
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
