// Red-team finding (issue 25, careless input): a token pasted into the wrong option. With
// TOKEN (the Action's `token`) left empty and the token given to another option instead
// (MODE, SERVER_TYPE, AWS_DEFAULT_REGION, ROLE_TO_ASSUME, REPOSITORIES, TIMEOUT_SECONDS,
// DRY_RUN, the API URL...), both shipped bundles refused the value by quoting it whole:
// `MODE must be one of sync, ...; got "ghp_…"` (stderr; the Action's `::error::`), so the
// token reached the log. Only TOKEN's value was a secret for the run. Now every word with a
// token's prefix in any variable, and every random-looking word given to an option that
// takes no free text (a mode, a flag, a number), is a secret of the run from the start.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'P4st3dT0k3nR3dT3amQwEr7TyUi2OpAs8Df4Lk9Zx';
// An older token with no prefix (a GitHub Enterprise Server classic token: 40 hex digits).
const HEX = '8f3c2a9b7d1e4f6a0c5b9e2d7a1f3c8b6e4d2a9f';

const PASTED: Array<[input: string, value: string, secret: string]> = [
  ['mode', GH, GH],
  ['server-type', ` ${GH} `, GH],
  ['auth-type', GH, GH],
  ['aws-region', `us-east-1,${GH}`, GH],
  ['role-to-assume', GH, GH],
  ['repositories', `acme/infra ${GH}`, GH],
  ['timeout-seconds', GH, GH],
  ['dry-run', GH, GH],
  ['github-api-url', GH, GH],
  ['exclude-accounts', GH, GH],
  ['mode', HEX, HEX],
  ['dry-run', `"${HEX}"`, HEX],
  ['expiry-warning-days', HEX, HEX],
];

describe.each(FRONTS)('%s bundle: a token pasted into another option is never shown', (front) => {
  test.each(PASTED)('%s: %s', async (input, value, secret) => {
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      'github-api-url': emu.get().env.GITHUB_API_URL!,
      [input]: value,
    });
    // Refused as a configuration mistake, naming what to fix, before any call.
    expect(r.code).toBe(2);
    expect(r.everything).toMatch(/Invalid configuration|TOKEN|'token'/);
    expect(emu.get().requests.length).toBe(0);
    expectNoFragmentIn(r.outputs, [secret]);
  });
});

describe.each(FRONTS)('%s bundle: a name that only holds a prefix is not a token', (front) => {
  test('repositories "acme/weighs_tools/x" is quoted as given', async () => {
    // `ghs_` inside a word, too short to be a token: the refusal still shows the value.
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': emu.get().env.GITHUB_API_URL!,
      repositories: 'acme/weighs_tools/x',
    });
    expect(r.code).toBe(2);
    expect(r.everything).toContain('"acme/weighs_tools/x"');
  });
});

// Red-team finding (the gap the rule above left): a token with no provider prefix (an old
// 40-hex GitHub token, a Bitbucket app password of 20 letters and digits) pasted into an
// option of free text, or into an AWS variable, was quoted whole by the message refusing it
// (`ROLE_TO_ASSUME has "8f3c…", which is not an IAM role ARN`). The rule now: a message that
// refuses the configuration never shows a random-looking word (16 or more letters and digits
// mixed) of what it quotes; ordinary values it quotes as given.
const APP_PASSWORD = 'Xb7kLm9PqR2sT4vW6yZ8';
const FREE_TEXT: Array<
  [what: string, inputs: Record<string, string>, env: Record<string, string>]
> = [
  ['role-to-assume', { 'role-to-assume': HEX }, {}],
  ['role-to-assume, inside an ARN', { 'role-to-assume': `arn:aws:iam::${HEX}:role/x` }, {}],
  ['repositories', { repositories: `acme/infra ${HEX}` }, {}],
  ['aws-region', { 'aws-region': HEX }, {}],
  ['github-api-url', { 'github-api-url': HEX }, {}],
  ['exclude-accounts', { accounts: 'organization', 'exclude-accounts': HEX }, {}],
  ['shard', { accounts: 'organization', shard: APP_PASSWORD }, {}],
  ['AWS_PROFILE', {}, { AWS_PROFILE: HEX }],
  ['AWS_REGION', {}, { AWS_REGION: APP_PASSWORD }],
];

describe.each(FRONTS)('%s bundle: a token with no prefix in a free-text option', (front) => {
  test.each(FREE_TEXT)('%s', async (what, inputs, env) => {
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', 'github-api-url': emu.get().env.GITHUB_API_URL!, ...inputs },
      { env },
    );
    expect(r.code).toBe(2);
    // Refused naming the option, its value shown as *** (the Action reads no AWS_REGION).
    if (what !== 'AWS_REGION' || front === 'pipe') expect(r.everything).toContain('***');
    expect(emu.get().requests.length).toBe(0);
    expectNoFragmentIn(r.outputs, [HEX, APP_PASSWORD]);
  });

  test('a refused role ARN of ordinary words is still quoted as given', async () => {
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': emu.get().env.GITHUB_API_URL!,
      'role-to-assume': 'arn:aws:iam::123456789012:user/deploy-2024-codebuild',
    });
    expect(r.code).toBe(2);
    expect(r.everything).toContain('"arn:aws:iam::123456789012:user/deploy-2024-codebuild"');
  });
});

// Red-team finding (review of 5a9aae3): a token with no prefix given as the NAME of an input
// (`with: { 8f3c…: x }`, `with: { "token:8f3c…": x }`): the Action warned that the input
// "is not an input of this action and is ignored" with the name whole, in the log, the
// `::warning::`, the report's warnings and the job summary. Configuration warnings now follow
// the refusals' rule: no random-looking word of what the user wrote.
describe.each(FRONTS)('%s bundle: a token as the name of an option', (front) => {
  test.each([HEX, `token:${HEX}`, `TOKEN_${HEX}`])('%s', async (name) => {
    emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'github-api-url': emu.get().env.GITHUB_API_URL! },
      { env: { [front === 'action' ? `INPUT_${name.toUpperCase()}` : name.toUpperCase()]: 'x' } },
    );
    expect(r.code).toBe(0);
    expectNoFragmentIn(r.outputs, [HEX]);
  });
});
