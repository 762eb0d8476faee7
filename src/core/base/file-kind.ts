import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { outside } from './outside.js';

/** What a path that is not a regular file is, for messages: "a named pipe (FIFO)". */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** `path`'s stats (links followed); undefined when nothing is there or it cannot be looked at. */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Why `path` cannot be a file read whole ("/x, a named pipe (FIFO): ..."), or undefined.
 * Absent or unreadable: the reader says so when it needs the file. `reader` is who reads
 * it ("the AWS SDK", "Node").
 */
export function wholeFileProblem(path: string, max: number, reader: string): string | undefined {
  const stats = statOrUndefined(path);
  if (stats && !stats.isFile())
    return `${outside(path)}, ${kindOf(stats)}: ${reader} reads it whole, so it must be a file.`;
  if (stats && stats.size > max)
    return `${outside(path)}, ${stats.size.toLocaleString('en-US')} bytes: more than such a file holds (at most ${(max / 1024 / 1024).toLocaleString('en-US')} MiB here).`;
  return undefined;
}

/**
 * NODE_EXTRA_CA_CERTS that Node cannot read whole: Node reads it once node:tls is loaded,
 * and a named pipe there holds the process, even at exit. Checked before anything loads
 * node:tls (the Action's entry, the pipe's configuration).
 */
export function extraCaCertsProblem(env: NodeJS.ProcessEnv): string | undefined {
  const path = env.NODE_EXTRA_CA_CERTS?.trim();
  const problem = path && wholeFileProblem(path, 16 * 1024 * 1024, 'Node');
  return problem ? `NODE_EXTRA_CA_CERTS is ${problem}` : undefined;
}

/**
 * A file read whole by our own code, bounded by construction: opened without waiting (a
 * named pipe with no writer opens at once), the descriptor itself looked at (no swap between
 * a look and the read), refused unless it is a regular file, and never more than `max` bytes
 * read whatever its size claims (a device or a /proc file says 0). Throws an Error saying
 * why ("it is a device, not a file"); the caller names the file.
 */
export function readWholeFile(path: string, max: number): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error(`it is ${kindOf(stats)}, not a file`);
    const tooLarge = (size: number) =>
      new Error(
        `it is ${size.toLocaleString('en-US')} bytes or more, more than such a file holds (at most ${(max / 1024 / 1024).toLocaleString('en-US')} MiB)`,
      );
    if (stats.size > max) throw tooLarge(stats.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n <= 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) throw tooLarge(total);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
