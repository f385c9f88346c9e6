import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ioError, ioErrorMessage } from '../../src/cli/io-error.js';
import { CliError, shownPath } from '../../src/cli/io.js';

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
    expect(ioErrorMessage('lese', 'a.yaml', errno('EIO'))).toBe('Kan ikke lese «a.yaml»: uventet feil fra filsystemet (EIO).');
  });

  it('ioError gives a usage error (exit 2) for I/O, and passes anything else on as the bug it is', () => {
    const e = ioError('skrive', 'a.docx', errno('EBUSY'));
    expect(e).toBeInstanceOf(CliError);
    expect(e.exitCode).toBe(2);
    const bug = new TypeError('x is undefined');
    expect(() => ioError('skrive', 'a.docx', bug)).toThrow(bug);
  });
});
