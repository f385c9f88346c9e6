/**
 * What the page carries: the packed templates (base64) and the guide's sources. The build
 * (src/build/web.ts) puts the real contents in place of this module; these empty values only give
 * the types, and a page built without them says so.
 */
import type { MarkdownFile } from '../guide/model.js';

export const TEMPLATES_BASE64: Record<string, string> = {};
export const GUIDE_FILES: MarkdownFile[] = [];
/** guide/nn/*.md: the guide and its «Til vurdering» questions for an agreement in nynorsk. */
export const GUIDE_FILES_NN: MarkdownFile[] = [];
