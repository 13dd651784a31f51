// A progress bar on a terminal; silence otherwise (pipes, CI logs, --json).
import type { Writable } from 'node:stream';

export interface Progress {
  tick(done: number): void;
  finish(): void;
}

const SILENT: Progress = { tick: () => undefined, finish: () => undefined };

export function progressBar(stream: Writable & { isTTY?: boolean }, label: string, total: number, enabled = true): Progress {
  if (!enabled || !stream.isTTY || total <= 0) return SILENT;
  const started = Date.now();
  let lastDraw = 0;
  const draw = (done: number) => {
    const ratio = Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? Math.round(done / elapsed) : 0;
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}% ${rate}/s `,
    );
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - lastDraw >= 100 || done >= total) {
        lastDraw = now;
        draw(done);
      }
    },
    finish() {
      draw(total);
      stream.write('\n');
    },
  };
}
