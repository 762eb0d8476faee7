// The proxy variables read as @actions/http-client reads them (its proxy.ts): which proxy a
// call goes through, NO_PROXY's forms, loopback, and the proxy's credentials as secrets.
import { describe, expect, test } from '@jest/globals';
import { getProxyUrl } from '@actions/http-client';
import {
  addProxySecrets,
  parseProxyUrl,
  proxyFor,
  proxySettings,
  throughProxy,
} from '../../src/core/wire/proxy.js';
import { HIDDEN, Secrets } from '../../src/core/trust/secrets.js';

const via = (env: NodeJS.ProcessEnv, url: string) =>
  proxyFor(proxySettings(env), new URL(url))?.url.href;

describe('which proxy a call goes through', () => {
  const PROXY = 'http://proxy.corp:3128';
  test.each([
    // [NO_PROXY, url, bypassed]
    ['', 'https://api.github.com/user', false],
    ['github.com', 'https://api.github.com/user', true],
    ['.github.com', 'https://api.github.com/user', true],
    ['GitHub.COM', 'https://api.github.com/user', true],
    ['hub.com', 'https://api.github.com/user', false],
    ['api.github.com:443', 'https://api.github.com/user', true],
    ['api.github.com:8443', 'https://api.github.com/user', false],
    ['example.com, amazonaws.com', 'https://codebuild.eu-west-1.amazonaws.com/', true],
    ['*', 'https://codebuild.eu-west-1.amazonaws.com/', true],
    ['', 'http://localhost:8080/', true],
    ['', 'http://127.0.0.1:8080/', true],
    ['', 'http://[::1]:8080/', true],
    ['internal:8080', 'http://internal:8080/x', true],
    ['internal:8080', 'http://internal/x', false],
  ])('NO_PROXY=%j, %s: bypassed %s, as @actions/http-client decides', (noProxy, url, bypassed) => {
    const env = { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY, NO_PROXY: noProxy };
    expect(via(env, url)).toBe(bypassed ? undefined : `${PROXY}/`);
    const saved = { ...process.env };
    try {
      Object.assign(process.env, env);
      delete process.env.no_proxy;
      delete process.env.https_proxy;
      delete process.env.http_proxy;
      expect(getProxyUrl(url)).toBe(bypassed ? '' : `${PROXY}/`);
    } finally {
      process.env = saved;
    }
  });

  test('https:// calls use HTTPS_PROXY, http:// ones HTTP_PROXY; lower case wins', () => {
    const env = { HTTPS_PROXY: 'http://s:1', HTTP_PROXY: 'http://p:2', https_proxy: 'http://l:3' };
    expect(via(env, 'https://api.github.com')).toBe('http://l:3/');
    expect(via(env, 'http://ghes.corp')).toBe('http://p:2/');
    expect(via({ HTTP_PROXY: 'http://p:2' }, 'https://api.github.com')).toBeUndefined();
    expect(proxySettings({ NO_PROXY: 'x' })).toBeUndefined();
  });

  test('host:port means http://host:port; other schemes are not proxies', () => {
    expect(parseProxyUrl('proxy.corp:3128')?.href).toBe('http://proxy.corp:3128/');
    expect(parseProxyUrl('https://proxy.corp')?.href).toBe('https://proxy.corp/');
    expect(parseProxyUrl('socks5://proxy.corp:1080')).toBeUndefined();
  });

  test("a failure's message names the proxy without its credentials", () => {
    const env = { HTTPS_PROXY: 'http://svc:s3cret-pass@proxy.corp:3128', NO_PROXY: 'ghes.corp' };
    expect(throughProxy('https://api.github.com', env)).toBe(
      ' The call went through the proxy http://proxy.corp:3128 (HTTPS_PROXY): check the proxy, and NO_PROXY.',
    );
    expect(throughProxy('https://ghes.corp/api/v3', env)).toBe('');
    expect(throughProxy('https://api.github.com', {})).toBe('');
  });
});

test("the proxy's credentials are secrets, in every form they travel in", () => {
  const secrets = new Secrets();
  addProxySecrets(
    secrets,
    { https_proxy: 'http://svc-build:p%40ss-w0rd-long@proxy.corp:3128' },
    'http://only-a-token-as-user@proxy.corp',
  );
  const basic = Buffer.from('svc-build:p@ss-w0rd-long').toString('base64');
  // A line quoting any of them is hidden whole (issue 25); the proxy's host and user name are not secrets.
  for (const form of ['p@ss-w0rd-long', 'p%40ss-w0rd-long', basic, 'only-a-token-as-user'])
    expect(secrets.redact(`said ${form}`)).toBe(HIDDEN);
  expect(secrets.redact('proxy.corp svc-build')).toBe('proxy.corp svc-build');
});
