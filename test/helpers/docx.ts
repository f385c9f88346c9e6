/**
 * Reading a .docx independently of the code under test: every XML part parsed strictly, the
 * ECMA-376 schema check (test/tools/ooxml-validate) and LibreOffice (test/tools/lo-check).
 * A missing LibreOffice, python3-uno or lxml makes the test fail with an install hint; nothing is
 * skipped.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import PizZip from 'pizzip';
import { TEST_TOOLS } from './paths.js';

export const OOXML_VALIDATE = join(TEST_TOOLS, 'ooxml-validate', 'ooxml-validate');
export const LO_CHECK = join(TEST_TOOLS, 'lo-check', 'lo-check');
/** Debian's interpreter: python3-uno and python3-lxml are installed for it. */
const PYTHON = '/usr/bin/python3';
export const INSTALL_HINT = 'apt-get install libreoffice-writer-nogui python3-uno python3-lxml (.ci/run gjør det)';

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

function runTool(tool: string, args: string[]) {
  const r = spawnSync(PYTHON, [tool, ...args], { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`Kunne ikke kjøre ${tool} med ${PYTHON}: ${r.error.message}. Installer: ${INSTALL_HINT}`);
  if (r.signal) throw new Error(`${tool} ble stoppet (${r.signal}) etter tidsgrensen`);
  return r;
}

interface SchemaReport {
  checked: number;
  invalid: number;
  parts: Array<{ part: string; status: string; errors?: string[] }>;
  packageErrors: string[];
}

/**
 * The XSD check: status 0 means every part is valid; `output` is a readable summary
 * («14/14 parts valid» and the errors), `report` the tool's JSON.
 */
export function ooxmlValidate(path: string): { status: number | null; output: string; report?: SchemaReport } {
  const r = runTool(OOXML_VALIDATE, ['--json', path]);
  if (r.status !== 0 && r.status !== 1) return { status: r.status, output: `${r.stdout}${r.stderr}` };
  const report = JSON.parse(r.stdout) as SchemaReport;
  const errors = report.parts.flatMap((p) => (p.errors ?? []).map((e) => `${p.part}: ${e}`));
  const summary = `${report.checked - report.invalid}/${report.checked} parts valid`;
  return { status: r.status, output: [...errors, ...report.packageErrors, summary].join('\n'), report };
}

/** Runs lo-check (report, text, accept, reject, pdf) and returns its stdout; any failure throws. */
export function loCheck(args: string[]): string {
  const r = runTool(LO_CHECK, args);
  if (r.status !== 0) throw new Error(`lo-check ${args[0]} avsluttet med ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}
