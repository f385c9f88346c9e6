/** `partnerskap web`: writes the built page, never over a file without --force. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';
import { PAGE } from './browser.js';

describe('partnerskap web', () => {
  it('writes partnerskap.html, the page the build made, with everything inside', async () => {
    const dir = tempDir();
    const r = await runCli(['web'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('partnerskap.html');
    const html = readFileSync(join(dir, 'partnerskap.html'));
    expect(html.equals(readFileSync(PAGE))).toBe(true);
    const text = html.toString('utf8');
    // One file: the markup around the inline script and style loads nothing (the browser test checks what the script does).
    const markup = text.replace(/<script>[\s\S]*<\/script>/, '<script></script>').replace(/<style>[\s\S]*<\/style>/, '<style></style>');
    expect(markup.match(/<script\b/g)).toHaveLength(1);
    expect(markup).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
    expect(text).not.toMatch(/@import|@font-face/);
    expect(text).toContain("default-src 'none'");
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const dir = tempDir();
    const target = join(dir, 'side.html');
    writeFileSync(target, 'min egen fil');
    const refused = await runCli(['web', '--out', 'side.html'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('side.html finnes fra før og ble ikke overskrevet. Bruk --force');
    expect(readFileSync(target, 'utf8')).toBe('min egen fil');
    const forced = await runCli(['web', '--out', 'side.html', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(target).equals(readFileSync(PAGE))).toBe(true);
  });

  it('wants an .html name', async () => {
    const dir = tempDir();
    const r = await runCli(['web', '--out', 'side.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Filnavnet skal slutte på .html');
    expect(existsSync(join(dir, 'side.txt'))).toBe(false);
  });
});
