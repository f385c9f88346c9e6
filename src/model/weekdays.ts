import { schema } from './schema.js';

/** Weekdays in order, from the schema's enum (Monday first, as in Norway). */
export const WEEKDAYS: readonly string[] = (schema as { definitions: { weekday: { enum: string[] } } }).definitions.weekday.enum;
