import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

export const MIGRATE_FIXTURES = join(ROOT, 'test', 'fixtures', 'migrate');
export const OLD_DOCX = join(ROOT, 'test', 'fixtures', 'format-1.0', 'partnerskapsavtale-nav-bodo-1.0.docx');

/** Every 1.0 fixture with the 2.0 file it must become. */
export const PAIRS = readdirSync(MIGRATE_FIXTURES)
  .filter((n) => /\.1\.0\.(yaml|json)$/.test(n))
  .sort()
  .map((n) => ({ name: n, input: join(MIGRATE_FIXTURES, n), expected: join(MIGRATE_FIXTURES, n.replace('.1.0.', '.2.0.')), json: n.endsWith('.json') }));

export const read = (path: string): string => readFileSync(path, 'utf8');
