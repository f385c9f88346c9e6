/**
 * Document properties (File › Properties in Word; the PDF's title and keywords come from them):
 * docProps/core.xml, docProps/app.xml and, when there is something to say, docProps/custom.xml.
 * Written whole on the rendered zip, so the values never go through a template.
 */
import type PizZip from './pizzip.js';
import { escapeXml } from '../text/xml.js';

/** A party's case number (saksnummer) in its own archive. */
export interface CaseNumber {
  /** «Saltdal kommune», «NAV Nordland». */
  party: string;
  caseNumber: string;
}

export interface DocumentProperties {
  title: string;
  subject: string;
  /** Who the document is by: the office. */
  author: string;
  keywords: readonly string[];
  /** The generation date, ÅÅÅÅ-MM-DD (--today, else today); dcterms:created and modified. */
  generated: string;
  /**
   * Hook for schema 2.0 (`caseNumber` per party, added by the model issue): each becomes the
   * custom property «Saksnummer <party>» and a keyword. Not wired yet; callers pass it once the
   * model has it.
   */
  caseNumbers?: readonly CaseNumber[];
  /** Further custom properties (text), e.g. «Offentlig versjon»: «ja». In this order. */
  custom?: readonly { name: string; value: string }[];
  /** dc:language: «nb-NO» unless told («nn-NO» for a nynorsk document; see language.ts). */
  language?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The id Word uses for user-defined properties (the Custom tab). */
const CUSTOM_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

function coreXml(p: DocumentProperties, keywords: string[]): string {
  const when = `${p.generated}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title>` +
    `<dc:subject>${escapeXml(p.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(p.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(keywords.join('; '))}</cp:keywords>` +
    `<dc:language>${escapeXml(p.language ?? 'nb-NO')}</dc:language>` +
    `<cp:lastModifiedBy>${escapeXml(p.author)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(p: DocumentProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>partnerskap</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<Company>${escapeXml(p.author)}</Company>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  );
}

function customXml(props: readonly { name: string; value: string }[]): string {
  // pid 0 and 1 are reserved; Word numbers user properties from 2.
  const items = props.map((c, i) => `<property fmtid="${CUSTOM_FMTID}" pid="${i + 2}" name="${escapeXml(c.name)}"><vt:lpwstr>${escapeXml(c.value)}</vt:lpwstr></property>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    items.join('') +
    '</Properties>'
  );
}

/** Registers docProps/custom.xml in [Content_Types].xml and the package relationships, once. */
function registerCustom(zip: PizZip): void {
  const ct = '[Content_Types].xml';
  const types = zip.file(ct)!.asText();
  if (!types.includes(`PartName="/${CUSTOM_PART}"`)) zip.file(ct, types.replace('</Types>', `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  const relsName = '_rels/.rels';
  const rels = zip.file(relsName)!.asText();
  if (rels.includes(`Target="${CUSTOM_PART}"`)) return;
  const used = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  zip.file(relsName, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`));
}

/** Writes the properties into a rendered package. Pure in its input: same properties → same bytes. */
export function setProperties(zip: PizZip, p: DocumentProperties): void {
  if (!DATE.test(p.generated)) throw new Error(`Ugyldig dokumentdato: «${p.generated}». Dette skal ikke skje; meld fra om feilen.`);
  const cases = p.caseNumbers ?? [];
  const keywords = [...p.keywords, ...cases.map((c) => `saksnummer ${c.caseNumber}`)];
  zip.file('docProps/core.xml', coreXml(p, keywords));
  zip.file('docProps/app.xml', appXml(p));
  const custom = [{ name: 'Generert', value: p.generated }, ...cases.map((c) => ({ name: `Saksnummer ${c.party}`, value: c.caseNumber })), ...(p.custom ?? [])];
  zip.file(CUSTOM_PART, customXml(custom));
  registerCustom(zip);
}
