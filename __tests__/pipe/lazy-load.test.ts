// "Load only what a run needs", checked on the shipped bundles: ncc puts each
// dynamically imported SDK client and provider into a chunk file of its own, and
// Node's module debug log (NODE_DEBUG=esm) names every file a run loads.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { ROOT, runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'LazyLoadingToken00000000000000000000';
const BB = 'ATCTT3xFfGN0' + 'lazyLoadingAccessToken0123456789';

/** What a chunk holds, told by a string only that code contains. */
const MARKERS: Record<string, string> = {
  codebuild: 'class CodeBuildClient',
  sts: 'GetCallerIdentityCommand',
  'secrets-manager': 'class SecretsManagerClient',
  codeconnections: 'class CodeStarConnectionsClient',
  octokit: 'octokit-core.js',
  bitbucket: 'Bitbucket rejected the access token',
};

function chunksOf(bundle: 'pipe' | 'action'): Map<string, string[]> {
  const dir = join(ROOT, 'dist', bundle);
  const found = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    found.set(
      file,
      Object.keys(MARKERS).filter((name) => text.includes(MARKERS[name]!)),
    );
  }
  return found;
}

/** The features whose chunks a run loaded, from Node's ESM debug log on stderr. */
function loaded(bundle: 'pipe' | 'action', stderr: string): string[] {
  const chunks = chunksOf(bundle);
  const files = new Set(
    [...stderr.matchAll(/Translating StandardModule file:\/\/\S*\/(\d+\.index\.js)/g)].map(
      (m) => m[1]!,
    ),
  );
  return [...new Set([...files].flatMap((f) => chunks.get(f) ?? []))].sort();
}

function pipe(env: Record<string, string>) {
  return runBundle('pipe', {
    ...emu.get().env,
    AWS_DEFAULT_REGION: 'us-east-1',
    NODE_DEBUG: 'esm',
    ...env,
  });
}

describe('the shipped bundles', () => {
  test('each SDK client, Octokit and each provider is in a chunk, not in index.js', () => {
    for (const bundle of ['pipe', 'action'] as const) {
      const entry = readFileSync(join(ROOT, 'dist', bundle, 'index.js'), 'utf8');
      for (const [name, marker] of Object.entries(MARKERS)) {
        expect({ bundle, name, inEntry: entry.includes(marker) }).toEqual({
          bundle,
          name,
          inEntry: false,
        });
      }
      // Every one is in some chunk (a small module may be copied into several).
      const features = new Set([...chunksOf(bundle).values()].flat());
      expect([...features].sort()).toEqual(Object.keys(MARKERS).sort());
    }
  });

  test('a bad configuration loads the entry only, which holds the configuration and not the run', async () => {
    const result = await pipe({ MODE: 'bogus', TOKEN: GH });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Translating StandardModule \S*\/dist\/pipe\/index\.js/);
    expect(result.stderr).not.toMatch(/\d+\.index\.js/);
    const entry = readFileSync(join(ROOT, 'dist', 'pipe', 'index.js'), 'utf8');
    expect(entry).toMatch(/function (config_)?buildConfig\(/);
    // Not the run: no client, provider or report code, and no HTTP client.
    expect(entry).not.toContain('function runCredentialSync(');
    expect(entry).not.toContain('function httpFetch(');
  });

  // Every run loads STS: one GetCallerIdentity finds wrong AWS keys up front (issue 26).
  test('a GitHub sync with access keys loads CodeBuild, Octokit and STS only', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GH });
    expect(result.code).toBe(0);
    expect(loaded('pipe', result.stderr)).toEqual(['codebuild', 'octokit', 'sts']);
  });

  test('a Bitbucket sync loads no Octokit', async () => {
    emu.get().bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const plain = await pipe({ TOKEN: BB });
    expect(plain.code).toBe(0);
    expect(loaded('pipe', plain.stderr)).toEqual(['bitbucket', 'codebuild', 'sts']);

    const withRole = await pipe({
      TOKEN: BB,
      ROLE_TO_ASSUME: 'arn:aws:iam::111111111111:role/credential-sync',
    });
    expect(withRole.code).toBe(0);
    expect(loaded('pipe', withRole.stderr)).toEqual(['bitbucket', 'codebuild', 'sts']);
  });
});
