/** The words of the command line: one format vocabulary, «mente du …?», hints as the README runs them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';

const BODO = join(EXAMPLES, 'nav-bodo.yaml');
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('one format vocabulary: «md» everywhere, «markdown» (any case) accepted too', () => {
  it.each([
    ['audit', ['audit', BODO, '--today', '2026-01-01']],
    ['diff', ['diff', BODO, BODO]],
  ])('%s', async (_name, args) => {
    const dir = tempDir();
    const md = await runCli([...args, '--format', 'md'], { cwd: dir });
    expect(md.stdout).toMatch(/^# /);
    for (const alias of ['markdown', 'Markdown', 'MD']) {
      const other = await runCli([...args, '--format', alias], { cwd: dir });
      expect([other.code, other.stdout]).toEqual([md.code, md.stdout]);
    }
  });

  it('guide takes «markdown» for «md» (same bytes out)', async () => {
    const a = await runCli(['guide', '--format', 'markdown', '--out', '-'], { cwd: tempDir() });
    const b = await runCli(['guide', '--format', 'md', '--out', '-'], { cwd: tempDir() });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('an unknown format names the valid ones, in Norwegian', async () => {
    const r = await runCli(['audit', BODO, '--format', 'pdf'], { cwd: tempDir() });
    expect([r.code, r.stderr]).toEqual([2, 'partnerskap: Ugyldig verdi «pdf». Gyldige verdier: text, md, html, json.\n']);
  });

  it.each(['audit', 'diff'])('%s --help lists md, not markdown', async (cmd) => {
    const r = await runCli([cmd, '--help'], { cwd: tempDir() });
    expect(oneLine(r.stdout)).toContain('(valg: "text", "md", "html", "json", standard: "text")');
  });
});

describe('«mente du …?» for a misspelt option or command, and hints as the README runs them', () => {
  it.each([
    [['generate', BODO, '--ut', 'ut'], 'partnerskap: Ukjent valg «--ut». Mente du --out? Se «npx partnerskap --help».\n'],
    [['guide', '--fro', BODO], 'partnerskap: Ukjent valg «--fro». Mente du --for? Se «npx partnerskap --help».\n'],
    [['generat', BODO], 'partnerskap: Ukjent kommando «generat». Mente du generate? Se «npx partnerskap --help» for kommandoene.\n'],
    [['audit', BODO, '--qwertyuiop'], 'partnerskap: Ukjent valg «--qwertyuiop». Se «npx partnerskap --help».\n'],
  ])('%j', async (argv, says) => {
    const r = await runCli(argv, { cwd: tempDir() });
    expect([r.code, r.stderr, r.stdout]).toEqual([2, says, '']);
  });

  it.each(['generate', 'validate'])('%s --help says that .docx and - are accepted', async (cmd) => {
    const help = oneLine((await runCli([cmd, '--help'], { cwd: tempDir() })).stdout);
    expect(help).toContain('dokumenter laget av partnerskap (.docx)');
    expect(help).toContain('eller - for standard inn');
  });
});
