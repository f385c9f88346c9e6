import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { syntheticAgreements } from '../../bench/synthetic.js';
import { generateCommand } from '../../src/cli/commands/generate.js';
import type { Io } from '../../src/cli/io.js';
import { tempDir } from '../helpers/paths.js';

/** A stream that says it is a terminal, collecting what is written. */
function terminal(): { stream: PassThrough & { isTTY: boolean; columns: number }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('generate on a terminal', () => {
  it('shows a progress bar on stderr, keeps messages readable above it, and ends with the summary', async () => {
    const dir = tempDir('progress-');
    syntheticAgreements(3).forEach((a, i) => writeFileSync(join(dir, `a${i}.yaml`), stringify(a)));
    writeFileSync(join(dir, 'feil.yaml'), 'schemaVersion: [\n');
    const err = terminal();
    const out = new PassThrough();
    const written: string[] = [];
    out.on('data', (c: Buffer) => written.push(c.toString('utf8')));
    const io: Io = { stdout: out, stderr: err.stream, stdin: new PassThrough(), cwd: dir, env: {} };
    const code = await generateCommand([dir], { out: 'ut', force: false, guide: false, jobs: 1 }, io);
    expect(code).toBe(1);
    expect(written.join('').trim().split('\n')).toHaveLength(3);
    const text = err.text();
    expect(text).toContain('Lager avtaler');
    expect(text).toMatch(/feil\.yaml:\d+:\d+: feil: /);
    expect(text).toContain('3 av 4 avtaler laget, 1 avvist');
  });

  it('shows no bar when stderr is not a terminal', async () => {
    const dir = tempDir('progress-');
    syntheticAgreements(2).forEach((a, i) => writeFileSync(join(dir, `a${i}.yaml`), stringify(a)));
    const err = new PassThrough();
    const chunks: Buffer[] = [];
    err.on('data', (c: Buffer) => chunks.push(c));
    const io: Io = { stdout: new PassThrough(), stderr: err, stdin: new PassThrough(), cwd: dir, env: {} };
    expect(await generateCommand([dir], { out: 'ut', force: false, guide: false, jobs: 1 }, io)).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('2 av 2 avtaler laget.\n');
  });
});
