#!/usr/bin/env node
/**
 * The installed command (dist/bundle/partnerskap.js): a small CommonJS launcher that runs the
 * bundled CLI (cli.js beside it) with its V8 code cache. See src/build/bundle.ts.
 */
import { fileURLToPath } from 'node:url';
import { loadBundle } from './code-cache.js';

type Cli = typeof import('./cli-bundle.js');

const { run, processIo } = loadBundle<Cli>(fileURLToPath(new URL('./cli.js', import.meta.url))).exports;
void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
