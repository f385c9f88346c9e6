import { extname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { CliError, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { DOCX_EXTENSION, formatProblems, PDF_EXTENSION } from '../load.js';
import { embeddedWarnings, readDocxData } from '../load-docx.js';

export interface ExtractOptions {
  format: 'yaml' | 'json';
}

/**
 * `partnerskap extract <dokument.docx|.pdf>`: prints the agreement data a generated document (or its --pdf PDF) carries,
 * after checking it against the SHA-256 stored with it (which reveals data edited afterwards
 * without updating the hash; it is no signature). Exit 0 printed; 1 no data, data that does not
 * match, or not a .docx; 2 the file cannot be read. Nothing is printed to stdout unless it matches.
 */
export async function extractCommand(file: string, opts: ExtractOptions, io: Io): Promise<number> {
  const ext = extname(file).toLowerCase();
  if (ext !== DOCX_EXTENSION && ext !== PDF_EXTENSION)
    throw new CliError(`«${file}» er ikke et .docx- eller .pdf-dokument. extract henter avtaledataene ut av et dokument laget med «partnerskap generate»; en avtalefil (.yaml, .json) kan du lese direkte.`);
  const path = resolve(io.cwd, file);
  // A PDF made with --pdf carries the same data as an attached file.
  const read = ext === PDF_EXTENSION ? await (await import('../load-pdf.js')).readPdfData(path) : readDocxData(path);
  if (!read.result.ok) {
    io.stderr.write(formatProblems(path, read.result.problems, io.cwd) + '\n');
    return read.exitCode;
  }
  const { data } = read.result.value;
  const warnings = embeddedWarnings(read.result.value);
  if (warnings.length) io.stderr.write(formatProblems(path, warnings, io.cwd) + '\n');
  io.stdout.write(opts.format === 'json' ? JSON.stringify(data, null, 2) + '\n' : stringify(data, { lineWidth: 0 }));
  return EXIT.ok;
}
