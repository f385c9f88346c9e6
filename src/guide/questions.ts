import type { Question } from './model.js';
import { loadGuide } from './sources.js';

export type { Question };

/**
 * All «Til vurdering» questions of the national guide (guide/*.md) in document order, as plain
 * text: the questions of the one guide parser (see parse.ts), without the Markdown. A fresh copy
 * each call, so a caller may change it.
 */
export function loadQuestions(): Question[] {
  return loadGuide().questions.map(({ id, section, text }) => ({ id, section, text }));
}
