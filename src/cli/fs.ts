import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/**
 * Writes via a temp file in the same folder and a rename, so a reader never sees half a file
 * and a crash never leaves one. Refuses to replace an existing file unless `overwrite` is set.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, opts: { overwrite: boolean }): void {
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
    else {
      // link() fails if the target appeared meanwhile: no-clobber without a race.
      try {
        linkSync(tmp, path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw e;
      }
      unlinkSync(tmp);
    }
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}
