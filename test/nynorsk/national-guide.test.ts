/**
 * `partnerskap guide --malform nn`: the national guide (no agreement) in nynorsk, under the
 * nynorsk file name and tagged nn-NO, with the same questions as the bokmål guide; read from the
 * written file (unzipped, parsed), not from the renderer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packGuideTemplate } from '../guide/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, tempDir } from '../helpers/paths.js';

beforeAll(() => packGuideTemplate());

/** The question ids of a Markdown guide, in order: «**3.7-2**» in the checklist tables. */
const questionIds = (md: string): string[] => [...md.matchAll(/\*\*(\d\.\d-\d+)\*\*/g)].map((m) => m[1]!);

describe('partnerskap guide --malform', () => {
  it('writes the national guide in nynorsk as rettleiar.docx, tagged nn-NO', async () => {
    const dir = tempDir();
    const r = await runCli(['guide', '--malform', 'nn'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['rettleiar.docx']);
    const zip = new PizZip(readFileSync(join(dir, 'rettleiar.docx')));
    expect(zip.file('docProps/core.xml')!.asText()).toContain('<dc:language>nn-NO</dc:language>');
    const body = zip.file('word/document.xml')!.asText();
    expect(body).toContain('Rettleiar til partnarskapsavtalen');
    expect(body).toContain('Kva handlar punktet om');
    expect(body).not.toContain('Hva omhandler punktet');
  });

  it('has the same questions as the bokmål guide, in the same order', async () => {
    const dir = tempDir();
    const nn = await runCli(['guide', '--malform', 'nn', '--format', 'md', '--out', '-'], { cwd: dir });
    const nb = await runCli(['guide', '--format', 'md', '--out', '-'], { cwd: dir });
    expect([nn.code, nb.code]).toEqual([0, 0]);
    expect(questionIds(nn.stdout)).toHaveLength(44);
    expect(questionIds(nn.stdout)).toEqual(questionIds(nb.stdout));
    expect(nn.stdout).toContain('# Rettleiar til partnarskapsavtalen');
    expect(nb.stdout).toContain('# Veileder til partnerskapsavtalen');
    // --malform nb is the default.
    const nbExplicit = await runCli(['guide', '--malform', 'nb', '--format', 'md', '--out', '-'], { cwd: dir });
    expect(nbExplicit.stdout).toBe(nb.stdout);
  });

  it('refuses an unknown målform, and --malform together with --for (the agreement decides)', async () => {
    const dir = tempDir();
    const bad = await runCli(['guide', '--malform', 'se'], { cwd: dir });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Gyldige verdier: nb, nn.');
    const both = await runCli(['guide', '--malform', 'nn', '--for', join(EXAMPLES, 'nav-bodo.yaml')], { cwd: dir });
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('document.language');
    expect(readdirSync(dir)).toEqual([]);
  });
});
