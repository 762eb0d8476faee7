/** Full-jitter exponential backoff (as aws-actions/configure-aws-credentials does), with an injectable sleep. */
export interface RetryOptions {
  attempts: number;
  baseMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** The run's signal: once it aborts, nothing is retried. */
  signal?: AbortSignal;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(
  work: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  { attempts, baseMs, sleep = defaultSleep, signal }: RetryOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || signal?.aborted || !isRetryable(error)) throw error;
      await sleep(Math.random() * baseMs * 2 ** attempt);
      if (signal?.aborted) throw error;
    }
  }
}
