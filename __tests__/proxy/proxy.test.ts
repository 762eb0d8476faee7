// Both shipped bundles behind a real forward proxy (support/forward-proxy.ts), under Node 24.
// The emulator is reachable only through the proxy, under names that resolve nowhere else
// (*.emulator.invalid): https:// calls go through CONNECT tunnels the proxy intercepts with
// its own CA (trusted through NODE_EXTRA_CA_CERTS), http:// calls in absolute form.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { printed, useEmulator } from '../support/emulated.js';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';
import { runnerFiles, runnerInputs } from '../support/runner-files.js';
import { expectNoFragmentIn, expectNoSecretIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Px7Lw3Rt5Yu7Io9Pa1Sd2Fg4Hj6Kl0Mn3Bv5C';
const BB = 'ATCTT3xFfGN0' + '9Aby0lXSPCOPibVfLxQvysLrZk5678';
const PROXY_USER = 'svc-build';
const PROXY_PASSWORD = 'pr0xy-Pa55word-' + 'kept-secret';

let proxy: ForwardProxy;
let authProxy: ForwardProxy;
beforeAll(async () => {
  proxy = await startForwardProxy(emu.get().url);
  authProxy = await startForwardProxy(emu.get().url, {
    credentials: { username: PROXY_USER, password: PROXY_PASSWORD },
  });
});
afterEach(() => {
  proxy.reset();
  authProxy.reset();
});
afterAll(async () => {
  await proxy?.close();
  await authProxy?.close();
});

/** The emulator's endpoints under the proxy's names, over https:// or http://. */
function endpoints(scheme: 'https' | 'http') {
  return {
    AWS_ENDPOINT_URL: `${scheme}://aws.emulator.invalid`,
    GITHUB_API_URL: `${scheme}://github.emulator.invalid/github`,
    BITBUCKET_API_URL: `${scheme}://bitbucket.emulator.invalid/bitbucket/2.0`,
  };
}

function baseEnv(env: Record<string, string | undefined>) {
  // The emulator's loopback endpoints are replaced by the proxy's names (endpoints()).
  const aws = { ...emu.get().env } as Record<string, string | undefined>;
  for (const name of ['AWS_ENDPOINT_URL', 'GITHUB_API_URL', 'BITBUCKET_API_URL']) delete aws[name];
  return { ...aws, NODE_EXTRA_CA_CERTS: proxy.caFile, ...env };
}

function pipe(env: Record<string, string | undefined>) {
  return runBundle('pipe', baseEnv({ AWS_DEFAULT_REGION: 'us-east-1', ...env }));
}

function action(inputs: Record<string, string>, env: Record<string, string | undefined>) {
  const files = runnerFiles();
  return runBundle(
    'action',
    baseEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: files.dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...runnerInputs({ 'aws-region': 'us-east-1', ...inputs }),
      ...env,
    }),
  );
}

/** Every request the emulator answered came through `through`. */
function expectAllThrough(through: ForwardProxy, via: 'tunnel' | 'absolute') {
  const answered = emu.get().requests;
  expect(answered.length).toBeGreaterThan(0);
  expect(through.requests).toHaveLength(answered.length);
  expect(new Set(through.requests.map((r) => r.via))).toEqual(new Set([via]));
  expect(through.refused).toEqual([]);
}

function services(): string[] {
  return [...new Set(emu.get().requests.map((r) => r.service))].sort();
}

/** The exit code, with what the run printed when it is not the one expected. */
function expectExit(result: BundleResult, code: number) {
  expect(`exit ${result.code}`).toBe(
    result.code === code ? `exit ${code}` : `exit ${code}\n${printed(result)}`,
  );
}

// Plain http:// reaches a proxy only for loopback URLs, which the proxy never takes (but for
// `localhost.`: see the 407 tests at the end): an http URL on another host is refused before
// any call (it would carry the token in clear text).
const SCHEMES: Array<['https' | 'http', 'HTTPS_PROXY' | 'HTTP_PROXY', 'tunnel' | 'absolute']> = [
  ['https', 'HTTPS_PROXY', 'tunnel'],
];

describe.each(SCHEMES)('through a forward proxy: %s (%s)', (scheme, variable, via) => {
  test('the pipe syncs a GitHub token: every call through the proxy', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    const result = await pipe({
      ...endpoints(scheme),
      SERVER_TYPE: 'github',
      TOKEN: GH,
      [variable]: proxy.url,
    });
    expectExit(result, 0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
    // sts: the run's one GetCallerIdentity (issue 26), through the proxy like every call.
    expect(services()).toEqual(['codebuild', 'github', 'sts']);
    expectAllThrough(proxy, via);
    if (via === 'tunnel')
      expect(new Set(proxy.connects)).toEqual(
        new Set(['github.emulator.invalid:443', 'aws.emulator.invalid:443']),
      );
  });

  test('the pipe checks a Bitbucket token (lower-case variable): every call through the proxy', async () => {
    emu.get().bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const result = await pipe({
      ...endpoints(scheme),
      MODE: 'check',
      SERVER_TYPE: 'bitbucket',
      TOKEN: BB,
      [variable.toLowerCase()]: proxy.url,
    });
    // Nothing imported yet: check reports the drift (exit 3), having asked everyone.
    expectExit(result, 3);
    expect(services()).toEqual(['bitbucket', 'codebuild', 'sts']);
    expectAllThrough(proxy, via);
  });

  test('the Action syncs and checks: every call through the proxy', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    const sync = await action({ token: GH }, { ...endpoints(scheme), [variable]: proxy.url });
    expectExit(sync, 0);
    const check = await action(
      { token: GH, mode: 'check' },
      { ...endpoints(scheme), [variable]: proxy.url },
    );
    expectExit(check, 0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
    expectAllThrough(proxy, via);
  });
});

test('without the proxy the names do not resolve: the run fails on DNS and names no proxy', async () => {
  emu.get().github.addToken(GH, { scopes: ['repo'] });
  const result = await pipe({ ...endpoints('https'), SERVER_TYPE: 'github', TOKEN: GH });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/could not be resolved/);
  expect(printed(result)).not.toMatch(/proxy http/i);
  expect(emu.get().requests).toHaveLength(0);
});

test("the Action's http-proxy input, and a proxy that wants credentials, which are never printed", async () => {
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
  const result = await action(
    { token: GH, 'http-proxy': authProxy.url },
    { ...endpoints('https'), ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' },
  );
  expectExit(result, 0);
  expectAllThrough(authProxy, 'tunnel');
  expectNoSecretIn(
    { stdout: result.stdout, stderr: result.stderr },
    [PROXY_PASSWORD],
    [PROXY_USER],
  );
});

test("the Action's drift issue goes through the proxy too (@actions/github's getOctokit, the http-proxy input)", async () => {
  const workflowToken = 'ghs_' + 'Dr1ftIssu3W0rkfl0wT0ken'.repeat(2);
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
  emu.get().github.addToken(workflowToken, { permissions: { issues: 'write' } });
  const result = await action(
    {
      token: GH,
      mode: 'check',
      'drift-issue': 'true',
      'github-token': workflowToken,
      'http-proxy': authProxy.url,
    },
    { ...endpoints('https'), RUNNER_DEBUG: '1' },
  );
  // Nothing in CodeBuild: drift, which fails the step and opens the issue.
  expectExit(result, 1);
  expect(emu.get().github.issues('acme/infra')).toHaveLength(1);
  expectAllThrough(authProxy, 'tunnel');
  expect(authProxy.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
    expect.arrayContaining([
      'GET /github/repos/acme/infra/issues?state=open&labels=codebuild-credential-drift&per_page=100',
      'POST /github/repos/acme/infra/issues',
    ]),
  );
  expectNoSecretIn(
    { stdout: result.stdout, stderr: result.stderr },
    [PROXY_PASSWORD, workflowToken],
    [PROXY_USER],
  );
});

test('the pipe with a proxy that wants credentials (HTTPS_PROXY), debug on: they are never printed', async () => {
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
  const result = await pipe({
    ...endpoints('https'),
    SERVER_TYPE: 'github',
    TOKEN: GH,
    HTTPS_PROXY: authProxy.url,
    DEBUG: 'true',
  });
  expectExit(result, 0);
  expectAllThrough(authProxy, 'tunnel');
  expectNoSecretIn(
    { stdout: result.stdout, stderr: result.stderr },
    [PROXY_PASSWORD],
    [PROXY_USER],
  );
});

test('plain http through HTTP_PROXY to another host is refused before any call: the proxy sees nothing', async () => {
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
  const result = await pipe({
    ...endpoints('http'),
    SERVER_TYPE: 'github',
    TOKEN: GH,
    HTTP_PROXY: proxy.url,
  });
  expectExit(result, 2);
  expect(result.stderr).toMatch(/plain http would send the token in clear text/);
  expect(proxy.requests).toHaveLength(0);
  expect(proxy.connects).toHaveLength(0);
  expect(emu.get().requests).toHaveLength(0);
});

test('NO_PROXY sends the hosts it names direct; the rest still go through the proxy', async () => {
  const run = (noProxy?: string) => {
    emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
    return pipe({
      ...endpoints('https'),
      SERVER_TYPE: 'github',
      TOKEN: GH,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: noProxy,
    });
  };

  // Without NO_PROXY, GitHub is asked through the proxy too.
  const proxied = await run();
  expectExit(proxied, 0);
  expect(proxy.connects).toContain('github.emulator.invalid:443');
  proxy.reset();
  emu.get().reset();

  // Named in NO_PROXY (by host, by suffix, by host:port), GitHub is asked direct: its name
  // resolves nowhere without the proxy, so the run fails on DNS and nothing is imported.
  for (const noProxy of [
    'example.com, github.emulator.invalid',
    '.emulator.invalid',
    'github.emulator.invalid:443',
  ]) {
    const bypassed = await run(noProxy);
    expectExit(bypassed, 1);
    expect(bypassed.stderr).toMatch(/could not be resolved/);
    expect(proxy.connects).not.toContain('github.emulator.invalid:443');
    expect(emu.get().requests.filter((r) => r.service === 'github')).toHaveLength(0);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
    proxy.reset();
    emu.get().reset();
  }
});

test('a proxy that refuses connections is named in the error', async () => {
  emu.get().github.addToken(GH, { scopes: ['repo'] });
  const result = await pipe({
    ...endpoints('https'),
    SERVER_TYPE: 'github',
    TOKEN: GH,
    HTTPS_PROXY: `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:9`,
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    /refused the connection.*proxy http:\/\/127\.0\.0\.1:9 \(HTTPS_PROXY\)/,
  );
  expectNoSecretIn(
    { stdout: result.stdout, stderr: result.stderr },
    [PROXY_PASSWORD],
    [PROXY_USER],
  );
  expect(emu.get().requests).toHaveLength(0);
});

describe('a proxy that refuses the tunnel is named, not the provider or AWS', () => {
  let denying: ForwardProxy;
  beforeAll(async () => {
    denying = await startForwardProxy(emu.get().url, { deny: ['aws.emulator.invalid'] });
  });
  afterAll(async () => {
    await denying?.close();
  });

  test('407: the proxy wants other credentials; GitHub is not blamed, nothing is written', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const wrong = authProxy.url.replace(encodeURIComponent(PROXY_PASSWORD), 'not-the-password');
    const result = await pipe({
      ...endpoints('https'),
      SERVER_TYPE: 'github',
      TOKEN: GH,
      HTTPS_PROXY: wrong,
    });
    expectExit(result, 1);
    expect(result.stderr).toMatch(
      /GitHub GET \/user .* failed: the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTPS_PROXY\) refused the connection to github\.emulator\.invalid:443: 407 Proxy Authentication Required\. The proxy wants credentials/,
    );
    expect(printed(result)).not.toMatch(/HTTP 407|GitHub rejected|not GitHub's answer/);
    expect(emu.get().requests).toHaveLength(0);
    expectNoSecretIn(
      { stdout: result.stdout, stderr: result.stderr },
      [PROXY_PASSWORD, 'not-the-password'],
      [PROXY_USER],
    );
  });

  test('502: the proxy cannot reach the host', async () => {
    const result = await pipe({
      ...endpoints('https'),
      GITHUB_API_URL: 'https://github.elsewhere.invalid',
      SERVER_TYPE: 'github',
      TOKEN: GH,
      HTTPS_PROXY: proxy.url,
    });
    expectExit(result, 1);
    expect(result.stderr).toMatch(
      /the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTPS_PROXY\) refused the connection to github\.elsewhere\.invalid:443: 502 Bad Gateway\. The proxy could not reach the host/,
    );
    // Retried as a failure on the wire is; every tunnel asked for that host, and was refused.
    expect(new Set(proxy.refused)).toEqual(new Set(['CONNECT github.elsewhere.invalid:443']));
    // Nothing reached AWS but the run's one GetCallerIdentity, made while GitHub was tried.
    expect(emu.get().requests.filter((r) => r.operation !== 'GetCallerIdentity')).toHaveLength(0);
  });

  test('403 to AWS: the region names the proxy, not CodeBuild or the IAM policy', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const result = await pipe({
      ...endpoints('https'),
      SERVER_TYPE: 'github',
      TOKEN: GH,
      HTTPS_PROXY: denying.url,
    });
    expectExit(result, 1);
    expect(printed(result)).toMatch(
      /the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTPS_PROXY\) refused the connection to aws\.emulator\.invalid:443: 403 Forbidden\. The proxy does not allow this host/,
    );
    expect(printed(result)).not.toMatch(/AccessDenied|IAM|HTTP 403/);
    expect(denying.refused).toContain('CONNECT aws.emulator.invalid:443 (denied)');
    expect(emu.get().requests.filter((r) => r.service !== 'github')).toHaveLength(0);
  });
});

// http:// reaches the proxy (in absolute form) only for a host that is this machine to the
// clear-text rule (wire.ts) but not loopback to NO_PROXY's (proxy.ts, as @actions/http-client
// reads it): `localhost.`, localhost's fully qualified spelling. The proxy answers it 407 here
// (HTTP_PROXY without the right credentials) before it would resolve the name.
describe.each(['pipe', 'action'] as const)(
  "the %s: a proxy's 407 to a plain http request is named, not the provider or AWS",
  (bundle) => {
    const wrongProxy = () =>
      authProxy.url.replace(encodeURIComponent(PROXY_PASSWORD), 'not-the-password');
    const run = (env: Record<string, string>) =>
      bundle === 'pipe'
        ? pipe({ SERVER_TYPE: 'github', TOKEN: GH, ...env })
        : action(
            { token: GH, ...(env.GITHUB_API_URL ? { 'github-api-url': env.GITHUB_API_URL } : {}) },
            env,
          );
    const expectNothingLeaked = (result: BundleResult) => {
      expectNoSecretIn(
        { stdout: result.stdout, stderr: result.stderr },
        [PROXY_PASSWORD, 'not-the-password', GH],
        [PROXY_USER],
      );
      expectNoFragmentIn({ stdout: result.stdout, stderr: result.stderr }, [PROXY_PASSWORD, GH]);
    };

    test('407 to the GitHub token check: exit 1, the proxy and what to do, GitHub not blamed', async () => {
      emu.get().github.addToken(GH, { scopes: ['repo'] });
      const result = await run({
        ...endpoints('https'),
        GITHUB_API_URL: `http://localhost.:${new URL(emu.get().url).port}/github`,
        HTTP_PROXY: wrongProxy(),
      });
      expectExit(result, 1);
      expect(printed(result)).toMatch(
        /GitHub GET \/user .*failed: the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTP_PROXY\) refused the connection to localhost\.:\d+: 407 Proxy Authentication Required\. The proxy wants credentials it was not given or refused: put them in the proxy URL as its user and password \(user:password, then @, then host:port\)\./,
      );
      expect(printed(result)).not.toMatch(/HTTP 407|GitHub rejected|not GitHub's answer/i);
      // It went to the proxy in absolute form, which refused it (each attempt, as a failure
      // on the wire is retried); nothing reached GitHub or AWS.
      expect(authProxy.refused.length).toBeGreaterThan(0);
      expect(
        authProxy.refused.filter((r) => !/^GET localhost\.:\d+ \(no proxy credentials\)$/.test(r)),
      ).toEqual([]);
      expect(emu.get().requests).toHaveLength(0);
      expectNothingLeaked(result);
    });

    test('a proxy on another machine: plain http to localhost. is not sent (the token would cross the network in clear text)', async () => {
      emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
      const port = new URL(emu.get().url).port;
      const github = await run({
        ...endpoints('https'),
        GITHUB_API_URL: `http://localhost.:${port}/github`,
        HTTP_PROXY: 'http://proxy.corp.example:3128',
      });
      expectExit(github, 1);
      expect(printed(github)).toMatch(
        /plain http would carry the credential in clear text to the proxy http:\/\/proxy\.corp\.example:3128 \(HTTP_PROXY\); use https:\/\/localhost\.:\d+\/github/,
      );
      expect(emu.get().requests).toHaveLength(0);

      const aws = await run({
        ...endpoints('https'),
        AWS_ENDPOINT_URL: `http://localhost.:${port}`,
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: 'http://proxy.corp.example:3128',
      });
      expectExit(aws, 1);
      expect(printed(aws)).toMatch(
        /plain http would carry credentials in clear text to the proxy http:\/\/proxy\.corp\.example:3128 \(HTTP_PROXY\)/,
      );
      expect(services()).toEqual(['github']);
      expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
      expectNothingLeaked(aws);
    });

    test('407 to CodeBuild over plain http: exit 1, the proxy named, CodeBuild not blamed, nothing imported', async () => {
      emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
      const result = await run({
        ...endpoints('https'),
        AWS_ENDPOINT_URL: `http://localhost.:${new URL(emu.get().url).port}`,
        // GitHub through the tunnel, with the proxy's credentials; AWS in absolute form, without.
        HTTPS_PROXY: authProxy.url,
        HTTP_PROXY: wrongProxy(),
      });
      expectExit(result, 1);
      expect(printed(result)).toMatch(
        /the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTP_PROXY\) refused the connection to localhost\.:\d+: 407 Proxy Authentication Required\. The proxy wants credentials it was not given or refused/,
      );
      expect(printed(result)).not.toMatch(
        /HTTP 407|AccessDenied|IAM|UnknownError|CodeBuild rejected/,
      );
      expect(authProxy.refused.length).toBeGreaterThan(0);
      expect(
        authProxy.refused.filter((r) => !/^POST localhost\.:\d+ \(no proxy credentials\)$/.test(r)),
      ).toEqual([]);
      // The token was checked (through the tunnel); nothing was written to CodeBuild.
      expect(services()).toEqual(['github']);
      expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
      expectNothingLeaked(result);
    });
  },
);
