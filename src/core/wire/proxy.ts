// Which proxy an outbound call goes through: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either
// case), read the way @actions/http-client reads them (its proxy.ts), so that this tool,
// @actions/github and the runner agree. The agents that do the tunnelling live in
// proxy-agents.ts and are loaded (by run.ts) only when a proxy is set.
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { outside, safeDecode } from '../base/index.js';
import type { Secrets } from '../trust/index.js';

/** The agents every outbound call of a run uses (AWS SDK clients, GitHub and Bitbucket calls). */
export interface NetworkAgents {
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
}

/** The proxy variables, as read from the environment. */
export interface ProxySettings {
  /** The proxy for https:// calls (HTTPS_PROXY), when set. */
  https?: ProxyUrl;
  /** The proxy for http:// calls (HTTP_PROXY), when set. */
  http?: ProxyUrl;
  /** NO_PROXY's entries, upper-cased. */
  noProxy: string[];
}

export interface ProxyUrl {
  url: URL;
  /** The variable it came from, for messages: `HTTPS_PROXY`. */
  variable: string;
}

/** The proxy variables of `env`, or undefined when no proxy is set. Lower case wins, as in @actions/http-client. */
export function proxySettings(env: NodeJS.ProcessEnv = process.env): ProxySettings | undefined {
  const https = proxyVariable(env, 'https_proxy', 'HTTPS_PROXY');
  const http = proxyVariable(env, 'http_proxy', 'HTTP_PROXY');
  if (!https && !http) return undefined;
  const noProxy = (env.no_proxy || env.NO_PROXY || '')
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean);
  return { https, http, noProxy };
}

function proxyVariable(env: NodeJS.ProcessEnv, lower: string, upper: string): ProxyUrl | undefined {
  const variable = env[lower] ? lower : env[upper] ? upper : undefined;
  const value = variable ? env[variable]!.trim() : '';
  if (!variable || !value) return undefined;
  const url = parseProxyUrl(value);
  return url ? { url, variable } : undefined;
}

/**
 * A proxy URL; `host:port` means `http://host:port`. Undefined when it is not an http(s) URL
 * with a host, or when its user name or password is not valid percent-encoding (a bare `%`),
 * which the proxy agents decode as they connect and would fail on there.
 */
export function parseProxyUrl(value: string): URL | undefined {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    if (!(url.protocol === 'http:' || url.protocol === 'https:') || !url.hostname) return undefined;
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
    return url;
  } catch {
    return undefined;
  }
}

/** Why a proxy URL parseProxyUrl refuses cannot be read, when it is its user information. */
export function proxyUserInfoProblem(value: string): string | undefined {
  return /^[^/?#]*@/.test(value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')) &&
    /%(?![0-9a-f]{2})/i.test(value)
    ? 'its user name or password holds a % that does not start an escape: write % as %25 (and @ as %40, : as %3A, / as %2F)'
    : undefined;
}

/** The proxy a call to `target` goes through, or undefined when it goes direct. */
export function proxyFor(
  settings: ProxySettings | undefined,
  target: { protocol: string; hostname: string; port?: string | number },
): ProxyUrl | undefined {
  if (!settings) return undefined;
  const proxy = target.protocol === 'https:' ? settings.https : settings.http;
  return proxy && !bypasses(settings, target) ? proxy : undefined;
}

/**
 * NO_PROXY as @actions/http-client reads it: loopback always goes direct; `*` matches
 * every host; an entry matches the host itself, any host under it (`example.com` and
 * `.example.com` both match `api.example.com`), or `host:port`.
 */
function bypasses(
  settings: ProxySettings,
  { protocol, hostname, port }: { protocol: string; hostname: string; port?: string | number },
): boolean {
  if (!hostname) return false;
  const host = hostname.toUpperCase();
  if (isLoopback(host)) return true;
  const number = port ? Number(port) : protocol === 'http:' ? 80 : 443;
  const hosts = [host, `${host}:${number}`];
  return settings.noProxy.some(
    (entry) =>
      entry === '*' ||
      hosts.some(
        (h) =>
          h === entry || h.endsWith(`.${entry}`) || (entry.startsWith('.') && h.endsWith(entry)),
      ),
  );
}

function isLoopback(host: string): boolean {
  return (
    host === 'LOCALHOST' ||
    host.startsWith('127.') ||
    host.startsWith('[::1]') ||
    host === '::1' ||
    host.startsWith('[0:0:0:0:0:0:0:1]')
  );
}

/** The proxy without its credentials, for messages: `http://proxy.example:3128`. */
export function describeProxy(proxy: ProxyUrl): string {
  return `${proxy.url.protocol}//${proxy.url.host} (${proxy.variable})`;
}

/**
 * The proxy refused the call, which never reached its server: a CONNECT answered with a
 * refusal (407, 403, 502...), or a plain http request (absolute form) answered 407.
 */
export class ProxyRefusedError extends Error {
  readonly code = 'PROXY_REFUSED';
  constructor(
    proxy: ProxyUrl,
    /** host:port the call was for. */
    readonly target: string,
    readonly status: number,
    statusText: string,
  ) {
    super(
      `the proxy ${describeProxy(proxy)} refused the connection to ${target}: ${status}${statusText ? ` ${outside(statusText)}` : ''}`,
    );
    this.name = 'ProxyRefusedError';
  }
}

/**
 * The credentials in the proxy variables (and any further proxy URLs), decoded: they are
 * secrets. Without a password, the user name is the credential (a token as user name).
 */
export function proxyCredentials(env: NodeJS.ProcessEnv, ...more: Array<string | undefined>) {
  const values = [env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY, ...more].filter(
    (v): v is string => Boolean(v?.trim()),
  );
  const found: Array<{ username: string; password: string }> = [];
  for (const value of values) {
    const url = parseProxyUrl(value.trim());
    if (url?.password || url?.username) {
      found.push({
        username: safeDecode(url.username),
        password: safeDecode(url.password),
      });
    }
  }
  return found;
}

/** Registers the proxies' credentials (proxyCredentials) with the run's secrets, in every form they travel in. */
export function addProxySecrets(
  secrets: Pick<Secrets, 'add' | 'addBasic'>,
  env: NodeJS.ProcessEnv,
  ...more: Array<string | undefined>
): void {
  for (const { username, password } of proxyCredentials(env, ...more)) {
    if (!password) {
      secrets.add(username);
      continue;
    }
    secrets.add(password);
    // Proxy-Authorization: Basic base64(user:password).
    secrets.addBasic(username, password);
  }
}

/**
 * For a failure's message: the proxy a call to `url` went through, or '' when none did.
 * The proxy's credentials are left out.
 */
export function throughProxy(
  url: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (!url) return '';
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return '';
  }
  const proxy = proxyFor(proxySettings(env), target);
  return proxy
    ? ` The call went through the proxy ${describeProxy(proxy)}: check the proxy, and NO_PROXY.`
    : '';
}
