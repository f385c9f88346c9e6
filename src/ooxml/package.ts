/**
 * Package-level plumbing for .docx files (Open Packaging Conventions): writing a zip
 * deterministically, dating it, adding parts. Below both render and embed, which each change
 * packages without needing the other.
 */
import type PizZip from './pizzip.js';
import { escapeXml } from '../text/xml.js';
import { zipDate } from './zip-date.js';

/** [Content_Types].xml first (as Word writes it), then the other entries by name. */
function entryOrder(a: string, b: string): number {
  const ct = '[Content_Types].xml';
  if (a === ct || b === ct) return Number(b === ct) - Number(a === ct);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes a zip deterministically: stable entry order, the same fixed timestamp on every entry
 * ({@link zipDate}; docxtemplater stamps the parts it rewrites with the current time), DEFLATE,
 * no folder entries. Parts nobody changed keep their compressed bytes.
 */
export function zipToBuffer(zip: PizZip): Buffer {
  const date = zipDate();
  for (const [name, entry] of Object.entries(zip.files)) {
    // Folder entries (docxtemplater adds some) are not parts; `remove` would take their contents too.
    if (entry.dir) delete zip.files[name];
    else (entry as { date: Date }).date = date;
  }
  const order = Object.keys(zip.files).sort(entryOrder);
  // PizZip's types say fileOrder is a function only; its implementation (file-order.js) takes the list itself.
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE', fileOrder: order as unknown as () => string[] });
}

const W3CDTF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Sets dcterms:created and dcterms:modified in docProps/core.xml to `iso` (W3CDTF, e.g.
 * «2025-12-15T00:00:00Z»). docxtemplater fills only the text properties there (dc:title …), not
 * the dates, so this is done on the rendered zip. A date from the data keeps the output
 * deterministic, unlike the time of rendering.
 */
export function setCoreDates(zip: PizZip, iso: string): void {
  if (!W3CDTF.test(iso)) throw new Error(`Ugyldig dokumentdato: «${iso}». Dette skal ikke skje; meld fra om feilen.`);
  const name = 'docProps/core.xml';
  const core = zip.file(name)?.asText();
  if (core === undefined) throw new Error(`Malen mangler ${name}. Dette skal ikke skje; meld fra om feilen.`);
  let set = 0;
  const dated = core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_m, open: string, _tag: string, close: string) => {
    set++;
    return `${open}${iso}${close}`;
  });
  if (set !== 2) throw new Error(`${name} i malen skal ha dcterms:created og dcterms:modified. Dette skal ikke skje; meld fra om feilen.`);
  zip.file(name, dated);
}

export interface NewPart {
  /** Path inside the package without a leading slash, e.g. `customXml/item1.xml`. */
  path: string;
  contentType: string;
  /** The part's complete XML text. */
  xml: string;
  /** When given, word/document.xml gets a relationship of this type to the part. */
  relationshipType?: string;
}

/**
 * Adds (or replaces) a part with its content-type override and, optionally, a relationship from
 * word/document.xml. Returns the relationship id, if one was made. Call it on a rendered zip so
 * docxtemplater never sees the part.
 */
export function addPart(zip: PizZip, part: NewPart): string | undefined {
  const path = part.path.replace(/^\/+/, '');
  if (!path || path.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) throw new Error(`Ugyldig delnavn: «${part.path}».`);
  zip.file(path, part.xml);

  const ctName = '[Content_Types].xml';
  const partName = `/${path}`;
  const types = zip.file(ctName)!.asText();
  const override = `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(part.contentType)}"/>`;
  const withoutOld = types.replace(new RegExp(`<Override PartName="${escapeXml(partName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
  zip.file(ctName, withoutOld.replace('</Types>', `${override}</Types>`));

  if (!part.relationshipType) return undefined;
  const relsName = 'word/_rels/document.xml.rels';
  const rels = zip.file(relsName)!.asText();
  const used = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const target = path.startsWith('word/') ? path.slice('word/'.length) : `../${path}`;
  const rel = `<Relationship Id="${id}" Type="${escapeXml(part.relationshipType)}" Target="${escapeXml(target)}"/>`;
  zip.file(relsName, rels.replace('</Relationships>', `${rel}</Relationships>`));
  return id;
}
