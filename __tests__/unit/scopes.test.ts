import { describe, expect, test } from '@jest/globals';
import {
  BITBUCKET_SCOPES,
  GITHUB_SCOPES,
  checkScopes,
  parseScopeHeader,
} from '../../src/core/providers/scopes.js';
import { parseGitHubExpiry, githubTokenKind } from '../../src/core/providers/github.js';

const statuses = (checks: ReturnType<typeof checkScopes>) =>
  Object.fromEntries(checks.map((c) => [c.scope, c.status]));

describe('GitHub scopes', () => {
  test('repo is required and satisfied only by repo', () => {
    expect(statuses(checkScopes(['repo', 'workflow'], GITHUB_SCOPES))).toEqual({ repo: 'granted' });
    expect(
      statuses(checkScopes(['public_repo', 'repo:status', 'admin:repo_hook'], GITHUB_SCOPES)),
    ).toEqual({ repo: 'missing' });
    expect(statuses(checkScopes([], GITHUB_SCOPES))).toEqual({ repo: 'missing' });
  });

  test('no scope header means unknown, not missing', () => {
    expect(statuses(checkScopes(undefined, GITHUB_SCOPES))).toEqual({ repo: 'unknown' });
  });

  test('the scope header is split on commas and spaces', () => {
    expect(parseScopeHeader('repo, admin:org,  workflow')).toEqual([
      'repo',
      'admin:org',
      'workflow',
    ]);
    expect(parseScopeHeader('')).toEqual([]);
  });

  test('token kinds by prefix', () => {
    expect(githubTokenKind('ghp_x').kind).toBe('classic-pat');
    expect(githubTokenKind('github_pat_x').kind).toBe('fine-grained-pat');
    expect(githubTokenKind('gho_x').kind).toBe('oauth');
    expect(githubTokenKind('ghs_x').kind).toBe('app-installation');
    expect(githubTokenKind('0123abcd').kind).toBe('unknown');
  });

  test('expiry header in UTC and offset forms', () => {
    expect(parseGitHubExpiry('2026-11-25 10:00:00 UTC')).toBe('2026-11-25T10:00:00Z');
    expect(parseGitHubExpiry('2026-11-25 10:00:00 +0900')).toBe('2026-11-25T01:00:00Z');
    expect(parseGitHubExpiry('2026-11-25 10:00:00 -05:00')).toBe('2026-11-25T15:00:00Z');
    expect(parseGitHubExpiry('next tuesday')).toBeUndefined();
  });
});

describe('Bitbucket scopes', () => {
  test('repository, pullrequest and webhook are required; account is optional', () => {
    const checks = checkScopes(['repository', 'pullrequest', 'webhook'], BITBUCKET_SCOPES);
    expect(statuses(checks)).toEqual({
      repository: 'granted',
      pullrequest: 'granted',
      webhook: 'granted',
      account: 'missing',
    });
    expect(checks.find((c) => c.scope === 'account')?.optional).toBe(true);
  });

  test('write scopes imply read scopes; pullrequest implies repository', () => {
    const checks = checkScopes(['pullrequest:write', 'webhook'], BITBUCKET_SCOPES);
    expect(statuses(checks)).toMatchObject({
      repository: 'granted',
      pullrequest: 'granted',
      webhook: 'granted',
    });
    expect(checks.find((c) => c.scope === 'repository')?.via).toBe('pullrequest:write');
    expect(statuses(checkScopes(['repository:write', 'webhook'], BITBUCKET_SCOPES))).toMatchObject({
      repository: 'granted',
      pullrequest: 'missing',
    });
  });

  test('repository:admin does not imply repository', () => {
    expect(
      statuses(checkScopes(['repository:admin', 'pullrequest:write', 'webhook'], BITBUCKET_SCOPES))
        .repository,
    ).toBe('granted');
    expect(
      statuses(checkScopes(['repository:admin', 'webhook'], BITBUCKET_SCOPES)).repository,
    ).toBe('missing');
  });
});
