import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { program } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

/** The commands as registered in main.ts, so a command added later is checked too. */
function commandNames(): string[] {
  const io: Io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), cwd: tempDir(), env: {} };
  return program(io, () => undefined).commands.map((c) => c.name());
}

const ENGLISH = /\b(options|choices|default|usage|arguments|commands)\b/i;

describe('--help is Norwegian throughout', () => {
  const names = commandNames();

  it('finds the commands', () => {
    expect(names).toEqual(expect.arrayContaining(['generate', 'validate', 'guide', 'wizard', 'extract', 'diff', 'audit']));
  });

  for (const argv of [['--help'], ['help'], ...names.flatMap((n) => [[n, '--help'], ['help', n]])]) {
    it(`partnerskap ${argv.join(' ')}`, async () => {
      const r = await runCli(argv, { cwd: tempDir() });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Bruk: partnerskap/);
      expect(r.stdout).not.toMatch(ENGLISH);
    });
  }

  it('names the choices and the default of --format in Norwegian', async () => {
    const r = await runCli(['guide', '--help'], { cwd: tempDir() });
    // Commander wraps long lines; compare the words, not the layout.
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('(valg: "docx", "html", "md", standard: "docx")');
  });
});
