import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_TTY_MESSAGE } from '../../src/cli/commands/wizard.js';
import { parseDraft } from '../../src/wizard/draft.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const BUILT = join(ROOT, 'dist', 'cli', 'commands', 'wizard.js');

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestSource(join(dir, e.name)) : e.name.endsWith('.ts') ? statSync(join(dir, e.name)).mtimeMs : 0)),
  );
}

/** The CLI as users run it needs dist/; build it when it is missing or older than the sources. */
function ensureBuilt(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  // tsc emits even when another feature's unfinished module has type errors; our files must be there.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(BUILT)) throw new Error('dist/ mangler etter «npx tsc -p tsconfig.json».');
}

describe('without a terminal', () => {
  beforeAll(ensureBuilt, 120_000);

  it('refuses in Norwegian with exit 2 instead of waiting (in-process, piped stdin)', async () => {
    const dir = tempDir();
    const run = await runCli(['wizard', '--out', 'avtale.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`partnerskap: ${NO_TTY_MESSAGE}\n`);
    expect(run.stderr).toContain('må kjøres i et terminalvindu');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the installed command with piped input exits 2 at once and writes nothing', () => {
    const dir = tempDir();
    const run = spawnSync('node', [BIN, 'wizard', '--out', 'avtale.yaml'], { cwd: dir, input: '\n\n\n', encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Veiviseren stiller spørsmål på skjermen');
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an --out that is not an agreement file, or in a missing folder, is a usage error', async () => {
    const dir = tempDir();
    const docx = await runCli(['wizard', '--out', 'avtale.docx'], { cwd: dir });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toBe('partnerskap: Avtalefilen (--out) skal slutte på .yaml, .yml eller .json, ikke «avtale.docx».\n');
    const missing = await runCli(['wizard', '--out', 'finnes/ikke/avtale.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Mappen «finnes/ikke» finnes ikke.');
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const mustRun = Boolean(process.env.PARTNERSKAP_REQUIRE_LO);

describe.skipIf(!hasTmux && !mustRun)('in a real terminal (tmux)', () => {
  // Our own tmux server (-L), so no one else's sessions are touched; killed afterwards.
  const socket = `partnerskap-veiviser-${process.pid}-${Date.now()}`;
  const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { env, encoding: 'utf8' });
  // Inquirer breaks long lines itself; whitespace is flattened so a sentence is found across them.
  const screen = () => tmux('capture-pane', '-p', '-J', '-t', 'veiviser').replace(/\s+/g, ' ');
  const keys = (...k: string[]) => tmux('send-keys', '-t', 'veiviser', ...k);
  const text = (s: string) => tmux('send-keys', '-t', 'veiviser', '-l', s);

  /** Polls the screen until it shows `what` (screens are redrawn, so poll rather than stream). */
  async function waitFor(what: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const s = screen();
      if (typeof what === 'string' ? s.includes(what) : what.test(s)) return s;
      if (Date.now() > until) throw new Error(`Skjermen viser ikke ${String(what)}:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(() => {
    if (!hasTmux) throw new Error('tmux mangler, men PARTNERSKAP_REQUIRE_LO er satt: installer tmux (.ci/run gjør det).');
    ensureBuilt();
  }, 120_000);

  afterAll(() => {
    if (!hasTmux) return;
    spawnSync('tmux', ['-L', socket, 'kill-server'], { env });
    // tmux may leave the socket file of our own server behind.
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
  });

  it('walks 1.0 with the schema’s Norwegian labels, and Ctrl+C says how to resume', async () => {
    const dir = tempDir();
    tmux('new-session', '-d', '-s', 'veiviser', '-x', '120', '-y', '40', '-c', dir, `node ${BIN} wizard --out avtale.yaml; echo "[avsluttet med $?]"; sleep 60`);

    let s = await waitFor('? Avtaleform');
    expect(s).toContain('1.0 Avtaleparter – eiere (del 1 av 19)');
    expect(s).toContain('❯ Alternativ 1: én kommune');
    expect(s).toContain('Alternativ 2: vertskommune for flere kommuner');
    expect(s).toContain('↑↓ flytt • ⏎ velg');
    keys('Enter');

    s = await waitFor('? Kommunens navn');
    expect(s).toContain('✔ Avtaleform Alternativ 1: én kommune');
    expect(s).toContain('Det offisielle navnet, for eksempel «Fauske kommune».');
    text('Hamarøy kommune');
    keys('Enter');
    await waitFor('? Samisk navn');
    text('Hábmer suohkan');
    keys('Enter');
    await waitFor('? Kommunenummer');
    text('18');
    keys('Enter');
    s = await waitFor('har feil form: «18»');
    expect(s).toContain('> «1.0 Avtaleparter – eiere › Kommuner › Hamarøy kommune – Hábmer suohkan › Kommunenummer» har feil form: «18». Fire sifre');
    text('75');
    keys('Enter');
    await waitFor('? Organisasjonsnummer');
    text('964 983 313');
    keys('Enter');
    s = await waitFor('? Tittel for kommunens øverste administrative leder');
    expect(s).toContain('Rådmann');
    expect(s).toMatch(/❯ Kommunedirektør/);
    keys('Enter');
    await waitFor('? Navn på NAV fylke');
    text('NAV Nordland');
    keys('Enter');
    s = await waitFor('? Direktør for NAV fylke');
    expect(s).toContain('Valgfritt: trykk Enter for å hoppe over.');
    keys('Enter');
    await waitFor('? NAV-kontorets navn');
    text('NAV Hamarøy');
    keys('Enter');

    s = await waitFor('2.0 Formålet med partnerskapsavtalen (del 2 av 19)');
    expect(s).toContain('✔ Kommunenummer 1875');
    expect(s).toContain('✔ Organisasjonsnummer 964 983 313');
    expect(s).toContain('✔ NAV-kontorets navn NAV Hamarøy');
    await waitFor('? Kommunens verdier');

    keys('C-c');
    s = await waitFor('[avsluttet med 130]');
    expect(s).toContain('Avbrutt. Svarene dine er lagret i «avtale.yaml.utkast.json».');
    expect(s).toContain('Fortsett der du slapp med: partnerskap wizard --out avtale.yaml');
    const draft = parseDraft(readFileSync(join(dir, 'avtale.yaml.utkast.json'), 'utf8'));
    expect(draft?.data.parties).toEqual({
      form: 'enkeltkommune',
      municipalities: [{ name: 'Hamarøy kommune', samiName: 'Hábmer suohkan', number: '1875', orgNumber: '964983313' }],
      municipalSignatoryTitle: 'kommunedirektør',
      county: { name: 'NAV Nordland' },
      officeName: 'NAV Hamarøy',
    });
    expect(draft?.at?.key).toBe('/purpose/municipalValues');
  }, 90_000);
});
