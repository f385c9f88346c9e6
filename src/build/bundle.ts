/**
 * Bundles the compiled CLI (dist/) with its dependencies into dist/bundle/ with esbuild, as
 * CommonJS (dist/bundle/package.json says so; Node starts a CommonJS file sooner than an ES
 * module, and Node 20 keeps no compiled code for ES modules):
 * - cli.js: what `validate` and `--help` run (the program, reading and checking agreement files)
 *   with the small packages they use, and nothing more, so the short commands read, and load the
 *   code cache of, only that;
 * - cli-rest.js: every other module the commands load, loaded by the first command that needs one
 *   (see splitCli below);
 * - partnerskap.js: the launcher `npx partnerskap` runs; it loads cli.js (written inside Node's
 *   CommonJS wrapper, see finishCli) with the V8 code cache made after bundling
 *   (src/build/code-cache.ts);
 * - vendor/<package>.js: each large package only some commands use, loaded when first needed;
 * - generate-worker.js: what piscina's worker threads load for `generate --jobs`.
 * The bundle sits two folders deep like src/<stage>/, so the `../../templates`, `../../schemas`
 * and `../../guide` paths the modules use resolve the same from src/, dist/<stage>/ and dist/bundle/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { wrap } from '../cli/code-cache.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = `${ROOT}dist/`;
export const BUNDLE_DIR = `${DIST}bundle/`;

/** Bundled once each, into vendor/, so the process has one copy of each. */
const VENDOR = ['ajv', 'docxtemplater', 'pizzip', '@xmldom/xmldom', 'pdf-lib', 'marked', 'yaml', 'diff', '@inquirer/prompts'];
const vendorName = (pkg: string) => pkg.replace('/', '+');

/**
 * The modules cli.js loads lazily itself (import()) rather than from cli-rest.js: the command
 * that must start fast, and the full parser it reports problems with.
 */
const CORE_LAZY = ['dist/cli/commands/validate.js', 'dist/parse/parse.js'];

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

/** The schema the precompiled validator is compiled from (src/build/compile-validator.ts), as model/schema.ts loads it. */
const SCHEMA = 'schemas/partnerskapsavtale.schema.json';

/**
 * Ajv's standalone code carries the schema (and parts of it) as object literals
 * (`const schema11 = {…}`), which it only reads (property names, enum values). V8 keeps each
 * literal as a template in the code and builds it on load, about a fifth of the validator's size
 * and a good part of `validate`'s start-up. The same schema is loaded anyway (model/schema.ts
 * requires the JSON file), so each literal that equals a part of that file becomes a reference to
 * it; a literal that equals none stays as it is.
 */
const schemaByReference: Plugin = {
  name: 'schema-by-reference',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]validate[\\/]compiled-validator\.js$/ }, ({ path }) => {
      const paths = new Map<string, string>();
      const left: string[] = [];
      const walk = (node: unknown, at: string): void => {
        if (node === null || typeof node !== 'object') return;
        const text = JSON.stringify(node);
        if (!paths.has(text)) paths.set(text, at);
        for (const [k, v] of Object.entries(node)) walk(v, `${at}[${JSON.stringify(k)}]`);
      };
      walk(JSON.parse(readFileSync(`${ROOT}${SCHEMA}`, 'utf8')), '__schemaJson');
      const source = readFileSync(path, 'utf8').replace(/^const (schema\d+) = (\{.*\});$/gm, (line, name: string, literal: string) => {
        let at: string | undefined;
        try {
          at = paths.get(JSON.stringify(JSON.parse(literal)));
        } catch {
          // Not JSON: leave it.
        }
        if (at === undefined) left.push(name);
        return at === undefined ? line : `const ${name} = ${at};`;
      });
      if (left.length > 0) console.warn(`${path}: ${left.join(', ')} er ikke deler av ${SCHEMA} og blir stående (starter noe tregere); kjør «npm run codegen».`);
      const load = `import { createRequire as __schemaRequire } from 'node:module';\nconst __schemaJson = __schemaRequire(import.meta.url)('../../${SCHEMA}');\n`;
      return { contents: load + source, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

const COMMON: BuildOptions = {
  bundle: true,
  // Module names in the output and the metafile are paths from here (see splitCli).
  absWorkingDir: ROOT,
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
  await splitCli();
  await build({
    ...COMMON,
    entryPoints: { 'generate-worker': `${DIST}cli/generate-worker.js`, partnerskap: `${DIST}cli/bin.js` },
    outdir: BUNDLE_DIR,
    plugins: [vendorExternal('./vendor/'), lazyChildProcess, schemaByReference],
  });
  finishCli(`${BUNDLE_DIR}cli.js`);
}

/** A module's name in the tables the two halves share: its path from the project folder. */
const keyOf = (path: string) => relative(ROOT, path);
/** The modules of our own and of packages in a build, by key (the plugins' stand-ins left out). */
const modulesOf = (meta: Metafile) => Object.keys(meta.inputs).filter((k) => !k.includes(':'));

/**
 * A stand-in for a module the other half has, so the importer gets that module itself (its one
 * instance; `lookup` is the code that reaches it). A CommonJS module's stand-in is its
 * module.exports, as esbuild gives it. An ES module comes across as esbuild's CommonJS view of it
 * (marked __esModule), which its stand-in turns back into an ES module: `export *` for the named
 * exports (live, as imports are), and the default export, which is what a default import of a
 * marked CommonJS module gives.
 */
function standIns(namespace: string, isModule: (key: string) => 'esm' | 'cjs' | undefined, lookup: (key: string) => string): Plugin {
  return {
    name: `stand-in-${namespace}`,
    setup(b) {
      b.onLoad({ filter: /.*/, namespace }, ({ path }) => ({
        contents: isModule(path) === 'esm' ? `import m from ${JSON.stringify(`${namespace}-raw:${path}`)}; export * from ${JSON.stringify(`${namespace}-raw:${path}`)}; export default m;` : `module.exports = ${lookup(path)};`,
        loader: 'js',
      }));
      b.onResolve({ filter: /^\.\/cli-rest\.js$/ }, ({ path }) => ({ path, external: true }));
      b.onResolve({ filter: new RegExp(`^${namespace}-raw:`) }, ({ path }) => ({ path: path.slice(namespace.length + 5), namespace: `${namespace}-raw` }));
      b.onLoad({ filter: /.*/, namespace: `${namespace}-raw` }, ({ path }) => ({ contents: `module.exports = ${lookup(path)};`, loader: 'js' }));
    },
  };
}

/**
 * Sends the imports `choose` picks to a stand-in module in `namespace` (after esbuild's own
 * resolution, so the key is the file's path).
 */
function redirect(namespace: string, choose: (key: string, kind: string) => boolean): Plugin {
  return {
    name: `redirect-${namespace}`,
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === namespace || args.namespace !== 'file') return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: namespace });
        if (r.errors.length > 0 || r.external || r.namespace !== 'file') return undefined;
        const key = keyOf(r.path);
        return choose(key, args.kind) ? { path: key, namespace } : undefined;
      });
    },
  };
}

/**
 * cli.js and cli-rest.js, with every module in exactly one of them (one CliError class, one cache
 * per module, as in the unbundled program). esbuild splits no CommonJS output, so:
 * 1. cli.js is bundled from the entry, with each import() of a module outside CORE_LAZY given to
 *    a stand-in that takes the module from cli-rest.js;
 * 2. cli-rest.js is bundled from those modules, with each import of a module cli.js has given to
 *    a stand-in that takes it from cli.js;
 * 3. cli.js again, now with the table of its modules cli-rest.js asked for, which cli.js hands
 *    to cli-rest.js when it loads it. A module in both halves fails the build.
 */
async function splitCli(): Promise<void> {
  /** The modules of cli.js, known after its first build. */
  let inCore = new Set<string>();
  /** The modules cli.js import()s from cli-rest.js. */
  const deferred = new Set<string>();
  /** The modules of cli.js that cli-rest.js imports. */
  const needed = new Set<string>();
  /** ES module or CommonJS, for the modules of cli-rest.js (known after its build). */
  let format = new Map<string, 'esm' | 'cjs' | undefined>();
  const table = (keys: Iterable<string>) => `{${[...keys].sort().map((k) => `${JSON.stringify(k)}: () => require(${JSON.stringify(ROOT + k)})`).join(',')}}`;
  const core = (withTable: boolean) =>
    build({
      ...COMMON,
      entryPoints: { cli: `${DIST}cli/cli-bundle.js` },
      outdir: BUNDLE_DIR,
      metafile: true,
      // Short names: 270 kB instead of 370 kB to read, hold as one string and check the cache against.
      minifyIdentifiers: true,
      write: withTable,
      plugins: [
        vendorExternal('./vendor/'),
        lazyChildProcess,
        schemaByReference,
        {
          name: 'core-entry',
          setup(b) {
            b.onResolve({ filter: /^partnerskap-core-table$/ }, () => ({ path: 'table', namespace: 'core-entry' }));
            b.onLoad({ filter: /^table$/, namespace: 'core-entry' }, () => ({ contents: `module.exports = ${table(withTable ? needed : [])};`, loader: 'js', resolveDir: ROOT }));
          },
        },
        redirect('rest', (key, kind) => {
          if (kind !== 'dynamic-import' || CORE_LAZY.includes(key) || inCore.has(key)) return false;
          deferred.add(key);
          return true;
        }),
        standIns('rest', (key) => format.get(key), (key) => `require('./cli-rest.js').load(${JSON.stringify(key)}, require('partnerskap-core-table'))`),
      ],
    });
  const first = await core(false);
  // A module cli.js has all the same (imported as well as import()ed) stays there in the second build.
  inCore = new Set(modulesOf(first.metafile));
  for (const key of inCore) deferred.delete(key);
  const rest = await build({
    ...COMMON,
    entryPoints: { 'cli-rest': 'partnerskap-rest' },
    outdir: BUNDLE_DIR,
    metafile: true,
    plugins: [
      vendorExternal('./vendor/'),
      schemaByReference,
      {
        name: 'rest-entry',
        setup(b) {
          b.onResolve({ filter: /^partnerskap-rest$/ }, () => ({ path: 'rest', namespace: 'rest-entry' }));
          b.onResolve({ filter: /^partnerskap-rest-link$/ }, () => ({ path: 'link', namespace: 'rest-entry' }));
          b.onLoad({ filter: /^rest$/, namespace: 'rest-entry' }, () => ({
            contents: `const link = require('partnerskap-rest-link'); const modules = ${table(deferred)}; exports.load = (key, core) => { link.core ??= core; return modules[key](); };`,
            loader: 'js',
            resolveDir: ROOT,
          }));
          b.onLoad({ filter: /^link$/, namespace: 'rest-entry' }, () => ({ contents: 'exports.core = undefined;', loader: 'js' }));
        },
      },
      redirect('core', (key) => {
        if (!inCore.has(key)) return false;
        needed.add(key);
        return true;
      }),
      standIns('core', (key) => first.metafile.inputs[key]?.format, (key) => `require('partnerskap-rest-link').core[${JSON.stringify(key)}]()`),
    ],
  });
  format = new Map(Object.entries(rest.metafile.inputs).map(([k, v]) => [k, v.format]));
  const second = await core(true);
  const both = modulesOf(second.metafile).filter((k) => k in rest.metafile.inputs);
  if (both.length > 0) throw new Error(`Moduler i både cli.js og cli-rest.js: ${both.join(', ')}`);
  const missing = [...deferred].filter((k) => !(k in rest.metafile.inputs));
  if (missing.length > 0) throw new Error(`Moduler som mangler i cli-rest.js: ${missing.join(', ')}`);
}

/** A regular expression literal where one can start, with at least one non-ASCII character in it. */
const NON_ASCII_REGEXP = /(?<=[(,=:[!&|?{};]\s*)\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])*[^\x00-\x7f](?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])*\/[dgimsuvy]*/g;

/**
 * esbuild writes non-ASCII characters as \u escapes everywhere but in regular expression
 * literals (/æ/g). One such character makes V8 hold all of cli.js as a two-byte string: twice the
 * memory, slower to read, and a garbage collection more at start-up (about 4 ms). In a literal,
 * \uXXXX means the same UTF-16 code unit, with or without the u flag. The launcher reads the
 * file as Latin-1, so a non-ASCII character left anywhere else fails the build.
 * The file is then written in the wrapper the launcher runs it in (src/cli/code-cache.ts).
 */
function finishCli(file: string): void {
  const escaped = readFileSync(file, 'utf8').replace(NON_ASCII_REGEXP, (literal) => literal.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const at = escaped.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`${file}: tegn utenfor ASCII ved posisjon ${at} («${escaped.slice(Math.max(0, at - 40), at + 40)}»); oppstarten leser filen som Latin-1.`);
  writeFileSync(file, wrap(escaped));
}
