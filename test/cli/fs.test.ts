import { closeSync, existsSync, fstatSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, isDirectory, NotAFileError, refusal, writeFileAtomic, type AtomicWriteOps } from '../../src/cli/fs.js';
import { writeFailureMessage } from '../../src/cli/io-error.js';
import { tempDir } from '../helpers/paths.js';

const errno = (code: string) => Object.assign(new Error(`${code}: simulert`), { code });
/** A file system without hard links, as FAT/exFAT (EPERM) or a network share (ENOTSUP …) answers. */
const noHardLinks = (code: string): Partial<AtomicWriteOps> & { calls: number } => {
  const ops = {
    calls: 0,
    link: () => {
      ops.calls++;
      throw errno(code);
    },
  };
  return ops;
};

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file behind', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'a.txt'), 'Hábmer æøå', { overwrite: false });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Hábmer æøå');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('never replaces an existing file without overwrite, and does with it', () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'mitt eget');
    expect(() => writeFileAtomic(path, 'nytt', { overwrite: false })).toThrow(FileExistsError);
    expect(readFileSync(path, 'utf8')).toBe('mitt eget');
    writeFileAtomic(path, 'nytt', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('nytt');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('refuses a file that appears after the first check (the link sees it)', () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    const racing: Partial<AtomicWriteOps> = {
      link: (from, to) => {
        writeFileSync(to, 'kom først');
        linkSync(from, to);
      },
    };
    expect(() => writeFileAtomic(path, 'nytt', { overwrite: false }, racing)).toThrow(FileExistsError);
    expect(readFileSync(path, 'utf8')).toBe('kom først');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  describe.each(['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS'])('where link() fails with %s (no hard links)', (code) => {
    it('still writes a new file, by an exclusive create and a rename, and leaves nothing behind', () => {
      const dir = tempDir();
      const ops = noHardLinks(code);
      writeFileAtomic(join(dir, 'a.docx'), Buffer.from('PK data'), { overwrite: false }, ops);
      expect(ops.calls).toBe(1);
      expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('PK data');
      expect(readdirSync(dir)).toEqual(['a.docx']);
    });

    it('still refuses a file that appeared meanwhile', () => {
      const dir = tempDir();
      const path = join(dir, 'a.docx');
      const ops: Partial<AtomicWriteOps> = {
        link: () => {
          writeFileSync(path, 'kom først');
          throw errno(code);
        },
      };
      expect(() => writeFileAtomic(path, 'nytt', { overwrite: false }, ops)).toThrow(FileExistsError);
      expect(readFileSync(path, 'utf8')).toBe('kom først');
      expect(readdirSync(dir)).toEqual(['a.docx']);
    });
  });

  it('passes any other link() failure on, and cleans up its temp file', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'a.txt'), 'x', { overwrite: false }, noHardLinks('EIO'))).toThrow(/EIO/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with the file system’s own code when the folder is missing', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'mangler', 'a.txt'), 'x', { overwrite: false })).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('writeFileAtomic: every byte or nothing', () => {
  const BYTES = Buffer.alloc(100_000, 'x');

  /** A disk that takes `room` more bytes and then is full: short writes, then ENOSPC, as write(2) does. */
  const fillingDisk = (room: number) => {
    const calls: number[] = [];
    const write = (fd: number, data: Uint8Array, offset: number, length: number): number => {
      const n = Math.min(length, room, 4096);
      calls.push(n);
      if (n === 0) throw errno('ENOSPC');
      room -= n;
      return writeSync(fd, data, offset, n);
    };
    return { calls, write };
  };

  it('writes in as many pieces as write() takes, and all of them', () => {
    const dir = tempDir();
    const disk = fillingDisk(Infinity);
    writeFileAtomic(join(dir, 'a.docx'), BYTES, { overwrite: false }, { write: disk.write });
    expect(disk.calls.length).toBe(Math.ceil(BYTES.length / 4096));
    expect(readFileSync(join(dir, 'a.docx')).equals(BYTES)).toBe(true);
  });

  it.each([
    ['a new file', false, undefined],
    ['over an existing file, with overwrite', true, 'det gamle dokumentet'],
  ])('a disk that fills up half way: %s is left as it was, no temp file behind', (_it, overwrite, before) => {
    const dir = tempDir();
    const path = join(dir, 'a.docx');
    if (before !== undefined) writeFileSync(path, before);
    const disk = fillingDisk(8192 + 100);
    let thrown: unknown;
    try {
      writeFileAtomic(path, BYTES, { overwrite }, { write: disk.write });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: 'ENOSPC' });
    expect(disk.calls).toEqual([4096, 4096, 100, 0]);
    expect(before === undefined ? existsSync(path) : readFileSync(path, 'utf8')).toBe(before ?? false);
    expect(readdirSync(dir)).toEqual(before === undefined ? [] : ['a.docx']);
    expect(writeFailureMessage('a.docx', thrown, 'velg et annet navn')).toBe('Kan ikke skrive «a.docx»: disken er full. Frigjør plass og prøv igjen. Ingenting ble skrevet til «a.docx».');
  });

  it('a write() that returns 0 without an error is a full disk, not an endless loop', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'a.txt'), 'x', { overwrite: false }, { write: () => 0 })).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['fsync', 'close'] as const)('a failing %s (a network share reports write errors late) leaves nothing behind', (call) => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'gammel');
    const ops: Partial<AtomicWriteOps> = call === 'fsync' ? { fsync: () => { throw errno('EIO'); } } : { close: (fd) => { closeSync(fd); throw errno('EIO'); } };
    expect(() => writeFileAtomic(path, 'ny', { overwrite: true }, ops)).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect([readFileSync(path, 'utf8'), readdirSync(dir)]).toEqual(['gammel', ['a.txt']]);
  });
});

describe('writeFileAtomic: the mode option', () => {
  /** A write() that records the temp file's permissions as they are when the bytes go in. */
  const watching = () => {
    const modes: number[] = [];
    const write = (fd: number, data: Uint8Array, offset: number, length: number): number => {
      modes.push(fstatSync(fd).mode & 0o7777);
      return writeSync(fd, data, offset, length);
    };
    return { modes, write };
  };

  it.each([
    ['over a file, with overwrite (the checklist command keeps a private agreement private)', true, 0o600],
    ['a new file, wider than the umask allows at create (set exactly)', false, 0o666],
    ['a read-only file', true, 0o400],
  ])('gives the temp file the final mode before any byte is written: %s', (_it, overwrite, mode) => {
    const dir = tempDir();
    const path = join(dir, 'avtale.yaml');
    if (overwrite) writeFileSync(path, 'gammel', { mode: 0o644 });
    const disk = watching();
    writeFileAtomic(path, 'ny: Hábmer', { overwrite, mode }, { write: disk.write });
    expect(disk.modes.length).toBeGreaterThan(0);
    expect(disk.modes.every((m) => m === mode)).toBe(true);
    expect(statSync(path).mode & 0o7777).toBe(mode);
    expect([readFileSync(path, 'utf8'), readdirSync(dir)]).toEqual(['ny: Hábmer', ['avtale.yaml']]);
  });

  it('without it, a file replaced with overwrite gets the mode a new file gets, not the old one', () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'gammel', { mode: 0o700 });
    writeFileAtomic(path, 'ny', { overwrite: true });
    writeFileAtomic(join(dir, 'ny.txt'), 'ny', { overwrite: false });
    expect(statSync(path).mode & 0o7777).toBe(statSync(join(dir, 'ny.txt')).mode & 0o7777);
  });
});

describe('writeFileAtomic: only a regular file (or a symlink) is ever replaced', () => {
  it('refuses a folder, a device and a FIFO, even with overwrite, and writes nothing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mappe.docx'));
    execFileSync('mkfifo', [join(dir, 'rør.md')]);
    for (const [path, kind] of [
      [join(dir, 'mappe.docx'), 'en mappe'],
      ['/dev/null', 'en enhetsfil'],
      [join(dir, 'rør.md'), 'et navngitt rør (FIFO)'],
    ] as const) {
      expect(() => writeFileAtomic(path, 'x', { overwrite: true })).toThrow(expect.objectContaining({ kind }));
      expect(refusal(path, { overwrite: true })).toBeInstanceOf(NotAFileError);
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['mappe.docx', 'rør.md']);
  });

  it('replaces a symlink itself with overwrite, never the file it points to', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mål.md'), 'målet');
    symlinkSync('mål.md', join(dir, 'lenke.md'));
    expect(() => writeFileAtomic(join(dir, 'lenke.md'), 'ny', { overwrite: false })).toThrow(FileExistsError);
    writeFileAtomic(join(dir, 'lenke.md'), 'ny', { overwrite: true });
    expect(lstatSync(join(dir, 'lenke.md')).isFile()).toBe(true);
    expect([readFileSync(join(dir, 'lenke.md'), 'utf8'), readFileSync(join(dir, 'mål.md'), 'utf8')]).toEqual(['ny', 'målet']);
  });

  it('a dangling symlink counts as existing; a symlink to a device is refused like the device', () => {
    const dir = tempDir();
    symlinkSync('finnes-ikke', join(dir, 'død.md'));
    symlinkSync('/dev/null', join(dir, 'null.md'));
    expect(() => writeFileAtomic(join(dir, 'død.md'), 'x', { overwrite: false })).toThrow(FileExistsError);
    expect(() => writeFileAtomic(join(dir, 'null.md'), 'x', { overwrite: true })).toThrow(expect.objectContaining({ kind: 'en lenke til en enhetsfil' }));
    expect(readlinkSync(join(dir, 'null.md'))).toBe('/dev/null');
  });
});

describe('isDirectory', () => {
  it('is true for a folder only', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mappe'));
    writeFileSync(join(dir, 'fil'), '');
    expect([isDirectory(join(dir, 'mappe')), isDirectory(join(dir, 'fil')), isDirectory(join(dir, 'mangler')), isDirectory(join(dir, 'fil', 'under'))]).toEqual([true, false, false, false]);
    expect(existsSync(join(dir, 'mangler'))).toBe(false);
  });
});
