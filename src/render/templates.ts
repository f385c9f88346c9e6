/**
 * The names of the packed templates (`templates/<name>.docx`, built by src/build/pack-templates.ts).
 * No imports, so the CLI's loader can name them without loading the renderers.
 */
export const AGREEMENT_TEMPLATE = 'partnerskapsavtale';
export const GUIDE_TEMPLATE = 'veileder';
export const TEMPLATE_NAMES: readonly string[] = [AGREEMENT_TEMPLATE, GUIDE_TEMPLATE];

/** Packed templates by name: the bytes of each `templates/<name>.docx`, read by the caller. */
export type Templates = ReadonlyMap<string, Uint8Array>;
