// Issue 9: the mistakes a careless new user makes, each through both shipped
// bundles (pipe and Action, Node 24) against the emulator: no CodeBuild write,
// one clear message naming what to change in that front door's own words, and
// the exit code.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionError, emulatedFronts, printed, useEmulator } from '../support/emulated.js';
import { mountAtRoot } from '../support/mount.js';

const emu = useEmulator();
const { pipe, action } = emulatedFronts(emu);

const GHP = 'ghp_dvOsOXfbzLZRvGJjWUwra272LCUYkhOh0000';
const GHS = 'ghs_carelessAppInstToken0000000000000000';
const GHU = 'ghu_JFiS991v83qyF1ctKL4NgV9MBBIYm53N0000';
const ATCTT = 'ATCTTAbVX3IPpoXBRtQC2IkHMVQHY2j9D9RK0000';
const ATATT = 'ATATT7eTYp9frdygx8fe8eM6ePN3fjSTtzm5d0000';
const HOUR = 3600 * 1000;

function expectNoWrite(): void {
  expect(emu.get().writeCalls()).toEqual([]);
}

/** No request but the run's one STS GetCallerIdentity, made while the provider answers (issue 26). */
function expectNoCallButIdentity(): void {
  expect(emu.get().requests.filter((r) => r.operation !== 'GetCallerIdentity')).toEqual([]);
}

/** Not a single request reached any emulated service. */
function expectNoCall(): void {
  expect(emu.get().requests).toEqual([]);
}

/** How often a message appears in what the user sees (the runner hides ::debug:: and consumes ::add-mask::). */
function occurrences(text: string, part: string): number {
  return visible(text).split(part).length - 1;
}

function visible(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('::debug::') && !l.startsWith('::add-mask::'))
    .join('\n');
}

describe('1. token kinds are judged by what they are', () => {
  test('pipe: a ghs_ installation token is not imported, even with FAIL_ON_EXPIRY_WITHIN_DAYS', async () => {
    emu.get().github.addToken(GHS);
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHS,
      FAIL_ON_EXPIRY_WITHIN_DAYS: '7',
    });
    expect(result.code).toBe(1);
    expectNoWrite();
    expect(result.stderr).toMatch(
      /^✖ sync of the GITHUB credential \(PERSONAL_ACCESS_TOKEN\) failed \(0 of 1 region done\): The token is a GitHub App installation token .*expires within an hour.*Use a classic personal access token \(ghp_…\) or a fine-grained one \(github_pat_…\)/m,
    );
    expect(occurrences(printed(result), 'expires within an hour')).toBe(1);
    expect(printed(result)).not.toContain(GHS);
  });

  test('Action: the workflow GITHUB_TOKEN (ghs_) is refused with what to use instead', async () => {
    emu.get().github.addToken(GHS);
    const result = await action({ token: GHS });
    expect(result.code).toBe(1);
    expectNoWrite();
    expect(actionError(result)).toMatch(/GitHub App installation token.*expires within an hour/);
    expect(occurrences(result.stdout, 'expires within an hour')).toBe(1);
  });

  test('check: a ghs_ token is drift (exit 3), not clean', async () => {
    emu.get().github.addToken(GHS);
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: GHS,
    });
    const viaPipe = await pipe({ SERVER_TYPE: 'github', TOKEN: GHS, MODE: 'check' });
    expect(viaPipe.code).toBe(3);
    expect(viaPipe.stdout).toMatch(
      /Drift \(token-expiring\): The token is a GitHub App installation token/,
    );
    const viaAction = await action({ token: GHS, mode: 'check' });
    expect(viaAction.code).toBe(1);
    expect(viaAction.outputs.drift).toBe('true');
    expectNoWrite();
  });

  test('a ghu_ token that lives 8 hours is refused in both front doors, with or without a window', async () => {
    const expiresAt = new Date(Date.now() + 8 * HOUR);
    emu.get().github.addToken(GHU, { scopes: ['repo'], expiresAt, login: 'u' });
    const viaPipe = await pipe({ SERVER_TYPE: 'github', TOKEN: GHU });
    expect(viaPipe.code).toBe(1);
    expect(viaPipe.stderr).toMatch(
      /in less than a day: CodeBuild would lose access.*ghu_…\) lives 8 hours/,
    );
    const viaAction = await action({ token: GHU });
    expect(viaAction.code).toBe(1);
    expect(actionError(viaAction)).toMatch(/in less than a day/);
    expectNoWrite();
  });

  test('expiry within the window names the front door its own option', async () => {
    const expiresAt = new Date(Date.now() + 3 * 24 * HOUR);
    emu.get().github.addToken(GHP, { scopes: ['repo'], expiresAt, login: 'u' });
    const viaPipe = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      FAIL_ON_EXPIRY_WITHIN_DAYS: '7',
    });
    expect(viaPipe.code).toBe(1);
    expect(viaPipe.stderr).toMatch(/within FAIL_ON_EXPIRY_WITHIN_DAYS \(7\)\. Rotate it now\./);
    expect(printed(viaPipe)).not.toContain('fail-on-expiry-within-days');
    const viaAction = await action({ token: GHP, 'fail-on-expiry-within-days': '7' });
    expect(viaAction.code).toBe(1);
    expect(actionError(viaAction)).toMatch(/within input 'fail-on-expiry-within-days' \(7\)/);
    expectNoWrite();
  });
});

describe('2. a token given to the wrong provider or auth type is caught by its form, before any call', () => {
  test.each([
    [
      'a ghp_ token with the pipe default (bitbucket)',
      { TOKEN: GHP },
      /^✖ TOKEN looks like a GitHub classic personal access token \(ghp_…\), but SERVER_TYPE is bitbucket \(the default\): set SERVER_TYPE=github/m,
    ],
    [
      'a Bitbucket access token with SERVER_TYPE=github',
      { TOKEN: ATCTT, SERVER_TYPE: 'github' },
      /^✖ TOKEN looks like a Bitbucket access token \(ATCTT…\), but SERVER_TYPE is github: set SERVER_TYPE=bitbucket\.$/m,
    ],
    [
      'an Atlassian API token with SERVER_TYPE=github',
      { TOKEN: ATATT, USERNAME: 'me@example.com', SERVER_TYPE: 'github' },
      /^✖ TOKEN looks like an Atlassian API token \(ATATT…\), but SERVER_TYPE is github: set SERVER_TYPE=bitbucket\.$/m,
    ],
    [
      'an access token with a leftover USERNAME',
      { TOKEN: ATCTT, USERNAME: 'old-user' },
      /^✖ TOKEN looks like a Bitbucket access token \(ATCTT…\), which is used without a username .*: remove USERNAME\.$/m,
    ],
    [
      'a connection ARN with no AUTH_TYPE',
      { TOKEN: 'arn:aws:codeconnections:us-east-1:123456789012:connection/abc' },
      /^✖ TOKEN is a CodeConnections connection ARN, which CodeBuild takes with auth type CODECONNECTIONS: set AUTH_TYPE=CODECONNECTIONS\.$/m,
    ],
    [
      'a secret ARN with no AUTH_TYPE',
      { TOKEN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:bb-AbCdEf' },
      /^✖ TOKEN is a Secrets Manager secret ARN, .*: set AUTH_TYPE=SECRETS_MANAGER\.$/m,
    ],
  ])('pipe: %s', async (_name, env, message) => {
    const result = await pipe(env as Record<string, string>);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expectNoCall();
  });

  test.each([
    [
      'a Bitbucket access token with the Action default (github)',
      { token: ATCTT },
      /^input 'token' looks like a Bitbucket access token \(ATCTT…\), but input 'server-type' is github( \(the default\))?: set server-type: bitbucket\.$/,
    ],
    [
      'a ghp_ token with server-type bitbucket',
      { token: GHP, 'server-type': 'bitbucket' },
      /but input 'server-type' is bitbucket: set server-type: github \(GitHub Enterprise Server: server-type: github-enterprise\)\.$/,
    ],
    [
      'an access token with a leftover username',
      { token: ATCTT, 'server-type': 'bitbucket', username: 'old-user' },
      /: remove input 'username'\.$/,
    ],
  ])('Action: %s', async (_name, inputs, message) => {
    const result = await action(inputs as Record<string, string>);
    expect(result.code).toBe(2);
    expect(actionError(result)).toMatch(message);
    expectNoCall();
  });
});

describe('3. regions are checked against the SDK, with the closest names', () => {
  test('pipe: misspelt regions are refused, each with a suggestion, before any call', async () => {
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'us-east-1,eu-wst-1,us-east-7',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/AWS_DEFAULT_REGION has "eu-wst-1", .* Did you mean eu-west-1\?/);
    expect(result.stderr).toMatch(/"us-east-7", .* Did you mean us-east-1 or us-east-2\?/);
    expect(result.stderr).toMatch(/set ALLOW_UNKNOWN_REGIONS=true/);
    expectNoCall();
  });

  test('Action: the message names the input and its opt-out', async () => {
    const result = await action({ token: GHP, 'aws-region': 'eu-wst-1' });
    expect(result.code).toBe(2);
    expect(actionError(result)).toMatch(
      /^input 'aws-region' has "eu-wst-1", which is not a region this release's AWS SDK knows\. Did you mean eu-west-1\? If it is a region newer than this release, set allow-unknown-regions: true\.$/,
    );
    expectNoCall();
  });

  test('the opt-out lets a well-formed region newer than the SDK through; the shape is still checked', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'eu-south-9',
      ALLOW_UNKNOWN_REGIONS: 'true',
      DRY_RUN: 'true',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/eu-south-9 +would import/);
    // A partition whose first word is longer: the European Sovereign Cloud.
    const sovereign = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'eusc-de-east-1',
      ALLOW_UNKNOWN_REGIONS: 'true',
      DRY_RUN: 'true',
    });
    expect({ code: sovereign.code, stderr: sovereign.stderr }).toEqual({ code: 0, stderr: '' });
    expect(sovereign.stdout).toMatch(/eusc-de-east-1 +would import/);
    const bad = await action({
      token: GHP,
      'aws-region': 'moon-1',
      'allow-unknown-regions': 'true',
    });
    expect(bad.code).toBe(2);
    expect(actionError(bad)).toMatch(/"moon-1", which is not an AWS region name/);
  });

  test('a YAML or JSON list written into the string gives its regions', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    for (const written of [
      '- us-east-1\n- eu-west-1\n',
      '[us-east-1, eu-west-1]',
      '["us-east-1","eu-west-1"]',
    ]) {
      const result = await action({ token: GHP, 'aws-region': written, 'dry-run': 'true' });
      expect({ written, code: result.code }).toEqual({ written, code: 0 });
      expect(result.stdout).toMatch(/us-east-1 +would import/);
      expect(result.stdout).toMatch(/eu-west-1 +would import/);
    }
  });

  test('a region named twice is used once, with a warning', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await action({
      token: GHP,
      'aws-region': 'us-east-1, us-east-1',
      'dry-run': 'true',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /::warning title=CodeBuild credential::input 'aws-region' names us-east-1 more than once; each is used once\./,
    );
    expect(result.stdout.match(/would import/g)).toHaveLength(1);
  });
});

describe('4. token characters', () => {
  test('a zero-width space or BOM at either end is trimmed and the token works', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: `\ufeff${GHP}\u200b`,
      DRY_RUN: 'true',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/GitHub classic personal access token \(u\): accepted/);
  });

  test.each([
    ['an emoji at the end', `${GHP}\u{1F511}`, /not plain ASCII/],
    [
      'a zero-width joiner inside',
      `${GHP.slice(0, 12)}\u200d${GHP.slice(12)}`,
      /invisible character inside it/,
    ],
    ['an accented letter inside', `${GHP.slice(0, 12)}é${GHP.slice(12)}`, /not plain ASCII/],
  ])(
    'pipe and Action: %s is refused as input, showing no part of the token',
    async (_n, token, why) => {
      const viaPipe = await pipe({ SERVER_TYPE: 'github', TOKEN: token });
      expect(viaPipe.code).toBe(2);
      expect(viaPipe.stderr).toMatch(why);
      expect(viaPipe.stderr).toMatch(/^✖ TOKEN contains .*Copy the token again/m);
      const viaAction = await action({ token });
      expect(viaAction.code).toBe(2);
      expect(actionError(viaAction)).toMatch(why);
      for (const result of [viaPipe, viaAction]) {
        const text = visible(printed(result));
        expect(text).not.toContain(GHP.slice(4, 16));
        expect(text).not.toMatch(/ByteString|index \d+|HTTP 500/);
      }
      expectNoCall();
    },
  );
});

describe('5. API URLs', () => {
  // A missing /api/v3 or /2.0 is certain only on the providers' own hosts. Elsewhere (a
  // loopback stand-in, a gateway) the URL may be right: the answer tells, and a 404 or an
  // answer that is not the provider's carries the corrected URL. Never a write.
  test('pipe and Action: a GHES URL without /api/v3 that is not the API fails with the corrected URL, nothing written', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u', enterprise: true });
    const url = `${emu.get().url}/ghes`;
    const viaPipe = await pipe({
      SERVER_TYPE: 'github-enterprise',
      TOKEN: GHP,
      GITHUB_API_URL: url,
    });
    expect(viaPipe.code).toBe(1);
    expect(viaPipe.stderr).toMatch(/HTTP 404/);
    expect(occurrences(printed(viaPipe), `did you mean ${url}/api/v3?`)).toBe(1);
    expect(viaPipe.stderr).toContain(
      `GITHUB_API_URL is ${url}; a GitHub Enterprise Server's REST API is under /api/v3: did you mean ${url}/api/v3?`,
    );
    const viaAction = await action({
      token: GHP,
      'server-type': 'github-enterprise',
      'github-api-url': url,
    });
    expect(viaAction.code).toBe(1);
    expect(actionError(viaAction)).toContain(
      `input 'github-api-url' is ${url}; a GitHub Enterprise Server's REST API is under /api/v3: did you mean ${url}/api/v3?`,
    );
    expect(occurrences(viaAction.stdout, `did you mean ${url}/api/v3?`)).toBe(1);
    // Besides the provider, only the run's one STS GetCallerIdentity (a read, issue 26).
    expect(
      emu
        .get()
        .requests.filter((r) => r.service !== 'sts')
        .map((r) => r.path),
    ).toEqual(['/ghes/user', '/ghes/user']);
    expectNoWrite();
  });

  test('pipe and Action: a loopback BITBUCKET_API_URL without /2.0 that 404s fails with the corrected URL, nothing written', async () => {
    emu.get().bitbucket.addToken(ATCTT, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const url = `${emu.get().url}/bitbucket`;
    const viaPipe = await pipe({ TOKEN: ATCTT, BITBUCKET_API_URL: url });
    expect(viaPipe.code).toBe(1);
    expect(viaPipe.stderr).toContain(
      `BITBUCKET_API_URL is ${url}; Bitbucket's REST API is under /2.0: did you mean ${url}/2.0?`,
    );
    expect(occurrences(printed(viaPipe), `did you mean ${url}/2.0?`)).toBe(1);
    const viaAction = await action({
      token: ATCTT,
      'server-type': 'bitbucket',
      'bitbucket-api-url': url,
    });
    expect(viaAction.code).toBe(1);
    expect(actionError(viaAction)).toContain(
      `input 'bitbucket-api-url' is ${url}; Bitbucket's REST API is under /2.0: did you mean ${url}/2.0?`,
    );
    expect(
      emu
        .get()
        .requests.filter((r) => r.service !== 'sts')
        .every((r) => r.path.startsWith('/bitbucket/')),
    ).toBe(true);
    expect(emu.get().requests.length).toBeGreaterThan(0);
    expectNoWrite();
  });

  test('pipe and Action: Bitbucket served at the root of a loopback URL (no /2.0) that answers as Bitbucket is a clean run', async () => {
    const mount = await mountAtRoot(emu.get().env.BITBUCKET_API_URL);
    try {
      emu.get().bitbucket.addToken(ATCTT, {
        kind: 'access-token',
        scopes: ['repository', 'pullrequest', 'webhook'],
      });
      const viaPipe = await pipe({ TOKEN: ATCTT, BITBUCKET_API_URL: mount.url });
      expect(viaPipe.code).toBe(0);
      expect(viaPipe.stdout).toMatch(/succeeded in 1 region$/m);
      expect(printed(viaPipe)).not.toMatch(/\/2\.0|did you mean|warning/i);
      expect(emu.get().codebuild.credentials('us-east-1')).toMatchObject([
        { serverType: 'BITBUCKET', authType: 'PERSONAL_ACCESS_TOKEN' },
      ]);
      const viaAction = await action({
        token: ATCTT,
        'server-type': 'bitbucket',
        'bitbucket-api-url': mount.url,
      });
      expect(viaAction.code).toBe(0);
      expect(visible(viaAction.stdout)).not.toMatch(/::warning|::error|did you mean/);
      expect(viaAction.outputs.arn).toMatch(/:token\/bitbucket$/);
    } finally {
      await mount.close();
    }
  });

  test('pipe and Action: a GHES served at the root of a loopback URL (no /api/v3) is a clean run', async () => {
    const mount = await mountAtRoot(emu.get().ghesUrl);
    try {
      emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u', enterprise: true });
      const viaPipe = await pipe({
        SERVER_TYPE: 'github-enterprise',
        TOKEN: GHP,
        GITHUB_API_URL: mount.url,
      });
      expect(viaPipe.code).toBe(0);
      expect(printed(viaPipe)).not.toMatch(/api\/v3|did you mean|warning/i);
      expect(emu.get().codebuild.credentials('us-east-1')).toMatchObject([
        { serverType: 'GITHUB_ENTERPRISE' },
      ]);
      const viaAction = await action({
        token: GHP,
        'server-type': 'github-enterprise',
        'github-api-url': mount.url,
      });
      expect(viaAction.code).toBe(0);
      expect(visible(viaAction.stdout)).not.toMatch(/::warning|::error|did you mean/);
    } finally {
      await mount.close();
    }
  });

  test("pipe and Action: a GHES host's web root (a redirect to sign in, not the API) fails with the corrected URL, nothing written", async () => {
    // What a GHES host answers outside /api/v3 for a signed-out request: its web UI's sign-in.
    const web = createServer((req, res) => {
      res.writeHead(302, { location: `/login?return_to=${encodeURIComponent(req.url ?? '/')}` });
      res.end();
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    try {
      const viaPipe = await pipe({
        SERVER_TYPE: 'github-enterprise',
        TOKEN: GHP,
        GITHUB_API_URL: url,
      });
      expect(viaPipe.code).toBe(1);
      expect(viaPipe.stderr).toMatch(
        new RegExp(
          `redirected \\(302\\) to a sign-in page .*GITHUB_API_URL is ${url}; .*did you mean ${url}/api/v3\\?`,
        ),
      );
      const viaAction = await action({
        token: GHP,
        'server-type': 'github-enterprise',
        'github-api-url': url,
      });
      expect(viaAction.code).toBe(1);
      expect(actionError(viaAction)).toContain(`input 'github-api-url' is ${url}; `);
      expect(actionError(viaAction)).toContain(`did you mean ${url}/api/v3?`);
      expectNoCallButIdentity();
    } finally {
      web.closeAllConnections();
      await new Promise((resolve) => web.close(resolve));
    }
  });

  test('pipe and Action: https://api.bitbucket.org without /2.0 is still refused before any call', async () => {
    const viaPipe = await pipe({ TOKEN: ATCTT, BITBUCKET_API_URL: 'https://api.bitbucket.org' });
    expect(viaPipe.code).toBe(2);
    expect(viaPipe.stderr).toMatch(
      /^✖ BITBUCKET_API_URL is https:\/\/api\.bitbucket\.org, but Bitbucket Cloud's REST API is https:\/\/api\.bitbucket\.org\/2\.0: set BITBUCKET_API_URL=https:\/\/api\.bitbucket\.org\/2\.0\.$/m,
    );
    const viaAction = await action({
      token: ATCTT,
      'server-type': 'bitbucket',
      'bitbucket-api-url': 'https://api.bitbucket.org',
    });
    expect(viaAction.code).toBe(2);
    expect(actionError(viaAction)).toMatch(
      /input 'bitbucket-api-url' is https:\/\/api\.bitbucket\.org, .*: set bitbucket-api-url: https:\/\/api\.bitbucket\.org\/2\.0\./,
    );
    expectNoCall();
  });

  test('pipe: github-enterprise pointed at github.com is refused before any call', async () => {
    const result = await pipe({
      SERVER_TYPE: 'github-enterprise',
      TOKEN: GHP,
      GITHUB_API_URL: 'https://github.com',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^✖ GITHUB_API_URL must point at your GitHub Enterprise Server/m);
    expectNoCall();
  });

  test('server type github with a GHES API URL is refused, never imported as the github.com credential', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u', enterprise: true });
    const ghes = emu.get().ghesUrl;
    const viaPipe = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP, GITHUB_API_URL: ghes });
    expect(viaPipe.code).toBe(2);
    expect(viaPipe.stderr).toMatch(
      /but SERVER_TYPE is github, .*: set SERVER_TYPE=github-enterprise/,
    );
    const viaAction = await action({ token: GHP, 'github-api-url': ghes });
    expect(viaAction.code).toBe(2);
    expect(actionError(viaAction)).toMatch(
      /set server-type: github-enterprise \(or, for a github.com token, github-api-url: https:\/\/api.github.com\)/,
    );
    expectNoCall();
  });

  test('a loopback stand-in for github.com still works with server type github', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/not https:\/\/api.github.com/);
  });
});

describe('6. one precedence for regions, with a warning when sources disagree', () => {
  test('pipe: AWS_REGION wins over AWS_DEFAULT_REGION, and says so', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_REGION: 'eu-west-1',
      DRY_RUN: 'true',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/eu-west-1 +would import/);
    expect(result.stdout).not.toMatch(/us-east-1 +would import/);
    expect(result.stdout).toMatch(
      /Warning: AWS_REGION \(eu-west-1\) is used; AWS_DEFAULT_REGION \(us-east-1\) is ignored\./,
    );
  });

  test("pipe: the list form is read even when the plain variable (perhaps the repository's) is set, without a warning", async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_DEFAULT_REGION_COUNT: '2',
      AWS_DEFAULT_REGION_0: 'eu-west-1',
      AWS_DEFAULT_REGION_1: 'eu-central-1',
      DRY_RUN: 'true',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/eu-central-1 +would import/);
    expect(result.stdout).toMatch(/eu-west-1 +would import/);
    expect(result.stdout).not.toMatch(/us-east-1 +would import/);
    // Issue 26: what the step wrote wins over what the repository exported, silently.
    expect(result.stdout).not.toMatch(/is ignored|Warning/);
  });

  test('Action: the input wins over the environment configure-aws-credentials exported, with no warning (issue 26)', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await action(
      { token: GHP, 'aws-region': 'eu-west-1, eu-central-1', 'dry-run': 'true' },
      { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/eu-west-1 +would import/);
    expect(result.stdout).not.toMatch(/us-east-1 +would import/);
    expect(result.stdout).not.toMatch(/::warning|is ignored/);
    expect(result.summary).not.toMatch(/is ignored|Warning/i);
  });

  test('Action: with no input, env AWS_REGION and AWS_DEFAULT_REGION that disagree are still named', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await action(
      { token: GHP, 'aws-region': '', 'dry-run': 'true' },
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-1' },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/eu-west-1 +would import/);
    expect(result.stdout).toMatch(
      /env AWS_REGION \(eu-west-1\) is used; env AWS_DEFAULT_REGION \(us-east-1\) is ignored/,
    );
  });

  test('agreeing sources give no warning', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await action(
      { token: GHP, 'dry-run': 'true' },
      { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/is ignored/);
  });
});

describe('7. every message once, true summaries, counts and the first cause', () => {
  test('pipe: a removed app password is explained once; regions say "not attempted" once', async () => {
    emu.get().bitbucket.addToken('ATBBEnWB8iJaKPi9B2H8r20000', {
      kind: 'app-password',
      username: 'bob',
      scopes: ['repository'],
    });
    const result = await pipe({
      TOKEN: 'ATBBEnWB8iJaKPi9B2H8r20000',
      USERNAME: 'bob',
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
    });
    expect(result.code).toBe(1);
    expectNoWrite();
    const text = printed(result);
    expect(occurrences(text, 'removed app passwords on 2026-07-28')).toBe(1);
    expect(text).not.toContain('not attempted: not attempted');
    expect(text).toMatch(/✖ us-east-1 +not attempted: the credential was rejected/);
    expect(result.stderr.trim()).toMatch(
      /^✖ sync of the BITBUCKET credential \(BASIC_AUTH\) failed \(0 of 2 regions done\): Bitbucket rejected the app password \(401\)/,
    );
  });

  test('Action: a rejected token has no "Scopes missing: none" and its problem is said once', async () => {
    const result = await action({ token: GHP });
    expect(result.code).toBe(1);
    expect(result.summary).not.toMatch(/Scopes missing/);
    expect(result.summary).toMatch(/\| Accepted by provider \| \*\*no\*\*/);
    expect(occurrences(result.stdout, 'GitHub rejected it (401 Bad credentials)')).toBe(1);
    expect(actionError(result)).toMatch(
      /^sync of the GITHUB credential \(PERSONAL_ACCESS_TOKEN\) failed \(0 of 1 region done\)\./,
    );
  });

  test('delete names no auth type it did not use', async () => {
    emu.get().codebuild.seed('us-east-1', {
      serverType: 'BITBUCKET',
      authType: 'CODECONNECTIONS',
      token: 'arn:aws:codeconnections:us-east-1:123456789012:connection/abc',
    });
    const result = await pipe({ MODE: 'delete', SERVER_TYPE: 'bitbucket' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ delete of the BITBUCKET credential succeeded in 1 region$/m);
    expect(result.stdout).toMatch(/deleted the CODECONNECTIONS credential/);
  });
});

describe('8. Atlassian API tokens and the account scope', () => {
  test('an ATATT token with an email is labelled an API token, with no app-password warning', async () => {
    emu.get().bitbucket.addToken(ATATT, {
      kind: 'api-token',
      username: 'me@example.com',
      scopes: ['read:repository:bitbucket'],
    });
    const result = await pipe({ TOKEN: ATATT, USERNAME: 'me@example.com', DRY_RUN: 'true' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Token: Atlassian API token \(me@example.com\): accepted/);
    expect(result.stdout).not.toMatch(/app password/i);
    expect(result.stdout).toMatch(/AWS does not document API tokens for CodeBuild/);
    expect(result.stdout).toMatch(/would create a BASIC_AUTH credential/);
    expectNoWrite();
  });

  test('an ATATT token without a username is told to add the Atlassian email, before any call', async () => {
    const result = await pipe({ TOKEN: ATATT });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Atlassian API token \(ATATT…\), .*set USERNAME=you@example.com/);
    expectNoCall();
  });

  test('the recommended access token gets no warning about the account scope it cannot hold', async () => {
    emu.get().bitbucket.addToken(ATCTT, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const viaPipe = await pipe({ TOKEN: ATCTT, DRY_RUN: 'true' });
    expect(viaPipe.code).toBe(0);
    expect(viaPipe.stdout).not.toMatch(/account/i);
    expect(viaPipe.stdout).toMatch(/succeeded in 1 region$/m);
    emu.get().bitbucket.addToken(ATCTT, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    const viaAction = await action({
      token: ATCTT,
      'server-type': 'bitbucket',
      'bitbucket-api-url': emu.get().env.BITBUCKET_API_URL,
      'dry-run': 'true',
    });
    expect(viaAction.code).toBe(0);
    expect(viaAction.stdout).not.toMatch(/::warning/);
  });
});

describe('9. the report path is checked before any call', () => {
  const fileAsFolder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'careless-report-'));
    writeFileSync(join(dir, 'a-file'), '');
    return join(dir, 'a-file', 'report.json');
  };

  test('pipe: an unwritable REPORT_FILE is a config error (exit 2), nothing imported', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP, REPORT_FILE: fileAsFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^✖ REPORT_FILE is .*a-file\/report.json, but .*a-file is a file, not a folder/m,
    );
    expectNoCall();
  });

  test('Action: an unwritable report-file fails before any call', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const result = await action({ token: GHP, 'report-file': fileAsFolder() });
    expect(result.code).toBe(2);
    expect(actionError(result)).toMatch(
      /^input 'report-file' is .*, but .* is a file, not a folder/,
    );
    expectNoCall();
  });
});
