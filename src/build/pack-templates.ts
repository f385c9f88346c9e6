/**
 * Packs each template source folder `templates/<name>/` (unzipped, pretty-printed OOXML,
 * kept diffable in git) into `templates/<name>.docx`. Indentation between tags is removed so
 * the packed parts are what Word would write; text inside elements is left untouched. A folder
 * `<name>-nn/` is the nynorsk text of `<name>/`: it holds only the parts with words in them, and
 * every other part comes from `<name>/`, so styles, numbering and settings exist once.
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

/** The bokmål template folder a nynorsk folder (`<name>-nn`) takes its other parts from. */
export const baseFolder = (dir: string): string | undefined => {
  const m = /^(.+)-nn$/.exec(dir.replace(/[\\/]+$/, ''));
  return m ? m[1] : undefined;
};

/** Part name → source file, in the base folder's order: the folder's own parts replace its base folder's in place. */
function parts(dir: string, base?: string): Map<string, string> {
  const byName = new Map<string, string>();
  for (const d of base ? [base, dir] : [dir]) for (const file of files(d)) byName.set(relative(d, file).split('\\').join('/'), file);
  return byName;
}

export function packFolder(dir: string, base = baseFolder(dir)): Buffer {
  const zip = new PizZip();
  const date = zipDate();
  // [Content_Types].xml first, as Word writes it.
  const all = [...parts(dir, base)].sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const [name, file] of all) {
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
