import { describe, expect, test } from '@jest/globals';
import { outside } from '../../src/core/base/outside.js';
import { classifyProject } from '../../src/core/aws/projects.js';
import { repositoryOf, sameUrl } from '../../src/core/providers/webhooks.js';

describe('the repository of a source location', () => {
  test.each([
    ['https://github.com/acme/api.git', 'acme/api'],
    ['https://github.com/acme/api', 'acme/api'],
    ['https://github.com/acme/api/', 'acme/api'],
    ['https://GitHub.com/Acme/My.Repo.git', 'Acme/My.Repo'],
    ['https://x-token-auth@bitbucket.org/acme-team/site.git', 'acme-team/site'],
    ['https://bitbucket.org/acme-team/site', 'acme-team/site'],
    ['https://git.acme.internal/platform/app.git', 'platform/app'],
    ['git@github.com:acme/api.git', 'acme/api'],
  ])('%s is %s', (location, repository) => {
    expect(repositoryOf(location)).toBe(repository);
  });

  test.each([
    ['CODEBUILD_DEFAULT_WEBHOOK_SOURCE_LOCATION'],
    ['https://github.com/acme'],
    ['s3://bucket/key.zip'],
    [''],
  ])('%s names no repository', (location) => {
    expect(repositoryOf(location)).toBeUndefined();
  });
});

describe('a hook URL against a payload URL', () => {
  const payload = 'https://codebuild.us-east-1.amazonaws.com/webhooks?t=abc&v=1';
  test('the same URL, host case and a trailing slash aside', () => {
    expect(sameUrl(payload, payload)).toBe(true);
    expect(sameUrl('https://CODEBUILD.us-east-1.amazonaws.com/webhooks/?t=abc&v=1', payload)).toBe(
      true,
    );
  });
  test('another token, region or host is another hook', () => {
    expect(sameUrl('https://codebuild.us-east-1.amazonaws.com/webhooks?t=abd&v=1', payload)).toBe(
      false,
    );
    expect(sameUrl('https://codebuild.eu-west-1.amazonaws.com/webhooks?t=abc&v=1', payload)).toBe(
      false,
    );
  });
});

describe('which credential a project uses', () => {
  const github = (location: string, auth?: { type: string; resource?: string }) =>
    ({ type: 'GITHUB', location, ...(auth ? { auth } : {}) }) as never;

  test('a source of the server type without source.auth uses the account credential', () => {
    const c = classifyProject({ name: 'api', source: github('https://github.com/acme/api') }, [
      'GITHUB',
    ]);
    expect(c?.report).toMatchObject({ credential: 'account', repository: outside('acme/api') });
  });

  test('OAUTH in source.auth names no resource: still the account credential', () => {
    const c = classifyProject(
      { name: 'api', source: github('https://github.com/acme/api', { type: 'OAUTH' }) },
      ['GITHUB'],
    );
    expect(c?.report.credential).toBe('account');
  });

  test('an override on every source of the type is the project’s own credential', () => {
    const arn = 'arn:aws:codeconnections:us-east-1:123456789012:connection/x';
    const c = classifyProject(
      {
        name: 'api',
        source: github('https://github.com/acme/api', { type: 'CODECONNECTIONS', resource: arn }),
      },
      ['GITHUB'],
    );
    expect(c?.report).toMatchObject({
      credential: 'project',
      authType: 'CODECONNECTIONS',
      resource: outside(arn),
    });
  });

  test('an override on the primary but not on a secondary source still depends on the account', () => {
    const c = classifyProject(
      {
        name: 'api',
        source: github('https://github.com/acme/api', {
          type: 'SECRETS_MANAGER',
          resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x',
        }),
        secondarySources: [github('https://github.com/acme/lib')],
      },
      ['GITHUB'],
    );
    expect(c?.report.credential).toBe('account');
  });

  test('a project with no source of the server type is not listed', () => {
    expect(
      classifyProject({ name: 'api', source: github('https://github.com/acme/api') }, [
        'BITBUCKET',
      ]),
    ).toBeUndefined();
    expect(
      classifyProject({ name: 'x', source: { type: 'S3', location: 'b/k.zip' } as never }, [
        'GITHUB',
      ]),
    ).toBeUndefined();
  });

  test('only the primary source’s webhook is checked; a secondary-only project has none', () => {
    const c = classifyProject(
      {
        name: 'docs',
        source: { type: 'S3', location: 'b/k.zip' } as never,
        secondarySources: [github('https://github.com/acme/docs')],
        webhook: { payloadUrl: 'https://codebuild.us-east-1.amazonaws.com/webhooks?t=x' },
      },
      ['GITHUB'],
    );
    expect(c?.report.webhook).toBe('none');
  });
});
