import AjvModule from 'ajv';
import { formats } from './formats.js';

// ajv ships CommonJS with a default export.
const Ajv = AjvModule as unknown as typeof AjvModule.default;

/** Annotation keywords of ours that Ajv must accept in strict mode. */
export const ANNOTATIONS = ['x-section', 'x-enumLabels', 'x-identity', 'x-locked', 'x-checklist', 'x-internal', 'x-nn'];

/**
 * One configuration for the runtime validator and the precompiled one. No `messages`: every error
 * is said in Norwegian from its keyword and parameters (validate/messages.ts), never in Ajv's
 * English. No `inlineRefs`: a definition used in several places is one function, not a copy in
 * each (the precompiled validator is 230 kB instead of 306 kB, less to load at start-up).
 * `multipleOfPrecision`: 4.35 is not an exact multiple of 0.01 in binary floating point
 * (4.35 / 0.01 = 434.99999999999994), so the quotient only has to be within 1e-9 of a whole number.
 */
export function createAjv(opts: { code?: object } = {}) {
  const ajv = new Ajv({ allErrors: true, messages: false, inlineRefs: false, strict: true, strictRequired: false, allowUnionTypes: true, multipleOfPrecision: 9, ...opts });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  ajv.addVocabulary(ANNOTATIONS);
  return ajv;
}
