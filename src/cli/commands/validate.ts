import type { Problem } from '../../model/problem.js';
import { shownPath, STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs, formatProblems, loadAgreement, readAgreementStdin } from '../load.js';

/** One file in `validate --format json`: keys in this order, so the same input gives the same bytes. */
interface FileJson {
  /** The file as given on the command line (relative to the working folder), «-» for standard input. */
  file: string;
  valid: boolean;
  problems: Pick<Problem, 'code' | 'severity' | 'pointer' | 'section' | 'line' | 'column' | 'message' | 'source'>[];
}

const problemJson = (p: Problem): FileJson['problems'][number] => ({ code: p.code, severity: p.severity, pointer: p.pointer, section: p.section, line: p.line, column: p.column, message: p.message, source: p.source });

/**
 * `partnerskap validate`: checks every file, reports all problems, writes nothing. As text, a
 * line per valid file on stdout and the problems on stderr; as JSON, one array on stdout.
 */
export async function validateCommand(args: string[], io: Io, format: 'text' | 'json' = 'text'): Promise<number> {
  let worst: number = EXIT.ok;
  const paths = expandInputs(args, io.cwd);
  // Read once, whenever «-» is among the files (expandInputs lists it once).
  const stdin = paths.includes(STDIN) ? await readAgreementStdin(io.stdin) : undefined;
  const files: FileJson[] = [];
  for (const path of paths) {
    const loaded = await loadAgreement(path, stdin);
    const problems = loaded.result.ok ? [] : loaded.result.problems;
    if (format === 'json') files.push({ file: path === STDIN ? STDIN : shownPath(io.cwd, path), valid: loaded.result.ok, problems: problems.map(problemJson) });
    else if (loaded.result.ok) io.stdout.write(`${shownPath(io.cwd, path)}: gyldig\n`);
    else io.stderr.write(formatProblems(path, problems, io.cwd) + '\n');
    worst = Math.max(worst, loaded.exitCode);
  }
  if (format === 'json') io.stdout.write(JSON.stringify(files, null, 2) + '\n');
  return worst;
}
