// Retries with full-jitter exponential backoff (as aws-actions/configure-aws-credentials
// does), an injectable sleep, and the server's own word on when to come back: Retry-After,
// or GitHub's x-ratelimit-reset. No wait goes past the run's deadline: a retry that would
// have to is not made, and the error says so (waitPastDeadline).
import { setTimeout as timer } from 'node:timers/promises';
import { formatSeconds } from './network-errors.js';

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  /** Ends early (settles either way) when `signal` aborts: a cancelled run does not sit out a wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The run's signal: once it aborts, nothing is retried. */
  signal?: AbortSignal;
  /** How long the server asked to wait before the next attempt (serverWait), if it did. */
  asked?: (error: unknown) => ServerWait | undefined;
  /** When the run's deadline passes (epoch ms): no wait may end after it (without one: a minute). */
  deadlineAt?: number;
  now?: () => number;
}

/** A wait a server asked for, and the header (or rule) that asked. */
export interface ServerWait {
  ms: number;
  /** `Retry-After`, `x-ratelimit-reset`, or GitHub's "secondary rate limit" rule. */
  source: string;
}

const MAX_WAIT_WITHOUT_DEADLINE = 60_000;

export const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  timer(ms, undefined, { signal });

/** Errors given up on because the wait the server asked for would pass the deadline. */
const pastDeadline = new WeakMap<object, ServerWait>();

/** The wait that was not made because it would pass the run's deadline, if that is why `error` was given up on. */
export function waitPastDeadline(error: unknown): ServerWait | undefined {
  return typeof error === 'object' && error !== null ? pastDeadline.get(error) : undefined;
}

/** "; not retried: GitHub asked to wait 60 min (x-ratelimit-reset), which would pass the run's deadline (timeout-seconds)", or "". */
export function describeWaitPastDeadline(error: unknown, service: string): string {
  const wait = waitPastDeadline(error);
  return wait
    ? `; not retried: ${service} asked to wait ${formatWait(wait.ms)} (${wait.source}), which would pass the run's deadline (timeout-seconds)`
    : '';
}

/** Longest wait a service sensibly asks for (a primary rate limit resets within the hour). */
export const SANE_WAIT_MS = 24 * 60 * 60 * 1000;

/**
 * "45 s", or "60 min" for the long waits of a primary rate limit; a wait past a day (an
 * absurd Retry-After or reset time) is not shown as a number.
 */
export function formatWait(ms: number): string {
  if (!(ms <= SANE_WAIT_MS)) return 'longer than a day (not a wait any service asks for)';
  return ms >= 120_000
    ? `${Math.ceil(ms / 60_000)} min`
    : formatSeconds(Math.ceil(ms / 1000) * 1000);
}

export async function withRetry<T>(
  work: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  options: RetryOptions,
): Promise<T> {
  const { attempts, baseMs, sleep = defaultSleep, signal, asked, deadlineAt } = options;
  const now = options.now ?? Date.now;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || signal?.aborted || !isRetryable(error)) throw error;
      const server = asked?.(error);
      const backoff = Math.random() * baseMs * 2 ** attempt;
      const wait = Math.max(backoff, server?.ms ?? 0);
      // A server's wait that would end past the deadline (without one, a call outside a run:
      // longer than a minute) would only end in the run's stop: give up now, and say why.
      if (server && now() + server.ms >= (deadlineAt ?? now() + MAX_WAIT_WITHOUT_DEADLINE)) {
        if (typeof error === 'object' && error !== null) pastDeadline.set(error, server);
        throw error;
      }
      // An abort ends the wait (node:timers/promises rejects): either way, nothing is retried then.
      await sleep(wait, signal).catch(() => {});
      if (signal?.aborted) throw error;
    }
  }
}

/**
 * The wait an HTTP answer asks for before the same request is made again, by the rules
 * GitHub documents for its rate limits ("Best practices for using the REST API"), which
 * Bitbucket's 429 follows too: `Retry-After` (seconds, or an HTTP date) first; else, with
 * `x-ratelimit-remaining: 0`, until `x-ratelimit-reset` (epoch seconds); else, for a
 * secondary rate limit, at least a minute.
 */
export function serverWait(
  status: number,
  header: (name: string) => string | undefined,
  message = '',
  now = Date.now(),
): ServerWait | undefined {
  const retryAfter = header('retry-after')?.trim();
  if (retryAfter) {
    const seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
    const date = seconds === undefined ? Date.parse(retryAfter) : Number.NaN;
    const ms = seconds ?? (Number.isNaN(date) ? undefined : Math.max(0, date - now));
    if (ms !== undefined) return { ms, source: 'Retry-After' };
  }
  if ((status === 403 || status === 429) && header('x-ratelimit-remaining')?.trim() === '0') {
    const reset = Number(header('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0)
      return { ms: Math.max(0, reset * 1000 - now), source: 'x-ratelimit-reset' };
  }
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(message))
    return { ms: 60_000, source: "GitHub's secondary rate limit" };
  return undefined;
}
