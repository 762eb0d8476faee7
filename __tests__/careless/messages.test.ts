// Issue 17, section 8: messages that said the wrong thing or too little, run again through
// both shipped bundles (Node 24) against the emulator. Each says what is wrong and what to
// do, in the words of the front door that printed it, and never any part of the token.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { actionError, emulatedFronts, printed, useEmulator } from '../support/emulated.js';
import { ROOT } from '../support/run-bundle.js';

const emu = useEmulator();
const { pipe, action } = emulatedFronts(emu);
const GHP = 'ghp_60Buky5Rox7WCHmzsxmrU4CfkuzLeISYf0000';
const ATCTT = 'ATCTTeEBRpVUOrCwWbWPsXMlQ865JR3uuW0Nok00';

describe('a token without a scope CodeBuild needs', () => {
  test('Bitbucket access token without webhook: create a new token (its scopes are fixed); regions name the scope', async () => {
    emu.get().bitbucket.addToken(ATCTT, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest'],
    });
    const r = await pipe({ TOKEN: ATCTT, AWS_DEFAULT_REGION: 'us-east-1,eu-west-1' });
    expect(r.code).toBe(1);
    expect(emu.get().writeCalls()).toEqual([]);
    expect(r.stderr).toContain(
      "The token lacks scope CodeBuild needs: webhook. A Bitbucket access token's scopes cannot be changed after it is created: create a new access token",
    );
    expect(r.stderr).toContain('with repository, pullrequest and webhook, and update the secret.');
    expect(printed(r)).not.toMatch(/Add it to the token/);
    expect(r.stdout).toMatch(/✖ us-east-1 +not attempted: the token lacks webhook/);
    expect(r.stdout).toMatch(/✖ eu-west-1 +not attempted: the token lacks webhook/);
    expect(printed(r)).not.toContain('not proven good');
  });

  test('GitHub classic token without repo: add it to the token (GitHub lets you); regions name it', async () => {
    emu.get().github.addToken(GHP, { scopes: ['read:user'], login: 'u' });
    const r = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The token lacks scope CodeBuild needs: repo. Add it to the token');
    expect(r.stdout).toMatch(/✖ us-east-1 +not attempted: the token lacks repo/);
    const a = await action({ token: GHP });
    expect(a.code).toBe(1);
    expect(a.stdout).toMatch(/✖ us-east-1 +not attempted: the token lacks repo/);
    expect(emu.get().writeCalls()).toEqual([]);
  });
});

describe('a token wrapped in quote characters', () => {
  test.each([
    ['double quotes', `"${GHP}"`, 'starts and ends'],
    ['single quotes and spaces (trimmed first)', `  '${GHP}' `, 'starts and ends'],
    ['a closing quote only', `${GHP}"`, 'ends'],
  ])('pipe, %s: the rejection names the quotes, never the token', async (_name, token, where) => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const r = await pipe({ SERVER_TYPE: 'github', TOKEN: token });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GitHub rejected it (401 Bad credentials)');
    expect(r.stderr).toContain(
      `Likely the quotes: TOKEN ${where} with a quote character, which the secret's value kept and no provider accepts. Store the token without quotes and run again.`,
    );
    expect(printed(r)).not.toContain(GHP.slice(4, 16));
    expect(emu.get().writeCalls()).toEqual([]);
  });

  test("Action: input 'token' is named; a token without quotes gets no such hint", async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const quoted = await action({ token: `"${GHP}"` });
    expect(quoted.code).toBe(1);
    expect(actionError(quoted)).toContain(
      "Likely the quotes: input 'token' starts and ends with a quote character",
    );
    const wrong = await action({ token: 'ghp_messagesWrongToken0000000000000000000' });
    expect(wrong.code).toBe(1);
    expect(actionError(wrong)).toContain('GitHub rejected it');
    expect(actionError(wrong)).not.toContain('quote');
  });

  test('Bitbucket: the same hint after its own rejection', async () => {
    const r = await pipe({ TOKEN: `'ATCTTC3CtwhQ5ahmGwnigUyietuhh3lxPJgz0000'` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Bitbucket rejected');
    expect(r.stderr).toContain('Likely the quotes: TOKEN starts and ends with a quote character');
  });
});

describe('each front door speaks in its own words', () => {
  test('pipe: an unreachable GitHub names GITHUB_API_URL only', async () => {
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      GITHUB_API_URL: 'http://127.0.0.1:9',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refused the connection');
    expect(r.stderr).toContain('Check GITHUB_API_URL and the network.');
    expect(printed(r)).not.toMatch(/github-api-url|input '/);
  });

  test('pipe: an unreachable Bitbucket names BITBUCKET_API_URL only', async () => {
    const r = await pipe({ TOKEN: ATCTT, BITBUCKET_API_URL: 'http://127.0.0.1:9/2.0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Check BITBUCKET_API_URL and the network.');
    expect(printed(r)).not.toMatch(/bitbucket-api-url/);
  });

  test("Action: an unreachable GitHub names input 'github-api-url'", async () => {
    const r = await action({ token: GHP, 'github-api-url': 'http://127.0.0.1:9' });
    expect(r.code).toBe(1);
    expect(actionError(r)).toContain("Check input 'github-api-url' and the network.");
  });

  test('Action: no AWS credentials points at configure-aws-credentials, not at pipe variables', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const r = await action(
      { token: GHP },
      { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, HOME: '/nonexistent' },
    );
    expect(r.code).toBe(1);
    expect(actionError(r)).toContain(
      'No AWS credentials were found. Add a step with aws-actions/configure-aws-credentials before this one',
    );
    expect(r.stdout).not.toMatch(/AWS_OIDC_ROLE_ARN|for the pipe/);
  });

  test('pipe: a container credentials endpoint that refuses is named, not only "no credentials"', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const server = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"code":"Unauthorized","message":"the authorization token was refused"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/creds`;
      const r = await pipe({
        SERVER_TYPE: 'github',
        TOKEN: GHP,
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        HOME: '/nonexistent',
        AWS_CONTAINER_CREDENTIALS_FULL_URI: endpoint,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'AWS_CONTAINER_CREDENTIALS_FULL_URI is set, but gave none: check the endpoint or file and the role behind it.',
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('no message in src/core names both front doors at once', () => {
    // A message is built from config.names (or awsCredentialsHelp), never written for both.
    const files = readdirSync(join(ROOT, 'src', 'core'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => !/^(options|names|help)\.ts$/.test(f));
    const both = /[a-z]+(-[a-z]+)+ \([A-Z][A-Z_]+\)|in a workflow;|for the pipe\)/;
    const found = files.flatMap((f) =>
      readFileSync(join(ROOT, 'src', 'core', f), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && both.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});

describe('regions of different partitions cannot be reached with one set of credentials', () => {
  const mixed = 'us-east-1,cn-north-1,us-gov-west-1';

  test('pipe: exit 2 before any call, naming each partition', async () => {
    const r = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP, AWS_DEFAULT_REGION: mixed });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'AWS_DEFAULT_REGION names regions of 3 AWS partitions: us-east-1 (aws); cn-north-1 (aws-cn); us-gov-west-1 (aws-us-gov). One set of AWS credentials reaches one partition only',
    );
    expect(emu.get().requests).toEqual([]);
  });

  test('Action: the same, in its words, exit 2', async () => {
    const r = await action({ token: GHP, 'aws-region': mixed });
    expect(r.code).toBe(2);
    expect(actionError(r)).toContain("input 'aws-region' names regions of 3 AWS partitions");
    expect(emu.get().requests).toEqual([]);
  });

  test('a role of another partition than the regions is refused; roles of the same one are not', async () => {
    const r = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      AWS_DEFAULT_REGION: 'cn-north-1,cn-northwest-1',
      ROLE_TO_ASSUME: 'arn:aws:iam::111111111111:role/sync,arn:aws-cn:iam::222222222222:role/sync',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'ROLE_TO_ASSUME has roles of another AWS partition than the regions (aws-cn): arn:aws:iam::111111111111:role/sync (aws).',
    );
    expect(emu.get().requests).toEqual([]);

    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const same = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      DRY_RUN: 'true',
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
      ROLE_TO_ASSUME: 'arn:aws:iam::111111111111:role/sync,arn:aws:iam::222222222222:role/sync',
    });
    expect(same.stderr).not.toMatch(/partition/);
    expect(same.code).toBe(0);
  });
});

describe('the Action exits 2 for every configuration mistake, as the pipe does', () => {
  test.each([
    ['a misspelt input', {}, { INPUT_REGION: 'us-east-1' }, "input 'region' is not an input"],
    ['a bad value', { mode: 'chek' }, {}, 'Did you mean check?'],
    [
      'an access key without its secret',
      {},
      { AWS_SECRET_ACCESS_KEY: undefined },
      "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: the two go together. Set both (the secret from the repository's secrets), or let aws-actions/configure-aws-credentials set them.",
    ],
  ])('%s: exit 2, no call', async (_name, inputs, env, message) => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const r = await action({ token: GHP, ...inputs }, env);
    expect(r.code).toBe(2);
    expect(actionError(r)).toContain(message);
    expect(emu.get().requests).toEqual([]);
  });

  test('a failure that is not configuration stays exit 1', async () => {
    const r = await action({ token: GHP }); // the provider rejects it
    expect(r.code).toBe(1);
  });
});

describe('the CLI in a workstation’s shell', () => {
  test('other programs’ variables are not listed; a misspelt option still is refused', async () => {
    emu.get().github.addToken(GHP, { scopes: ['repo'], login: 'u' });
    const shell = { PYENV_ROOT: '/root/.pyenv', HISTSIZE: '1000', EDITOR_THEME: 'dark' };
    const r = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP, DRY_RUN: 'true', ...shell });
    expect(r.code).toBe(0);
    expect(printed(r)).not.toMatch(/not a variable|not variables/);
    const typo = await pipe({ SERVER_TYPE: 'github', TOKEN: GHP, DRYRUN: 'true', ...shell });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('DRYRUN is not an option; did you mean DRY_RUN?');
    // In a Bitbucket step every name was written on purpose: a stranger is named.
    const step = await pipe({
      SERVER_TYPE: 'github',
      TOKEN: GHP,
      DRY_RUN: 'true',
      BITBUCKET_BUILD_NUMBER: '7',
      MY_TEAM: 'infra',
    });
    expect(step.stdout).toContain('MY_TEAM is not a variable of this pipe and is ignored');
  });
});
