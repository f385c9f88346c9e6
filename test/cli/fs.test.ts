import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, isDirectory, writeFileAtomic, type AtomicWriteOps } from '../../src/cli/fs.js';
import { tempDir } from '../helpers/paths.js';

const errno = (code: string) => Object.assign(new Error(`${code}: simulert`), { code });
/** A file system without hard links, as FAT/exFAT (EPERM) or a network share (ENOTSUP …) answers. */
const noHardLinks = (code: string): AtomicWriteOps & { calls: number } => {
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
    const racing: AtomicWriteOps = {
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
      const ops: AtomicWriteOps = {
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

describe('isDirectory', () => {
  it('is true for a folder only', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mappe'));
    writeFileSync(join(dir, 'fil'), '');
    expect([isDirectory(join(dir, 'mappe')), isDirectory(join(dir, 'fil')), isDirectory(join(dir, 'mangler')), isDirectory(join(dir, 'fil', 'under'))]).toEqual([true, false, false, false]);
    expect(existsSync(join(dir, 'mangler'))).toBe(false);
  });
});
