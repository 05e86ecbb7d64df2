/**
 * A one-line progress bar on stderr for long batches. Shown only when stderr is a terminal (never in
 * pipes, files or CI logs), only for batches of at least MIN_FILES files, and only once the batch has
 * run for SHOW_AFTER_MS, so short runs never flash a bar. Other stderr lines (errors, the summary) go
 * through `interrupt`, which clears the bar, prints, and draws it again.
 *
 * Hand-written rather than a library: one line redrawn with \r is all that is needed.
 */
export interface Progress {
  /** one more file done */
  tick(): void;
  /** print something on stderr without tearing the bar */
  interrupt(print: () => void): void;
  /** remove the bar for good */
  done(): void;
}

export const PROGRESS_MIN_FILES = 20;
const SHOW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export function createProgress(total: number, label: string, stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): Progress {
  const enabled = stream.isTTY === true && total >= PROGRESS_MIN_FILES;
  const started = now();
  let done = 0;
  let shown = false;
  let lastDraw = 0;

  const clear = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const draw = (force = false): void => {
    if (!enabled) return;
    const t = now();
    if (t - started < SHOW_AFTER_MS) return;
    if (!force && shown && t - lastDraw < REDRAW_EVERY_MS) return;
    lastDraw = t;
    const columns = stream.columns ?? 80;
    const counts = ` ${done}/${total} ${label} ${((t - started) / 1000).toFixed(0)} s`;
    const width = Math.max(10, Math.min(40, columns - counts.length - 3));
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${counts}\x1b[K`);
    shown = true;
  };

  return {
    tick() {
      done++;
      draw(done === total);
    },
    interrupt(print) {
      const wasShown = shown;
      clear();
      print();
      if (wasShown) draw(true);
    },
    done() {
      clear();
    },
  };
}
