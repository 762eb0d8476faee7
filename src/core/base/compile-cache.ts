// Node's compile cache, in a folder only this user can write, or off. Node's default
// (`$TMPDIR/node-compile-cache`) is a path anyone on the machine can create first: a
// named pipe planted in it hangs every later run at start, before any deadline, and a
// cache file planted there would be trusted. Ours is per user, created 0700 and checked:
// a folder of another owner, a link, or one that others may write turns the cache off.
// A namespace import: Node releases without the function (before 22.1) load this file too.
import * as nodeModule from 'node:module';
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder the compile cache may use, undefined when it may not: per user under the
 * OS temp folder, created 0700, and then checked (a real folder, ours, written by no one
 * else). Reads and creates only folders: nothing here can block.
 */
export function ownCompileCacheDir(temp: string = tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const dir = join(temp, `codebuild-credential-sync-${uid ?? 'user'}`, 'compile-cache');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const path of [join(dir, '..'), dir]) {
      const stats = lstatSync(path);
      if (!stats.isDirectory()) return undefined; // a link or anything else
      if (uid !== undefined && stats.uid !== uid) return undefined;
      if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Turns the compile cache on in our own folder (see above), or leaves it off. A cache the
 * user chose (NODE_COMPILE_CACHE) is Node's, on before any of our code runs;
 * NODE_DISABLE_COMPILE_CACHE keeps it off.
 */
export function enableOwnCompileCache(): void {
  if (process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const dir = ownCompileCacheDir();
  if (dir) nodeModule.enableCompileCache?.(dir);
}
