/**
 * Reading a PDF independently of the code under test: poppler-utils (pdfinfo, pdffonts,
 * pdfdetach), as a user or an archive would. They are required, never skipped: .ci/run installs
 * them (Debian: apt-get install poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function poppler(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`${tool} mangler: installer poppler-utils (apt-get install poppler-utils; .ci/run gjør det). ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} avsluttet med ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** pdfinfo's «Key: value» lines as a map. */
export function pdfInfo(path: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of poppler('pdfinfo', [path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info.set(m[1]!, m[2]!);
  }
  return info;
}

/** The XMP metadata stream as pdfinfo -meta prints it. */
export const pdfXmp = (path: string): string => poppler('pdfinfo', ['-meta', path]);

/** pdffonts' rows: name and whether the font is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const lines = poppler('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; the type may have spaces («Type 1C»), so read from the right.
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** The names pdfdetach -list gives. */
export function pdfAttachments(path: string): string[] {
  return poppler('pdfdetach', ['-list', path])
    .split('\n')
    .slice(1)
    .map((l) => /^\d+: (.*)$/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined);
}

/** Attachment number `n` (1-based) saved by pdfdetach into `dir`, as bytes. */
export function pdfAttachment(path: string, n: number, dir: string): Buffer {
  const out = join(dir, `vedlegg-${n}`);
  poppler('pdfdetach', ['-save', String(n), '-o', out, path]);
  return readFileSync(out);
}

/** The text of every page, as pdftotext gives it. */
export const pdfText = (path: string): string => poppler('pdftotext', ['-layout', path, '-']);

/** What a test passes as the CLI's environment so it finds LibreOffice and keeps temp files in the run's folder. */
export const LO_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, HOME: process.env.HOME };
