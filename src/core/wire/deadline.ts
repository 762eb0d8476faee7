// The run's deadline and its cancellation. One AbortSignal, shared through the run:
// when `timeout-seconds` passes or SIGTERM/SIGINT arrives, every call in flight is
// aborted, nothing new starts, and each strand of work says what it was waiting for.
import { DEFAULT_TIMEOUT_SECONDS, Semaphore, untilAborted, UserError } from '../base/index.js';
import { httpFetch, type Fetch } from './http.js';
import { formatSeconds } from './network-errors.js';
import type { NetworkAgents } from './proxy.js';
import { originRefused, type Credential } from './wire.js';

/** Limits of every outbound call, passed to each client. */
export interface CallLimits {
  /** Aborts when the run stops (deadline or cancellation). */
  signal?: AbortSignal;
  /** How long one attempt may wait for its answer. */
  callTimeoutMs: number;
  /** How long one attempt may take to connect. */
  connectTimeoutMs: number;
  /** Told which call is being made, so that a stop can say what the run was waiting for. */
  waiting?: Waiting;
  /** The agents that route calls through a proxy (proxy.ts); undefined: Node's own. */
  agents?: NetworkAgents;
  /** The run's one cap on AWS calls in flight (STS has its own, fleet.ts). */
  gate?: Semaphore;
  /** When the run's deadline passes (epoch ms): no retry waits past it (retry.ts). */
  deadlineAt?: number;
}

/**
 * AWS calls in flight at once, across the whole run: twice the targets worked on at once
 * (targets.ts), as check reads two things of a target at once. It bounds the sockets, the
 * TLS handshakes and the memory of answers being parsed, however many accounts there are.
 */
export const MAX_CALLS_IN_FLIGHT = 128;

/** What one strand of work (validation, a region) is waiting for right now. */
export class Waiting {
  what?: string;

  async on<T>(what: string, work: () => Promise<T>): Promise<T> {
    this.what = what;
    try {
      return await work();
    } finally {
      if (this.what === what) this.what = undefined;
    }
  }
}

/** The run stopped (deadline or signal) before this work finished. */
export class RunStopped extends UserError {
  readonly code = 'RUN_STOPPED';
  constructor(message: string) {
    super(message);
    this.name = 'RunStopped';
  }
}

export type StopReason = 'timeout' | 'SIGTERM' | 'SIGINT';

/** Per-call limits derived from the run's: a hung call fails (after its retries) before the run's deadline. */
export function callLimitsFor(
  timeoutSeconds: number = DEFAULT_TIMEOUT_SECONDS,
): Omit<CallLimits, 'signal' | 'waiting' | 'gate'> {
  const callTimeoutMs = Math.min(10_000, Math.max(1_000, Math.floor((timeoutSeconds * 1000) / 4)));
  return { callTimeoutMs, connectTimeoutMs: Math.min(5_000, callTimeoutMs) };
}

export class RunDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  /** Why the run stopped early; undefined while it runs. */
  reason?: StopReason;
  readonly limits: CallLimits;

  constructor(readonly seconds: number = DEFAULT_TIMEOUT_SECONDS) {
    this.timer = setTimeout(() => this.stop('timeout'), seconds * 1000);
    this.timer.unref(); // never what keeps the process alive
    this.limits = {
      signal: this.controller.signal,
      deadlineAt: Date.now() + seconds * 1000,
      ...callLimitsFor(seconds),
      gate: new Semaphore(MAX_CALLS_IN_FLIGHT),
    };
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopped(): boolean {
    return this.reason !== undefined;
  }

  /** Stops the run: a signal (cancellation) or the deadline. The first reason wins. */
  stop(reason: StopReason): void {
    if (this.reason) return;
    this.reason = reason;
    clearTimeout(this.timer);
    this.controller.abort(new RunStopped(this.describe()));
  }

  /** "the run timed out after 30 s" or "the run was cancelled (SIGTERM)". */
  describe(): string {
    if (this.reason === 'timeout')
      return `the run timed out after ${formatSeconds(this.seconds * 1000)}`;
    return `the run was cancelled (${this.reason ?? 'not stopped'})`;
  }

  /** What a strand was doing when the run stopped: "the run timed out after 30 s waiting for X". */
  describeFor(waiting?: Waiting): string {
    if (!waiting?.what) return this.describe();
    return `${this.describe()}${this.reason === 'timeout' ? '' : ' while'} waiting for ${waiting.what}`;
  }

  /** Settles as `work` does, or rejects with RunStopped as soon as the run stops. */
  race<T>(work: Promise<T>, waiting?: Waiting): Promise<T> {
    return untilAborted(work, this.signal).catch((error: unknown) => {
      // A call that failed because the run stopped failed for that reason.
      throw this.stopped ? new RunStopped(this.describeFor(waiting)) : error;
    });
  }

  /** SIGTERM/SIGINT stop the run; a second one exits at once. Returns the function that removes the handlers. */
  cancelOnSignals(
    onSecond: (signal: StopReason) => void = (signal) => process.exit(exitCodeForSignal(signal)),
  ): () => void {
    const handlers = (['SIGTERM', 'SIGINT'] as const).map((signal) => {
      const handler = () =>
        this.stopped && this.reason !== 'timeout' ? onSecond(signal) : this.stop(signal);
      process.on(signal, handler);
      return () => process.off(signal, handler);
    });
    return () => handlers.forEach((off) => off());
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/**
 * fetch (over node:http, see http.ts) with a per-attempt timeout and the run's signal;
 * tells `limits.waiting` which call it makes. With a `credential`, it is the one layer that
 * attaches it (the origin rule, wire.ts): every request goes to the credential's origin or
 * is refused before it leaves, naming where it was pointed; a redirect elsewhere is refused.
 */
export function boundedFetch(limits: CallLimits, service: string, credential?: Credential): Fetch {
  return (input, init) => {
    const url = new URL(input);
    const method = init?.method ?? 'GET';
    if (limits.waiting) limits.waiting.what = `${service} ${method} ${url.pathname}`;
    if (credential && url.origin !== credential.origin)
      return Promise.reject(
        new TypeError('fetch failed', { cause: originRefused(service, url, credential.origin) }),
      );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(init?.headers ?? {}))
      if (name.toLowerCase() !== 'authorization') headers[name] = value;
    if (credential) headers.authorization = credential.authorization;
    const signals = [AbortSignal.timeout(limits.callTimeoutMs), init?.signal, limits.signal];
    return httpFetch(input, {
      ...init,
      headers,
      origin: credential?.origin,
      agent: url.protocol === 'https:' ? limits.agents?.httpsAgent : limits.agents?.httpAgent,
      service,
      signal: AbortSignal.any(signals.filter((s): s is AbortSignal => Boolean(s))),
    });
  };
}

/** The shell's convention: 128 + the signal's number (SIGINT 130, SIGTERM 143). */
export function exitCodeForSignal(signal: StopReason): number {
  return signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1;
}
