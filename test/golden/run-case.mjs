/* global process, URL */
/**
 * One golden case as a user runs it: the built command (dist/bundle/partnerskap.js) in the
 * repository root, with relative paths, no colour and a fixed time zone. Shared by golden.test.ts
 * and update.mjs, so both produce the output the same way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLDEN = join(ROOT, 'test', 'golden');

/** @returns {Array<{ file: string, args: string[], code: number }>} */
export function cases() {
  return JSON.parse(readFileSync(join(GOLDEN, 'cases.json'), 'utf8'));
}

/** @returns {{ code: number | null, stdout: string, stderr: string }} */
export function runCase(c) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'bundle', 'partnerskap.js'), ...c.args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', TZ: 'Europe/Oslo' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
