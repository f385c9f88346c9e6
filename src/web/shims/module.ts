/**
 * node:module for the page: src/model/schema.ts requires the schema with createRequire; the
 * bundle has it imported instead.
 */
import schema from '../../../schemas/partnerskapsavtale.schema.json' with { type: 'json' };

export const createRequire = () => (path: string) => {
  if (path.endsWith('/partnerskapsavtale.schema.json')) return schema;
  throw new Error(`Ikke med i nettsiden: ${path}`);
};
