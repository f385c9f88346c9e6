/**
 * Standard output to a pipe is written by the CLI itself (src/cli/output-stream.ts). A pipe can
 * be in non-blocking mode (any process sharing it may switch it so, and Node does for its own
 * stdout). These write 1 MB through such a pipe to a reader that waits before it reads, so the
 * pipe fills up, and check that every byte arrives in order.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const MODULE = JSON.stringify(join(ROOT, 'dist/cli/output-stream.js'));
const SIZE = 1 << 20;

/**
 * Runs `child` (an ES module script) with standard output a pipe to this test, made non-blocking
 * first (touching process.stdout does that, as any other Node process sharing the pipe may). The
 * test reads nothing for 300 ms. Gives what arrived and the exit status.
 */
function throughNonBlockingPipe(child: string): Promise<{ out: Buffer; status: number | null; stderr: string }> {
  return new Promise((done, failed) => {
    const p = spawn(process.execPath, ['--input-type=module', '-e', `process.stdout;\n${child}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    p.stdout.pause();
    setTimeout(() => p.stdout.on('data', (c: Buffer) => chunks.push(c)).resume(), 300);
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    p.on('error', failed);
    p.on('close', (status) => done({ out: Buffer.concat(chunks), status, stderr }));
  });
}

const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => 97 + (i % 26)));

describe('standard output into a full, non-blocking pipe', () => {
  it('the pipe is non-blocking: one plain write of 1 MB takes only what fits (so the next case tests something)', async () => {
    const r = await throughNonBlockingPipe(`
      import { writeSync } from 'node:fs';
      try { process.stderr.write(String(writeSync(1, Buffer.alloc(${SIZE}, 97)))); } catch (e) { process.stderr.write(e.code); }`);
    expect(r.status).toBe(0);
    expect(r.stderr === 'EAGAIN' || Number(r.stderr) < SIZE, r.stderr).toBe(true);
  }, 30_000);

  it('outputStream writes all of 1 MB, in order, and reports no error', async () => {
    const r = await throughNonBlockingPipe(`
      const { outputStream } = await import(${MODULE});
      const out = outputStream(1);
      out.on('error', (e) => { process.stderr.write(String(e)); process.exit(4); });
      const bytes = Buffer.from(Array.from({ length: ${SIZE} }, (_, i) => 97 + (i % 26)));
      out.write(bytes.subarray(0, 1000));
      out.write(bytes.subarray(1000).toString('latin1'));
      out.write('', () => process.exit(0));`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.out.length).toBe(SIZE);
    expect(r.out.equals(pattern(SIZE))).toBe(true);
  }, 30_000);
});
