/**
 * Packs each template source folder `templates/<name>/` (unzipped, pretty-printed OOXML,
 * kept diffable in git) into `templates/<name>.docx`. Indentation between tags is removed so
 * the packed parts are what Word would write; text inside elements is left untouched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import PizZip from '../ooxml/pizzip.js';
import { writeFileAtomic } from '../cli/fs.js';
import { zipDate } from '../ooxml/zip-date.js';

const TEMPLATES = new URL('../../templates/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });
}

/**
 * Removes what only the source needs: XML comments (they document the template) and
 * pretty-printing whitespace (only runs that contain a newline between two tags).
 */
export function minifyXml(xml: string): string {
  return xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s*\n\s*</g, '><')
    .trim();
}

export function packFolder(dir: string): Buffer {
  const zip = new PizZip();
  const date = zipDate();
  // [Content_Types].xml first, as Word writes it.
  const all = files(dir).sort((a, b) => Number(b.endsWith('[Content_Types].xml')) - Number(a.endsWith('[Content_Types].xml')));
  for (const file of all) {
    const name = relative(dir, file).split('\\').join('/');
    const raw = readFileSync(file);
    const content = /\.(xml|rels)$/.test(name) ? minifyXml(raw.toString('utf8')) : raw;
    zip.file(name, content, { date, createFolders: false });
  }
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export function packTemplates(): void {
  for (const name of readdirSync(TEMPLATES).sort()) {
    const dir = join(TEMPLATES, name);
    if (!statSync(dir).isDirectory()) continue;
    writeFileAtomic(join(TEMPLATES, `${name}.docx`), packFolder(dir), { overwrite: true });
  }
}
