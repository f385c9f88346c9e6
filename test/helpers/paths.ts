import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Agreement } from '../../src/model/agreement.js';

/** The repository root; fileURLToPath so a clone in a folder with spaces or æøå works too. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
/** Every example in examples/ (not the revision under examples/revisjoner). */
export const EXAMPLE_FILES = ['nav-bodo.yaml', 'nav-hallingdal.yaml', 'nav-indre-salten.yaml', 'nav-lofoten.yaml', 'nav-ostensjo.yaml', 'nav-sogndal.yaml'];
/** The project's own test tools (ooxml-validate, lo-check): everything a test runs lives in the repository. */
export const TEST_TOOLS = join(ROOT, 'test', 'tools');
/** Reference texts the fidelity tests compare against (see test/fixtures/reference/README.md). */
export const REFERENCE_TEXTS = join(ROOT, 'test', 'fixtures', 'reference');

const made = new Set<string>();

/**
 * A fresh temporary folder. It is removed after the test file (test/helpers/setup.ts), and the
 * run fails if anything is left in the temp folder (test/helpers/global-setup.ts).
 */
export function tempDir(prefix = 'partnerskap-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/** A fresh copy of an example's data, to mutate in a test. */
export function example(name = 'nav-indre-salten.yaml'): Agreement {
  return parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Agreement;
}
