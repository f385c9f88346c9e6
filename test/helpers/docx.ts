/**
 * Reading a .docx independently of the code under test: every XML part parsed strictly, the
 * ECMA-376 schema check and LibreOffice through the shared tools. One place for all test folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import PizZip from 'pizzip';
import { SHARED_TOOLS } from './paths.js';

export const OOXML_VALIDATE = join(SHARED_TOOLS, 'ooxml-validate', 'ooxml-validate');
export const LO_CHECK = join(SHARED_TOOLS, 'lo-check', 'lo-check');
const SOFFICE = process.env.LO_CHECK_SOFFICE ?? '/usr/lib/libreoffice/program/soffice';

/** LibreOffice may be missing on a developer machine; in CI (PARTNERSKAP_REQUIRE_LO) that is a failure, never a skip. */
export const REQUIRE_LO = Boolean(process.env.PARTNERSKAP_REQUIRE_LO);
export const HAS_LO = existsSync(LO_CHECK) && existsSync(SOFFICE) && existsSync('/usr/bin/python3');
/** For describe.skipIf: skip only where LibreOffice is missing and not required. */
export const SKIP_LO = !HAS_LO && !REQUIRE_LO;

/** Every XML part of the package, parsed strictly: any warning or error fails. */
export function parseParts(docx: Buffer): Map<string, Document> {
  const zip = new PizZip(docx);
  const parts = new Map<string, Document>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    const parser = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${entry.name}: XML ${level}: ${message}`);
      },
    });
    parts.set(entry.name, parser.parseFromString(entry.asText(), 'text/xml'));
  }
  return parts;
}

/** The XSD check: status 0 means every part is valid. */
export function ooxmlValidate(path: string): { status: number | null; output: string } {
  const r = spawnSync(OOXML_VALIDATE, [path], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Runs lo-check (report, text, accept, reject …) and returns its stdout; a failure throws. */
export function loCheck(args: string[]): string {
  if (!HAS_LO) throw new Error('LibreOffice eller lo-check mangler, og PARTNERSKAP_REQUIRE_LO er satt: installer libreoffice-writer-nogui og python3-uno (.ci/run gjør det).');
  const r = spawnSync(LO_CHECK, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`lo-check ${args[0]} avsluttet med ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}
