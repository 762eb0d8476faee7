import { Octokit } from '@octokit/rest';
import type { Logger } from '../logger.js';
import { USER_AGENT } from '../version.js';

/**
 * An Octokit for one token and API (github.com or GHES); its own chatter goes to debug only.
 * `redirect: 'manual'` hands a 3xx back instead of following it (to a sign-in page, say).
 */
export function githubClient(
  token: string,
  apiUrl: string,
  logger: Logger,
  options: { redirect?: 'manual' } = {},
): Octokit {
  return new Octokit({
    auth: token,
    baseUrl: apiUrl,
    userAgent: USER_AGENT,
    ...(options.redirect ? { request: { redirect: options.redirect } } : {}),
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m),
    },
  });
}
