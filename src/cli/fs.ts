import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(path);
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

/** The file-system calls writeFileAtomic makes that a test may replace (a FAT stick has no hard links). */
export interface AtomicWriteOps {
  link: (existing: string, created: string) => void;
}

/**
 * What link() says where the file system has no hard links: FAT/exFAT (EPERM on Linux), some
 * network shares (ENOTSUP, ENOSYS) and mounts that span devices (EXDEV).
 */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Writes via a temp file in the same folder and a rename, so a reader never sees half a file
 * and a crash never leaves one. Refuses to replace an existing file unless `overwrite` is set.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, opts: { overwrite: boolean }, ops: AtomicWriteOps = { link: linkSync }): void {
  if (!opts.overwrite && existsSync(path)) throw new FileExistsError(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    if (opts.overwrite) renameSync(tmp, path);
    else placeNew(tmp, path, ops);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
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
