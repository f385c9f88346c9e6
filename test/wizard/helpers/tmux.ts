/**
 * A real terminal for the wizard: a detached tmux session on our own server (-L), so no one else's
 * sessions are touched. A missing tmux is a failure with an install hint, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lastIndex = (lines: string[], prefix: string): number => lines.map((l) => l.startsWith(prefix)).lastIndexOf(true);

export class Tmux {
  private readonly socket: string;
  private readonly env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

  constructor(name: string) {
    if (!HAS_TMUX) throw new Error('tmux mangler: installer med apt-get install tmux (.ci/run gjør det).');
    this.socket = `partnerskap-${name}-${process.pid}-${Date.now()}`;
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { env: this.env, encoding: 'utf8' });
  }

  /** Runs `command` (a shell command line) in a new 120×40 window in `cwd`. */
  start(cwd: string, command: string): void {
    this.tmux('new-session', '-d', '-s', 'veiviser', '-x', '120', '-y', '40', '-c', cwd, command);
  }

  /** The visible screen, wrapped lines joined (inquirer breaks long lines itself). */
  lines(): string[] {
    return this.tmux('capture-pane', '-p', '-J', '-t', 'veiviser').split('\n');
  }

  /** The visible screen with whitespace flattened, so a sentence is found across line breaks. */
  screen(): string {
    return this.lines().join('\n').replace(/\s+/g, ' ');
  }

  keys(...k: string[]): void {
    this.tmux('send-keys', '-t', 'veiviser', ...k);
  }

  text(s: string): void {
    this.tmux('send-keys', '-t', 'veiviser', '-l', s);
  }

  /** Polls the screen until it shows `what` (screens are redrawn, so poll rather than stream). */
  async waitFor(what: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const s = this.screen();
      if (typeof what === 'string' ? s.includes(what) : what.test(s)) return s;
      if (Date.now() > until) throw new Error(`Skjermen viser ikke ${String(what)}:\n${s}`);
      await sleep(100);
    }
  }

  /**
   * Presses Enter at every question until `stop` is the question being asked, and returns the
   * screen then. A question is answered only once it is drawn and waiting (its «? …» line is the
   * last prompt line), and the next only after the screen has changed, so no key is typed ahead.
   */
  async enterUntil(stop: string, opts: { timeoutMs?: number; maxAnswers?: number } = {}): Promise<{ screen: string; answers: number }> {
    const until = Date.now() + (opts.timeoutMs ?? 90_000);
    let answers = 0;
    let answered = '';
    for (;;) {
      const lines = this.lines();
      const now = lines.join('\n');
      const asking = lastIndex(lines, '? ') > lastIndex(lines, '✔ ');
      if (asking && now !== answered) {
        if (now.replace(/\s+/g, ' ').includes(`? ${stop}`)) return { screen: now.replace(/\s+/g, ' '), answers };
        if (answers >= (opts.maxAnswers ?? 400)) throw new Error(`Fortsatt ikke «${stop}» etter ${answers} svar:\n${now}`);
        answered = now;
        this.keys('Enter');
        answers++;
      }
      if (Date.now() > until) throw new Error(`Nådde ikke «${stop}» (${answers} svar):\n${now}`);
      await sleep(40);
    }
  }

  /** Ends our tmux server and removes the socket file it may leave. */
  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { env: this.env });
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, this.socket), { force: true });
  }
}
