import type { Writable } from 'node:stream';
import { isTerminal, terminalColumns } from '../io.js';

/** Reports how far a long run is. */
export interface Progress {
  update(done: number): void;
  /** Erases the bar, leaving the terminal as it was. */
  finish(): void;
}

/** Runs shorter than this finish before a bar would be worth reading. */
export const PROGRESS_THRESHOLD = 5000;

const REDRAW_MS = 100;
const NO_PROGRESS: Progress = { update: () => {}, finish: () => {} };

/**
 * A one-line bar redrawn in place on `stream`, only when it is a terminal and `total` is at
 * least {@link PROGRESS_THRESHOLD}; a no-op otherwise, so logs and pipes never see it.
 */
export function progressBar(stream: Writable, total: number, label: string): Progress {
  if (!isTerminal(stream) || total < PROGRESS_THRESHOLD) {
    return NO_PROGRESS;
  }
  let drawnAt = 0;
  const draw = (done: number): void => {
    const tail = ` ${Math.floor((done / total) * 100)}% ${done}/${total}`;
    const width = Math.max(10, Math.min(40, terminalColumns(stream, 80) - label.length - tail.length - 4));
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}\x1b[K`);
  };
  return {
    update: (done) => {
      const now = Date.now();
      if (now - drawnAt >= REDRAW_MS || done === total) {
        drawnAt = now;
        draw(done);
      }
    },
    finish: () => {
      stream.write('\r\x1b[K');
    },
  };
}
