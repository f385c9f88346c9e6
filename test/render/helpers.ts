/**
 * Reading rendered agreements independently of the renderer: mammoth for the text, expected
 * values computed here; the strict XML and external checks come from test/helpers/docx.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '@xmldom/xmldom';
import mammoth from 'mammoth';
import { parse } from 'yaml';
import { writeFileAtomic } from '../../src/cli/fs.js';
import { packFolder } from '../../src/build/pack-templates.js';
import type { Agreement } from '../../src/model/agreement.js';
import { loCheck } from '../helpers/docx.js';
import { ROOT, tempDir } from '../helpers/paths.js';

export { OOXML_VALIDATE, LO_CHECK, parseParts, ooxmlValidate } from '../helpers/docx.js';

/** Leftovers of the national template or of templating that must never reach a document. */
export const FORBIDDEN = /………|\.\.\.\.|stryk det som ikke passer|fyll inn|\{[^}]*\}|undefined|null|\[object Object\]|NaN/;

/** Packs the template source so the tests exercise templates/partnerskapsavtale/, not a stale build. */
export function packAgreementTemplate(): void {
  writeFileAtomic(join(ROOT, 'templates/partnerskapsavtale.docx'), packFolder(join(ROOT, 'templates/partnerskapsavtale')), { overwrite: true });
}

export function loadExample(name: string): Agreement {
  return parse(readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8')) as Agreement;
}

/** NAV Østensjø: Alternativ 1 with Bydel Østensjø (Oslo) in the kommune's place, built from NAV Bodø. */
export function bydelAgreement(): Agreement {
  const a = loadExample('nav-bodo');
  a.parties.municipalities = [{ kind: 'bydel', name: 'Bydel Østensjø', number: '030113', orgNumber: a.parties.municipalities[0]!.orgNumber }];
  a.parties.municipalHeadTitle = 'bydelsdirektør';
  a.parties.county = { name: 'NAV Oslo' };
  a.parties.officeName = 'NAV Østensjø';
  a.location.sites[0]!.municipality = '030113';
  a.costs.fte = [{ municipality: '030113', fte: a.costs.fte![0]!.fte }];
  return a;
}

/** A deep copy to modify freely in a test. */
export const clone = <T>(x: T): T => structuredClone(x);

/** Bodø with every optional value removed: only what the schema requires, every optional list empty. */
export function minimal(): Agreement {
  const a = clone(loadExample('nav-bodo'));
  a.parties.county = { name: a.parties.county.name };
  a.purpose = {};
  a.governance = {};
  a.security = {};
  a.coDetermination = { mainAgreements: a.coDetermination.mainAgreements };
  a.goals = {};
  a.competence = {};
  a.delegation = { stateStaffOnMunicipalTasks: false, municipalStaffOnStateTasks: false };
  a.costs = { stateFte: a.costs.stateFte, fte: a.costs.fte };
  a.services = { stateServices: a.services.stateServices, statutoryMunicipalServices: a.services.statutoryMunicipalServices };
  a.userParticipation = {};
  a.cooperation = {};
  a.disputeResolution = {};
  a.externalAudit = {};
  a.period = { start: a.period.start };
  a.signing = {};
  a.attachments = [];
  return a;
}

export async function mammothText(docx: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return value;
}

/** Non-empty paragraphs of mammoth's raw text (it ends every paragraph with a blank line). */
export function paragraphs(text: string): string[] {
  return text
    .split('\n\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Non-breaking and other special spaces → plain space, so expectations can be written plainly. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** [style id, text] of every paragraph in word/document.xml. */
export function styledParagraphs(doc: Document): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const ps = doc.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps.item(i)!;
    const style = p.getElementsByTagNameNS(W, 'pStyle').item(0)?.getAttributeNS(W, 'val') ?? '';
    const ts = p.getElementsByTagNameNS(W, 't');
    let text = '';
    for (let j = 0; j < ts.length; j++) text += ts.item(j)!.textContent ?? '';
    out.push([style, text]);
  }
  return out;
}

export function writeTemp(docx: Buffer, name: string): string {
  const dir = tempDir('partnerskap-render-');
  const path = join(dir, name);
  writeFileSync(path, docx);
  return path;
}

export interface LoReport {
  xmlstrict: { ok: boolean; errors: string[] };
  stats: { loaded: boolean; pages: number; headings: string[]; template_tags_left: string[]; field_types: Record<string, number> };
  text: string;
}

export function loReport(path: string): LoReport {
  return JSON.parse(loCheck(['report', path])) as LoReport;
}

/**
 * Expected cost split, computed here from the raw årsverk and not by the code under test:
 * largest remainder over hundredths of a percent, and over whole kroner of the budget.
 */
export function expectedSplit(ftes: number[], total: number): number[] {
  const w = ftes.map((f) => Math.round(f * 100));
  const sum = w.reduce((a, b) => a + b, 0);
  const exact = w.map((x) => (x * total) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) if (left-- > 0) parts[i]! += 1;
  return parts;
}

/** 4058 → «40,58 %»; 953623 → «953 623 kr» (plain spaces; compare with {@link plain}). */
export const pct = (bp: number) => `${Math.floor(bp / 100)},${String(bp % 100).padStart(2, '0')} %`;
export const nok = (kr: number) => `${String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
export const fte = (n: number) => n.toFixed(2).replace('.', ',');
