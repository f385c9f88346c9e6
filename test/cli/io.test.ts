import { writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ioError, ioErrorMessage, ioReason, readErrorMessage } from '../../src/cli/io-error.js';
import { CliError, shownPath } from '../../src/cli/io.js';
import { expandInputs } from '../../src/cli/load.js';
import { readInput } from '../../src/cli/read-input.js';
import { tempDir } from '../helpers/paths.js';

describe('shownPath: a path as the user should see it', () => {
  const cwd = resolve('/arbeid/kontor');
  it.each([
    ['a file in the working folder', 'avtale.yaml', 'avtale.yaml'],
    ['a file below it, given absolute', join(cwd, 'ut', 'avtale.docx'), join('ut', 'avtale.docx')],
    ['the working folder itself', cwd, '.'],
    ['a sibling folder: absolute, not «../»', resolve('/arbeid/annet/a.yaml'), resolve('/arbeid/annet/a.yaml')],
    ['a relative path that climbs out: absolute', join('..', '..', 'tmp', 'a.yaml'), resolve('/tmp/a.yaml')],
    ['the parent folder: absolute', '..', resolve('/arbeid')],
    ['a name that only starts with two dots stays inside', '..skjult.yaml', '..skjult.yaml'],
    ['æøå and Sámi letters untouched', join(cwd, 'Hábmer – Bodø.yaml'), 'Hábmer – Bodø.yaml'],
  ])('%s', (_it, path, shown) => {
    expect(shownPath(cwd, path)).toBe(shown);
    expect(shownPath(cwd, path)).not.toMatch(new RegExp(`^\\.\\.(\\${sep}|$)`));
  });
});

describe('I/O errors in Norwegian', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
  it.each([
    ['ENOENT', 'mappen eller filen finnes ikke'],
    ['EACCES', 'du har ikke tilgang'],
    ['EPERM', 'lukk dokumentet i Word og prøv igjen'],
    ['EBUSY', 'Lukk dokumentet i Word og prøv igjen'],
    ['EEXIST', 'finnes allerede en fil med det navnet'],
    ['ENOTDIR', 'en del av stien er en fil, ikke en mappe'],
    ['EISDIR', 'det er en mappe, ikke en fil'],
    ['ENOSPC', 'disken er full'],
    ['EROFS', 'skrivebeskyttet'],
  ])('%s', (code, says) => {
    const message = ioErrorMessage('skrive', 'ut/avtale.docx', errno(code));
    expect(message).toMatch(/^Kan ikke skrive «ut\/avtale\.docx»: .+\.$/);
    expect(message).toContain(says);
    expect(message).not.toContain(code);
    expect(message).not.toContain('raw');
  });

  it('an unknown code is named, as a last resort', () => {
    expect(ioErrorMessage('lese', 'a.yaml', errno('ESTALE'))).toBe('Kan ikke lese «a.yaml»: uventet feil fra filsystemet (ESTALE).');
  });

  it('ioError gives a usage error (exit 2) for I/O, and passes anything else on as the bug it is', () => {
    const e = ioError('skrive', 'a.docx', errno('EBUSY'));
    expect(e).toBeInstanceOf(CliError);
    expect(e.exitCode).toBe(2);
    const bug = new TypeError('x is undefined');
    expect(() => ioError('skrive', 'a.docx', bug)).toThrow(bug);
  });
});

describe('reading input: one helper, one wording', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

  it('a missing file is «Finner ikke»; any other failure gives its real reason', () => {
    expect(readErrorMessage('a.yaml', errno('ENOENT'))).toBe('Finner ikke «a.yaml». Sjekk navnet og mappen.');
    expect(readErrorMessage(undefined, errno('ENOENT'))).toBe('Finner ikke filen. Sjekk navnet og mappen.');
    const denied = readErrorMessage('a.yaml', errno('EACCES'));
    expect(denied).toBe(`Kan ikke lese «a.yaml»: ${ioReason(errno('EACCES'))}.`);
    expect(denied).not.toContain('Finner ikke');
  });

  it('expandInputs: a path through a file is not «not found»', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), '');
    expect(() => expandInputs([join('a.yaml', 'b.yaml')], dir)).toThrow(`Kan ikke lese «${join('a.yaml', 'b.yaml')}»: en del av stien er en fil, ikke en mappe. Sjekk stien.`);
    expect(() => expandInputs(['c.yaml'], dir)).toThrow('Finner ikke «c.yaml». Sjekk navnet og mappen.');
  });

  it('readInput: the bytes, or the problem with its exit code', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'Hábmer');
    const read = readInput(join(dir, 'a.yaml'), 100, 'x');
    expect(read.exitCode).toBe(0);
    expect(read.result.ok && read.result.value.toString('utf8')).toBe('Hábmer');
    const cases: [string, number, string, string][] = [
      [join(dir, 'a.yaml'), 2, 'too_large', 'Filen er 0,0 MB; en avtale er liten. Er dette riktig fil?'],
      [dir, 1000, 'is_directory', 'Dette er en mappe, ikke en fil.'],
      [join(dir, 'b.yaml'), 1000, 'read_failed', 'Finner ikke filen. Sjekk navnet og mappen.'],
      [join(dir, 'a.yaml', 'b.yaml'), 1000, 'read_failed', 'Kan ikke lese filen: en del av stien er en fil, ikke en mappe. Sjekk stien.'],
    ];
    for (const [path, max, code, message] of cases) {
      const r = readInput(path, max, 'en avtale er liten');
      expect(r.result.ok ? [] : r.result.problems.map((p) => [p.code, p.message]), path).toEqual([[code, message]]);
      expect(r.exitCode, path).toBe(code === 'too_large' ? 1 : 2);
    }
  });
});
