/* global process, console */
/**
 * `npm run golden:update`: rewrites the golden files from the built command. Review the change
 * with `git diff test/golden` before committing. A case whose exit code differs from cases.json,
 * or that writes to stderr, is a behaviour change rather than a wording change: nothing is
 * written for it and the script fails.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, GOLDEN, runCase } from './run-case.mjs';

let failed = 0;
for (const c of cases()) {
  const r = runCase(c);
  if (r.code !== c.code || r.stderr !== '') {
    console.error(`${c.file}: partnerskap ${c.args.join(' ')} ga kode ${r.code} (ventet ${c.code})${r.stderr ? `:\n${r.stderr}` : ''}`);
    failed++;
    continue;
  }
  writeFileSync(join(GOLDEN, c.file), r.stdout);
  console.log(`skrev test/golden/${c.file}`);
}
process.exitCode = failed ? 1 : 0;
