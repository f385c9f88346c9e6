/**
 * Bundles the compiled CLI (dist/) with its dependencies into dist/bundle/ with esbuild, as
 * CommonJS (dist/bundle/package.json says so; Node starts a CommonJS file sooner than an ES
 * module, and Node 20 keeps no compiled code for ES modules):
 * - cli.js: all of the CLI's own code with the small packages every command uses; each command's
 *   modules run only when that command does;
 * - partnerskap.js: the launcher `npx partnerskap` runs; it loads cli.js with the V8 code cache
 *   made after bundling (src/build/code-cache.ts);
 * - vendor/<package>.js: each large package only some commands use, loaded when first needed, so
 *   cli.js and its cache stay small for the short commands;
 * - generate-worker.js: what piscina's worker threads load for `generate --jobs`.
 * The bundle sits two folders deep like src/<stage>/, so the `../../templates`, `../../schemas`
 * and `../../guide` paths the modules use resolve the same from src/, dist/<stage>/ and dist/bundle/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const DIST = new URL('../../dist/', import.meta.url).pathname;
export const BUNDLE_DIR = `${DIST}bundle/`;

/** Bundled once each, into vendor/, so the process has one copy of each. */
const VENDOR = ['ajv', 'docxtemplater', 'pizzip', '@xmldom/xmldom', 'pdf-lib', 'marked', 'yaml', 'diff', '@inquirer/prompts'];
const vendorName = (pkg: string) => pkg.replace('/', '+');

/** An import of a VENDOR package becomes require() of its file, `folder` seen from the importer. */
const vendorExternal = (folder: string): Plugin => ({
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.kind !== 'entry-point' && VENDOR.includes(args.path) ? { path: `${folder}${vendorName(args.path)}.js`, external: true } : undefined,
    );
  },
});

/**
 * Commander loads child_process when it loads (for subcommands that are programs of their own,
 * which this CLI has none of): give it a stand-in that loads child_process on first use, a few
 * ms off every start-up.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/node_modules\/commander\//.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let cp; module.exports = new Proxy({}, { get: (_, key) => (cp ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const COMMON: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  // The modules find files beside them from import.meta.url; in CommonJS that is __filename.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  // Piscina runs its own worker script, which loads dist/bundle/generate-worker.js.
  external: ['piscina'],
  // import() in code run through vm.Script needs a loader callback; require() needs none.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
};

export async function bundleCli(): Promise<void> {
  // Start from nothing: no file (or code cache) of an earlier build may stay.
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  writeFileSync(`${BUNDLE_DIR}package.json`, '{ "type": "commonjs" }\n');
  await build({
    ...COMMON,
    entryPoints: Object.fromEntries(VENDOR.map((pkg) => [vendorName(pkg), pkg])),
    outdir: `${BUNDLE_DIR}vendor`,
    plugins: [vendorExternal('./')],
  });
  await build({
    ...COMMON,
    entryPoints: { cli: `${DIST}cli/cli-bundle.js`, 'generate-worker': `${DIST}cli/generate-worker.js`, partnerskap: `${DIST}cli/bin.js` },
    outdir: BUNDLE_DIR,
    plugins: [vendorExternal('./vendor/'), lazyChildProcess],
  });
  asciiRegExps(`${BUNDLE_DIR}cli.js`);
}

/** A regular expression literal where one can start, with at least one non-ASCII character in it. */
const NON_ASCII_REGEXP = /(?<=[(,=:[!&|?{};]\s*)\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])*[^\x00-\x7f](?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])*\/[dgimsuvy]*/g;

/**
 * esbuild writes non-ASCII characters as \u escapes everywhere but in regular expression
 * literals (/æ/g). One such character makes V8 hold all of cli.js as a two-byte string: twice the
 * memory, slower to read, and a garbage collection more at start-up (about 4 ms). In a literal,
 * \uXXXX means the same UTF-16 code unit, with or without the u flag. When any non-ASCII
 * character is left elsewhere, the file stays as esbuild wrote it (correct, only slower).
 */
function asciiRegExps(file: string): void {
  const source = readFileSync(file, 'utf8');
  const escaped = source.replace(NON_ASCII_REGEXP, (literal) => literal.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  if (/[^\x00-\x7f]/.test(escaped)) console.warn(`${file}: ikke bare ASCII; starter noe tregere.`);
  else writeFileSync(file, escaped);
}
