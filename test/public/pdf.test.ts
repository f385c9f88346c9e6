import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_NOTICE } from '../../src/model/public-copy.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';
import { LO_ENV, pdfAttachment, pdfAttachments, pdfInfo, pdfText } from '../pdf/helpers.js';
import { SECRET, writeAgreement } from './helpers.js';

const AGREEMENT = 'partnerskapsavtale-nav-indre-salten-offentlig';
const GUIDE = 'veileder-nav-indre-salten-offentlig';

describe('generate --offentlig --pdf', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('partnerskap-offentlig-pdf-');
    const r = await runCli(['generate', writeAgreement(dir), '--out', 'ut', '--offentlig', '--pdf', '--today', '2025-11-20'], { cwd: dir, env: LO_ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 240_000);

  it('writes the public PDFs beside the public documents', () => {
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual([`${AGREEMENT}.docx`, `${AGREEMENT}.pdf`, `${GUIDE}.docx`, `${GUIDE}.pdf`]);
  });

  it('has no comment in the text of either PDF; each page of the agreement and the guide say it is the public version', () => {
    const pdf = join(dir, 'ut', `${AGREEMENT}.pdf`);
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    expect(text).not.toContain(SECRET);
    expect(text.split(PUBLIC_NOTICE).length - 1).toBe(Number(pdfInfo(pdf).get('Pages')));
    const guide = pdfText(join(dir, 'ut', `${GUIDE}.pdf`)).replace(/\s+/g, ' ');
    expect(guide).not.toContain(SECRET);
    expect(guide).toContain(PUBLIC_NOTICE);
  });

  it('attaches the public data, marked as such, which extract reports', async () => {
    const pdf = join(dir, 'ut', `${AGREEMENT}.pdf`);
    expect(pdfAttachments(pdf)).toEqual(['avtaledata.xml']);
    const attached = pdfAttachment(pdf, 1, dir).toString('utf8');
    expect(attached).toContain('public="true"');
    expect(attached).not.toContain(SECRET);
    const r = await runCli(['extract', `ut/${AGREEMENT}.pdf`], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\[public_copy\]/);
    expect(r.stdout).not.toContain(SECRET);
  });
});
