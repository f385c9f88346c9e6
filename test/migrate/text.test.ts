/**
 * Lossless for everything 1.0 could say: the agreement made from a migrated 1.0 example has the
 * text (read back with mammoth) of the document the 1.0 version made from that example, committed
 * in test/fixtures/migrate/text/ — except the corrections 2.0 makes on purpose, listed below with
 * their reason. Anything else that differs is a change of what the owners agreed, and fails.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { mammothText, packAgreementTemplate } from '../render/helpers.js';
import { MIGRATE_FIXTURES, read } from './fixtures.js';

beforeAll(packAgreementTemplate);

/**
 * Wording 1.0 got wrong for Alternativ 2 with several kommuner (issue 13, «plural wording»): the
 * same statement, in the plural. Applied to the 1.0 text only where the agreement has several kommuner.
 */
const PLURAL_CORRECTIONS: [string, string][] = [
  ['oppgaver på kommunens myndighetsområder', 'oppgaver på kommunenes myndighetsområder'],
  ['Ut over kommunens ansvar for økonomisk stønad', 'Ut over kommunenes ansvar for økonomisk stønad'],
];

const CASES = [
  { name: 'nav-bodo', severalKommuner: false },
  { name: 'nav-indre-salten', severalKommuner: true },
  { name: 'nav-indre-salten-2028', severalKommuner: true },
];

describe('a migrated 1.0 example gives the agreement text the 1.0 version gave', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const a = parse(read(join(MIGRATE_FIXTURES, `${c.name}.2.0.yaml`))) as Agreement;
      const text = await mammothText(renderAgreement(a, derive(a), renderer()));
      let expected = read(join(MIGRATE_FIXTURES, 'text', `${c.name}.txt`));
      if (c.severalKommuner)
        for (const [from, to] of PLURAL_CORRECTIONS) {
          expect(expected, `1.0-teksten skal inneholde «${from}»`).toContain(from);
          expected = expected.replace(from, to);
        }
      expect(text).toBe(expected);
    });
  }
});
