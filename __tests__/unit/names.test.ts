// Names the user set that the front door does not read (issue 17): a name close to an
// option is refused with the option it likely means; any other is named in one warning;
// the platform's own names are silent.
import { describe, expect, test } from '@jest/globals';
import { inputSource } from '../../src/action/inputs.js';
import { buildConfig, envSource } from '../../src/core/config/config.js';
import { ConfigError } from '../../src/core/base/errors.js';
import { checkNames } from '../../src/core/config/names.js';
import { OPTIONS, optionsFor } from '../../src/core/base/options.js';
import { didYouMeanOneOf, isCloseTo } from '../../src/core/base/similar.js';

const base = { TOKEN: 'abcdefghijklmnop0123', AWS_DEFAULT_REGION: 'us-east-1' };
function problems(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}
const pipeProblems = (env: Record<string, string>) =>
  problems(() => buildConfig(envSource({ ...base, ...env })));

/** What a Bitbucket pipe container, an npm script and a developer's shell set. */
const PLATFORM_ENV = [
  'CI',
  'BITBUCKET_BUILD_NUMBER',
  'BITBUCKET_CLONE_DIR',
  'BITBUCKET_COMMIT',
  'BITBUCKET_WORKSPACE',
  'BITBUCKET_REPO_SLUG',
  'BITBUCKET_REPO_UUID',
  'BITBUCKET_REPO_FULL_NAME',
  'BITBUCKET_BRANCH',
  'BITBUCKET_TAG',
  'BITBUCKET_PR_ID',
  'BITBUCKET_PR_DESTINATION_BRANCH',
  'BITBUCKET_DEPLOYMENT_ENVIRONMENT',
  'BITBUCKET_PROJECT_KEY',
  'BITBUCKET_STEP_OIDC_TOKEN',
  'BITBUCKET_PIPE_STORAGE_DIR',
  'BITBUCKET_PIPE_SHARED_STORAGE_DIR',
  'BITBUCKET_DOCKER_HOST_INTERNAL',
  'DOCKER_HOST',
  'PATH',
  'HOME',
  'HOSTNAME',
  'PWD',
  'SHLVL',
  'TERM',
  'LANG',
  'USER',
  'NODE_VERSION',
  'YARN_VERSION',
  'NODE',
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'NODE_COMPILE_CACHE',
  'INIT_CWD',
  'npm_config_cache',
  'npm_lifecycle_event',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ROLE_ARN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_SESSION_NAME',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_CODEBUILD',
  'AWS_ENDPOINT_URL_STS',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
  'AWS_STS_REGIONAL_ENDPOINTS',
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_OIDC_ROLE_ARN',
  'AWS_PAGER',
  'GITHUB_ACTIONS',
  'GITHUB_TOKEN',
  'GITHUB_REPOSITORY',
  'RUNNER_TEMP',
];

describe('pipe variables', () => {
  test.each([
    ['DRYRUN', 'DRY_RUN'],
    ['DRY-RUN', 'DRY_RUN'],
    ['dry_run', 'DRY_RUN'],
    ['DryRun', 'DRY_RUN'],
    ['REGIONS', 'AWS_DEFAULT_REGION'],
    ['REGION', 'AWS_DEFAULT_REGION'],
    ['AWS_REGIONS', 'AWS_REGION'],
    ['AWS_DEFAULT_REGIONS', 'AWS_DEFAULT_REGION'],
    ['SERVERTYPE', 'SERVER_TYPE'],
    ['SERVER-TYPE', 'SERVER_TYPE'],
    ['SERVER_TPYE', 'SERVER_TYPE'],
    ['MODES', 'MODE'],
    ['TOKN', 'TOKEN'],
    ['TIMEOUT_SECOND', 'TIMEOUT_SECONDS'],
    ['INSPECT_PROJECT', 'INSPECT_PROJECTS'],
    ['OIDC_ROLE_ARN', 'AWS_OIDC_ROLE_ARN'],
    ['AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'],
  ])('%s is refused: did you mean %s?', (name, meant) => {
    expect(checkNames([name], 'pipe').problems).toEqual([
      `${name} is not an option; did you mean ${meant}?`,
    ]);
    expect(pipeProblems({ [name]: 'true' })).toContain(
      `${name} is not an option; did you mean ${meant}?`,
    );
  });

  test.each(['IS_DRY_RUN', 'DRY_RUN_ENABLED', 'DRYRUNMODE', 'dry-run-please'])(
    '%s reads as dry-run and is refused, never ignored',
    (name) => {
      expect(checkNames([name], 'pipe').problems).toEqual([
        `${name} is not an option; did you mean DRY_RUN?`,
      ]);
    },
  );

  test('every name of every option in the table is read, and its squashed spelling refused', () => {
    for (const option of optionsFor('pipe')) {
      for (const name of option.env) {
        expect({ name, ...checkNames([name], 'pipe') }).toEqual({
          name,
          problems: [],
          warnings: [],
        });
        const typo = name.toLowerCase().replace(/_/g, '-');
        expect(checkNames([typo], 'pipe').problems).toEqual([
          `${typo} is not an option; did you mean ${name}?`,
        ]);
      }
    }
  });

  test('Bitbucket’s list form of a list option is read; of another option, it is a typo', () => {
    const listForm = ['AWS_DEFAULT_REGION_COUNT', 'AWS_DEFAULT_REGION_0', 'REPOSITORIES_12'];
    expect(checkNames(listForm, 'pipe')).toEqual({ problems: [], warnings: [] });
    expect(checkNames(['TOKEN_0'], 'pipe').problems).toEqual([
      'TOKEN_0 is not an option; did you mean TOKEN?',
    ]);
  });

  test('the platform’s own variables are silent: no error, no warning', () => {
    expect(checkNames(PLATFORM_ENV, 'pipe')).toEqual({ problems: [], warnings: [] });
    expect(pipeProblems(Object.fromEntries(PLATFORM_ENV.map((n) => [n, 'x'])))).not.toContainEqual(
      expect.stringMatching(/is not an option/),
    );
  });

  test('a short platform name one letter from an option is not taken for it', () => {
    // NODE (set by npm), CODE, HOME are one or two letters from MODE; USER from USERNAME.
    for (const name of ['NODE', 'CODE', 'HOME', 'USER', 'LOGNAME', 'TERM', 'DEBUGGER_PORT'])
      expect(checkNames([name], 'pipe').problems).toEqual([]);
  });

  test('a name that is nobody’s is named in one warning, after the run’s other checks', () => {
    expect(checkNames(['MY_TEAM'], 'pipe')).toEqual({
      problems: [],
      warnings: ['MY_TEAM is not a variable of this pipe and is ignored (--help lists them).'],
    });
    expect(checkNames(['ZZ_B', 'ZZ_A', 'ZZ_C'], 'pipe').warnings).toEqual([
      'ZZ_A, ZZ_B and ZZ_C are not variables of this pipe and are ignored (--help lists them).',
    ]);
    // In a Bitbucket step every name was set on purpose; a workstation's shell holds others'.
    const step = buildConfig(envSource({ ...base, BITBUCKET_BUILD_NUMBER: '7', MY_TEAM: 'infra' }));
    expect(step.warnings).toContain(
      'MY_TEAM is not a variable of this pipe and is ignored (--help lists them).',
    );
    const shell = buildConfig(envSource({ ...base, MY_TEAM: 'infra' }));
    expect(shell.warnings).toEqual([]);
  });

  test('DRY_RUN set but empty is refused: an unset variable behind it must not mean a write', () => {
    expect(pipeProblems({ DRY_RUN: '' })).toEqual([
      'DRY_RUN is set but empty: set it to true or false.',
    ]);
    expect(pipeProblems({ DRY_RUN: '  ' })).toEqual([
      'DRY_RUN is set but empty: set it to true or false.',
    ]);
  });
});

describe('Action inputs', () => {
  const core = (inputs: Record<string, string>) => ({
    getInput: (name: string) => inputs[name] ?? '',
  });
  /** The runner's INPUT_<NAME> for each `with:` key: upper case, spaces as _, hyphens kept. */
  const runner = (inputs: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    );
  const actionProblems = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    problems(() =>
      buildConfig(
        inputSource(core({ token: 'abcdefghijklmnop0123', ...inputs }), {
          AWS_REGION: 'us-east-1',
          ...runner({ token: 'abcdefghijklmnop0123', ...inputs }),
          ...env,
        }),
      ),
    );

  test.each([
    ['region', 'aws-region'],
    ['aws_region', 'aws-region'],
    ['dryrun', 'dry-run'],
    ['dry_run', 'dry-run'],
    ['Dry Run', 'dry-run'],
    ['server_type', 'server-type'],
    ['github_token', 'github-token'],
    ['inspect-project', 'inspect-projects'],
  ])('with: %s is refused: did you mean %s?', (given, meant) => {
    const name = given.replace(/ /g, '_').toLowerCase();
    expect(actionProblems({ [given]: 'true' })).toContain(
      `input '${name}' is not an input of this action; did you mean ${meant}?`,
    );
  });

  test('every declared input is read', () => {
    const all = optionsFor('action').map((o) => o.input);
    expect(checkNames(all, 'action')).toEqual({ problems: [], warnings: [] });
  });

  test('an input nobody declared is named in a warning', () => {
    const config = buildConfig(
      inputSource(core({ token: 'abcdefghijklmnop0123' }), {
        AWS_REGION: 'us-east-1',
        INPUT_TOKEN: 'abcdefghijklmnop0123',
        INPUT_COLOUR: 'blue',
      }),
    );
    expect(config.warnings).toContain(
      "input 'colour' is not an input of this action and is ignored.",
    );
  });

  test("dry-run: '' (an expression that came out empty) is refused", () => {
    expect(actionProblems({ 'dry-run': '' })).toEqual([
      "input 'dry-run' is set but empty: set it to true or false.",
    ]);
  });
});

describe('did you mean, for values', () => {
  test.each([
    [
      { MODE: 'chek' },
      'MODE must be one of sync, check, delete, inventory, merge; got "chek". Did you mean check?',
    ],
    [
      { MODE: 'inventroy' },
      'MODE must be one of sync, check, delete, inventory, merge; got "inventroy". Did you mean inventory?',
    ],
    [
      { SERVER_TYPE: 'githb' },
      'SERVER_TYPE must be one of github, github-enterprise, bitbucket; got "githb". Did you mean github?',
    ],
    [
      { SERVER_TYPE: 'bitbuket' },
      'SERVER_TYPE must be one of github, github-enterprise, bitbucket; got "bitbuket". Did you mean bitbucket?',
    ],
    [
      { AUTH_TYPE: 'PERSONAL_ACCESS_TOKN' },
      'AUTH_TYPE must be one of PERSONAL_ACCESS_TOKEN, BASIC_AUTH, CODECONNECTIONS, SECRETS_MANAGER, OAUTH; got "PERSONAL_ACCESS_TOKN". Did you mean PERSONAL_ACCESS_TOKEN?',
    ],
    [
      { AUTH_TYPE: 'basic-auht' },
      'AUTH_TYPE must be one of PERSONAL_ACCESS_TOKEN, BASIC_AUTH, CODECONNECTIONS, SECRETS_MANAGER, OAUTH; got "basic-auht". Did you mean BASIC_AUTH?',
    ],
    [{ DRY_RUN: 'ture' }, 'DRY_RUN must be true or false; got "ture". Did you mean true?'],
    [
      { FAIL_ON_DRIFT: 'flase' },
      'FAIL_ON_DRIFT must be true or false; got "flase". Did you mean false?',
    ],
  ])('%j', (env, message) => {
    expect(pipeProblems(env)).toContain(message);
  });

  test('no suggestion when nothing is close', () => {
    expect(didYouMeanOneOf('yes-please', ['true', 'false'])).toBe('');
    expect(didYouMeanOneOf('xyz', ['sync', 'check'])).toBe('');
    expect(pipeProblems({ MODE: 'rotate' })).toContain(
      'MODE must be one of sync, check, delete, inventory, merge; got "rotate".',
    );
  });

  test('closeness: squashed spelling, one edit for short words, a swap is one edit', () => {
    expect(isCloseTo('DRY-RUN', 'DRY_RUN')).toBe(true);
    expect(isCloseTo('MDOE', 'MODE')).toBe(true);
    expect(isCloseTo('NODE', 'MODE')).toBe(false);
    expect(isCloseTo('TRY', 'DRY')).toBe(false);
    expect(isCloseTo('EXPIRY_WARNING_DAY', 'EXPIRY_WARNING_DAYS')).toBe(true);
  });
});

test('the options table is the one source: every option is covered', () => {
  // A new row (issue 20 adds several) is read, and its misspelling refused, with no other change.
  for (const option of OPTIONS) {
    for (const platform of option.platforms ?? (['action', 'pipe'] as const)) {
      const name = platform === 'action' ? option.input : option.env[0];
      expect(checkNames([name], platform).problems).toEqual([]);
    }
  }
});
