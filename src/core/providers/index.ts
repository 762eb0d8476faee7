import {
  type AuthType,
  type Logger,
  type OptionKey,
  ProviderUnavailableError,
  type ServerType,
  type TokenReport,
} from '../base/index.js';
import type { CallLimits } from '../wire/index.js';
import { UnverifiedAnswerError } from './provenance.js';

export interface Introspection {
  token: TokenReport;
  warnings: string[];
}

/** The part of the run's configuration that says which provider to ask, and where. */
export interface ProviderSettings {
  serverType: ServerType;
  authType: AuthType;
  username?: string;
  githubApiUrl: string;
  bitbucketApiUrl: string;
  repositories: string[];
  apiUrlHint?: string;
  /** The front door's names of the options, for messages. */
  names?: Record<OptionKey, string>;
}

/** Asks the token's provider who it is, what it may do and when it expires. Read-only. */
export async function introspectToken(
  config: ProviderSettings,
  token: string,
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  limits?: CallLimits,
): Promise<Introspection> {
  try {
    if (config.serverType === 'BITBUCKET') {
      const username = config.authType === 'BASIC_AUTH' ? config.username : undefined;
      const { introspectBitbucket } = await import('./bitbucket.js');
      return await introspectBitbucket(
        { token, username },
        config.bitbucketApiUrl,
        logger,
        sleep,
        limits,
        config.names?.bitbucketApiUrl,
      );
    }
    const { introspectGitHub } = await import('./github.js');
    return await introspectGitHub(
      token,
      config.githubApiUrl,
      logger,
      sleep,
      config.repositories,
      limits,
      config.names?.githubApiUrl,
    );
  } catch (error) {
    throw withApiUrlHint(error, config.apiUrlHint);
  }
}

/**
 * The error with the API URL's likely fix (config.ts) added, when the answer says the
 * URL is not the provider's API: a 404 on the identity call, or not the provider at all.
 */
function withApiUrlHint(error: unknown, hint: string | undefined): unknown {
  if (!hint) return error;
  if (error instanceof UnverifiedAnswerError && error.notTheProvider)
    return new UnverifiedAnswerError(`${error.message} ${hint}`, true);
  if (error instanceof ProviderUnavailableError && error.status === 404)
    return new ProviderUnavailableError(`${error.message} ${hint}`, error.status);
  return error;
}

export { githubNetworkFailure, githubPages, githubWait } from './github-client.js';
export { UnverifiedAnswerError } from './provenance.js';
export { repositoryOf, sameUrl } from './webhooks.js';
export type { HooksAnswer, ProviderCredential, WebhookReader } from './webhooks.js';
export const loadWebhooks = () => import('./webhooks.js');
