// package.json is the one source of the version: ncc inlines it into both bundles at build, so
// check-dist (dist/ must be what the sources build) fails when a bundle carries a stale one.
import pkg from '../../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const USER_AGENT = `codebuild-credential-sync/${VERSION}`;
