/**
 * The one place that reads what ships with the program besides the 2.0 schema: the packed
 * templates (`templates/<name>.docx`, built by `npm run build`), the national guide's sources
 * (`guide/*.md`) and the 1.0 schema `migrate` checks old files against. Commands load what they
 * need here and pass it in; the renderers, the guide, the audit and the migration read no files. Paths are resolved from this module, two folders deep like src/cli/,
 * dist/cli/ and dist/bundle/, so they work from all three.
 *
 * Only types come from the renderers, so loading the guide for `audit` does not load docxtemplater.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { structureDifferences, type Guide, type MarkdownFile } from '../guide/model.js';
import { parseGuide } from '../guide/parse.js';
import type { SchemaNode } from '../model/schema.js';
import { TEMPLATE_NAMES, type Templates } from '../render/templates.js';

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Absolute path of a packed template. */
export function templatePath(name: string): string {
  if (!TEMPLATE_NAME.test(name)) throw new Error(`Ugyldig malnavn: «${name}».`);
  return fileURLToPath(new URL(`../../templates/${name}.docx`, import.meta.url));
}

/** The packed templates' bytes by name (all of them unless told). Make a Renderer of them once per process or worker. */
export function loadTemplates(names: readonly string[] = TEMPLATE_NAMES): Templates {
  const templates = new Map<string, Uint8Array>();
  for (const name of names) {
    const path = templatePath(name);
    try {
      templates.set(name, readFileSync(path));
    } catch (e) {
      throw new Error(`Fant ikke malen ${path}. Kjør «npm run build» for å pakke malene.`, { cause: e });
    }
  }
  return templates;
}

/** The national guide's source files, guide/*.md (nynorsk: guide/nn/*.md), sorted by name (which is document order). */
export function guideFiles(lang: 'nb' | 'nn' = 'nb'): MarkdownFile[] {
  const dir = new URL(lang === 'nn' ? '../../guide/nn/' : '../../guide/', import.meta.url);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
}

/**
 * The national guide, parsed. The sources are ours and tested, so a problem here is a bug in this
 * program, not in the user's input: it throws with every problem listed.
 */
export function loadGuide(): Guide {
  const parse = (lang: 'nb' | 'nn'): Guide => {
    const parsed = parseGuide(guideFiles(lang));
    if (!parsed.ok) throw new Error(`Veilederens kildefiler (${lang === 'nn' ? 'guide/nn/*.md' : 'guide/*.md'}) har feil:\n${parsed.problems.map((p) => p.message).join('\n')}`);
    return parsed.value;
  };
  // Both målformer, and they must be one guide: same files, blocks and question ids.
  const nb = parse('nb');
  const nn = parse('nn');
  const differ = structureDifferences(nb, nn);
  if (differ.length) throw new Error(`Veilederen på nynorsk (guide/nn/) har ikke samme oppbygning som bokmålsutgaven:\n${differ.join('\n')}`);
  return { ...nb, nn };
}

let schemaV1: SchemaNode | undefined;

/** The 1.0 schema (schemas/partnerskapsavtale-1.0.schema.json), read once, when `migrate` first meets a 1.0 file. */
export function loadSchemaV1(): SchemaNode {
  schemaV1 ??= JSON.parse(readFileSync(new URL('../../schemas/partnerskapsavtale-1.0.schema.json', import.meta.url), 'utf8')) as SchemaNode;
  return schemaV1;
}

/** The offline page `npm run build` makes (src/build/web.ts), which `partnerskap web` copies out. */
export const webPagePath = (): string => fileURLToPath(new URL('../../dist/web/partnerskap.html', import.meta.url));
