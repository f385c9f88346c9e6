import { describe, expect, it } from 'vitest';
import { labelFor } from '../../src/model/labels.js';
import { keyOfSection, sections } from '../../src/model/schema.js';
import { example } from '../helpers/paths.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('labelFor names array items by their identity', () => {
  const data = example() as unknown as Mutable;

  it('a kommune by its name (with the Sámi name), an årsverk line by its kommune', () => {
    expect(labelFor('/parties/municipalities/4/number', data)).toBe('1.0 Avtaleparter – eiere › Kommuner › Hamarøy kommune – Hábmer › Kommunenummer eller bydelsnummer');
    expect(labelFor('/costs/fte/1/fte', data)).toBe('3.8 Driftsavtale › Årsverk › Saltdal kommune › Årsverk');
    expect(labelFor('/purpose/localGoals/0', data)).toBe('2.0 Formålet med partnerskapsavtalen › Andre lokale mål › «Flere unge under 30 år i arbeid eller utdanning.»');
  });

  it('stays one readable line when the identity is the invalid value', () => {
    const d = example() as unknown as Mutable;
    d.parties.municipalities[1] = { name: 'Saltdal\nkommune', number: '18\n40' };
    d.parties.municipalities[2].number = 1845;
    d.parties.municipalities[3].name = '   ';
    d.purpose.localGoals = ['Flere\u0007 i\r\narbeid', '   ', 42, { x: 1 }];
    d.costs.fte[0].municipality = '18\t41';
    const labels = [
      labelFor('/parties/municipalities/1/number', d),
      labelFor('/parties/municipalities/2/number', d),
      labelFor('/parties/municipalities/3/name', d),
      labelFor('/purpose/localGoals/0', d),
      labelFor('/purpose/localGoals/1', d),
      labelFor('/purpose/localGoals/2', d),
      labelFor('/purpose/localGoals/3', d),
      labelFor('/costs/fte/0/fte', d),
    ];
    expect(labels).toEqual([
      '1.0 Avtaleparter – eiere › Kommuner › Saltdal kommune › Kommunenummer eller bydelsnummer',
      '1.0 Avtaleparter – eiere › Kommuner › Sørfold kommune › Kommunenummer eller bydelsnummer',
      '1.0 Avtaleparter – eiere › Kommuner › kommune 1839 › Kommunens navn',
      expect.stringMatching(/^2\.0 Formålet med partnerskapsavtalen › Andre lokale mål › «Flere\uFFFD? i arbeid»$/),
      '2.0 Formålet med partnerskapsavtalen › Andre lokale mål › nr. 2',
      '2.0 Formålet med partnerskapsavtalen › Andre lokale mål › «42»',
      '2.0 Formålet med partnerskapsavtalen › Andre lokale mål › nr. 4',
      '3.8 Driftsavtale › Årsverk › kommune 18 41 › Årsverk',
    ]);
    for (const l of labels) expect(l).not.toMatch(/[\u0000-\u001F]| {2}|›\s*›/);
  });

  it('cuts a long identity short', () => {
    const d = example() as unknown as Mutable;
    d.purpose.localGoals[0] = 'ord '.repeat(40);
    const label = labelFor('/purpose/localGoals/0', d);
    expect(label.length).toBeLessThan(140);
    expect(label).toMatch(/…»$/);
  });
});

describe('keyOfSection', () => {
  it('maps every template section number to its schema key, and nothing else', () => {
    for (const s of sections().filter((x) => x.section)) expect(keyOfSection(s.section!)).toBe(s.key);
    expect(keyOfSection('3.7')).toBe('delegation');
    expect(keyOfSection('1.0')).toBe('parties');
    expect(keyOfSection('3.9')).toBeUndefined();
    expect(keyOfSection('')).toBeUndefined();
  });
});
