/**
 * Every exit code of the program, in one place (the README's table «Avslutningskoder»). Only
 * src/cli returns them and only bin.ts hands one to `process`; no bare numbers elsewhere. Several
 * names share a number on purpose: the name says why a command ends, the number is what a script
 * sees. New codes go here (and in the README).
 */
export const EXIT = {
  /** All is well; `diff`: no differences; `audit`: nothing blocks signing. */
  ok: 0,
  /** Invalid input (`validate`, `generate`, `audit`, `wizard`). */
  invalid: 1,
  /** `diff`: the versions differ (like diff(1), so any trouble in `diff` is `usage`). */
  different: 1,
  /** `audit`: something blocks signing. */
  blocked: 1,
  /** Wrong use of the command, or a file that cannot be read or written; `diff`: also invalid input. */
  usage: 2,
  /** An error in the program itself (EX_SOFTWARE from sysexits.h): «this should not happen». */
  internal: 70,
  /** Standard output could not be written (a full disk, /dev/full): EX_IOERR from sysexits.h, distinct from 1, which `diff` and `audit` use for a result. */
  output: 74,
  /** The wizard was stopped with Ctrl+C (128 + SIGINT, as a shell reports it); the draft is saved. */
  interrupted: 130,
  /** The reader of standard output went away (`… | head -1`): 128 + SIGPIPE, as for any Unix tool stopped the same way. */
  closedPipe: 141,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
