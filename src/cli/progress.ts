import { createRequire } from 'node:module';
import type { Io } from './io.js';

export interface Progress {
  tick(): void;
  /** Prints a line above the bar (or plainly, without a bar). */
  interrupt(text: string): void;
  stop(): void;
}

/** A progress bar on stderr, only on a terminal; undefined otherwise (pipes, CI, tests). */
export function progress(io: Io, total: number): Progress | undefined {
  if (!io.stderr.isTTY) return undefined;
  // Loaded only when a bar is shown, to keep start-up light.
  const { SingleBar, Presets } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    { stream: io.stderr as NodeJS.WriteStream, format: 'Lager avtaler [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    interrupt: (text) => {
      io.stderr.write('\r\u001b[2K' + text + '\n');
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
