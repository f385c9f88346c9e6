/**
 * Loads a CommonJS bundle through V8 with the code cache made for it at build time
 * (src/build/code-cache.ts), so a short command such as `validate` skips most parsing and
 * compiling of its code: Node 20 keeps no compiled code between runs (module.enableCompileCache
 * is Node 22). V8 checks a cache before it uses one (its version, its flags, the source's length)
 * and compiles the source as usual when the cache does not fit; a missing cache does the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The cache of `file` for this V8 and architecture: another Node finds none and compiles. */
export const codeCachePath = (file: string): string => `${file.replace(/\.js$/, '')}-${process.arch}-v8-${process.versions.v8}.cache`;

/**
 * Node's own CommonJS wrapper, so the bundle sees `require`, `module` and `__filename` as usual.
 * The build writes the bundle wrapped (src/build/bundle.ts), so V8 compiles the file's text as it
 * was read, without a second copy of it made here.
 */
export const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

export interface LoadedBundle<T> {
  exports: T;
  /** The compiled script, for making a cache of it after a run. */
  script: Script;
  /** True when a cache was found but V8 refused it. */
  cacheRejected: boolean;
}

/** Runs the bundle `file`, a CommonJS module in {@link wrap} (with the code cache `cacheFile` when it fits), and returns its exports. */
export function loadBundle<T>(file: string, cacheFile = codeCachePath(file)): LoadedBundle<T> {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache for this Node: compile.
  }
  // ASCII (the build fails otherwise): read as Latin-1, the same text without UTF-8 decoding.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}
