import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Agreement } from '../../src/model/agreement.js';
import { runCli } from '../helpers/cli.js';
import { cases, type Mutable } from '../helpers/bad-inputs.js';
import { example, tempDir } from '../helpers/paths.js';

describe('bad input: a Norwegian message naming the field, an exit code, no stack trace, nothing written', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  for (const c of cases) {
    it(c.it, async () => {
      const dir = tempDir();
      const out = join(dir, 'ut');
      let input: string;
      if (c.setup) input = c.setup(dir);
      else {
        input = join(dir, c.file ?? 'avtale.yaml');
        let content = c.content;
        if (c.mutate) {
          const data = example() as unknown as Mutable;
          c.mutate(data);
          content = stringify(data as Agreement);
        }
        writeFileSync(input, content ?? '');
      }
      for (const command of ['generate', 'validate']) {
        const args = command === 'generate' ? [command, input, '--out', out] : [command, input];
        const r = await runCli(args, { cwd: dir });
        expect(r.code, r.stderr).toBe(c.exit);
        for (const s of c.says) expect(r.stderr).toMatch(typeof s === 'string' ? new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : s);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
        expect(r.stderr).not.toMatch(/intern feil/);
        // No English from the YAML parser or from Ajv.
        expect(r.stderr).not.toMatch(/\b(must|Missing|Unexpected|Implicit|allowed|indicator|should)\b/);
        expect(r.stdout).toBe('');
      }
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });
  }
});
