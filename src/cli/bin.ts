#!/usr/bin/env node
/**
 * The installed command (dist/bundle/partnerskap.js): a small CommonJS launcher that runs the
 * bundled CLI (cli.js beside it) with its V8 code cache. See src/build/bundle.ts.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { loadBundle } from './code-cache.js';

type Cli = typeof import('./cli-bundle.js');

/**
 * V8's default makes a function that has run some 66 kB of bytecode «hot» and optimises it on a
 * background thread, and Node waits for that thread before the process ends: reading one 10 kB
 * agreement made the YAML reader hot, and `validate` then waited 10–13 ms for an optimisation it
 * never used. Four times the budget leaves a single file's run to the interpreter, while a long run
 * (a folder of 357 agreements) still gets its hot code optimised (measured: 0.45 s against 0.44 s).
 * Set after the bundle is compiled: V8 checks its code cache against the flags it was made with.
 */
const LONGER_BUDGET = '--interrupt-budget=270336';

const { run, processIo } = loadBundle<Cli>(fileURLToPath(new URL('./cli.js', import.meta.url))).exports;
const io = processIo();
setFlagsFromString(LONGER_BUDGET);
// run() returns once everything written has reached stdout and stderr (see guardOutput) and
// nothing else is under way: end there, without tearing down what the process built (2–3 ms).
void run(process.argv.slice(2), io).then((code) => process.exit(code));
