// Proof that an answer comes from the provider itself and not from something in
// between (a proxy, a captive portal, a single sign-on gateway). An answer that
// is not provably the provider's proves nothing about the token, so nothing is
// written on it.
import { outside, UserError } from '../base/index.js';

/** An HTTP answer as the providers' clients see it. */
export interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  /** The parsed JSON body; a string when it was not JSON. */
  body: unknown;
}

/** How to recognise a provider's own answers. */
export interface Provider {
  /** "GitHub", "Bitbucket". */
  name: string;
  /** The API base URL asked. */
  apiUrl: string;
  /** Headers only the provider sends: at least one must be present. */
  ownHeaders: RegExp;
  /** Named in the message, e.g. `X-GitHub-Request-Id`. */
  exampleHeader: string;
}

/** The answer was not the provider's, or proves nothing: the token's scopes are unverified. */
export class UnverifiedAnswerError extends UserError {
  /** `notTheProvider`: something else answered (notFromProvider), not the provider holding back a header. */
  constructor(
    message: string,
    readonly notTheProvider = false,
  ) {
    super(message);
    this.name = 'UnverifiedAnswerError';
  }
}

function header(answer: Answer, name: string): string | undefined {
  const found = Object.entries(answer.headers).find(([k]) => k.toLowerCase() === name);
  return found?.[1] === undefined ? undefined : String(found[1]);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Where a redirect points, without its query (which may carry state) and shortened. */
function redirectTarget(location: string, base: string): string {
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`.slice(0, 120);
  } catch {
    return 'an unreadable address';
  }
}

const SIGN_IN = /log-?in|sign-?in|sso|saml|auth|session|portal|captive/i;

/** What a body that is not the provider's JSON looks like, in a few words. */
export function describeBody(answer: Answer): string {
  const raw = header(answer, 'content-type')?.split(';')[0]?.trim();
  const type = raw === undefined ? undefined : outside(raw, 100);
  const what =
    raw === 'text/html' ||
    (typeof answer.body === 'string' && /^\s*<(!doctype|html)/i.test(answer.body))
      ? 'an HTML page'
      : type
        ? `a ${type} answer`
        : 'an answer without a Content-Type';
  return `${what} (${type ?? 'no Content-Type'}, ${answer.status})`;
}

/**
 * Why the answer is not provably the provider's, or undefined when it is: a
 * redirect, a body that is not JSON, or none of the provider's own headers.
 * A refusal (`strict` false; nothing is written on it anyway) is only disowned
 * on positive evidence: a redirect or an HTML page.
 */
export function notFromProvider(
  answer: Answer,
  provider: Provider,
  { strict = true }: { strict?: boolean } = {},
): string | undefined {
  const host = hostOf(provider.apiUrl);
  const not = `not ${provider.name}`;
  if (answer.status >= 300 && answer.status < 400) {
    const location = header(answer, 'location');
    const target = location ? redirectTarget(location, provider.apiUrl) : 'nowhere given';
    const what = location && SIGN_IN.test(location) ? 'a sign-in page' : target;
    return `${host} redirected (${answer.status}) to ${what === target ? target : `${what} (${target})`} — a proxy or single sign-on gateway answered, ${not}'s API`;
  }
  const type = header(answer, 'content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  const json = type === 'application/json' || type.endsWith('+json');
  if (!strict && describeBody(answer).startsWith('an HTML page')) {
    return `${host} answered with ${describeBody(answer)} — a proxy or captive portal, ${not}`;
  }
  if (!strict) return undefined;
  if (!json || typeof answer.body !== 'object' || answer.body === null) {
    const body = json
      ? `a body that is not JSON (${outside(type, 100)}, ${answer.status})`
      : describeBody(answer);
    return `${host} answered with ${body} — a proxy or captive portal, ${not}`;
  }
  if (!Object.keys(answer.headers).some((name) => provider.ownHeaders.test(name))) {
    return `${host} answered (${answer.status}) without any of ${provider.name}'s own headers (such as ${provider.exampleHeader}) — a proxy or another server, ${not}`;
  }
  return undefined;
}

/** Throws UnverifiedAnswerError when the answer is not provably the provider's. */
export function requireProvider(
  answer: Answer,
  provider: Provider,
  options?: { strict?: boolean },
): void {
  const reason = notFromProvider(answer, provider, options);
  if (reason) throw new UnverifiedAnswerError(`Could not verify the token: ${reason}.`, true);
}
