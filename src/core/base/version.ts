// package.json is the one source of the version: ncc inlines it into both bundles at build, so
// check-dist (dist/ must be what the sources build) fails when a bundle carries a stale one.
// Between releases it carries a pre-release tag (1.1.0-dev): such a build names the code it
// came from at run time (the Action's ref, else the clone's commit), never at build time,
// so the committed bundle stays what the committed sources build.
import { dirname, join } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { readWholeFile } from './file-kind.js';

export const VERSION: string = pkg.version;
export const USER_AGENT = `codebuild-credential-sync/${VERSION}`;

/** Whether this is a release (X.Y.Z), not a build between releases (X.Y.Z-dev). */
export const IS_RELEASE = /^\d+\.\d+\.\d+$/.test(VERSION);

let cached: string | undefined;

/**
 * The version a run names (its first line, the report, the summary): a release's own, else
 * `1.1.0-dev+<commit or ref>` when the code can be told, else `1.1.0-dev`.
 */
export function runVersion(
  env: NodeJS.ProcessEnv = process.env,
  bundleDir = dirname(process.argv[1] ?? ''),
): string {
  if (IS_RELEASE) return VERSION;
  if (cached !== undefined) return cached;
  const ref = builtFrom(env, bundleDir);
  cached = ref ? `${VERSION}+${ref}` : VERSION;
  return cached;
}

/** The commit (12 hex digits) or ref name the running code came from, as semver build metadata. */
function builtFrom(env: NodeJS.ProcessEnv, bundleDir: string): string | undefined {
  // `uses: owner/repo@REF`: the runner names the ref (a branch, a tag or a commit).
  const ref = env.GITHUB_ACTION_REF?.trim() || gitHead(join(bundleDir, '..', '..'));
  if (!ref) return undefined;
  const clean = /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
  return clean.replace(/[^0-9A-Za-z.-]+/g, '.').slice(0, 40) || undefined;
}

/** The commit checked out in a clone at `root` (dist/<bundle>/../..), from .git alone. */
function gitHead(root: string): string | undefined {
  try {
    let gitDir = join(root, '.git');
    // A worktree's .git is a file: `gitdir: PATH`; its refs live in the common directory.
    const pointer = /^gitdir: (.+)$/m.exec(readText(gitDir) ?? '');
    if (pointer) gitDir = pointer[1]!.trim();
    const head = readText(join(gitDir, 'HEAD'))?.trim();
    if (!head) return undefined;
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const name = /^ref: (refs\/\S+)$/.exec(head)?.[1];
    if (!name) return undefined;
    const common = readText(join(gitDir, 'commondir'))?.trim();
    const dirs = [gitDir, ...(common ? [join(gitDir, common)] : [])];
    for (const dir of dirs) {
      const loose = readText(join(dir, name))?.trim();
      if (loose && /^[0-9a-f]{40}$/.test(loose)) return loose;
      const packed = new RegExp(
        `^([0-9a-f]{40}) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        'm',
      );
      const found = packed.exec(readText(join(dir, 'packed-refs')) ?? '')?.[1];
      if (found) return found;
    }
  } catch {
    // Not a clone: the version alone says it is not a release.
  }
  return undefined;
}

function readText(path: string): string | undefined {
  // Only a small regular file: never wait on a pipe or read a device.
  try {
    return readWholeFile(path, 1 << 20);
  } catch {
    return undefined;
  }
}
