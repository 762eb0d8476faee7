import { type AwsCredentials, loadConnections, loadSecretsManager } from '../aws/index.js';
import type { Config } from '../config/index.js';
import type { CallLimits } from '../wire/index.js';
import { andList, type Logger, UserError } from '../base/index.js';
import {
  introspectToken,
  type ProviderCredential,
  UnverifiedAnswerError,
} from '../providers/index.js';
import { missingScopes, type TokenReport } from '../report/index.js';
import type { Secrets } from '../trust/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type Verdict =
  | 'good'
  | 'rejected'
  | 'under-scoped'
  | 'expired'
  | 'expiring'
  | 'unavailable'
  /** The answer was not provably the provider's, or (require-verified-scopes) a needed scope is unproven. */
  | 'unverified';

export interface Validation {
  verdict: Verdict;
  /** Why the credential is not good, in words that say what to do. */
  problem?: string;
  token?: TokenReport;
  warnings: string[];
  /**
   * What the provider accepted, for later read-only calls (webhooks): the token, or the one
   * inside the secret. Never in the report. Absent for a connection (its token is AWS's).
   */
  credential?: ProviderCredential;
}

export interface ValidationDependencies {
  logger: Logger;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Values found here that must never be printed (the token inside a secret) are added. */
  secrets?: Secrets;
  /** Credentials that can read a connection or secret ARN (the account it belongs to). */
  credentialsFor: (arn: string) => AwsCredentials | undefined;
  /** Time limits of each call, and the run's signal. */
  limits?: CallLimits;
}

/**
 * Proves the credential good (or not): asks the provider about the token (the one
 * inside a secret, for SECRETS_MANAGER), or reads the connection. Read-only.
 */
export async function validateCredential(
  config: Config,
  deps: ValidationDependencies,
): Promise<Validation> {
  const found: Pick<Validation, 'token' | 'warnings' | 'credential'> = { warnings: [] };
  const done = (verdict: Verdict, problem?: string): Validation => ({
    ...found,
    verdict,
    problem,
  });
  try {
    if (config.authType === 'CODECONNECTIONS') {
      const token = (found.token = await readConnection(config, deps));
      return token.accepted ? done('good') : done('rejected', token.problem);
    }
    let token = config.token;
    let authType = config.authType;
    let username = config.username;
    if (config.authType === 'SECRETS_MANAGER') {
      deps.logger.info('Reading the Secrets Manager secret...');
      const { readCodeBuildSecret } = await loadSecretsManager();
      const secret = await readCodeBuildSecret(
        config.token,
        config.serverType,
        deps.credentialsFor(config.token),
        deps.limits,
      );
      deps.secrets?.addCredential(secret.token, secret.username);
      // Every field is a secret for the run: the token may be in any of them.
      for (const value of secret.values) deps.secrets?.addField(value);
      deps.secrets?.addWhole(secret.whole);
      found.warnings.push(...secret.warnings);
      if (secret.problems.length > 0 || !secret.token) {
        found.token = {
          kind: 'secret',
          description: 'Secrets Manager secret',
          accepted: false,
          required: [],
          problem: secret.problems.join(' '),
        };
        return done(
          'rejected',
          `The secret is not usable by CodeBuild: ${secret.problems.join(' ')}`,
        );
      }
      token = secret.token;
      authType = secret.authType as typeof authType;
      username = secret.username;
    }
    deps.logger.info(
      `Validating the token with ${config.serverType === 'BITBUCKET' ? 'Bitbucket' : 'GitHub'}...`,
    );
    const introspection = await introspectToken(
      { ...config, authType, username },
      token,
      deps.logger,
      deps.sleep,
      deps.limits,
    );
    found.token = introspection.token;
    found.warnings.push(...introspection.warnings);
    found.credential = {
      token,
      ...(config.serverType === 'BITBUCKET' && authType === 'BASIC_AUTH' && username
        ? { username }
        : {}),
    };
  } catch (error) {
    if (error instanceof UnverifiedAnswerError) return done('unverified', error.message);
    if (!(error instanceof UserError)) throw error;
    return done('unavailable', error.message);
  }
  const { verdict, problem } = judgeToken(config, found.token!, deps.now(), found.warnings);
  return done(verdict, problem);
}

/** The connection's state, read with the credentials of its account. */
async function readConnection(config: Config, deps: ValidationDependencies): Promise<TokenReport> {
  deps.logger.info('Reading the CodeConnections connection...');
  // Each of these modules (and its SDK client) is loaded only by the runs that use it.
  const { inspectConnection } = await loadConnections();
  const { token } = await inspectConnection(
    config.token,
    config.serverType,
    deps.credentialsFor(config.token),
    deps.limits,
  );
  return token;
}

/** What would make a token's scopes provable, for require-verified-scopes. */
function howToVerify(config: Config, token: TokenReport): string {
  const optOut = `or set ${config.names.requireVerifiedScopes} to false to import it with a warning`;
  if (config.serverType === 'BITBUCKET') {
    return `Bitbucket reports the scopes of access tokens (x-oauth-scopes), not of app passwords or API tokens: use a repository, project or workspace access token, ${optOut}.`;
  }
  const classic = `Use a classic token (ghp_) with the repo scope, whose scopes GitHub reports (X-OAuth-Scopes), ${optOut}.`;
  if (token.kind !== 'fine-grained-pat') {
    return `GitHub does not list the permissions of a ${token.description}. ${classic}`;
  }
  const probe = token.repositories
    ? 'Probing the repositories proves reads on private repositories but never a write (Commit statuses write, Webhooks write), so a fine-grained token cannot be proven.'
    : `Set ${config.names.repositories} to the private repositories CodeBuild builds to probe their reads; a write (Commit statuses, Webhooks) is never provable without writing, so a fine-grained token cannot be fully proven.`;
  return `${probe} ${classic}`;
}

/**
 * How to give a token the scopes it lacks. A Bitbucket token's scopes are fixed when it is
 * created (access tokens, API tokens; app passwords cannot be created any more): only a new
 * token has them. A GitHub token's scopes can be edited.
 */
function howToAddScopes(config: Config, token: TokenReport, missing: string[]): string {
  if (config.serverType !== 'BITBUCKET')
    return `Add ${missing.length === 1 ? 'it' : 'them'} to the token (or create a new one) and run again.`;
  const needed = token.required.filter((s) => !s.optional).map((s) => s.scope);
  const all = andList(needed);
  if (token.kind === 'app-password')
    return `An app password's permissions cannot be changed, and Bitbucket no longer creates app passwords: create a repository, project or workspace access token with ${all}, use it with no ${config.names.username}, and update the secret.`;
  if (token.kind === 'api-token')
    return `An API token's scopes cannot be changed after it is created: create a new API token with ${all} and update the secret.`;
  return `A Bitbucket access token's scopes cannot be changed after it is created: create a new access token (the repository's, project's or workspace's settings, Access tokens) with ${all}, and update the secret.`;
}

/** Quote characters around a secret's value are copied into it, and no provider accepts them. */
const QUOTES = /^["'`\u2018\u2019\u201c\u201d]|["'`\u2018\u2019\u201c\u201d]$/u;

/** A rejection, with the likely cause when the token starts or ends with a quote (never any of the token). */
function withQuoteHint(config: Config, problem: string | undefined): string | undefined {
  if (!QUOTES.test(config.token) || /^arn:/.test(config.token)) return problem;
  const where = QUOTES.test(config.token[0]!) ? 'starts' : 'ends';
  const both = QUOTES.test(config.token[0]!) && QUOTES.test(config.token.at(-1)!);
  return `${problem ?? 'The provider rejected the token.'} Likely the quotes: ${config.names.token} ${both ? 'starts and ends' : where} with a quote character, which the secret's value kept and no provider accepts. Store the token without quotes and run again.`;
}

/** What an accepted token's scopes and expiry mean for the run; expiry within the window only warns. */
function judgeToken(
  config: Config,
  token: TokenReport,
  now: Date,
  warnings: string[],
): { verdict: Verdict; problem?: string } {
  if (!token.accepted)
    return { verdict: 'rejected', problem: withQuoteHint(config, token.problem) };
  const missing = missingScopes(token);
  if (missing.length > 0) {
    return {
      verdict: 'under-scoped',
      problem: `The token lacks ${token.repositories ? 'permission' : 'scope'}${missing.length === 1 ? '' : 's'} CodeBuild needs: ${missing.join(', ')}. ${howToAddScopes(config, token, missing)}`,
    };
  }
  // A credential CodeBuild holds must outlive the builds that use it (FACTS.md, "Token kinds and lifetimes").
  if (token.kind === 'app-installation') {
    return {
      verdict: 'expiring',
      problem:
        "The token is a GitHub App installation token (ghs_…, what a workflow's GITHUB_TOKEN holds): it expires within an hour, so CodeBuild would lose access soon after the import. Use a classic personal access token (ghp_…) or a fine-grained one (github_pat_…), stored as a secret.",
    };
  }
  const unproven = token.required.filter((s) => s.status === 'unknown' && !s.optional);
  if (config.requireVerifiedScopes && unproven.length > 0) {
    return {
      verdict: 'unverified',
      problem: `${config.names.requireVerifiedScopes} is true, and ${unproven.map((s) => s.scope).join(', ')} ${unproven.length === 1 ? 'is' : 'are'} not proven for this ${token.description}. ${howToVerify(config, token)}`,
    };
  }
  if (token.expiresAt) {
    const days = (Date.parse(token.expiresAt) - now.getTime()) / DAY_MS;
    const inDays =
      days < 1
        ? 'in less than a day'
        : `in ${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'}`;
    if (days <= 0)
      return {
        verdict: 'expired',
        problem: `The token expired on ${token.expiresAt}. Create a new token and run sync.`,
      };
    if (days < 1) {
      const userToServer =
        token.kind === 'app-user'
          ? ' A GitHub App user-to-server token (ghu_…) lives 8 hours when the app expires its tokens.'
          : '';
      return {
        verdict: 'expiring',
        problem: `The token expires on ${token.expiresAt}, in less than a day: CodeBuild would lose access before the next rotation.${userToServer} Use a personal access token that lives longer.`,
      };
    }
    const window = config.failOnExpiryWithinDays;
    if (window !== undefined && days <= window) {
      return {
        verdict: 'expiring',
        problem: `The token expires on ${token.expiresAt}, ${inDays}, within ${config.names.failOnExpiryWithinDays} (${window}). Rotate it now.`,
      };
    }
    if (days <= config.expiryWarningDays) {
      warnings.push(
        `The token expires on ${token.expiresAt}, ${inDays} (${config.names.expiryWarningDays}: ${config.expiryWarningDays}). Rotate it before then, or CodeBuild builds will fail.`,
      );
    }
  } else if (token.kind === 'app-user') {
    warnings.push(
      'The token is a GitHub App user-to-server token (ghu_…) and GitHub reported no expiry: it lasts until the user revokes the app, and dies with that authorization. A personal access token is the usual credential for CodeBuild.',
    );
  }
  return { verdict: 'good' };
}
