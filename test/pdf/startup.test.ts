/**
 * pdf-lib is loaded only when a PDF is read or made: --help, validate and reading a .yaml or
 * .docx start without it. Seen in the tsc-built CLI (dist/cli/), where each package is its own
 * module (see test/cli/startup.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataItemXml } from '../../src/embed/data-part.js';
import { ensureBundle } from '../cli/helpers/bundle.js';
import { EXAMPLES, example, ROOT, tempDir } from '../helpers/paths.js';

function loadsPdfLib(args: string[]): boolean {
  const script = `
    import { createRequire } from 'node:module';
    import { PassThrough } from 'node:stream';
    const { run } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
    const sink = new PassThrough(); sink.resume();
    const stdin = new PassThrough(); stdin.end();
    const code = await run(${JSON.stringify(args)}, { stdout: sink, stderr: sink, stdin, cwd: process.cwd(), env: {} });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/node_modules/pdf-lib/'));
    console.log(JSON.stringify({ code, loaded }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const { code, loaded } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { code: number; loaded: boolean };
  expect(code, args.join(' ')).toBe(0);
  return loaded;
}

describe('start-up: pdf-lib only for PDFs', () => {
  beforeAll(ensureBundle, 300_000);

  it('--help, validate and audit of a .yaml do not load it', () => {
    expect(loadsPdfLib(['--help'])).toBe(false);
    expect(loadsPdfLib(['validate', join(EXAMPLES, 'nav-bodo.yaml')])).toBe(false);
    expect(loadsPdfLib(['audit', join(EXAMPLES, 'nav-bodo.yaml'), '--today', '2025-01-01'])).toBe(false);
  });

  it('extract of a PDF does (so the check above, which finds none, can see it)', async () => {
    const agreement = example('nav-bodo.yaml');
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(Buffer.from(dataItemXml(agreement, agreement.schemaVersion, '0'.repeat(64))), 'avtaledata.xml', { mimeType: 'application/xml' });
    const file = join(tempDir(), 'avtale.pdf');
    writeFileSync(file, await doc.save());
    expect(loadsPdfLib(['extract', file])).toBe(true);
  });
});
