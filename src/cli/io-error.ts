import { FileExistsError, NotAFileError } from './fs.js';
import { CliError } from './io.js';
import { EXIT } from './exit-codes.js';

/** Why an operation on a file failed, for the Node error codes a user can do something about. */
const REASONS: Record<string, string> = {
  ENOENT: 'mappen eller filen finnes ikke. Sjekk navnet og mappen',
  EACCES: 'du har ikke tilgang. Sjekk at du har lese- og skrivetilgang, eller velg en annen mappe',
  EPERM: 'det er ikke tillatt. Filen kan være åpen i et annet program (lukk dokumentet i Word og prøv igjen), eller du mangler tilgang',
  EBUSY: 'filen er i bruk av et annet program. Lukk dokumentet i Word og prøv igjen',
  EEXIST: 'det finnes allerede en fil med det navnet. Velg et annet navn',
  ENOTDIR: 'en del av stien er en fil, ikke en mappe. Sjekk stien',
  EISDIR: 'det er en mappe, ikke en fil',
  ENOSPC: 'disken er full. Frigjør plass og prøv igjen',
  EFBIG: 'filen ble større enn filsystemet eller grensen for filstørrelse tillater. Velg en annen disk',
  EDQUOT: 'diskkvoten din er brukt opp. Frigjør plass og prøv igjen',
  EIO: 'disken svarte med en lese- eller skrivefeil. Prøv igjen, eller velg en annen disk',
  EROFS: 'disken er skrivebeskyttet. Velg en annen mappe',
};

/** The Node error code of an I/O failure, or undefined for anything else (a bug, not the user's file system). */
const errorCode = (e: unknown): string | undefined => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * «Kan ikke skrive «ut/avtale.docx»: filen er i bruk av et annet program. Lukk dokumentet i Word
 * og prøv igjen.» — a failed file operation in Norwegian, with what to do, never a bare code.
 * `action` is what was attempted («skrive», «lese», «opprette mappen»), `shown` the path as the
 * user should see it (see shownPath).
 */
export function ioErrorMessage(action: string, shown: string, e: unknown): string {
  return `Kan ikke ${action} «${shown}»: ${ioReason(e)}.`;
}

/** Why a file operation failed, lower-case and without the full stop: «filen er i bruk av et annet program. Lukk …». */
export function ioReason(e: unknown): string {
  const code = errorCode(e);
  return (code && REASONS[code]) ?? `uventet feil fra filsystemet (${code ?? (e instanceof Error ? e.message : String(e))})`;
}

/**
 * Why reading failed, as a sentence with what to do. A missing file is «Finner ikke «x».»: that is
 * what a user looks for; every other failure gives its real reason (no access is not «not found»).
 * `shown` is the path as the user should see it; without it the sentence says «filen» (the path
 * is already printed in front of the message).
 */
export function readErrorMessage(shown: string | undefined, e: unknown): string {
  const what = shown === undefined ? 'filen' : `«${shown}»`;
  return errorCode(e) === 'ENOENT' ? `Finner ikke ${what}. Sjekk navnet og mappen.` : `Kan ikke lese ${what}: ${ioReason(e)}.`;
}

/**
 * The CliError (exit 2) for an I/O failure. Anything that is not an I/O failure is a bug and is
 * thrown on as it is, so it is reported as one instead of being passed off as the user's problem.
 */
export function ioError(action: string, shown: string, e: unknown): CliError {
  if (errorCode(e) === undefined) throw e;
  return new CliError(ioErrorMessage(action, shown, e), EXIT.usage);
}

/**
 * Why writing `shown` failed, for every way writeFileAtomic fails: a file that exists without
 * --force (`instead` says what else to do: «velg et annet navn med --out»), a target that is no
 * regular file, or an I/O failure (the target is then as it was). Throws anything else on (a bug).
 */
export function writeFailureMessage(shown: string, e: unknown, instead: string): string {
  if (e instanceof FileExistsError) return `${shown} finnes fra før og ble ikke overskrevet. Bruk --force for å overskrive, eller ${instead}.`;
  if (e instanceof NotAFileError) return `Kan ikke skrive «${shown}»: det er ${e.kind}, ikke en vanlig fil, og blir ikke erstattet, heller ikke med --force. Velg et filnavn.`;
  if (errorCode(e) === undefined) throw e;
  return `${ioErrorMessage('skrive', shown, e)} Ingenting ble skrevet til «${shown}».`;
}
