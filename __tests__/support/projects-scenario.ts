// CodeBuild projects and provider repositories for the blast-radius tests, seeded the
// same way for the pipe and the Action so both bundles are held to the same answers.
import type { Emulator } from '../../emulator/index.js';

export const CONNECTION =
  'arn:aws:codeconnections:us-east-1:123456789012:connection/0f6f1c2e-7a7b-4c3d-9e8f-123456789abc';

/**
 * GitHub, us-east-1 holds the credential, eu-west-1 does not:
 * - `api`: webhook on acme/api, active (ok);
 * - `web`: webhook deleted from acme/web (webhook-missing);
 * - `worker`: webhook disabled on acme/worker (webhook-inactive);
 * - `legacy`: acme/old-name moved away (repository-unreachable);
 * - `docs`: no webhook; its secondary source is on GitHub (depends, webhook none);
 * - `mobile`: its own PENDING connection (connection-not-available, credential project);
 * - `vault`: its own Secrets Manager credential (credential project);
 * - `assets`: S3 only (not listed);
 * - eu-west-1 `eu-api` and `eu-web` depend on the missing credential.
 */
export function seedGitHubProjects(emu: Emulator, token: string): void {
  emu.codebuild.seed('us-east-1', {
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token,
  });
  const hooked = (name: string, repo: string) =>
    emu.codebuild.addProject('us-east-1', {
      name,
      source: { type: 'GITHUB', location: `https://github.com/${repo}.git` },
      webhook: true,
    }).webhook!.payloadUrl;
  const api = hooked('api', 'acme/api');
  hooked('web', 'acme/web');
  const worker = hooked('worker', 'acme/worker');
  hooked('legacy', 'acme/old-name');
  emu.codebuild.addProject('us-east-1', {
    name: 'docs',
    source: { type: 'S3', location: 'acme-artifacts/docs.zip' },
    secondarySources: [
      { type: 'GITHUB', location: 'https://github.com/acme/docs', sourceIdentifier: 'docs' },
    ],
  });
  emu.codebuild.addProject('us-east-1', {
    name: 'mobile',
    source: {
      type: 'GITHUB',
      location: 'https://github.com/acme/mobile.git',
      auth: { type: 'CODECONNECTIONS', resource: CONNECTION },
    },
    webhook: true,
  });
  emu.codebuild.addProject('us-east-1', {
    name: 'vault',
    source: {
      type: 'GITHUB',
      location: 'https://github.com/acme/vault.git',
      auth: {
        type: 'SECRETS_MANAGER',
        resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vault-token-AbCdEf',
      },
    },
  });
  emu.codebuild.addProject('us-east-1', {
    name: 'assets',
    source: { type: 'S3', location: 'acme-artifacts/assets.zip' },
  });
  emu.codeconnections.add({
    arn: CONNECTION,
    name: 'acme-mobile',
    status: 'PENDING',
    providerType: 'GitHub',
  });
  for (const name of ['eu-api', 'eu-web'])
    emu.codebuild.addProject('eu-west-1', {
      name,
      source: { type: 'GITHUB', location: `https://github.com/acme/${name}` },
    });
  emu.github.addRepository('acme/api', {
    hooks: [{ url: 'https://ci.example.com/hook' }, { url: api }],
  });
  emu.github.addRepository('acme/web', { hooks: [{ url: 'https://ci.example.com/hook' }] });
  emu.github.addRepository('acme/worker', { hooks: [{ url: worker, active: false }] });
  emu.github.removeRepository('acme/old-name');
}

/** `count` GitHub projects in a region, none with a webhook. */
export function seedManyProjects(emu: Emulator, region: string, count: number): void {
  for (let i = 1; i <= count; i++)
    emu.codebuild.addProject(region, {
      name: `svc-${String(i).padStart(4, '0')}`,
      source: { type: 'GITHUB', location: `https://github.com/acme/svc-${i}.git` },
    });
}

/** Requests to CodeBuild by operation, e.g. `{ ListProjects: 3 }`. */
export function codebuildCalls(emu: Emulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of emu.requests)
    if (r.service === 'codebuild') counts[r.operation] = (counts[r.operation] ?? 0) + 1;
  return counts;
}

/** One GitHub project with a webhook (acme/api) in us-east-1, whose credential CodeBuild holds. */
export function webhookedGitHubProject(emu: Emulator, token: string): void {
  emu.codebuild.seed('us-east-1', {
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token,
  });
  emu.codebuild.addProject('us-east-1', {
    name: 'api',
    source: { type: 'GITHUB', location: 'https://github.com/acme/api.git' },
    webhook: true,
  });
}

/** The same on Bitbucket (acme-team/site, one hook), with the token allowed to read it. */
export function webhookedBitbucketProject(emu: Emulator, token: string): void {
  emu.bitbucket.addToken(token, {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook'],
    repositories: ['acme-team/site'],
  });
  emu.bitbucket.addRepository('acme-team/site', { hooks: [{ url: 'https://ci.example.com/1' }] });
  emu.codebuild.seed('us-east-1', {
    serverType: 'BITBUCKET',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token,
  });
  emu.codebuild.addProject('us-east-1', {
    name: 'site',
    source: { type: 'BITBUCKET', location: 'https://bitbucket.org/acme-team/site.git' },
    webhook: true,
  });
}
