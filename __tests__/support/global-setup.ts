import { execFileSync } from 'node:child_process';

/**
 * The bundles ship for Node 24, so tests run them under Node 24 (NODE24); on an
 * older machine node@24 comes from the npm registry. (Jest's globalSetup does
 * not map `.js` imports to `.ts`, so this does not import scripts/node24.ts.)
 */
export default function globalSetup(): void {
  process.env.NODE24 ??= process.version.startsWith('v24.')
    ? process.execPath
    : execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' }).trim();
}
