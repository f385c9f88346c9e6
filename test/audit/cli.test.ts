import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, EXAMPLE_FILES, ROOT, example } from '../helpers/paths.js';
import { questions } from '../helpers/resources.js';
import { TODAY, complete, writeAgreement, type Mutable } from './fixtures.js';

const audit = (args: string[]) => runCli(['audit', ...args], { cwd: ROOT });
const NO_TRACE = /\n\s+at .+:\d+:\d+\)?/;

/** What the text report says, in the målform of the agreement (document.language). */
const SAYS = {
  nb: {
    ready: 'Resultat: Klar til signering: ingen feil eller advarsler.',
    allAnswered: 'Sjekklisten: 44 av 44 spørsmål vurdert, 0 åpne',
    open: 'spørsmål ikke vurdert\\. Svar på dem med',
    warnings: (n: number) => `${n} advarsler bør vurderes`,
    strict: (n: number) => `Kan ikke signeres ennå (streng kontroll): ${n} advarsler må lukkes.`,
  },
  nn: {
    ready: 'Resultat: Klar til signering: ingen feil eller åtvaringar.',
    allAnswered: 'Sjekklista: 44 av 44 spørsmål vurderte, 0 opne',
    open: 'spørsmål ikkje vurderte\\. Svar på dei med',
    warnings: (n: number) => `${n} åtvaringar bør vurderast`,
    strict: (n: number) => `Kan ikkje signerast enno (streng kontroll): ${n} åtvaringar må lukkast.`,
  },
};
const says = (name: string) => SAYS[example(name).document.language ?? 'nb'];

describe('partnerskap audit: exit codes', () => {
  for (const name of EXAMPLE_FILES) {
    it(`${name}, complete and fully answered, audits clean: exit 0 (also with --strict)`, async () => {
      const file = writeAgreement(complete(name));
      const r = await audit([file, '--today', TODAY]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(says(name).ready);
      expect(r.stdout).toContain(says(name).allAnswered);
      expect((await audit([file, '--today', TODAY, '--strict'])).code).toBe(0);
      const json = JSON.parse((await audit([file, '--today', TODAY, '--format', 'json'])).stdout);
      expect(json).toMatchObject({ blocking: false, findings: [], counts: { questions: 44, answered: 44, open: 0, errors: 0, warnings: 0 } });
    });

    it(`${name} without its checklist: only warnings, one per section of open questions, so exit 0, and 1 with --strict`, async () => {
      const a = example(name);
      delete a.checklist;
      const file = writeAgreement(a);
      const json = JSON.parse((await audit([file, '--today', TODAY, '--format', 'json'])).stdout) as { counts: Mutable; findings: Mutable[] };
      const open = json.findings.filter((f) => f.code === 'ikke_vurdert');
      expect(open).toHaveLength(new Set(questions().map((q) => q.section)).size);
      expect(open.flatMap((f) => f.questions)).toEqual(questions().map((q) => q.id));
      for (const f of open) expect(f.message).toMatch(new RegExp(`: (\\d+) av \\1 ${says(name).open}: npx partnerskap checklist ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(json.counts).toMatchObject({ questions: 44, open: 44, errors: 0 });
      const warnings = json.counts.warnings as number;
      const r = await audit([file, '--today', TODAY]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(says(name).warnings(warnings));
      for (const line of r.stdout.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
      const strict = await audit([file, '--today', TODAY, '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain(says(name).strict(warnings));
    });
  }

  it('exit 1 when a rule error blocks signing', async () => {
    const a = complete() as unknown as Mutable;
    a.attachments = a.attachments.filter((x: Mutable) => x.kind !== 'driftsavtale');
    a.checklist['3.8-2'] = { status: 'nei', comment: 'Driftsavtalen er under arbeid.' };
    const r = await audit([writeAgreement(a), '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Kan ikke signeres ennå: 1 feil må rettes.');
    expect(r.stdout).toContain('[driftsavtale_vedlagt]');
  });

  it('exit 1 with --strict when there are only warnings; 0 without', async () => {
    const a = complete();
    delete a.checklist!['3.7-2'];
    const file = writeAgreement(a);
    expect((await audit([file, '--today', TODAY])).code).toBe(0);
    const strict = await audit([file, '--today', TODAY, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ strict: true, blocking: true, counts: { errors: 0, warnings: 1 } });
  });

  it('exit 1 and the validation problems, no report, for an invalid agreement', async () => {
    const a = example() as unknown as Mutable;
    a.location.sites[0].openingHours[0].closes = '08:00';
    const r = await audit([writeAgreement(a), '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/avtale\.yaml:\d+:\d+: feil: .*stenger kl\. 08:00.*\[aapningstider_gyldige\]/);
  });

  for (const bad of ['2025-02-30', '2025-13-01', '2025-1-1', 'i morgen', '']) {
    it(`exit 2 for --today «${bad}»`, async () => {
      const r = await audit([join(EXAMPLES, 'nav-bodo.yaml'), '--today', bad]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Ugyldig dato for --today: «${bad}». Bruk formatet ÅÅÅÅ-MM-DD`);
      expect(r.stderr).not.toMatch(NO_TRACE);
    });
  }

  it('exit 2 for a file that does not exist', async () => {
    const r = await audit([join(ROOT, 'finnes-ikke.yaml'), '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Finner ikke filen');
    expect(r.stderr).not.toMatch(NO_TRACE);
  });

  it('exit 2 for an unknown format', async () => {
    const r = await audit([join(EXAMPLES, 'nav-bodo.yaml'), '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ugyldig verdi «pdf»');
  });
});

describe('partnerskap audit: input and output', () => {
  it('reads JSON as well as YAML, relative to the working folder', async () => {
    const file = writeAgreement(complete('nav-bodo.yaml'), 'avtale.json');
    const r = await runCli(['audit', 'avtale.json', '--today', TODAY, '--format', 'json'], { cwd: join(file, '..') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).office).toBe('NAV Bodø');
  });

  it('defaults to today’s local date', async () => {
    const local = () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const before = local();
    const r = await audit([join(EXAMPLES, 'nav-bodo.yaml'), '--format', 'json']);
    expect([before, local()]).toContain(JSON.parse(r.stdout).today);
  });

  it('prints each format', async () => {
    const file = join(EXAMPLES, 'nav-indre-salten.yaml');
    const md = await audit([file, '--today', TODAY, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# Kontroll før signering – NAV Indre Salten\n/);
    const html = await audit([file, '--today', TODAY, '--format', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    const json1 = await audit([file, '--today', TODAY, '--format', 'json']);
    const json2 = await audit([file, '--today', TODAY, '--format', 'json']);
    expect(json1.stdout).toBe(json2.stdout);
    const json = JSON.parse(json1.stdout) as { counts: Mutable; findings: Mutable[]; checklist: Mutable[] };
    expect(json.findings).toHaveLength(json.counts.errors + json.counts.warnings);
    const unanswered = json.checklist.filter((c) => c.status === null).map((c) => c.id);
    expect(json.findings.filter((f) => f.code === 'ikke_vurdert').flatMap((f) => f.questions)).toEqual(unanswered);
  });

  async function runTty(env: NodeJS.ProcessEnv, columns: number): Promise<string> {
    const out = Object.assign(new PassThrough(), { isTTY: true, columns });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const io: Io = { stdout: out, stderr: new PassThrough(), stdin: new PassThrough(), cwd: ROOT, env };
    await run(['audit', join(EXAMPLES, 'nav-indre-salten.yaml'), '--today', TODAY], io);
    return Buffer.concat(chunks).toString('utf8');
  }

  it('colours a terminal, fitting its width; NO_COLOR turns colour off', async () => {
    const coloured = await runTty({}, 72);
    expect(coloured).toMatch(/\u001b\[33madvarsel\u001b\[0m/);
    for (const line of coloured.replace(/\u001b\[[0-9;]*m/g, '').trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(72);
    expect(await runTty({ NO_COLOR: '1' }, 72)).not.toMatch(/\u001b\[/);
    expect((await audit([join(EXAMPLES, 'nav-indre-salten.yaml'), '--today', TODAY])).stdout).not.toMatch(/\u001b\[/);
  });
});
