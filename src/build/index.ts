/** Build steps that run after tsc: pack the templates (and precompile the validator). */
import { packTemplates } from './pack-templates.js';

packTemplates();
