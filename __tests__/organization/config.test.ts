// accounts / role-name / exclude-accounts and aws-region: all, as both front doors read them.
import { describe, expect, test } from '@jest/globals';
import { buildConfig, envSource } from '../../src/core/config/config.js';
import { ConfigError } from '../../src/core/base/errors.js';
import { inputSource } from '../../src/action/inputs.js';

const base = { TOKEN: 'abcdefghijklmnop0123', AWS_DEFAULT_REGION: 'us-east-1' };
const pipe = (env: Record<string, string>) => buildConfig(envSource({ ...base, ...env }));
const problems = (env: Record<string, string>): string[] => {
  try {
    pipe(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('accounts', () => {
  test('organization, ou:<id> and a list of IDs (Bitbucket list form too)', () => {
    expect(pipe({ ACCOUNTS: 'organization', ROLE_NAME: 'sync' })).toMatchObject({
      accounts: { kind: 'organization' },
      roleName: 'sync',
      partition: 'aws',
    });
    expect(pipe({ ACCOUNTS: 'ou:ou-ab12-34cd56ef', ROLE_NAME: 'sync' }).accounts).toEqual({
      kind: 'ou',
      ou: 'ou-ab12-34cd56ef',
    });
    const listed = pipe({
      ACCOUNTS_COUNT: '2',
      ACCOUNTS_0: '111111111111',
      ACCOUNTS_1: '222222222222',
      ROLE_NAME: 'team/sync',
      EXCLUDE_ACCOUNTS: '222222222222',
    });
    expect(listed.accounts).toEqual({ kind: 'ids', ids: ['111111111111', '222222222222'] });
    expect(listed.excludeAccounts).toEqual(['222222222222']);
    expect(
      pipe({ ACCOUNTS: 'organization', ROLE_NAME: 'sync', AWS_DEFAULT_REGION: 'us-gov-west-1' })
        .partition,
    ).toBe('aws-us-gov');
  });

  test('each mistake names the option and what is valid', () => {
    expect(problems({ ACCOUNTS: 'organization' })).toEqual([
      expect.stringMatching(
        /^ROLE_NAME is required with ACCOUNTS: .*ROLE_NAME=codebuild-credential-sync/,
      ),
    ]);
    expect(problems({ ACCOUNTS: '1234, organization', ROLE_NAME: 'x' })[0]).toMatch(
      /ACCOUNTS has "1234", "organization": it takes 12-digit account IDs, organization, or ou:<ou-id>/,
    );
    expect(problems({ ACCOUNTS: 'ou:prod', ROLE_NAME: 'x' })[0]).toMatch(
      /ou:<ou-id>.*ou-ab12-34cd56ef/,
    );
    expect(
      problems({ ACCOUNTS: 'organization', ROLE_NAME: 'arn:aws:iam::111111111111:role/x' })[0],
    ).toMatch(/ROLE_NAME .*not an ARN/);
    expect(problems({ ROLE_NAME: 'sync' })[0]).toMatch(/ROLE_NAME is only used with ACCOUNTS/);
    expect(problems({ EXCLUDE_ACCOUNTS: '111111111111' })[0]).toMatch(
      /EXCLUDE_ACCOUNTS is only used with ACCOUNTS/,
    );
    expect(
      problems({ ACCOUNTS: 'organization', ROLE_NAME: 'x', EXCLUDE_ACCOUNTS: 'dev' })[0],
    ).toMatch(/EXCLUDE_ACCOUNTS has "dev", which is not a 12-digit AWS account ID/);
    expect(
      problems({
        ACCOUNTS: 'organization',
        ROLE_NAME: 'x',
        ROLE_TO_ASSUME: 'arn:aws:iam::111111111111:role/x',
      })[0],
    ).toMatch(/ROLE_TO_ASSUME and ACCOUNTS both name accounts: use one/);
  });
});

describe('aws-region: all', () => {
  test('all alone: regions are found at run time; with others it is refused', () => {
    const c = pipe({ AWS_DEFAULT_REGION: 'all' });
    expect(c).toMatchObject({ allRegions: true, regions: [] });
    expect(buildConfig(envSource({ ...base, AWS_DEFAULT_REGION: 'ALL' })).allRegions).toBe(true);
    expect(problems({ AWS_DEFAULT_REGION: 'all,us-east-1' })[0]).toMatch(
      /AWS_DEFAULT_REGION is "all, us-east-1": all stands alone/,
    );
  });

  test("all works in the caller's partition: its roles', else its own region's; elsewhere exit 2 naming why", () => {
    const all = { AWS_REGION: 'all', ACCOUNTS: 'organization', ROLE_NAME: 'sync' };
    expect(pipe({ ...all, AWS_DEFAULT_REGION: 'cn-north-1' })).toMatchObject({
      allRegions: true,
      partition: 'aws-cn',
    });
    expect(
      pipe({
        AWS_DEFAULT_REGION: 'all',
        ROLE_TO_ASSUME: 'arn:aws-us-gov:iam::111111111111:role/sync',
      }).partition,
    ).toBe('aws-us-gov');
    expect(pipe({ AWS_DEFAULT_REGION: 'all' }).partition).toBe('aws');
    const [iso] = problems({ ...all, AWS_DEFAULT_REGION: 'us-iso-east-1' });
    expect(iso).toMatch(
      /AWS_REGION is all, which works in the aws, aws-cn, aws-us-gov partitions .*; the caller is in aws-iso, from AWS_DEFAULT_REGION \(us-iso-east-1\)\. Name the regions instead\./,
    );
  });

  test('the Action inputs too, AWS_REGION from configure-aws-credentials left aside without a warning', () => {
    const inputs: Record<string, string> = {
      token: 'abcdefghijklmnop0123',
      'aws-region': 'all',
      accounts: 'organization',
      'role-name': 'codebuild-credential-sync',
    };
    const c = buildConfig(
      inputSource({ getInput: (name) => inputs[name] ?? '' }, { AWS_REGION: 'eu-west-1' }),
    );
    expect(c).toMatchObject({ allRegions: true, accounts: { kind: 'organization' } });
    const inChina = buildConfig(
      inputSource({ getInput: (name) => inputs[name] ?? '' }, { AWS_REGION: 'cn-northwest-1' }),
    );
    expect(inChina.partition).toBe('aws-cn');
    // An explicit input wins silently over what an earlier step exported (issue 26).
    expect(c.warnings.join(' ')).not.toMatch(/AWS_REGION/);
    const bad = () =>
      buildConfig(
        inputSource({ getInput: (name) => ({ accounts: 'organization' })[name] ?? '' }, {}),
      );
    expect(bad).toThrow(/input 'role-name' is required with input 'accounts'/);
  });
});
