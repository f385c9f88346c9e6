import { EXIT, shownPath, type Io } from '../io.js';
import { expandInputs, formatProblems, loadAgreement } from '../load.js';

/** `partnerskap validate`: checks every file, reports all problems, writes nothing. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  let worst: number = EXIT.ok;
  for (const path of expandInputs(args, io.cwd)) {
    const loaded = await loadAgreement(path);
    if (loaded.result.ok) io.stdout.write(`${shownPath(io.cwd, path)}: gyldig\n`);
    else io.stderr.write(formatProblems(path, loaded.result.problems, io.cwd) + '\n');
    worst = Math.max(worst, loaded.exitCode);
  }
  return worst;
}
