// Progress of a long phase: a line at most every PROGRESS_EVERY_MS, none for a phase shorter
// than that. Both front doors print it through the run's logger.
import type { Logger } from '../base/index.js';

/** How often a long phase says how far it is. */
export const PROGRESS_EVERY_MS = 10_000;

/** Calls `line` every PROGRESS_EVERY_MS until stopped; the timer never keeps the process alive. */
export function progress(logger: Logger, line: () => string): { stop(): void } {
  const timer = setInterval(() => logger.info(line()), PROGRESS_EVERY_MS);
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}

/** 17000 → "17,000". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
