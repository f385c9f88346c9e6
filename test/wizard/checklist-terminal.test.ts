/** `partnerskap checklist` as users run it: the built command in a real terminal (tmux). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BUNDLE, ensureBundle } from '../cli/helpers/bundle.js';
import { example, tempDir } from '../helpers/paths.js';
import { Tmux } from './helpers/tmux.js';

describe('partnerskap checklist in a real terminal (tmux)', () => {
  const sessions: Tmux[] = [];
  /** A new terminal running the command; the shell says how it ended. */
  const terminal = (dir: string): Tmux => {
    const tmux = new Tmux('sjekkliste');
    sessions.push(tmux);
    tmux.start(dir, `node ${BUNDLE} checklist avtale.yaml; echo "[avsluttet med $?]"; sleep 60`);
    return tmux;
  };

  beforeAll(ensureBundle, 300_000);
  afterEach(() => sessions.splice(0).forEach((t) => t.kill()));

  it('answers a question, refuses «Nei» without comment, saves at once; Ctrl+C and a new run go on at the next open question', async () => {
    const dir = tempDir();
    const { checklist: _none, ...agreement } = example('nav-bodo.yaml');
    const header = '# Arbeidsutkast – ikke signert.\n';
    writeFileSync(join(dir, 'avtale.yaml'), header + stringify(agreement, { lineWidth: 0 }));

    const first = terminal(dir);
    let s = await first.waitFor('? Hvem vurderer spørsmålene?');
    expect(s).toContain('«Til vurdering» for NAV Bodø: 0 av 44 spørsmål vurdert; 44 står åpne.');
    first.text('Kari Nordhus');
    first.keys('Enter');
    s = await first.waitFor('? Ett spørsmål i punkt 1.0. Vil du svare nå?');
    expect(s).toMatch(/── Til vurdering – 1\.0 Avtaleparter .*\(punkt 1 av 17\) ──/);
    expect(s).toContain('Hopp over resten av sjekklisten');
    first.keys('Enter');
    s = await first.waitFor('? 1.0-1 Har din kommune delegert myndighet til en vertskommune?');
    expect(s).toContain('❯ Ikke vurdert ennå – svar senere');
    // From the last choice up three: «Nei».
    first.keys('Up', 'Up', 'Up');
    await first.waitFor('❯ Nei');
    first.keys('Enter');
    s = await first.waitFor('? Kommentar');
    expect(s).toContain('Påkrevd ved Nei og Delvis');
    first.keys('Enter');
    await first.waitFor('uten kommentar regnes spørsmålet som åpent');
    first.text('Ingen delegering til vertskommune.');
    first.keys('Enter');
    await first.waitFor('? 4 spørsmål i punkt 2.0. Vil du svare nå?');
    first.keys('C-c');
    s = await first.waitFor('[avsluttet med 130]');
    expect(s).toContain('Avbrutt. Svarene du har gitt, er lagret i «avtale.yaml».');
    expect(s).toContain('Fortsett med: npx partnerskap checklist avtale.yaml');

    const text = readFileSync(join(dir, 'avtale.yaml'), 'utf8');
    expect(text.startsWith(header)).toBe(true);
    const saved = parse(text) as { checklist: Record<string, Record<string, string>> };
    expect(Object.keys(saved.checklist)).toEqual(['1.0-1']);
    expect(saved.checklist['1.0-1']).toMatchObject({ status: 'nei', comment: 'Ingen delegering til vertskommune.', answeredBy: 'Kari Nordhus' });
    expect(saved.checklist['1.0-1']!.answeredAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A new run: the assessor is offered again, and 1.0 (now assessed) is not asked.
    const second = terminal(dir);
    s = await second.waitFor('? Hvem vurderer spørsmålene?');
    expect(s).toContain('1 av 44 spørsmål vurdert; 43 står åpne.');
    expect(s).toContain('(Kari Nordhus)');
    second.keys('Enter');
    s = await second.waitFor('? 4 spørsmål i punkt 2.0. Vil du svare nå?');
    expect(s).toContain('(punkt 1 av 16)');
    second.keys('C-c');
    await second.waitFor('[avsluttet med 130]');
    expect(readFileSync(join(dir, 'avtale.yaml'), 'utf8')).toBe(text);
  }, 120_000);
});
