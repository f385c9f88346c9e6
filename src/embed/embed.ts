import type PizZip from '../ooxml/pizzip.js';
import { addPart } from '../ooxml/package.js';
import { bodyText } from './body-text.js';
import { sha256Hex } from './canonical.js';
import { DATA_NAMESPACE, dataItemPropsXml, dataItemXml } from './data-part.js';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/**
 * Puts the agreement data into a rendered .docx, before it is zipped, as a custom XML part
 * (`customXml/itemN.xml` with its properties part, related from the main document), so the
 * document itself says what it was made from: `partnerskap extract` reads it back, and `diff` and
 * `audit` accept the .docx. Deterministic, like the rendering it follows. `publicCopy`: the data is
 * a public copy's (src/model/public-copy.ts), and the part says so, for those who read it back.
 */
export function embedInZip(zip: PizZip, data: unknown, schemaVersion: string, opts: { publicCopy?: boolean } = {}): void {
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('embedInZip: dokumentet mangler word/document.xml');
  const taken = Object.keys(zip.files).map((name) => Number(/^customXml\/item(\d+)\.xml$/.exec(name)?.[1] ?? 0));
  const n = Math.max(0, ...taken) + 1;
  addPart(zip, {
    path: `customXml/item${n}.xml`,
    contentType: 'application/xml',
    xml: dataItemXml(data, schemaVersion, sha256Hex(bodyText(main.asText())), opts.publicCopy),
    relationshipType: REL_CUSTOM_XML,
  });
  addPart(zip, { path: `customXml/itemProps${n}.xml`, contentType: CT_CUSTOM_XML_PROPS, xml: dataItemPropsXml() });
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    { createFolders: false },
  );
}

/**
 * Renews the record of the document text in the data part after the main document was rewritten
 * on purpose (the redline), so that reading the data back does not report hand edits.
 */
export function restampDocumentText(zip: PizZip): void {
  const main = zip.file('word/document.xml');
  if (!main) return;
  const sha = sha256Hex(bodyText(main.asText()));
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const xml = zip.file(name)!.asText();
    if (xml.includes(DATA_NAMESPACE)) zip.file(name, xml.replace(/textSha256="[0-9a-f]*"/, `textSha256="${sha}"`));
  }
}
