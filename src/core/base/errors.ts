import { withoutRandomWords } from './random-words.js';

/**
 * A problem the user can fix (bad input, rejected token, missing permission).
 * Entry points print its message without a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Invalid configuration: every problem found, each naming the option and what would be valid.
 * With `typed` (typedRuns of the step's variables), no random-looking word the user wrote is
 * shown (withoutRandomWords): a front door's refusal passes them.
 */
export class ConfigError extends UserError {
  /** Each problem as shown. */
  readonly problems: string[];

  constructor(problems: string[], typed: ReadonlySet<string> = new Set()) {
    const shown = problems.map((p) => withoutRandomWords(p, typed));
    super(shown.length === 1 ? shown[0] : `Invalid configuration:\n- ${shown.join('\n- ')}`);
    this.problems = shown;
    this.name = 'ConfigError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The provider could not be asked (network, 5xx): nothing is known about the token, so nothing may be written. */
export class ProviderUnavailableError extends UserError {
  /** `status`: the provider's HTTP answer, when there was one (a 404 says the URL is not its API). */
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderUnavailableError';
  }
}
