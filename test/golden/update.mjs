/* global process, console */
/**
 * `npm run golden:update`: rewrites the golden files from the built command, and the table of
 * rules in README.md from the built registry (dist/audit/rule-table.js). Review the change
 * with `git diff test/golden README.md` before committing. A case whose exit code differs from cases.json,
 * or that writes to stderr, is a behaviour change rather than a wording change: nothing is
 * written for it and the script fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTableMarkdown, withRuleTable } from '../../dist/audit/rule-table.js';
import { cases, GOLDEN, ROOT, runCase } from './run-case.mjs';

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
// The README's table of rules and their sources (test/audit/rule-table.test.ts keeps it in sync).
const readmePath = join(ROOT, 'README.md');
const readme = withRuleTable(readFileSync(readmePath, 'utf8'), ruleTableMarkdown());
if (readme === undefined) {
  console.error('README.md: fant ikke merkene rundt regeltabellen');
  failed++;
} else {
  writeFileSync(readmePath, readme);
  console.log('skrev regeltabellen i README.md');
}
process.exitCode = failed ? 1 : 0;
