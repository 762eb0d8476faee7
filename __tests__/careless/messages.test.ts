// Issue 17, section 8: messages that said the wrong thing or too little, run again through
// both shipped bundles (Node 24) against the emulator. Each says what is wrong and what to
// do, in the words of the front door that printed it, and never any part of the token.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { printed, useEmulator } from '../support/emulated.js';
import { runBundle, type BundleResult } from '../support/run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const GHP = 'ghp_messagesClassicToken00000000000000000';
const ATCTT = 'ATCTTmessagesAccessTokenWithoutWebhook00';

function pipe(env: Record<string, string | undefined>): Promise<BundleResult> {
  return runBundle('pipe', { ...emu.get().env, AWS_DEFAULT_REGION: 'us-east-1', ...env });
}

async function action(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<BundleResult & { outputs: Record<string, string>; summary: string }> {
  const files = runnerFiles();
  const result = await runBundle('action', {
    ...emu.get().env,
    ...runnerInputs({ 'aws-region': 'us-east-1', ...inputs }),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...env,
  });
  return {
    ...result,
    outputs: readOutputs(files.output),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

function actionError(result: BundleResult): string {
  const line = result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%');
}

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
    const r = await pipe({ TOKEN: `'ATCTTmessagesUnknownAccessToken000000000'` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Bitbucket rejected');
    expect(r.stderr).toContain('Likely the quotes: TOKEN starts and ends with a quote character');
  });
});
