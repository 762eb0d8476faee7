import { statSync, type Stats } from 'node:fs';
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
