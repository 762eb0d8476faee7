import { execFileSync } from 'node:child_process';

/**
 * A Node 24 binary, the runtime the bundles ship for (the Actions runner's
 * node24, the pipe image's node:24-alpine). This machine's node may be older:
 * then node@24 is fetched from the npm registry once (npx caches it).
 */
export function node24Path(): string {
  if (process.env.NODE24) return process.env.NODE24;
  if (process.version.startsWith('v24.')) return process.execPath;
  return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}
