import { closeSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/**
 * The target is something other than a regular file or a symlink (a folder, a device such as
 * /dev/null, a FIFO, a socket): renaming a file over it would break it, so it is never replaced,
 * not even with --force. `kind` is the Norwegian noun phrase («en mappe», «en enhetsfil» …).
 */
export class NotAFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path}: ${kind}`);
  }
}

/** True for an existing folder; false for a file, a missing path or one that cannot be looked at. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What an existing path is, in Norwegian, when it is something a file may not replace. */
export function specialKind(st: Stats): string | undefined {
  if (st.isFile() || st.isSymbolicLink()) return undefined;
  if (st.isDirectory()) return 'en mappe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'en enhetsfil';
  if (st.isFIFO()) return 'et navngitt rør (FIFO)';
  if (st.isSocket()) return 'en sokkel (socket)';
  return 'ikke en vanlig fil';
}

/**
 * Why `path` (as `st` from lstat) may not be replaced, or undefined when it may: a regular file, or
 * a symlink to one (or to nothing). A symlink to a device or a folder (/dev/stdout is one) is kept:
 * whoever wrote to it meant the device, and replacing the link would break it for everyone.
 */
function replaceableKind(path: string, st: Stats): string | undefined {
  if (!st.isSymbolicLink()) return specialKind(st);
  let target: Stats;
  try {
    target = statSync(path);
  } catch {
    return undefined;
  }
  const kind = specialKind(target);
  return kind && `en lenke til ${kind}`;
}

/**
 * The file-system calls writeFileAtomic makes that a test may replace: a FAT stick has no hard
 * links, and a full disk makes write() come up short.
 */
export interface AtomicWriteOps {
  link: (existing: string, created: string) => void;
  write: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsync: (fd: number) => void;
  close: (fd: number) => void;
}

const REAL_OPS: AtomicWriteOps = {
  link: linkSync,
  write: (fd, data, offset, length) => writeSync(fd, data, offset, length),
  fsync: fsyncSync,
  close: closeSync,
};

/**
 * What link() says where the file system has no hard links: FAT/exFAT (EPERM on Linux), some
 * network shares (ENOTSUP, ENOSYS) and mounts that span devices (EXDEV).
 */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** The state of `path` without following a symlink; undefined when nothing is there. */
function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Every byte, or an error: write() may write less than asked (a disk filling up, a file-size
 * limit), and one that writes nothing at all would otherwise loop for ever.
 */
export function writeAll(fd: number, bytes: Uint8Array, write: AtomicWriteOps['write'] = REAL_OPS.write): void {
  for (let done = 0; done < bytes.length; ) {
    const n = write(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) throw Object.assign(new Error(`write() wrote ${n} of ${bytes.length - done} bytes`), { code: 'ENOSPC' });
    done += n;
  }
}

/** Removes our temp file after a failure, without hiding the failure itself. */
function discard(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // Already gone, or the folder itself vanished: nothing of ours is left either way.
  }
}

/**
 * How to write: `overwrite` lets an existing file be replaced; `mode` gives the new file these
 * permissions (default 0o644 less the umask), set on the temp file before any byte is written, so
 * a private file (0o600) is never readable by others, not even for a moment.
 */
export interface WriteOptions {
  overwrite: boolean;
  mode?: number;
}

/**
 * Writes via a temp file in the same folder: every byte written, flushed to disk (fsync), closed,
 * and only then renamed into place, so a reader never sees half a file and a full disk, a crash
 * or an I/O error leaves the target as it was and no temp file behind. Refuses to replace an
 * existing file unless `overwrite` is set, and never replaces anything but a regular file or a
 * symlink (the link itself is replaced, never the file it points to).
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, opts: WriteOptions, ops: Partial<AtomicWriteOps> = {}): void {
  writeFilesAtomic([{ path, data }], opts, ops);
}

/**
 * writeFileAtomic for files that belong together (an agreement and its guide): all are checked
 * and written in full to temp files first, and only when every one is complete are they renamed
 * into place — a full disk while writing the second leaves neither. (A rename that fails after
 * another succeeded, which takes a race, can still leave the first.) Throws the first failure;
 * its `path` property names the file.
 */
export function writeFilesAtomic(files: readonly { path: string; data: Uint8Array | string }[], opts: WriteOptions, ops: Partial<AtomicWriteOps> = {}): void {
  const all: AtomicWriteOps = { ...REAL_OPS, ...ops };
  for (const f of files) {
    const refused = refusal(f.path, opts);
    if (refused) throw refused;
  }
  const temps: string[] = [];
  try {
    for (const f of files) temps.push(writeTemp(f.path, typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data, all, opts.mode));
    for (const [i, f] of files.entries()) {
      try {
        if (opts.overwrite) renameSync(temps[i]!, f.path);
        else placeNew(temps[i]!, f.path, all);
      } catch (e) {
        throw naming(e, f.path);
      }
    }
  } catch (e) {
    temps.forEach(discard);
    throw e;
  }
  for (const dir of new Set(files.map((f) => dirname(f.path)))) syncFolder(dir);
}

/** A complete, flushed and closed temp file beside `path`; on failure none is left and the error names `path`. */
function writeTemp(path: string, bytes: Uint8Array, ops: AtomicWriteOps, mode?: number): string {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // Created no wider than `mode` (the umask only narrows it), then set exactly: fchmod ignores the umask.
    const fd = openSync(tmp, 'wx', mode ?? 0o644);
    try {
      try {
        if (mode !== undefined) fchmodSync(fd, mode);
        writeAll(fd, bytes, ops.write);
        ops.fsync(fd);
      } finally {
        // A network share may report a failed write only here; the close error then counts too.
        ops.close(fd);
      }
    } catch (e) {
      discard(tmp);
      throw e;
    }
  } catch (e) {
    throw naming(e, path);
  }
  return tmp;
}

/** The error with `path` set to the file the user asked for (Node's names our temp file). */
function naming(e: unknown, path: string): unknown {
  if (e instanceof Error && !(e instanceof FileExistsError) && !(e instanceof NotAFileError)) Object.assign(e, { path });
  return e;
}

/**
 * Why writeFileAtomic would refuse `path` before writing anything (something that is no regular
 * file; an existing file without `overwrite`), so a command writing several files can check them
 * all first and write none when one is refused.
 */
export function refusal(path: string, opts: { overwrite: boolean }): FileExistsError | NotAFileError | undefined {
  let existing: Stats | undefined;
  try {
    existing = lstatOrNone(path);
  } catch {
    return undefined; // No access to look (EACCES, ENOTDIR): writing fails with the real reason.
  }
  const kind = existing && replaceableKind(path, existing);
  if (kind) return new NotAFileError(path, kind);
  if (!opts.overwrite && existing) return new FileExistsError(path);
  return undefined;
}

/** Makes the rename itself durable; a folder that cannot be opened or synced (Windows, some shares) is no error. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only: the file is complete either way.
  }
}

/** Moves the finished temp file to `path`, which must not exist: no-clobber without a race. */
function placeNew(tmp: string, path: string, ops: AtomicWriteOps): void {
  try {
    // link() fails if the target appeared meanwhile.
    ops.link(tmp, path);
    unlinkSync(tmp);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(path);
    if (!code || !NO_HARD_LINKS.has(code)) throw e;
  }
  // No hard links here: claim the name with an exclusive create (fails if the file exists), then
  // rename the finished file over our own empty placeholder.
  let placeholder: number;
  try {
    placeholder = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw e;
  }
  closeSync(placeholder);
  try {
    renameSync(tmp, path);
  } catch (e) {
    unlinkSync(path);
    throw e;
  }
}
