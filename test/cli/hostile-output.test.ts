/**
 * The output side and standard input under hostile conditions, through the shipped bundle with
 * real pipes, files and shells: a write cut short, special files as targets, slow, large and
 * endless standard input, standard output that is full or closed, and «-» where it cannot work.
 * Every case checks the exit code, a Norwegian message without a stack trace, and what is on disk
 * afterwards: nothing written, or everything — never part of a file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, tempDir } from '../helpers/paths.js';
import { BUNDLE, ensureBundle } from './helpers/bundle.js';

const BODO = join(EXAMPLES, 'nav-bodo.yaml');
const SALTEN = join(EXAMPLES, 'nav-indre-salten.yaml');
/** The same office two years on: a diff with changes and no «different offices» warning. */
const REVISED = join(EXAMPLES, 'revisjoner', 'nav-indre-salten-2028.yaml');
const DOC = 'partnerskapsavtale-nav-bodo.docx';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `script` with sh in `dir`; `cli` is the shipped command. `closedStdout`: the reading end of
 * standard output is closed before the command writes anything (as `| head` does once it has read
 * enough), so its first write meets EPIPE.
 */
function sh(script: string, dir: string, opts: { closedStdout?: boolean } = {}): Promise<Run> {
  return new Promise((done, failed) => {
    const child = spawn('sh', ['-c', `cli() { "$NODE" "$BUNDLE" "$@"; }\n${script}`], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', NODE: process.execPath, BUNDLE, BODO, SALTEN, REVISED },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = { stdout: '', stderr: '' };
    if (opts.closedStdout) child.stdout.destroy();
    else child.stdout.on('data', (c: Buffer) => (out.stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out.stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', failed);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, ...out });
    });
  });
}

/** Every file under `dir` with its kind and size, so «nothing written» and «all written» are exact. */
function listing(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = lstatSync(join(dir, name));
    all[name] = st.isSymbolicLink() ? 'lenke' : st.isDirectory() ? 'mappe' : st.isFIFO() ? 'fifo' : st.isFile() ? 'fil' : 'annet';
  }
  return all;
}

const isZip = (path: string) => readFileSync(path).subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));

/** A valid agreement over 64 kB (one pipe buffer): the example with a long comment. */
const LARGE = readFileSync(BODO, 'utf8') + `# ${'Notat fra forhandlingene. '.repeat(4000)}\n`;

interface Case {
  it: string;
  /** Files to make in the fresh folder first. */
  setup?: (dir: string) => void;
  script: string;
  closedStdout?: boolean;
  exit: number;
  /** What stderr must say (Norwegian); undefined: stderr is empty. */
  says?: RegExp;
  /** What stdout must be; undefined: empty. */
  stdout?: RegExp;
  /** The folder afterwards: exactly these entries (nothing else written, no temp file). */
  files: Record<string, string>;
  /** Further checks of what is on disk. */
  then?: (dir: string) => void;
}

const cases: Case[] = [
  {
    it: 'short write (a file-size limit of a few kB): a new .docx is not written at all',
    script: 'ulimit -f 8 && cli guide --out g.docx',
    exit: 2,
    says: /^partnerskap: Kan ikke skrive «g\.docx»: filen ble større enn filsystemet eller grensen for filstørrelse tillater\. .*Ingenting ble skrevet til «g\.docx»\.\n$/,
    files: {},
  },
  {
    it: 'short write over an existing file with --force: the old file is untouched',
    setup: (d) => writeFileSync(join(d, 'g.docx'), 'det gamle dokumentet'),
    script: 'ulimit -f 8 && cli guide --out g.docx --force',
    exit: 2,
    says: /Kan ikke skrive «g\.docx»: filen ble større/,
    files: { 'g.docx': 'fil' },
    then: (d) => expect(readFileSync(join(d, 'g.docx'), 'utf8')).toBe('det gamle dokumentet'),
  },
  {
    it: 'short write in generate: neither document (they are renamed into place only when both are whole), no path printed',
    script: 'ulimit -f 8 && cli generate "$BODO" --out ut',
    exit: 2,
    says: /^Kan ikke skrive «ut\/(partnerskapsavtale|veileder)-nav-bodo\.docx»: filen ble større/,
    files: { ut: 'mappe' },
  },
  {
    it: '/dev/null as the target, with --force: refused, the device stays',
    script: 'cli guide --format md --out /dev/null --force',
    exit: 2,
    says: /^partnerskap: Kan ikke skrive «\/dev\/null»: det er en enhetsfil, ikke en vanlig fil, og blir ikke erstattet, heller ikke med --force\./,
    files: {},
    then: () => expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true),
  },
  {
    it: 'a FIFO as the target, with --force: refused at once, not hanging on it',
    setup: (d) => execFileSync('mkfifo', [join(d, 'rør.md')]),
    script: 'cli guide --format md --out rør.md --force',
    exit: 2,
    says: /Kan ikke skrive «rør\.md»: det er et navngitt rør \(FIFO\), ikke en vanlig fil/,
    files: { 'rør.md': 'fifo' },
  },
  {
    it: 'a folder as the redline target, with --force: refused',
    setup: (d) => mkdirSync(join(d, 'r.docx')),
    script: 'cli diff "$BODO" "$BODO" --redline r.docx --force',
    exit: 2,
    says: /Kan ikke skrive «r\.docx»: det er en mappe, ikke en vanlig fil/,
    files: { 'r.docx': 'mappe' },
  },
  {
    it: 'generate where the guide\'s name is a FIFO: refused before the agreement is written either',
    setup: (d) => {
      mkdirSync(join(d, 'ut'));
      execFileSync('mkfifo', [join(d, 'ut', 'veileder-nav-bodo.docx')]);
    },
    script: 'cli generate "$BODO" --out ut --force',
    exit: 2,
    says: /Kan ikke skrive «ut\/veileder-nav-bodo\.docx»: det er et navngitt rør \(FIFO\)/,
    files: { ut: 'mappe', [join('ut', 'veileder-nav-bodo.docx')]: 'fifo' },
  },
  {
    it: 'a symlink without --force: not replaced',
    setup: (d) => {
      writeFileSync(join(d, 'mål.md'), 'målet');
      symlinkSync('mål.md', join(d, 'lenke.md'));
    },
    script: 'cli guide --format md --out lenke.md',
    exit: 2,
    says: /^partnerskap: lenke\.md finnes fra før og ble ikke overskrevet\. Bruk --force/,
    files: { 'mål.md': 'fil', 'lenke.md': 'lenke' },
  },
  {
    it: 'a symlink with --force: the link is replaced by the whole guide, its target untouched',
    setup: (d) => {
      writeFileSync(join(d, 'mål.md'), 'målet');
      symlinkSync('mål.md', join(d, 'lenke.md'));
    },
    script: 'cli guide --format md --out lenke.md --force',
    exit: 0,
    stdout: /^lenke\.md\n$/,
    files: { 'mål.md': 'fil', 'lenke.md': 'fil' },
    then: (d) => {
      expect(readFileSync(join(d, 'mål.md'), 'utf8')).toBe('målet');
      const guide = readFileSync(join(d, 'lenke.md'), 'utf8');
      expect(guide).toMatch(/^# Veileder til partnerskapsavtalen/);
      expect(guide).toContain('9.0');
    },
  },
  {
    it: 'a symlink to a device (as /dev/stdout is), with --force: refused like the device',
    setup: (d) => symlinkSync('/dev/null', join(d, 'null.md')),
    script: 'cli guide --format md --out null.md --force',
    exit: 2,
    says: /Kan ikke skrive «null\.md»: det er en lenke til en enhetsfil/,
    files: { 'null.md': 'lenke' },
  },
  {
    it: '--redline into a folder that does not exist yet: made, as generate --out does',
    script: 'cli diff "$BODO" "$BODO" --redline ny/mappe/r.docx',
    exit: 0,
    says: /^Skrev ny\/mappe\/r\.docx: den nye avtalen med sporede endringer mot den gamle\.\n$/,
    stdout: /Ingen endringer/,
    files: { ny: 'mappe', 'ny/mappe': 'mappe', 'ny/mappe/r.docx': 'fil' },
    then: (d) => expect(isZip(join(d, 'ny/mappe/r.docx'))).toBe(true),
  },
  {
    it: 'slow writer on standard input (sleep 1; cat)',
    script: '(sleep 1; cat "$BODO") | cli validate -',
    exit: 0,
    stdout: /^standard inn: gyldig\n$/,
    files: {},
  },
  {
    it: 'large standard input (over 64 kB) in a pipe, through generate: the whole document',
    setup: (d) => writeFileSync(join(d, 'stor.yaml'), LARGE),
    script: 'cat stor.yaml | cli generate - --out ut --no-guide && cli validate ut/' + DOC,
    exit: 0,
    stdout: new RegExp(`^ut/${DOC.replace(/[.]/g, '\\.')}\nut/${DOC.replace(/[.]/g, '\\.')}: gyldig\n$`),
    files: { 'stor.yaml': 'fil', ut: 'mappe', [join('ut', DOC)]: 'fil' },
    then: () => expect(LARGE.length).toBeGreaterThan(64 * 1024),
  },
  {
    it: 'a generated .docx on standard input (binary bytes through a pipe)',
    script: `cli generate "$BODO" --out ut --no-guide > /dev/null && cat ut/${DOC} | cli validate -`,
    exit: 0,
    stdout: /^standard inn: gyldig\n$/,
    files: { ut: 'mappe', [join('ut', DOC)]: 'fil' },
  },
  {
    it: 'endless standard input (/dev/zero): stops at the limit at once',
    script: 'cli validate - < /dev/zero',
    exit: 1,
    says: /^standard inn: feil: Standard inn er over 2,0 MB; en avtale er normalt under 100 kB/,
    files: {},
  },
  {
    it: 'diff - -: standard input can be read only once',
    script: 'cat "$BODO" | cli diff - -',
    exit: 2,
    says: /^partnerskap: Bare én av versjonene kan leses fra standard inn/,
    files: {},
  },
  {
    it: 'standard output to a full device (> /dev/full): a message and 74, not a report nobody got',
    script: 'cli audit "$BODO" --today 2026-01-01 > /dev/full',
    exit: 74,
    says: /^partnerskap: Kan ikke skrive til standard ut: disken er full\./,
    files: {},
  },
  {
    it: 'diff to /dev/full: 74, never 1 («differences found»)',
    script: 'cli diff "$SALTEN" "$REVISED" > /dev/full',
    exit: 74,
    says: /Kan ikke skrive til standard ut: disken er full\./,
    files: {},
  },
  {
    it: 'a closed pipe (EPIPE) on audit: quietly 141',
    script: 'cli audit "$BODO" --today 2026-01-01',
    closedStdout: true,
    exit: 141,
    files: {},
  },
  {
    it: 'a closed pipe on diff: quietly 141',
    script: 'cli diff "$SALTEN" "$REVISED" --format md',
    closedStdout: true,
    exit: 141,
    files: {},
  },
  {
    it: 'guide --out - (Markdown): to standard output, no file named «-»',
    script: 'cli guide --format md --out -',
    exit: 0,
    stdout: /^# Veileder til partnerskapsavtalen\n[^]*9\.0/,
    files: {},
  },
  {
    it: 'guide --out - as .docx: a usage error, nothing written',
    script: 'cli guide --out -',
    exit: 2,
    says: /^partnerskap: Word-dokumentet \(\.docx\) skrives ikke til standard ut/,
    files: {},
  },
  {
    it: 'generate --out -: a usage error, nothing written',
    script: 'cli generate "$BODO" --out -',
    exit: 2,
    says: /^partnerskap: generate skriver Word-dokumenter til en mappe, ikke til standard ut/,
    files: {},
  },
  {
    it: '--redline -: a usage error, nothing written',
    script: 'cli diff "$BODO" "$BODO" --redline -',
    exit: 2,
    says: /^partnerskap: Redline-dokumentet \(\.docx\) skrives ikke til standard ut/,
    files: {},
  },
  {
    it: '--ut: «mente du --out?»',
    script: 'cli generate "$BODO" --ut ut',
    exit: 2,
    says: /^partnerskap: Ukjent valg «--ut»\. Mente du --out\? Se «npx partnerskap --help»\.\n$/,
    files: {},
  },
];

describe('hostile output and standard input: exit code, Norwegian message, nothing or everything written', () => {
  beforeAll(ensureBundle, 300_000);

  for (const c of cases) {
    it(c.it, async () => {
      const dir = tempDir('partnerskap-hostile-');
      c.setup?.(dir);
      const r = await sh(c.script, dir, { closedStdout: c.closedStdout });
      expect(r.status, r.stderr).toBe(c.exit);
      if (c.says) expect(r.stderr).toMatch(c.says);
      else expect(r.stderr).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?|Unhandled|intern feil|\bError\b/);
      if (!c.closedStdout) {
        if (c.stdout) expect(r.stdout).toMatch(c.stdout);
        else expect(r.stdout).toBe('');
      }
      expect(listing(dir)).toEqual(c.files);
      c.then?.(dir);
    }, 60_000);
  }
});
