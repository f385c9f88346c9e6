import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Agreement } from '../../src/model/agreement.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const EXAMPLES = join(ROOT, 'examples');
export const EXAMPLE_FILES = ['nav-bodo.yaml', 'nav-indre-salten.yaml'];
export const SHARED_TOOLS = join(ROOT, '..', 'shared', 'tools');

export function tempDir(prefix = 'partnerskap-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh copy of an example's data, to mutate in a test. */
export function example(name = 'nav-indre-salten.yaml'): Agreement {
  return parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Agreement;
}
