import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_TTY_MESSAGE } from '../../src/cli/commands/wizard.js';
import { parseDraft } from '../../src/wizard/draft.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';
import { BUNDLE, ensureBundle, runBundle } from '../cli/helpers/bundle.js';
import { Tmux } from './helpers/tmux.js';

describe('without a terminal', () => {
  beforeAll(ensureBundle, 300_000);

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
    const run = runBundle(['wizard', '--out', 'avtale.yaml'], { cwd: dir, input: '\n\n\n' });
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
    writeFileSync(join(dir, 'fil'), '');
    const underFile = await runCli(['wizard', '--out', 'fil/avtale.yaml'], { cwd: dir });
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe('partnerskap: «fil» er en fil, ikke en mappe. Velg en annen fil med --out.\n');
    mkdirSync(join(dir, 'mappe.yaml'));
    const folder = await runCli(['wizard', '--out', 'mappe.yaml'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('«mappe.yaml» er en mappe. Oppgi et filnavn med --out');
  });
});

describe('in a real terminal (tmux)', () => {
  let tmux: Tmux;
  const keys = (...k: string[]) => tmux.keys(...k);
  const text = (s: string) => tmux.text(s);
  const waitFor = (what: string | RegExp, timeoutMs?: number) => tmux.waitFor(what, timeoutMs);

  beforeAll(async () => {
    tmux = new Tmux('veiviser');
    await ensureBundle();
  }, 300_000);

  afterAll(() => tmux?.kill());

  it('walks 1.0 with the schema’s Norwegian labels, and Ctrl+C says how to resume', async () => {
    const dir = tempDir();
    tmux.start(dir, `node ${BUNDLE} wizard --out avtale.yaml; echo "[avsluttet med $?]"; sleep 60`);

    // The målform first: every later question is asked in it.
    let s = await waitFor('? Målform');
    expect(s).toContain('Dokumentet (del 1 av 20)');
    expect(s).toContain('Nynorsk');
    keys('Enter');
    s = await waitFor('? Skrivemåte for NAV');
    expect(s).toContain('Nav (slik Nav skriver navnet i dag)');
    keys('Enter');
    await waitFor('? Avtalens versjon');
    keys('Enter');
    await waitFor('? Vil du fylle inn «Erstatter avtale»?');
    keys('Enter');

    s = await waitFor('? Avtaleform');
    expect(s).toContain('1.0 Avtaleparter – eiere (del 2 av 20)');
    expect(s).toContain('❯ Alternativ 1: én kommune');
    expect(s).toContain('Alternativ 2: vertskommune for flere kommuner');
    expect(s).toContain('↑↓ flytt • ⏎ velg');
    keys('Enter');

    s = await waitFor('? Type part');
    expect(s).toContain('✔ Avtaleform Alternativ 1: én kommune');
    expect(s).toContain('Bydel i Oslo kommune');
    keys('Enter');
    s = await waitFor('? Kommunens navn');
    expect(s).toContain('«Bydel Østensjø»');
    text('Hamarøy kommune');
    keys('Enter');
    await waitFor('? Samisk navn');
    text('Hábmer');
    keys('Enter');
    await waitFor('? Kommunenummer eller bydelsnummer');
    text('18');
    keys('Enter');
    s = await waitFor('har feil form: «18»');
    expect(s).toContain('> «1.0 Avtaleparter – eiere › Kommuner › Hamarøy kommune – Hábmer › Kommunenummer eller bydelsnummer» har feil form: «18». Fire sifre');
    text('75');
    keys('Enter');
    await waitFor('? Organisasjonsnummer');
    text('964 983 313');
    keys('Enter');
    await waitFor('? Saksnummer');
    keys('Enter');
    await waitFor('? Vil du fylle inn «Kontaktperson»?');
    keys('Enter');
    await waitFor('? Vil du fylle inn «Politisk godkjenning»?');
    keys('Enter');
    s = await waitFor('? Tittel for øverste administrative leder');
    expect(s).toContain('Rådmann');
    expect(s).toContain('Bydelsdirektør');
    expect(s).toMatch(/❯ Kommunedirektør/);
    keys('Enter');
    await waitFor('? Navn på NAV fylke');
    text('NAV Nordland');
    keys('Enter');
    s = await waitFor('? Direktør for NAV fylke');
    expect(s).toContain('Valgfritt: trykk Enter for å hoppe over.');
    keys('Enter');
    await waitFor('? Saksnummer');
    keys('Enter');
    await waitFor('? Vil du fylle inn «Kontaktperson»?');
    keys('Enter');
    await waitFor('? NAV-kontorets navn');
    text('NAV Hamarøy');
    keys('Enter');

    s = await waitFor('2.0 Formålet med partnerskapsavtalen (del 3 av 20)');
    expect(s).toContain('✔ Kommunenummer eller bydelsnummer 1875');
    expect(s).toContain('✔ Organisasjonsnummer 964 983 313');
    expect(s).toContain('✔ NAV-kontorets navn NAV Hamarøy');
    await waitFor('? Kommunens verdier');

    keys('C-c');
    s = await waitFor('[avsluttet med 130]');
    expect(s).toContain('Avbrutt. Svarene dine er lagret i «avtale.yaml.utkast.json».');
    expect(s).toContain('Fortsett der du slapp med: npx partnerskap wizard --out avtale.yaml');
    const draft = parseDraft(readFileSync(join(dir, 'avtale.yaml.utkast.json'), 'utf8'));
    expect(draft?.data.parties).toEqual({
      form: 'enkeltkommune',
      municipalities: [{ kind: 'kommune', name: 'Hamarøy kommune', samiName: 'Hábmer', number: '1875', orgNumber: '964983313' }],
      municipalHeadTitle: 'kommunedirektør',
      county: { name: 'NAV Nordland' },
      officeName: 'NAV Hamarøy',
    });
    expect(draft?.at?.key).toBe('/purpose/municipalValues');
  }, 90_000);
});
