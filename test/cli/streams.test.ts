/**
 * The terminal streams in-process: standard input read as a stream with its limit enforced while
 * reading, and failures writing standard output handled in one place (guardOutput via run()).
 * The same through real pipes and the shipped bundle: hostile-output.test.ts.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { guardOutput, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { readStdin, revived, STDIN_IS_TERMINAL } from '../../src/cli/read-input.js';
import { EXAMPLES } from '../helpers/paths.js';
import { join } from 'node:path';

const problems = (r: Awaited<ReturnType<typeof readStdin>>) => (r.result.ok ? [] : r.result.problems.map((p) => [p.code, p.message]));

describe('readStdin', () => {
  it('takes every piece however slowly it comes, as bytes (binary untouched)', async () => {
    const pieces = [Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from([0, 255]), Buffer.from('Hábmer', 'utf8')];
    const slow = new Readable({ read() {} });
    pieces.forEach((p, i) => setTimeout(() => slow.push(p), 20 * (i + 1)));
    setTimeout(() => slow.push(null), 100);
    const r = await readStdin(slow, 1000, 'x');
    expect(r.exitCode).toBe(0);
    expect(r.result.ok && r.result.value.equals(Buffer.concat(pieces))).toBe(true);
  });

  it('stops at the limit while reading and closes the stream, instead of reading on', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    const r = await readStdin(endless, 10 * 1024, 'en avtale er liten');
    expect(problems(r)).toEqual([['too_large', 'Standard inn er over 0,0 MB; en avtale er liten. Er dette riktig fil?']]);
    expect(r.exitCode).toBe(EXIT.invalid);
    expect(endless.destroyed).toBe(true);
    expect(pulled).toBeLessThan(20);
  });

  it('a read error is a Norwegian message with exit 2; a terminal is refused before waiting on it', async () => {
    const broken = new Readable({ read() {} });
    setTimeout(() => broken.destroy(Object.assign(new Error('EIO: raw'), { code: 'EIO' })), 10);
    const r = await readStdin(broken, 100, 'x');
    expect([r.exitCode, problems(r)]).toEqual([2, [['read_failed', 'Kan ikke lese «standard inn»: disken svarte med en lese- eller skrivefeil. Prøv igjen, eller velg en annen disk.']]]);
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    expect(problems(await readStdin(tty, 100, 'x'))).toEqual([['stdin_is_terminal', STDIN_IS_TERMINAL]]);
  });

  it('a stream already read to its end is said so at once, not waited on', async () => {
    const once = new PassThrough();
    once.end('a: 1\n');
    expect((await readStdin(once, 100, 'x')).exitCode).toBe(0);
    expect(problems(await readStdin(once, 100, 'x'))).toEqual([['stdin_read', 'Standard inn er allerede lest; den kan leses bare én gang.']]);
  });

  it('revived: bytes that crossed to a worker thread (a plain Uint8Array) are a Buffer again', () => {
    const crossed = { exitCode: 0, result: { ok: true as const, value: new Uint8Array([1, 2, 3]) as Buffer } };
    const back = revived(crossed);
    expect(back.result.ok && Buffer.isBuffer(back.result.value) && [...back.result.value]).toEqual([1, 2, 3]);
  });
});

/** Standard output that fails every write with `code`, as a closed pipe or a full disk does. */
function failingStdout(code: string): Writable {
  return new Writable({
    write(_chunk, _enc, cb) {
      cb(Object.assign(new Error(`${code}: raw`), { code }));
    },
  });
}

function io(stdout: Writable, input = ''): Io & { err: () => string } {
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c));
  const stdin = new PassThrough();
  stdin.end(input);
  return { stdout, stderr, stdin, cwd: EXAMPLES, env: {}, err: () => Buffer.concat(chunks).toString('utf8') };
}

describe('standard output that fails: one place, one exit code each, never a stack trace', () => {
  const AUDIT = ['audit', join(EXAMPLES, 'nav-bodo.yaml'), '--today', '2026-01-01'];

  it('a closed pipe (EPIPE): quietly 141', async () => {
    const t = io(failingStdout('EPIPE'));
    expect(await run(AUDIT, t)).toBe(EXIT.closedPipe);
    expect(t.err()).toBe('');
  });

  it.each([
    ['ENOSPC', 'disken er full. Frigjør plass, eller send utdataene et annet sted'],
    ['EIO', 'skrivefeil fra disken eller enheten'],
    ['ECONNRESET', 'uventet feil (ECONNRESET)'],
  ])('%s: a Norwegian message and 74, whatever the command would have said', async (code, says) => {
    const t = io(failingStdout(code));
    // diff would say 1 («differences»): a report nobody received must not look like one.
    expect(await run(['diff', 'nav-bodo.yaml', 'nav-indre-salten.yaml'], t)).toBe(EXIT.output);
    expect(t.err()).toContain(`partnerskap: Kan ikke skrive til standard ut: ${says}.\n`);
    expect(t.err()).not.toMatch(/\n\s+at |Unhandled/);
  });

  it('output that works changes nothing', async () => {
    const out = new PassThrough();
    out.resume();
    const t = io(out);
    const guard = guardOutput(t);
    out.write('hei\n');
    expect(await guard.settle(1)).toBe(1);
  });
});
