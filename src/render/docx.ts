/**
 * Shared plumbing for the project's docxtemplater templates: load a packed template
 * (`templates/<name>.docx`, built by src/build/pack-templates.ts), render it strictly, add extra
 * parts, and write the zip deterministically.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Docxtemplater from 'docxtemplater';
import PizZip from './pizzip.js';
import { escapeXml } from '../text/xml.js';
import { zipDate } from './zip-date.js';

export { zipDate };

/** Raised when a template uses a tag the data does not provide: a bug in a view model, never user input. */
export class MissingTemplateValueError extends Error {
  constructor(
    readonly template: string,
    readonly tag: string,
  ) {
    super(`Malen «${template}» bruker {${tag}}, men dataene har ingen verdi for den. Dette skal ikke skje; meld fra om feilen.`);
    this.name = 'MissingTemplateValueError';
  }
}

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/;
const cache = new Map<string, Buffer>();

/** Absolute path of a packed template; resolved from this module so it works from src/ and dist/ alike. */
export function templatePath(name: string): string {
  if (!TEMPLATE_NAME.test(name)) throw new Error(`Ugyldig malnavn: «${name}».`);
  return fileURLToPath(new URL(`../../templates/${name}.docx`, import.meta.url));
}

/**
 * A fresh zip of the named template (docxtemplater mutates the zip, so every render gets its own).
 * The bytes are read once per process; the parts stay compressed until docxtemplater reads them,
 * so parts it does not change are written out again without being recompressed.
 */
export function loadTemplate(name: string): PizZip {
  let bytes = cache.get(name);
  if (!bytes) {
    const path = templatePath(name);
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new Error(`Fant ikke malen ${path}. Kjør «npm run build» for å pakke malene.`, { cause: e });
    }
    cache.set(name, bytes);
  }
  return new PizZip(bytes);
}

function newDocxtemplater(name: string): Docxtemplater {
  return new Docxtemplater(loadTemplate(name), {
    paragraphLoop: true,
    linebreaks: true,
    nullGetter: (part) => {
      throw new MissingTemplateValueError(name, part.value);
    },
  });
}

/** The parts of docxtemplater 3.71's instance that one render changes (see {@link renderToZip}). */
interface Reusable {
  zip: PizZip;
  rendered: boolean;
  /** Which data renders to which part; built from the data on the first render, so it must go. */
  mapper?: unknown;
  /** The data scope per part, likewise made on the first render. */
  scopeManagers: Record<string, unknown>;
  modules: { zip?: PizZip }[];
}

const compiled = new Map<string, Docxtemplater>();

/**
 * Renders a template with `data` and returns the zip for further changes (e.g. {@link addPart}).
 * Strict: a tag without a value throws {@link MissingTemplateValueError} instead of printing
 * "undefined"; values are always XML-escaped (raw `{@…}` tags only where a renderer builds XML).
 *
 * Compiling the template's XML is about two thirds of a render, so each template is compiled once
 * per process and every render gives the compiled instance a fresh copy of the package. That
 * relies on docxtemplater internals (`zip`, `rendered`, `mapper`, `scopeManagers`): the version is pinned exactly in
 * package.json, and test/render/compiled-reuse.test.ts checks every output against a fresh instance.
 */
export function renderToZip(name: string, data: object, opts: { fresh?: boolean } = {}): PizZip {
  if (opts.fresh) {
    const doc = newDocxtemplater(name);
    doc.render(data);
    return doc.getZip();
  }
  let doc = compiled.get(name);
  if (!doc) {
    doc = newDocxtemplater(name);
    compiled.set(name, doc);
  }
  const zip = loadTemplate(name);
  const internals = doc as unknown as Reusable;
  internals.zip = zip;
  internals.rendered = false;
  internals.mapper = undefined;
  internals.scopeManagers = {};
  for (const m of internals.modules) if ('zip' in m) m.zip = zip;
  try {
    doc.render(data);
  } catch (e) {
    // A failed render may leave state behind: start from a fresh compile next time.
    compiled.delete(name);
    throw e;
  }
  return zip;
}

/** Renders a template to .docx bytes; the same data always gives the same bytes. */
export function renderTemplate(name: string, data: object): Buffer {
  return zipToBuffer(renderToZip(name, data));
}

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
 * word/document.xml. Returns the relationship id, if one was made. Call it on the rendered zip
 * (from {@link renderToZip}) so docxtemplater never sees the part.
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
