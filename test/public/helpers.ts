/**
 * An agreement whose checklist carries internal comments with a marker no other text has, so a
 * test can look for the marker anywhere in a document: text, embedded data, properties.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type { Agreement } from '../../src/model/agreement.js';
import { example } from '../helpers/paths.js';

/** Appears only in the internal comments. */
export const SECRET = 'INTERNT-7Q9Z';

export function withComments(): Agreement {
  const a = example('nav-indre-salten.yaml');
  a.checklist = {
    '3.7-2': { status: 'delvis', comment: `Delegasjonsvedtaket er ikke klart i Beiarn (${SECRET}-a).`, answeredBy: 'Kari Nordmann', answeredAt: '2025-10-01' },
    '3.8-1': { status: 'ja', comment: `Budsjettet er avklart med rådmannen (${SECRET}-b).` },
    '9.0-1': { status: 'ja' },
  };
  return a;
}

/** The agreement written as JSON into `dir`; returns the file name. */
export function writeAgreement(dir: string, a: Agreement = withComments(), name = 'avtale.json'): string {
  writeFileSync(join(dir, name), JSON.stringify(a, null, 2));
  return name;
}

/** Every part of a .docx as text, by name (read with PizZip, not with the project's own reader). */
export function partsOf(docx: Buffer): Map<string, string> {
  const zip = new PizZip(docx);
  return new Map(Object.values(zip.files).filter((f) => !f.dir).map((f) => [f.name, f.asText()] as const));
}

/** The names of the parts that contain `needle`. */
export const partsWith = (docx: Buffer, needle: string): string[] => [...partsOf(docx)].filter(([, text]) => text.includes(needle)).map(([name]) => name);

/** «Offentlig versjon» and its value from docProps/custom.xml, if there. */
export function publicProperty(docx: Buffer): string | undefined {
  const custom = partsOf(docx).get('docProps/custom.xml') ?? '';
  return /<property [^>]*name="Offentlig versjon"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/.exec(custom)?.[1];
}
