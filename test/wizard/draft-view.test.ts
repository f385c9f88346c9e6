import { describe, expect, it } from 'vitest';
import { problemsWith } from '../../src/wizard/check.js';
import { draftView, NotYetAnswered } from '../../src/wizard/draft-view.js';
import type { Agreement } from '../../src/model/agreement.js';
import { example } from '../helpers/paths.js';

/** A draft half way through 1.0: two kommuner typed, nothing after parties answered yet. */
function halfWay(): Record<string, unknown> {
  const a = example();
  return { schemaVersion: '1.0', parties: { form: a.parties.form, host: a.parties.host, municipalities: a.parties.municipalities.slice(0, 2) } };
}

describe('draftView: a draft as code written for complete agreements reads it', () => {
  it('a required part not answered yet throws NotYetAnswered, naming where', () => {
    const view = draftView(halfWay()) as unknown as Agreement;
    expect(() => view.location.sites).toThrow(NotYetAnswered);
    expect(() => view.costs.fte).toThrow(expect.objectContaining({ pointer: '/costs' }));
    expect(() => view.parties.officeName).toThrow(expect.objectContaining({ pointer: '/parties/officeName' }));
  });

  it('what is there reads as it is; optional parts read as undefined; lists work as lists', () => {
    const draft = halfWay();
    const view = draftView(draft) as unknown as Agreement;
    expect(view.parties.municipalities.map((m) => m.name)).toEqual(['Fauske kommune', 'Saltdal kommune']);
    expect(view.parties.municipalities[0]!.samiName).toBeUndefined();
    expect(view.parties.municipalities.find((m) => m.number === '1840')?.name).toBe('Saltdal kommune');
    expect(view.parties.municipalities[0]).toBe(view.parties.municipalities[0]); // same item, same view
    expect(JSON.parse(JSON.stringify(view))).toEqual(draft);
  });

  it('an item past the end of a list shorter than its minItems is not answered yet; past a full list it is just absent', () => {
    const empty = draftView({ parties: { municipalities: [] } }) as unknown as Agreement;
    expect(() => empty.parties.municipalities[0]).toThrow(NotYetAnswered);
    const full = draftView(halfWay()) as unknown as Agreement;
    expect(full.parties.municipalities[5]).toBeUndefined();
  });

  it('an error of the reading code itself is not mistaken for an unanswered part', () => {
    const view = draftView(halfWay()) as unknown as Agreement;
    const buggy = () => (view.parties.municipalities[5] as unknown as { name: string }).name;
    expect(buggy).toThrow(TypeError);
    expect(buggy).not.toThrow(NotYetAnswered);
  });
});

describe('checking one field of a draft', () => {
  it('applies the blocking rules to what is answered, although later parts are not', () => {
    const problems = problemsWith(halfWay(), ['parties', 'municipalities', '1', 'number'], '1841');
    // The same problem `validate` reports, with the rule's section and source.
    expect(problems).toEqual([
      {
        code: 'kommunenummer_unike',
        severity: 'feil',
        pointer: '/parties/municipalities/1/number',
        section: 'parties',
        message: 'Kommunenummer 1841 står mer enn én gang. Fjern den doble oppføringen.',
        source: 'Partnerskapsavtalen punkt 1.0',
      },
    ]);
    expect(problemsWith(halfWay(), ['parties', 'municipalities', '1', 'number'], '1840')).toEqual([]);
  });

  it('says nothing from the rules while a value elsewhere has the wrong shape (the final check takes the user there)', () => {
    const draft = { ...halfWay(), location: { sites: 'hele dagen' } };
    expect(problemsWith(draft, ['parties', 'municipalities', '1', 'number'], '1841')).toEqual([]);
  });
});
