// The scopes CodeBuild needs, and how each provider's scopes imply one another
// (see FACTS.md, "Token permissions CodeBuild needs" and "Reading a token's scopes").

import type { ScopeCheck, ScopeStatus } from '../base/index.js';

export type { ScopeCheck, ScopeStatus };

export interface ScopeRules {
  required: readonly string[];
  /** Needed by newer copies of CodeBuild's guide only: missing it warns, never fails. */
  optional: readonly string[];
  /** Each scope mapped to the narrower scopes it includes. */
  implies: Readonly<Record<string, readonly string[]>>;
}

/** GitHub reports normalized scopes: `repo` stands for everything beneath it. */
export const GITHUB_SCOPES: ScopeRules = {
  required: ['repo'],
  optional: [],
  implies: {
    repo: ['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'],
    'admin:repo_hook': ['write:repo_hook'],
    'write:repo_hook': ['read:repo_hook'],
    'admin:org': ['write:org'],
    'write:org': ['read:org'],
    user: ['read:user', 'user:email', 'user:follow'],
  },
};

/**
 * CodeBuild's repository:read, pullrequest:read and webhook are Bitbucket's
 * `repository`, `pullrequest` and `webhook`. `repository:admin` does NOT imply
 * `repository`.
 */
export const BITBUCKET_SCOPES: ScopeRules = {
  required: ['repository', 'pullrequest', 'webhook'],
  optional: ['account'],
  implies: {
    'repository:write': ['repository'],
    pullrequest: ['repository'],
    'pullrequest:write': ['pullrequest'],
    'account:write': ['account'],
  },
};

/**
 * Repository, project and workspace access tokens cannot hold account-level
 * scopes (FACTS.md), so `account` is never asked of them.
 */
export const BITBUCKET_ACCESS_TOKEN_SCOPES: ScopeRules = { ...BITBUCKET_SCOPES, optional: [] };

/** Every scope the granted ones stand for, each mapped to the granted scope that gives it. */
export function expandScopes(granted: readonly string[], rules: ScopeRules): Map<string, string> {
  const effective = new Map<string, string>();
  const visit = (scope: string, origin: string) => {
    if (effective.has(scope)) return;
    effective.set(scope, origin);
    for (const narrower of rules.implies[scope] ?? []) visit(narrower, origin);
  };
  for (const scope of granted) visit(scope, scope);
  return effective;
}

/** Splits a scope header ("repo, workflow") into names; an empty header means no scopes. */
export function parseScopeHeader(header: string): string[] {
  return header
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Each required (and optional) scope as granted, missing or unknown.
 * `granted` undefined means the provider did not say, so every scope is unknown.
 */
export function checkScopes(
  granted: readonly string[] | undefined,
  rules: ScopeRules,
): ScopeCheck[] {
  const effective = granted ? expandScopes(granted, rules) : undefined;
  const check = (scope: string, optional: boolean): ScopeCheck => {
    const base = optional ? { scope, optional } : { scope };
    if (!effective) return { ...base, status: 'unknown' };
    const origin = effective.get(scope);
    if (!origin) return { ...base, status: 'missing' };
    return origin === scope
      ? { ...base, status: 'granted' }
      : { ...base, status: 'granted', via: origin };
  };
  return [
    ...rules.required.map((s) => check(s, false)),
    ...rules.optional.map((s) => check(s, true)),
  ];
}
