import { shownPath, STDIN, type Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs, formatProblems, loadAgreement, readAgreementStdin } from '../load.js';

/** `partnerskap validate`: checks every file, reports all problems, writes nothing. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  let worst: number = EXIT.ok;
  const paths = expandInputs(args, io.cwd);
  // Read once, whenever «-» is among the files (expandInputs lists it once).
  const stdin = paths.includes(STDIN) ? await readAgreementStdin(io.stdin) : undefined;
  for (const path of paths) {
    const loaded = await loadAgreement(path, stdin);
    if (loaded.result.ok) io.stdout.write(`${shownPath(io.cwd, path)}: gyldig\n`);
    else io.stderr.write(formatProblems(path, loaded.result.problems, io.cwd) + '\n');
    worst = Math.max(worst, loaded.exitCode);
  }
  return worst;
}
