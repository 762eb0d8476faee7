import type { Config } from '../config.js';
import type { CallLimits } from '../deadline.js';
import type { Logger } from '../logger.js';
import type { TokenReport } from '../report.js';

export interface Introspection {
  token: TokenReport;
  warnings: string[];
}

/** Asks the token's provider who it is, what it may do and when it expires. Read-only. */
export async function introspectToken(
  config: Pick<
    Config,
    'serverType' | 'authType' | 'username' | 'githubApiUrl' | 'bitbucketApiUrl' | 'repositories'
  >,
  token: string,
  logger: Logger,
  sleep?: (ms: number) => Promise<void>,
  limits?: CallLimits,
): Promise<Introspection> {
  if (config.serverType === 'BITBUCKET') {
    const username = config.authType === 'BASIC_AUTH' ? config.username : undefined;
    const { introspectBitbucket } = await import('./bitbucket.js');
    return introspectBitbucket({ token, username }, config.bitbucketApiUrl, logger, sleep, limits);
  }
  const { introspectGitHub } = await import('./github.js');
  return introspectGitHub(token, config.githubApiUrl, logger, sleep, config.repositories, limits);
}
