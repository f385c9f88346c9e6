/** What dist/bundle/cli.js exports to its launcher (bin.ts) and to the build that makes its code cache. */
export { run } from './main.js';
export { processIo } from './io.js';
