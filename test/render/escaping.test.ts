/** Free text is printed literally: XML specials, template delimiters, Sámi letters, emoji, newlines. */
import { beforeAll, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { clone, loadExample, mammothText, ooxmlValidate, packAgreementTemplate, parseParts, writeTemp } from './helpers.js';

beforeAll(packAgreementTemplate);

const SPECIALS = `<w:p> & < > " ' ]]> {ikke en tagg}`;
const SAMI = 'Divtasvuona suohkan og Hábmer: áčđŋšŧž ÁČĐŊŠŦŽ';
const EMOJI = 'Brukerne er fornøyde 🙂👍🏽';

it('prints specials, Sámi letters and emoji literally, and newlines as line breaks', async () => {
  const a = clone(loadExample('nav-bodo'));
  a.parties.municipalities[0]!.samiName = 'Bådåddjo suohkan';
  a.purpose.localGoals = [SPECIALS, SAMI, EMOJI];
  a.purpose.municipalValues = `åpenhet & "respekt" <samarbeid>`;
  a.userParticipation.systemLevel = `Første linje\nAndre linje med ${SPECIALS}`;
  a.signing.municipal = { name: 'Máret Ŋuolja-Đávgi', title: 'kommunedirektør' };

  const docx = renderAgreement(a, derive(a), renderer());
  const parts = parseParts(docx);
  const text = await mammothText(docx);

  for (const s of [SPECIALS, SAMI, EMOJI, 'Bodø kommune – Bådåddjo suohkan', 'Máret Ŋuolja-Đávgi']) expect(text).toContain(s);
  expect(text).toContain('og etter Bodø kommunes verdier: åpenhet & "respekt" <samarbeid>.');
  // mammoth's raw text drops line breaks inside a paragraph; the w:br itself is checked in the XML below.
  // The free text continues the template's sentence after the dash: its first word in lower case (issue 14).
  expect(text).toContain('På systemnivå – første linje');
  expect(text).toContain(`Andre linje med ${SPECIALS}`);

  const xml = parts.get('word/document.xml')!.documentElement!.toString();
  expect(xml).toContain('&lt;w:p&gt; &amp; &lt; &gt;');
  expect(xml).toMatch(/første linje<\/w:t><\/w:r><w:r><w:br\/><\/w:r>/);
  expect(ooxmlValidate(writeTemp(docx, 'spesialtegn.docx')).status).toBe(0);
});
