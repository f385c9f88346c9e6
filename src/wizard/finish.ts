import { sectionLabel } from '../model/labels.js';
import type { Problem } from '../model/problem.js';
import type { Interview } from './interview.js';
import { summary } from './summary.js';

/** How the user chose to end: save, save and make the documents, or stop with the draft kept. */
export type Ending = 'lagre' | 'lagre-og-lag' | 'avslutt';

const nameOf = (path: readonly string[]): string => path[path.length - 1]!;

/** A part the wizard asks besides the schema's parts (the «Til vurdering» questions), offered under «Endre en del». */
export interface ExtraPart {
  value: string;
  name: string;
  ask: () => Promise<void>;
}

/**
 * The end of the interview: goes back to whatever the final check finds, shows the agreement
 * part by part, and lets the user save (and make the documents), change a part, or stop.
 * `documents` names what «make the documents» makes («Word-dokumentene (avtalen og veilederen)»).
 */
export async function review(iv: Interview, documents: string, extra: readonly ExtraPart[] = []): Promise<{ ending: Ending } | { stuck: Problem[] }> {
  for (;;) {
    const checked = await iv.fixUntilValid();
    if (!checked.ok) return { stuck: checked.problems };
    iv.prompter.section('Oppsummering', 'Se over avtalen før du lagrer den.');
    iv.prompter.say(summary(iv.plan, iv.data));
    const choices = [
      { value: 'lagre-og-lag' as const, name: `Lagre avtalen og lag ${documents}` },
      { value: 'lagre' as const, name: 'Bare lagre avtalen' },
      { value: 'endre' as const, name: 'Endre en del av avtalen' },
      { value: 'avslutt' as const, name: 'Avslutt uten å lagre (utkastet tas vare på)' },
    ];
    const choice = await iv.prompter.askSelect({ key: ':slutt', message: 'Avtalen er klar. Hva vil du gjøre nå?', choices, default: choices[0]!.value });
    if (choice !== 'endre') return { ending: choice };
    const sections = iv.sections();
    const key = await iv.prompter.askSelect({
      key: ':del',
      message: 'Hvilken del vil du endre?',
      choices: [...sections.map((s) => ({ value: nameOf(s.path), name: sectionLabel(nameOf(s.path)) })), ...extra.map(({ value, name }) => ({ value, name }))],
      default: nameOf(sections[0]!.path),
    });
    const node = sections.find((s) => nameOf(s.path) === key);
    if (node) await iv.section(node);
    else await extra.find((p) => p.value === key)?.ask();
  }
}
