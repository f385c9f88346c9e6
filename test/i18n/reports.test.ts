import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { auditAgreement } from '../../src/audit/audit.js';
import { renderAuditHtml } from '../../src/audit/render-html.js';
import { renderAuditJson } from '../../src/audit/render-json.js';
import { renderAuditMarkdown } from '../../src/audit/render-markdown.js';
import { renderAuditText } from '../../src/audit/render-text.js';
import { agreementFileName, publicFileName } from '../../src/cli/generate-job.js';
import { diffAgreements } from '../../src/diff/compare.js';
import { comparisonNote, comparisonPrefix } from '../../src/diff/redline/comparison.js';
import { formatDiff, type DiffFormat } from '../../src/diff/report.js';
import { guideFileName } from '../../src/guide/guide.js';
import { guideIn } from '../../src/guide/model.js';
import type { Agreement } from '../../src/model/agreement.js';
import { sourceIn } from '../../src/validate/rule.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { runCli } from '../helpers/cli.js';
import { example, tempDir } from '../helpers/paths.js';
import { resources } from '../helpers/resources.js';
import { jsonTexts, tellTales } from './tell-tale.js';

const TODAY = '2026-03-01';

/** What a reader of an HTML page reads: the text, not the style sheet, tags or class names («advarsel»). */
const htmlText = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ');

/** nav-indre-salten (Alternativ 2) written in nynorsk: only the målform differs. */
function nynorsk(): Agreement {
  const a = example('nav-indre-salten.yaml');
  a.document.language = 'nn';
  return a;
}

/** The nynorsk agreement with something for many rules to find: attachments, signing and user participation gone. */
function nynorskWithFindings(): Agreement {
  const a = nynorsk();
  a.attachments = [];
  delete a.signing.place;
  delete a.userParticipation.systemLevel;
  a.period.revisionDate = '2001-01-01';
  return a;
}

const nnQuestions = () => guideIn(resources().guide, 'nn').questions;
const nbQuestions = () => resources().guide.questions;

describe('the audit of a nynorsk agreement is in nynorsk, in every format', () => {
  const a = nynorskWithFindings();
  const report = auditAgreement(a, { today: TODAY, questions: nnQuestions() });
  const outputs = { text: renderAuditText(report), md: renderAuditMarkdown(report), html: renderAuditHtml(report), json: renderAuditJson(report) };

  it('finds what the rules find (the check below reads real findings)', () => {
    expect(report.language).toBe('nn');
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['driftsavtale_vedlagt', 'delegasjonsvedtak_vedlagt', 'vertskommuneavtale_vedlagt', 'underskrift_utfylt', 'brukermedvirkning_begge_nivaaer', 'revisjonsdato_i_perioden']));
  });

  for (const [format, out] of Object.entries(outputs)) {
    it(`${format}: nynorsk words, and no bokmål tell-tale word`, () => {
      expect(tellTales(format === 'json' ? jsonTexts(out, ['message', 'sectionLabel', 'source', 'text']) : format === 'html' ? htmlText(out) : out)).toEqual([]);
      expect(out).toContain('Driftsavtalen er ikkje mellom vedlegga');
      expect(out).toContain('Brukarmedverknad på systemnivå er ikkje skildra');
    });
  }

  it('the fixed words too: headings, verdict, sources, severities', () => {
    expect(outputs.text).toMatch(/Kan ikkje signerast enno: \d+ feil må rettast/);
    expect(outputs.text).toContain('Kjelde: Partnarskapsavtalen punkt 3.8 og vedleggslista');
    expect(outputs.md).toContain('## Kontrollerte reglar');
    expect(outputs.md).toContain('**Åtvaring:**');
    expect(outputs.html).toContain('<html lang="nn">');
    expect(outputs.html).toContain('<th>Kjelde</th>');
  });

  it('the same agreement in bokmål gives the bokmål report (the målform is the only switch)', () => {
    const b = nynorskWithFindings();
    b.document.language = 'nb';
    const text = renderAuditText(auditAgreement(b, { today: TODAY, questions: nbQuestions() }));
    expect(text).toContain('Driftsavtalen er ikke blant vedleggene');
    expect(text).toContain('Kilde: Partnerskapsavtalen punkt 3.8');
    expect(auditAgreement(b, { today: TODAY, questions: nbQuestions() }).findings.map((f) => f.code)).toEqual(report.findings.map((f) => f.code));
  });

  it('sources name the nynorsk documents and leave out the bokmål template’s wording', () => {
    expect(sourceIn('Partnerskapsavtalen punkt 3.8 («Driftsavtale er vedlagt»); veilederen punkt 3.8, spørsmål 3.8-2', 'nn')).toBe('Partnarskapsavtalen punkt 3.8; rettleiaren punkt 3.8, spørsmål 3.8-2');
    expect(sourceIn('Veilederen punkt 9.0; kommuneloven kapittel 20', 'nb')).toBe('Veilederen punkt 9.0; kommuneloven kapittel 20');
  });
});

describe('the diff is in the new version’s målform', () => {
  const old = example('nav-indre-salten.yaml');
  const next = nynorsk();
  next.period.start = '2026-02-01';
  next.attachments = next.attachments.filter((x) => x.kind !== 'vertskommuneavtale');
  next.location.sites[0]!.openingHours = [{ fromDay: 'tirsdag', toDay: 'fredag', opens: '09:00', closes: '15:00' }];
  next.costs.stateFte = (next.costs.stateFte ?? 0) + 1;
  const diff = diffAgreements(old, next);

  for (const format of ['text', 'markdown', 'html', 'json'] as DiffFormat[]) {
    it(`${format}: nynorsk labels and words, no bokmål tell-tale word`, () => {
      const out = formatDiff(diff, format, { oldName: 'gammal.yaml', newName: 'ny.yaml' });
      // JSON: the labels; old and new are the raw data values («tirsdag» as the file stores it).
      expect(tellTales(format === 'json' ? jsonTexts(out, ['section', 'label']) : format === 'html' ? htmlText(out) : out)).toEqual([]);
      expect(out).toContain('Målform');
      expect(out).toContain('Opningstider');
    });
  }

  it('names the changes in nynorsk and shows values as nynorsk writes them', () => {
    const text = formatDiff(diff, 'text', { oldName: 'gammal.yaml', newName: 'ny.yaml' });
    expect(text).toContain('Endringar i partnarskapsavtalen for NAV Indre Salten');
    // The example does not state its målform (bokmål by default): nynorsk is added.
    expect(text).toMatch(/lagt til\s+Målform: Nynorsk/);
    expect(text).toMatch(/berekna\s+Del av felles driftsutgifter › Kommunane til saman: /);
    expect(text).toContain('tysdag');
    expect(text).toMatch(/fjerna\s+.*Vertskommuneavtale/);
    expect(formatDiff(diff, 'html', { oldName: 'a', newName: 'b' })).toContain('<html lang="nn">');
  });

  it('the redline’s note and prefix are in the new version’s målform', () => {
    expect(comparisonNote('2025-12-15', '2027-12-10', 'nn')).toBe('Spora endringar: avtalen av 10.\u00a0desember\u00a02027 samanlikna med avtalen av 15.\u00a0desember\u00a02025');
    expect(comparisonPrefix('nn')).toBe('Samanlikning – ');
    expect(comparisonNote('2025-12-15', '2027-12-10')).toMatch(/^Sporede endringer: /);
  });

  it('a nynorsk old version and a bokmål new one gives a bokmål report', () => {
    const back = formatDiff(diffAgreements(next, old), 'text', { oldName: 'a', newName: 'b' });
    expect(back).toContain('Endringer i partnerskapsavtalen');
    expect(back).toMatch(/fjernet\s+Målform: Nynorsk/);
    expect(back).toMatch(/beregnet\s+Andel av felles driftsutgifter › Kommunene til sammen: /);
  });
});

describe('validation messages follow the file’s målform', () => {
  it('an invalid nynorsk file gets nynorsk messages with nynorsk labels', () => {
    const a = nynorsk() as unknown as Record<string, Record<string, unknown>>;
    a.parties!.officeName = 42;
    delete a.period!.start;
    (a.location!.sites as Record<string, unknown>[])[0]!.openingHours = [{ fromDay: 'mandag', opens: '25:00', closes: '15:00' }];
    const result = validateAgreement(a);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^«1\.0 Avtalepartar – eigarar › Namnet på NAV-kontoret» må vere tekst, men er eit heiltal \(42\)\./),
        expect.stringMatching(/^«9\.0 Avtaleperiode › Gyldig frå» manglar\. Fyll det inn\./),
      ]),
    );
    expect(messages.flatMap(tellTales)).toEqual([]);
  });

  it('a rule’s message too (blocking rules run in validate)', () => {
    const a = nynorsk();
    a.period.end = '2020-01-01';
    const result = validateAgreement(a);
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages).toEqual([expect.stringMatching(/^Avtalen sluttar 1\. januar 2020 \(«9\.0 Avtaleperiode › Gyldig til»\), før eller same dag som den byrjar/)]);
  });
});

describe('file names in the målform', () => {
  it('partnarskapsavtale-… and rettleiar-… for nynorsk, the bokmål names otherwise', () => {
    expect(agreementFileName('NAV Sogndal', 'nn')).toBe('partnarskapsavtale-nav-sogndal.docx');
    expect(agreementFileName('NAV Sogndal')).toBe('partnerskapsavtale-nav-sogndal.docx');
    expect(guideFileName('docx', 'NAV Sogndal', 'nn')).toBe('rettleiar-nav-sogndal.docx');
    expect(guideFileName('html', 'NAV Sogndal', 'nb')).toBe('veileder-nav-sogndal.html');
    expect(publicFileName('partnarskapsavtale-nav-sogndal.docx', 'nn')).toBe('partnarskapsavtale-nav-sogndal-offentleg.docx');
  });

  it('generate writes a nynorsk agreement under the nynorsk names, and audit reports in nynorsk', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'avtale.yaml'), stringify(nynorsk()));
    const gen = await runCli(['generate', 'avtale.yaml', '--out', 'ut', '--jobs', '1', '--today', TODAY], { cwd: dir });
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual(['partnarskapsavtale-nav-indre-salten.docx', 'rettleiar-nav-indre-salten.docx']);
    const audit = await runCli(['audit', 'avtale.yaml', '--today', TODAY], { cwd: dir });
    expect(audit.stdout).toContain('Kontroll før signering – NAV Indre Salten');
    expect(audit.stdout).toContain('Sjekklista:');
    expect(tellTales(audit.stdout)).toEqual([]);
  });
});
