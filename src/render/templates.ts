/**
 * The names of the packed templates (`templates/<name>.docx`, built by src/build/pack-templates.ts).
 * No imports, so the CLI's loader can name them without loading the renderers.
 */
export const AGREEMENT_TEMPLATE = 'partnerskapsavtale';
/**
 * The agreement in nynorsk: templates/partnerskapsavtale-nn/ holds only the parts with words in
 * them (document, header, core properties); the rest is the bokmål template's, packed in by
 * src/build/pack-templates.ts. Same tags, paragraphs, styles and tables (test/nynorsk/skeleton.test.ts).
 */
export const AGREEMENT_TEMPLATE_NN = 'partnerskapsavtale-nn';
export const GUIDE_TEMPLATE = 'veileder';
export const TEMPLATE_NAMES: readonly string[] = [AGREEMENT_TEMPLATE, AGREEMENT_TEMPLATE_NN, GUIDE_TEMPLATE];

/** The agreement template for a målform. */
export const agreementTemplate = (lang: 'nb' | 'nn'): string => (lang === 'nn' ? AGREEMENT_TEMPLATE_NN : AGREEMENT_TEMPLATE);

/** Packed templates by name: the bytes of each `templates/<name>.docx`, read by the caller. */
export type Templates = ReadonlyMap<string, Uint8Array>;
