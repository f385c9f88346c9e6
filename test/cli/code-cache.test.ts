/**
 * The shipped launcher loads dist/bundle/cli.js with the V8 code cache made at build time. These
 * check that V8 accepts that cache, and that a cache that does not fit (another Node, a damaged
 * file) is refused and the CLI still runs, compiled as usual. Each case runs in a fresh Node
 * process, as the launcher does. (How much faster it starts is `npm run bench`'s business.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeCachePath } from '../../src/cli/code-cache.js';
import { EXAMPLES, ROOT, tempDir } from '../helpers/paths.js';
import { ensureBundle } from './helpers/bundle.js';

const CLI = join(ROOT, 'dist', 'bundle', 'cli.js');

/** Loads the bundle with `cacheFile` (the built one when undefined), runs `validate` of an example; what came of it. */
function loadAndValidate(cacheFile?: string): { cacheRejected: boolean; code: number; out: string } {
  const script = `
    import { PassThrough } from 'node:stream';
    const { codeCachePath, loadBundle } = await import(${JSON.stringify(join(ROOT, 'dist/cli/code-cache.js'))});
    const file = ${JSON.stringify(CLI)};
    const { exports: cli, cacheRejected } = loadBundle(file, ${cacheFile === undefined ? 'codeCachePath(file)' : JSON.stringify(cacheFile)});
    const sink = new PassThrough(); let out = ''; sink.on('data', (c) => (out += c));
    const code = await cli.run(['validate', 'nav-bodo.yaml'], { stdout: sink, stderr: sink, stdin: new PassThrough(), cwd: ${JSON.stringify(EXAMPLES)}, env: {} });
    console.log(JSON.stringify({ cacheRejected, code, out }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { cacheRejected: boolean; code: number; out: string };
}

beforeAll(async () => {
  await ensureBundle();
}, 300_000);

describe('the code cache of the shipped CLI', () => {
  it('is built for this Node, and V8 accepts it', () => {
    expect(existsSync(codeCachePath(CLI))).toBe(true);
    expect(loadAndValidate()).toEqual({ cacheRejected: false, code: 0, out: 'nav-bodo.yaml: gyldig\n' });
  });

  it('that does not fit is refused, and the CLI runs all the same', () => {
    const dir = tempDir('partnerskap-code-cache-');
    const garbage = join(dir, 'skadet.cache');
    writeFileSync(garbage, Buffer.alloc(4096, 7));
    const otherSource = join(dir, 'annen-kode.cache');
    writeFileSync(otherSource, new Script('"en annen kode"').createCachedData());
    for (const cache of [garbage, otherSource]) expect(loadAndValidate(cache), cache).toEqual({ cacheRejected: true, code: 0, out: 'nav-bodo.yaml: gyldig\n' });
  });

  it('that is missing: the CLI compiles and runs', () => {
    expect(loadAndValidate(join(tempDir('partnerskap-code-cache-'), 'finnes-ikke.cache'))).toEqual({ cacheRejected: false, code: 0, out: 'nav-bodo.yaml: gyldig\n' });
  });
});
