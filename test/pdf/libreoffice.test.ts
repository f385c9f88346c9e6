/**
 * LibreOffice as a runtime component: missing (exit 2, how to install it, nothing written),
 * failing, or hanging — simulated with an empty PATH and small stand-in scripts.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToPdf, findSoffice } from '../../src/cli/libreoffice.js';
import { CliError } from '../../src/cli/io.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { LO_ENV } from './helpers.js';

const YAML = join(EXAMPLES, 'nav-bodo.yaml');
const NEWER = join(EXAMPLES, 'revisjoner', 'nav-indre-salten-2028.yaml');

/** A stand-in soffice: a shell script with `body`, which may write its arguments to `args.txt`. */
function fakeSoffice(dir: string, body: string): string {
  const path = join(dir, 'soffice');
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > '${join(dir, 'args.txt')}'\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** The process has ended: no longer there, or a zombie its (container's) init has not reaped yet. */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').startsWith('Z');
  } catch {
    return true;
  }
}

describe('without LibreOffice', () => {
  const runs: [string, string[]][] = [
    ['generate', ['generate', YAML, '--out', 'ut', '--pdf']],
    ['guide', ['guide', '--out', 'ut/veileder.docx', '--pdf']],
    ['diff --redline', ['diff', join(EXAMPLES, 'nav-indre-salten.yaml'), NEWER, '--redline', 'ut/r.docx', '--pdf']],
  ];
  for (const [name, argv] of runs)
    it(`${name} --pdf says how to install it, exits 2 and writes nothing (empty PATH)`, async () => {
      const dir = tempDir();
      const r = await runCli(argv, { cwd: dir, env: { PATH: '' } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('apt-get install libreoffice-writer-nogui');
      expect(r.stderr).toContain('libreoffice.org');
      expect(readdirSync(dir)).toEqual([]);
    });

  it('a PARTNERSKAP_SOFFICE that is not there is named in the message', async () => {
    const dir = tempDir();
    const r = await runCli(['generate', YAML, '--out', 'ut', '--pdf'], { cwd: dir, env: { ...LO_ENV, PARTNERSKAP_SOFFICE: '/finnes/ikke/soffice' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«/finnes/ikke/soffice» (fra PARTNERSKAP_SOFFICE) finnes ikke');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('findSoffice looks on PATH and nowhere else on Linux', () => {
    const dir = tempDir();
    const fake = fakeSoffice(dir, 'exit 0');
    expect(findSoffice({ PATH: `/finnes/ikke:${dir}` })).toBe(fake);
    expect(findSoffice({ PATH: '' })).toBeUndefined();
    expect(findSoffice({})).toBeUndefined();
  });
});

describe('when LibreOffice fails', () => {
  it('a failing conversion is exit 2 with what LibreOffice said; nothing is written and its temp folder is gone', async () => {
    const dir = tempDir();
    const fake = fakeSoffice(dir, 'echo "Error: source file could not be loaded" >&2; exit 1');
    const r = await runCli(['generate', YAML, '--out', 'ut', '--pdf'], { cwd: dir, env: { PARTNERSKAP_SOFFICE: fake } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kunne ikke lage PDF');
    expect(r.stderr).toContain('source file could not be loaded');
    expect(existsSync(join(dir, 'ut'))).toBe(false);
    // It ran with a private profile in a temp folder, removed afterwards.
    const args = readFileSync(join(dir, 'args.txt'), 'utf8').split('\n');
    const profile = args.find((a) => a.startsWith('-env:UserInstallation=file://'))!;
    expect(profile).toBeDefined();
    expect(args).toContain('--headless');
    expect(args.some((a) => a.startsWith('pdf:writer_pdf_Export:{') && a.includes('"SelectPdfVersion":{"type":"long","value":"3"}') && a.includes('UseTaggedPDF'))).toBe(true);
    expect(existsSync(decodeURIComponent(new URL(profile.slice('-env:UserInstallation='.length)).pathname))).toBe(false);
  });

  it('a conversion that hangs is stopped at the time limit, with its child processes', async () => {
    const dir = tempDir();
    const fake = fakeSoffice(dir, `sleep 30 & echo $! > '${join(dir, 'child.pid')}'; wait`);
    const started = Date.now();
    const err = await convertToPdf(fake, [{ name: 'avtale.docx', docx: Buffer.from('x') }], {}, 1000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toContain('ble ikke ferdig');
    expect((err as CliError).exitCode).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(gone(child)).toBe(true);
  });

  it('a soffice that writes no PDF is an error, not an empty file', async () => {
    const dir = tempDir();
    const fake = fakeSoffice(dir, 'exit 0');
    const r = await runCli(['guide', '--out', 'v.docx', '--pdf'], { cwd: dir, env: { PARTNERSKAP_SOFFICE: fake } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kunne ikke lage PDF av «v.docx»');
    expect(readdirSync(dir).sort()).toEqual(['args.txt', 'soffice']);
  });
});

describe('an old LibreOffice', () => {
  it('that ignores the PDF/A options (before 7.4) is an error, not a plain PDF passed off as PDF/A', async () => {
    const dir = tempDir();
    // Writes a plain PDF where LibreOffice would, into the folder after --outdir.
    const fake = fakeSoffice(dir, 'while [ "$1" != "--outdir" ]; do shift; done; mkdir -p "$2"; printf "%%PDF-1.4\\n%%%%EOF\\n" > "$2/dokument1.pdf"');
    const r = await runCli(['guide', '--out', 'v.docx', '--pdf'], { cwd: dir, env: { PARTNERSKAP_SOFFICE: fake } });
    expect(r.stderr).toContain('ikke PDF/A-3');
    expect(r.stderr).toContain('7.4 eller nyere');
    expect(r.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['args.txt', 'soffice']);
  });
});

describe('--pdf where it does not apply', () => {
  it('guide --format md --pdf and diff --pdf without --redline are usage errors', async () => {
    const dir = tempDir();
    const md = await runCli(['guide', '--format', 'md', '--pdf'], { cwd: dir, env: LO_ENV });
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('--format docx');
    const diff = await runCli(['diff', YAML, YAML, '--pdf'], { cwd: dir, env: LO_ENV });
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('--redline');
    expect(readdirSync(dir)).toEqual([]);
  });
});
