import type { Logger } from './logger.js';
import { trimToken } from './token-form.js';

/** Git/Basic usernames a token travels with when no username is given (Bitbucket access and API tokens). */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];

/** Shorter whitespace-separated pieces are words ("token", "Bearer"), not secrets. */
const MIN_PART = 8;

/**
 * Every value that must never be printed, in every form it could be printed in,
 * and the one redaction all output passes through: the core redacts the Report
 * and its log lines before they leave it, and each entry point redacts whatever
 * else it prints or writes (stdout/stderr, annotations, outputs, the report file).
 */
export class Secrets {
  private readonly values = new Set<string>();
  private sorted: string[] | undefined;

  /**
   * `onValue` sees each new value as given, once (the Action registers it with the
   * runner's log masking); the encoded forms derived from it are only redacted here.
   */
  constructor(private readonly onValue?: (value: string) => void) {}

  /**
   * A secret value: the whole of it and, when it has whitespace inside, each
   * piece, each raw, URL-encoded, base64-encoded and JSON-escaped.
   */
  add(value: string | undefined): void {
    const trimmed = value?.trim();
    if (!trimmed || trimmed.length < 4) return;
    this.addForms(trimmed);
    // Also the form the token is used in, without invisible characters at its ends.
    const used = trimToken(trimmed);
    if (used !== trimmed && used.length >= 4) this.addForms(used);
    const parts = trimmed.split(/\s+/);
    if (parts.length > 1)
      for (const part of parts) if (part.length >= MIN_PART) this.addForms(part);
  }

  /** A token with the usernames it may travel with as Basic credentials (`username:token`, base64). */
  addCredential(token: string | undefined, username?: string): void {
    const trimmed = token?.trim();
    if (!trimmed) return;
    this.add(trimmed);
    for (const form of new Set([trimmed, trimToken(trimmed)])) {
      if (username?.trim()) this.addBasic(username.trim(), form);
      for (const user of TOKEN_USERNAMES) this.addBasic(user, form, false);
    }
  }

  /** Basic credentials travel base64-encoded: hide that form too. */
  addBasic(username: string, password: string, given = true): void {
    const basic = Buffer.from(`${username}:${password}`);
    this.remember(basic.toString('base64'), given);
    this.remember(basic.toString('base64url'));
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a value containing another is hidden whole.
    this.sorted ??= [...this.values].sort((a, b) => b.length - a.length);
    for (const value of this.sorted) {
      if (out.includes(value)) out = out.split(value).join('***');
    }
    return out;
  }

  /** A copy of a value (a Report, say) with every string in it redacted. */
  redactAll<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.redactAll(v)) as T;
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [this.redact(k), this.redactAll(v)]),
      ) as T;
    }
    return value;
  }

  private addForms(value: string): void {
    this.remember(value, true);
    const forms = [
      encodeURIComponent(value),
      Buffer.from(value).toString('base64'),
      Buffer.from(value).toString('base64url'),
      JSON.stringify(value).slice(1, -1),
    ];
    for (const form of forms) this.remember(form);
  }

  private remember(form: string, given = false): void {
    if (form.length < 4 || this.values.has(form)) return;
    this.values.add(form);
    this.sorted = undefined;
    if (given) this.onValue?.(form);
  }
}

/** A Logger whose every line is redacted before the adapter sees it. */
export function redactingLogger(logger: Logger, secrets: Secrets): Logger {
  return {
    info: (m) => logger.info(secrets.redact(m)),
    warn: (m) => logger.warn(secrets.redact(m)),
    debug: (m) => logger.debug(secrets.redact(m)),
  };
}
