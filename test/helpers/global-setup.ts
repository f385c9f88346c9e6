/**
 * vitest globalSetup: the whole run gets a fresh, empty temp folder (TMPDIR, which os.tmpdir(),
 * Python's tempfile and LibreOffice all honour, and which the test workers and every process they
 * start inherit). At the end it must be empty again: anything left means a test did not clean up,
 * and the run fails (exit code 1) with the names. Other processes on the machine never write there.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'partnerskap-testrun-'));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(dir);
    rmSync(dir, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest only reports an error thrown here; the exit code must say it too.
    process.exitCode = 1;
    throw new Error(`Testene etterlot ${left.length} midlertidige filer eller mapper: ${left.sort().slice(0, 20).join(', ')}${left.length > 20 ? ' …' : ''}`);
  };
}
