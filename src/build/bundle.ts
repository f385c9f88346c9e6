/**
 * Bundles the compiled CLI (dist/) with its dependencies into dist/bundle/ with esbuild: one file
 * per command, loaded only when that command runs. Loading a few bundled files instead of
 * hundreds of modules is most of a short command's start-up time. The bundle sits two folders
 * deep like src/<stage>/, so the `../../templates`, `../../schemas` and `../../guide` paths the
 * modules use resolve the same from src/, dist/<stage>/ and dist/bundle/.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const DIST = new URL('../../dist/', import.meta.url).pathname;

export async function bundleCli(): Promise<void> {
  // Chunk names carry content hashes: clear the old ones.
  rmSync(`${DIST}bundle`, { recursive: true, force: true });
  await build({
    entryPoints: { partnerskap: `${DIST}cli/bin.js`, 'generate-worker': `${DIST}cli/generate-worker.js` },
    outdir: `${DIST}bundle`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    // CommonJS dependencies call require(); give the ESM bundle a real one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // Piscina runs its own worker script, which loads dist/bundle/generate-worker.js.
    external: ['piscina'],
    logLevel: 'warning',
  });
}
