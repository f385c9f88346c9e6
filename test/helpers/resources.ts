/**
 * What the in-process tests render and audit with, loaded through the CLI's own loader
 * (src/cli/resources.ts) as the commands do: the parsed guide and a renderer that keeps the
 * templates compiled. Made on first use, once per test file (so after a beforeAll that repacks a
 * template), as a command makes its own once per process.
 */
import { loadGuide, loadTemplates } from '../../src/cli/resources.js';
import type { GuideResources } from '../../src/guide/guide.js';
import type { Question } from '../../src/guide/model.js';
import { Renderer } from '../../src/render/docx.js';

let made: GuideResources | undefined;

export const resources = (): GuideResources => (made ??= { guide: loadGuide(), renderer: new Renderer(loadTemplates()) });
export const renderer = (): Renderer => resources().renderer;
/** The guide's «Til vurdering» questions, as `audit` passes them. */
export const questions = (): readonly Question[] => resources().guide.questions;
