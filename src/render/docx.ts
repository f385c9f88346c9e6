/**
 * Renders the project's docxtemplater templates strictly, keeping each one compiled between
 * documents. The packed templates come in as bytes (the CLI reads them, see src/cli/resources.ts);
 * the compiled instances live in a {@link Renderer} the caller creates and owns, one per process
 * or worker thread.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from '../ooxml/pizzip.js';
import { zipToBuffer } from '../ooxml/package.js';
import type { Templates } from './templates.js';

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

/** The parts of docxtemplater 3.71's instance that one render changes (see {@link Renderer.renderToZip}). */
interface Reusable {
  zip: PizZip;
  rendered: boolean;
  /** Which data renders to which part; built from the data on the first render, so it must go. */
  mapper?: unknown;
  /** The data scope per part, likewise made on the first render. */
  scopeManagers: Record<string, unknown>;
  modules: { zip?: PizZip }[];
}

/**
 * Renders packed templates. Compiling a template's XML is about two thirds of a render, so each
 * template is compiled on its first render and the compiled instance is kept for the next ones:
 * make one Renderer per process (or worker thread) and pass it to every render.
 */
export class Renderer {
  private readonly compiled = new Map<string, Docxtemplater>();

  constructor(private readonly templates: Templates) {}

  /**
   * A fresh zip of the named template (docxtemplater mutates the zip, so every render gets its
   * own). The parts stay compressed until docxtemplater reads them, so parts it does not change
   * are written out again without being recompressed.
   */
  template(name: string): PizZip {
    const bytes = this.templates.get(name);
    if (!bytes) throw new Error(`Malen «${name}» er ikke lastet. Dette skal ikke skje; meld fra om feilen.`);
    return new PizZip(bytes);
  }

  private compile(name: string): Docxtemplater {
    return new Docxtemplater(this.template(name), {
      paragraphLoop: true,
      linebreaks: true,
      nullGetter: (part) => {
        throw new MissingTemplateValueError(name, part.value);
      },
    });
  }

  /**
   * Renders a template with `data` and returns the zip for further changes (e.g. addPart).
   * Strict: a tag without a value throws {@link MissingTemplateValueError} instead of printing
   * "undefined"; values are always XML-escaped (raw `{@…}` tags only where a renderer builds XML).
   *
   * The kept instance gets a fresh copy of the package for every render. That relies on
   * docxtemplater internals (`zip`, `rendered`, `mapper`, `scopeManagers`): the version is pinned
   * exactly in package.json, and test/render/compiled-reuse.test.ts checks every output against a
   * fresh instance (`fresh: true`, which compiles anew and keeps nothing).
   */
  renderToZip(name: string, data: object, opts: { fresh?: boolean } = {}): PizZip {
    if (opts.fresh) {
      const doc = this.compile(name);
      doc.render(data);
      return doc.getZip();
    }
    let doc = this.compiled.get(name);
    if (!doc) {
      doc = this.compile(name);
      this.compiled.set(name, doc);
    }
    const zip = this.template(name);
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
      this.compiled.delete(name);
      throw e;
    }
    return zip;
  }

  /** Renders a template to .docx bytes; the same data always gives the same bytes. */
  render(name: string, data: object): Buffer {
    return zipToBuffer(this.renderToZip(name, data));
  }
}
