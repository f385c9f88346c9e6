/**
 * PDFs from anyone, read by extract, audit and diff: a clear Norwegian message and exit 1 (or 2
 * for a file that cannot be read), never a stack trace, exit 70 or pdf-lib's console chatter.
 * The PDFs are made here with pdf-lib; none needs LibreOffice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataItemXml } from '../../src/embed/data-part.js';
import { runCli } from '../helpers/cli.js';
import { example, tempDir } from '../helpers/paths.js';

/** A one-page PDF with `attachment` attached the way finish.ts does it. */
async function pdfWith(attachment?: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  if (attachment) await doc.attach(attachment, 'avtaledata.xml', { mimeType: 'application/xml' });
  return doc.save({ useObjectStreams: false });
}

describe('reading a PDF that is not what it should be', () => {
  let dir: string;
  const agreement = example('nav-bodo.yaml');
  beforeAll(() => {
    dir = tempDir();
  });

  async function expectRefused(name: string, bytes: Uint8Array, code: string, text: RegExp, exit = 1): Promise<void> {
    writeFileSync(join(dir, name), bytes);
    for (const argv of [['extract', name], ['audit', name], ['diff', name, name]]) {
      const r = await runCli(argv, { cwd: dir });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(argv[0] === 'diff' ? 2 : exit);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`[${code}]`);
      expect(r.stderr).toMatch(text);
      expect(r.stderr).not.toMatch(/intern feil| {4}at |Trying to parse|Invalid object/);
    }
  }

  it('a PDF made with our data is read (the control for the cases below)', async () => {
    const xml = dataItemXml(agreement, agreement.schemaVersion, '0'.repeat(64));
    writeFileSync(join(dir, 'god.pdf'), await pdfWith(Buffer.from(xml)));
    const r = await runCli(['extract', 'god.pdf', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(agreement);
  });

  it('data changed after the fact, without a new checksum', async () => {
    const xml = dataItemXml(agreement, agreement.schemaVersion, '0'.repeat(64)).replace('NAV Bodø', 'NAV Bodø Vest');
    await expectRefused('endret.pdf', await pdfWith(Buffer.from(xml)), 'embedded_data_modified', /stemmer ikke med kontrollsummen/);
  });

  it('no attachment, and an attachment that is someone else’s', async () => {
    await expectRefused('tom.pdf', await pdfWith(), 'no_embedded_data', /PDF-en inneholder ingen avtaledata/);
    await expectRefused('annen.pdf', await pdfWith(Buffer.from('<faktura/>')), 'no_embedded_data', /ingen avtaledata/);
  });

  it('our namespace with broken JSON', async () => {
    const xml = `<partnerskap:data xmlns:partnerskap="urn:partnerskap:avtale:1" sha256="${'a'.repeat(64)}">{ikke json</partnerskap:data>`;
    await expectRefused('skadet.pdf', await pdfWith(Buffer.from(xml)), 'embedded_data_unreadable', /kan ikke leses/);
  });

  it('an attachment that inflates far beyond any agreement (a zip bomb) is not inflated', async () => {
    const bytes = await pdfWith(Buffer.from('urn:partnerskap:avtale'));
    const doc = await PDFDocument.load(bytes);
    // Swap the attached stream's contents for 8 MB of zeros (twice the limit), compressed to some 8 kB.
    const [ref] = doc.context.enumerateIndirectObjects().find(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Type')) === PDFName.of('EmbeddedFile'))!;
    const bomb = Buffer.concat([Buffer.from('urn:partnerskap:avtale'), Buffer.alloc(8 * 1024 * 1024)]);
    doc.context.assign(ref, doc.context.stream(deflateSync(bomb), { Type: 'EmbeddedFile', Filter: 'FlateDecode' }));
    const saved = await doc.save({ useObjectStreams: false });
    expect(saved.length).toBeLessThan(1024 * 1024);
    await expectRefused('bombe.pdf', saved, 'embedded_data_unreadable', /kan ikke leses/);
  });

  it('not a PDF at all, a truncated one, and one nested too deep to parse', async () => {
    await expectRefused('tekst.pdf', Buffer.from('dette er ikke en PDF\n'), 'not_pdf', /ikke en PDF som kan leses/);
    const good = await pdfWith(Buffer.from(dataItemXml(agreement, agreement.schemaVersion, '0'.repeat(64))));
    // Cut where the object holding the data begins: pdf-lib recovers the objects before it, and
    // without the attachment's own there is no data to find. Cut inside that object's dictionary:
    // the file cannot be parsed. (Fixed offsets, not a fraction of the length: where a third falls
    // depends on the size of the example's data.)
    const text = Buffer.from(good).toString('latin1');
    const dataObject = text.lastIndexOf('\n', text.lastIndexOf(' obj', text.indexOf('/Type /EmbeddedFile'))) + 1;
    expect(text.slice(dataObject)).toMatch(/^\d+ 0 obj\n<<\n\/Type \/EmbeddedFile/);
    await expectRefused('avkuttet.pdf', good.subarray(0, dataObject), 'no_embedded_data', /ingen avtaledata/);
    await expectRefused('avkuttet-midt-i.pdf', good.subarray(0, text.indexOf('/Subtype', dataObject)), 'not_pdf', /ikke en PDF som kan leses/);
    const nested = Buffer.from(`%PDF-1.7\n1 0 obj\n${'['.repeat(200_000)}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
    await expectRefused('dyp.pdf', nested, 'not_pdf', /ikke en PDF som kan leses/);
  });

  it('a file far larger than any PDF we make is refused before it is read', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
    big.write('%PDF-1.7\n');
    await expectRefused('stor.pdf', big, 'too_large', /Filen er 21,0 MB/);
  });

  it('a PDF on standard input is recognised by its first bytes', async () => {
    const good = await pdfWith(Buffer.from(dataItemXml(agreement, agreement.schemaVersion, '0'.repeat(64))));
    const r = await runCli(['validate', '-'], { cwd: dir, input: Buffer.from(good) });
    expect(r.stderr).not.toMatch(/ikke ut som tekst/);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'god.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
