import { execFileSync } from 'node:child_process';

/**
 * The bundles ship for the Actions runner's Node 24, so tests run them under
 * Node 24. This machine's own node may be older: fetch node@24 from the npm
 * registry once and hand its path to the tests in NODE24.
 */
export default function globalSetup(): void {
  if (process.env.NODE24) return;
  if (process.version.startsWith('v24.')) {
    process.env.NODE24 = process.execPath;
    return;
  }
  const path = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  process.env.NODE24 = path;
}
