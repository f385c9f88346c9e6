/**
 * `node --predictable --random-seed=1 dist/build/code-cache.js <bundle>`: makes the V8 code cache
 * the launcher loads dist/bundle/cli.js with (see src/cli/code-cache.ts). The cache holds the code
 * compiled while the bundle runs `validate` of an example and `--help` here, so those start without
 * compiling it again; other commands compile what they need beyond that as usual. It is made for
 * the Node that builds, which is the Node that runs the package (`npm install` builds it through
 * the prepare script).
 *
 * The two flags make the cache the same bytes on every build: without them V8 seeds its string
 * hashes at random, and the cache holds them. V8 leaves exactly these two flags out of the flag
 * hash it checks a cache against, so a Node started without them accepts the cache.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { codeCachePath, loadBundle } from '../cli/code-cache.js';
import type { Io } from '../cli/io.js';

type Cli = typeof import('../cli/cli-bundle.js');

const EXAMPLE = fileURLToPath(new URL('../../examples/nav-bodo.yaml', import.meta.url));
const FLAGS = ['--predictable', '--random-seed=1'];

/** Makes the cache of `bundleFile` in a Node started with FLAGS. */
export function writeCodeCache(bundleFile: string): void {
  const r = spawnSync(process.execPath, [...FLAGS, fileURLToPath(import.meta.url), bundleFile], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`Kunne ikke lage kodebufferen til ${bundleFile} (status ${r.status}).`);
}

/** Runs the bundle's commands that should start fast, then writes what V8 compiled. */
async function trainAndWrite(bundleFile: string): Promise<void> {
  const { exports: cli, script } = loadBundle<Cli>(bundleFile);
  for (const argv of [['validate', EXAMPLE], ['--help']]) {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const io: Io = { stdout: out, stderr: out, stdin: new PassThrough(), cwd: process.cwd(), env: {} };
    const code = await cli.run(argv, io);
    if (code !== 0) throw new Error(`partnerskap ${argv.join(' ')} ga status ${code} i byggingen:\n${text}`);
  }
  writeFileSync(codeCachePath(bundleFile), script.createCachedData());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await trainAndWrite(process.argv[2]!);
