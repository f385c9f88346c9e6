/**
 * LibreOffice as a runtime component: finding `soffice` and having it convert .docx documents
 * to PDF/A. Each conversion runs in its own temporary folder with its own LibreOffice profile
 * (so conversions never share or lock a user's profile, and may run side by side), under a
 * time limit, and leaves nothing behind.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './io.js';
import { EXIT } from './exit-codes.js';

/** Overrides the search: the full path of the soffice program to use. */
export const SOFFICE_ENV = 'PARTNERSKAP_SOFFICE';
const TIMEOUT_MS = 180_000;

/**
 * LibreOffice's PDF export options (JSON filter options need LibreOffice 7.4 or newer):
 * PDF/A-3b, which embeds every font and takes title and language from the document; tagged
 * (structure for screen readers); bookmarks from the headings; the title in the window bar.
 */
export const PDF_FILTER = {
  SelectPdfVersion: { type: 'long', value: '3' },
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
  DisplayPDFDocumentTitle: { type: 'boolean', value: 'true' },
  ExportNotes: { type: 'boolean', value: 'false' },
  ExportFormFields: { type: 'boolean', value: 'false' },
};

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where LibreOffice's own installers put it, for Windows and macOS, where it is rarely on PATH. */
function usualPlaces(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  if (process.platform === 'win32')
    return [env.ProgramFiles, env['ProgramFiles(x86)']].filter((d): d is string => !!d).map((d) => join(d, 'LibreOffice', 'program', 'soffice.exe'));
  return [];
}

/** The soffice program: $PARTNERSKAP_SOFFICE, else the first on PATH, else the installers' usual place; undefined when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv): string | undefined {
  const given = env[SOFFICE_ENV];
  if (given) return isExecutable(given) ? given : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  return [...dirs.flatMap((d) => names.map((n) => join(d, n))), ...usualPlaces(env)].find(isExecutable);
}

/** The message when LibreOffice is missing: how to install it. */
export function missingSofficeMessage(env: NodeJS.ProcessEnv): string {
  const given = env[SOFFICE_ENV];
  const where = given ? `«${given}» (fra ${SOFFICE_ENV}) finnes ikke eller kan ikke kjøres` : 'finner ikke programmet «soffice»';
  return (
    `--pdf krever LibreOffice, som lager PDF/A-filen, men ${where}. Installer LibreOffice: på Debian og Ubuntu ` +
    '«apt-get install libreoffice-writer-nogui», på Windows og macOS fra libreoffice.org. Ligger det et annet sted, ' +
    `oppgi programmet i miljøvariabelen ${SOFFICE_ENV}. Ingen filer er skrevet.`
  );
}

/** Runs soffice; kills it (with the processes it started) at the time limit. */
function runSoffice(soffice: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((done) => {
    let output = '';
    let timedOut = false;
    // Its own process group, so the time limit also ends soffice.bin behind the launcher script.
    const child = spawn(soffice, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    const keep = (c: Buffer) => (output = (output + c.toString('utf8')).slice(-2000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ code: null, output: e.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, timedOut });
    });
  });
}

/**
 * Converts .docx documents to PDF/A with LibreOffice, all in one run (LibreOffice's start-up is
 * most of the time), and returns the PDFs' bytes in the same order. `names` are for messages; the
 * temporary folder is removed whatever happens. Failures are CliErrors (exit 2) saying what
 * LibreOffice said.
 */
export async function convertToPdf(soffice: string, docs: { name: string; docx: Uint8Array }[], env: NodeJS.ProcessEnv, timeoutMs = TIMEOUT_MS): Promise<Buffer[]> {
  const dir = mkdtempSync(join(tmpdir(), 'partnerskap-pdf-'));
  const names = docs.map((d) => `«${d.name}»`).join(' og ');
  try {
    mkdirSync(join(dir, 'in'));
    const outDir = join(dir, 'out');
    // Plain file names: LibreOffice never sees the user's (which may hold any character).
    const inputs = docs.map((d, i) => {
      const input = join(dir, 'in', `dokument${i + 1}.docx`);
      writeFileSync(input, d.docx);
      return input;
    });
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      `pdf:writer_pdf_Export:${JSON.stringify(PDF_FILTER)}`,
      '--outdir',
      outDir,
      ...inputs,
    ];
    const r = await runSoffice(soffice, args, env, timeoutMs);
    if (r.timedOut) throw new CliError(`LibreOffice ble ikke ferdig med PDF av ${names} innen ${timeoutMs / 1000} sekunder og ble stoppet. Prøv igjen; lukk gjerne andre LibreOffice-vinduer først.`, EXIT.usage);
    const pdfs = docs.map((_d, i) => join(outDir, `dokument${i + 1}.pdf`));
    if (r.code !== 0 || !pdfs.every((p) => existsSync(p))) {
      const said = r.output.trim().split('\n').filter((l) => !/javaldx|java may not/i.test(l)).slice(-3).join(' ').trim();
      throw new CliError(`LibreOffice (${soffice}) kunne ikke lage PDF av ${names} (avslutningskode ${r.code ?? 'ukjent'})${said ? `: ${said}` : ''}. Kontroller at LibreOffice 7.4 eller nyere er installert og virker.`, EXIT.usage);
    }
    return pdfs.map((p) => readFileSync(p));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
