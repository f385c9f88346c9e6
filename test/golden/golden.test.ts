/**
 * The text outputs of `audit` and `diff`, compared with reviewed, committed files (test/golden).
 * A mismatch shows a unified diff; after an intended change, `npm run golden:update` rewrites the
 * files and `git diff test/golden` shows what changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../cli/helpers/bundle.js';
import { cases, GOLDEN, runCase } from './run-case.mjs';

beforeAll(ensureBundle, 300_000);

describe('golden files', () => {
  for (const c of cases()) {
    it(`partnerskap ${c.args.join(' ')} → test/golden/${c.file}`, () => {
      const r = runCase(c);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(c.code);
      const expected = readFileSync(join(GOLDEN, c.file), 'utf8');
      if (r.stdout !== expected) {
        const patch = createTwoFilesPatch(`test/golden/${c.file}`, `partnerskap ${c.args.join(' ')}`, expected, r.stdout, '', '', { context: 2 });
        throw new Error(`Utdata avviker fra test/golden/${c.file} (oppdater med npm run golden:update hvis endringen er tilsiktet):\n${patch}`);
      }
    });
  }
});
