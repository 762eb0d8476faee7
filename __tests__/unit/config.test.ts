import { describe, expect, test } from '@jest/globals';
import { buildConfig, envSource } from '../../src/core/config/config.js';
import { ConfigError } from '../../src/core/base/errors.js';
import { OPTIONS } from '../../src/core/base/options.js';

// A token of no recognisable form, so no provider is implied by it.
const base = { TOKEN: 'abcdefghijklmnop0123', AWS_DEFAULT_REGION: 'us-east-1' };
const pipe = (env: Record<string, string>) => buildConfig(envSource(env));
const problems = (env: Record<string, string>): string[] => {
  try {
    pipe(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('options table', () => {
  test('every option has a kebab-case input and an upper-case variable, each unique', () => {
    const inputs = OPTIONS.map((o) => o.input);
    const envs = OPTIONS.flatMap((o) => o.env);
    expect(new Set(inputs).size).toBe(inputs.length);
    expect(new Set(envs).size).toBe(envs.length);
    for (const o of OPTIONS) {
      expect(o.input).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const e of o.env) expect(e).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });
});

describe('pipe configuration from the environment', () => {
  test('defaults: sync, bitbucket access token, overwrite, no dry run, 14-day warning', () => {
    const c = pipe(base);
    expect(c).toMatchObject({
      mode: 'sync',
      serverType: 'BITBUCKET',
      authType: 'PERSONAL_ACCESS_TOKEN',
      regions: ['us-east-1'],
      shouldOverwrite: true,
      dryRun: false,
      failOnDrift: true,
      expiryWarningDays: 14,
      githubApiUrl: 'https://api.github.com',
      bitbucketApiUrl: 'https://api.bitbucket.org/2.0',
    });
  });

  test('a Bitbucket username defaults the auth type to BASIC_AUTH', () => {
    expect(pipe({ ...base, USERNAME: 'alice' }).authType).toBe('BASIC_AUTH');
  });

  test('server type is case-insensitive and takes both spellings', () => {
    expect(pipe({ ...base, SERVER_TYPE: 'GitHub' }).serverType).toBe('GITHUB');
    expect(
      pipe({
        ...base,
        SERVER_TYPE: 'github-enterprise',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      }).serverType,
    ).toBe('GITHUB_ENTERPRISE');
    expect(
      pipe({
        ...base,
        SERVER_TYPE: 'GITHUB_ENTERPRISE',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      }).serverType,
    ).toBe('GITHUB_ENTERPRISE');
  });

  test('the token is trimmed', () => {
    expect(pipe({ ...base, TOKEN: '  abcdefghijklmnop0123\n' }).token).toBe('abcdefghijklmnop0123');
  });

  test('regions split on commas, spaces and newlines, de-duplicated; AWS_REGION also read', () => {
    expect(
      pipe({ ...base, AWS_DEFAULT_REGION: 'us-east-1, eu-west-1\nap-southeast-2  us-east-1' })
        .regions,
    ).toEqual(['us-east-1', 'eu-west-1', 'ap-southeast-2']);
    expect(pipe({ TOKEN: base.TOKEN, AWS_REGION: 'eu-central-1' }).regions).toEqual([
      'eu-central-1',
    ]);
  });

  test("regions also come in Bitbucket's list form", () => {
    const env = {
      TOKEN: base.TOKEN,
      AWS_DEFAULT_REGION_COUNT: '2',
      AWS_DEFAULT_REGION_0: 'us-east-1',
      AWS_DEFAULT_REGION_1: 'eu-west-1',
    };
    expect(pipe(env).regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  test('delete needs no token', () => {
    expect(
      pipe({ MODE: 'delete', SERVER_TYPE: 'github', AWS_DEFAULT_REGION: 'us-east-1' }).token,
    ).toBe('');
  });

  test('every bad value is reported, naming the variable and the valid values', () => {
    const found = problems({
      MODE: 'Sink',
      SERVER_TYPE: 'gitlab',
      AUTH_TYPE: 'password',
      DRY_RUN: 'maybe',
      EXPIRY_WARNING_DAYS: '-3',
      AWS_DEFAULT_REGION: 'moon',
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^MODE must be one of sync, check, delete, inventory, merge; got "Sink"/,
        ),
        expect.stringMatching(/^SERVER_TYPE must be one of github, github-enterprise, bitbucket/),
        expect.stringMatching(/^AUTH_TYPE must be one of PERSONAL_ACCESS_TOKEN, BASIC_AUTH/),
        expect.stringMatching(/^DRY_RUN must be true or false/),
        expect.stringMatching(/^EXPIRY_WARNING_DAYS must be a whole number/),
        expect.stringMatching(/^AWS_DEFAULT_REGION has "moon"/),
        expect.stringMatching(/^TOKEN is not set; mode sync needs the token to import/),
      ]),
    );
  });

  test('a token with whitespace inside is refused without echoing it', () => {
    const [problem] = problems({ ...base, TOKEN: 'ghp_secret value0123456789' });
    expect(problem).toMatch(/TOKEN contains whitespace/);
    expect(problem).not.toContain('ghp_secret');
  });

  test('a token shorter or longer than any a provider issues is refused, naming its length only', () => {
    // The documented bounds (SECURITY.md): 20 to 4096 characters.
    const short = 'Abc123Def456789abcd';
    expect(short).toHaveLength(19);
    expect(problems({ ...base, TOKEN: short })[0]).toMatch(
      /^TOKEN is 19 characters long, shorter than any token/,
    );
    expect(() => pipe({ ...base, TOKEN: short + 'x' })).not.toThrow();
    const huge = 'xyzw' + 'A1b2C3d4'.repeat(16_384);
    const [problem] = problems({ ...base, TOKEN: huge });
    expect(problem).toMatch(/^TOKEN is 131076 characters long, longer than any token/);
    expect(problem).not.toContain('A1b2C3d4');
    expect(() => pipe({ ...base, TOKEN: 'x'.repeat(4096) })).not.toThrow();
    expect(problems({ ...base, TOKEN: 'x'.repeat(4097) })[0]).toMatch(/4097 characters long/);
  });

  test('combinations CodeBuild would refuse fail early', () => {
    expect(problems({ ...base, AUTH_TYPE: 'BASIC_AUTH' })[0]).toMatch(
      /USERNAME is required with AUTH_TYPE BASIC_AUTH/,
    );
    expect(problems({ ...base, SERVER_TYPE: 'github', AUTH_TYPE: 'BASIC_AUTH' })[0]).toMatch(
      /only for Bitbucket app passwords/,
    );
    expect(problems({ ...base, AUTH_TYPE: 'OAUTH' })[0]).toMatch(
      /OAUTH cannot be set through the CodeBuild API/,
    );
    expect(problems({ ...base, SERVER_TYPE: 'github-enterprise' })[0]).toMatch(
      /GITHUB_API_URL must point at your GitHub Enterprise Server/,
    );
    expect(problems({ ...base, BITBUCKET_API_URL: 'ftp://x' })[0]).toMatch(
      /BITBUCKET_API_URL must be an http\(s\) URL/,
    );
  });
});

describe('API URLs: refused where the mistake is certain, a hint kept where it may be right', () => {
  const ghes = { ...base, SERVER_TYPE: 'github-enterprise' };

  test.each([
    ['https://api.bitbucket.org', 'bitbucket'],
    ['https://bitbucket.org', 'bitbucket'],
    ['https://api.bitbucket.org/1.0', 'bitbucket'],
  ])('%s (no /2.0) is refused with the one right URL', (url) => {
    expect(problems({ ...base, BITBUCKET_API_URL: url })).toEqual([
      `BITBUCKET_API_URL is ${url}, but Bitbucket Cloud's REST API is https://api.bitbucket.org/2.0: set BITBUCKET_API_URL=https://api.bitbucket.org/2.0.`,
    ]);
  });

  test.each(['https://api.github.com', 'https://github.com', 'https://github.com/api/v3'])(
    'github-enterprise with %s is refused',
    (url) => {
      expect(problems({ ...ghes, GITHUB_API_URL: url })[0]).toMatch(
        /^GITHUB_API_URL must point at your GitHub Enterprise Server/,
      );
    },
  );

  test('server type github with a /api/v3 URL is refused, on loopback too', () => {
    for (const url of ['https://ghe.example.com/api/v3', 'http://127.0.0.1:4599/ghes/api/v3'])
      expect(problems({ ...base, SERVER_TYPE: 'github', GITHUB_API_URL: url })[0]).toMatch(
        /a GitHub Enterprise Server, but SERVER_TYPE is github/,
      );
  });

  test.each([
    [
      { ...ghes, GITHUB_API_URL: 'https://ghe.example.com' },
      "GITHUB_API_URL is https://ghe.example.com; a GitHub Enterprise Server's REST API is under /api/v3: did you mean https://ghe.example.com/api/v3?",
    ],
    [
      { ...ghes, GITHUB_API_URL: 'https://ghe.example.com/api/' },
      "GITHUB_API_URL is https://ghe.example.com/api; a GitHub Enterprise Server's REST API is under /api/v3: did you mean https://ghe.example.com/api/v3?",
    ],
    [
      { ...ghes, GITHUB_API_URL: 'http://127.0.0.1:4599/ghes' },
      "GITHUB_API_URL is http://127.0.0.1:4599/ghes; a GitHub Enterprise Server's REST API is under /api/v3: did you mean http://127.0.0.1:4599/ghes/api/v3?",
    ],
    [
      { ...base, BITBUCKET_API_URL: 'http://localhost:8080' },
      "BITBUCKET_API_URL is http://localhost:8080; Bitbucket's REST API is under /2.0: did you mean http://localhost:8080/2.0?",
    ],
    [
      { ...base, BITBUCKET_API_URL: 'https://bitbucket-proxy.example.com/1.0' },
      "BITBUCKET_API_URL is https://bitbucket-proxy.example.com/1.0; Bitbucket's REST API is under /2.0: did you mean https://bitbucket-proxy.example.com/2.0?",
    ],
  ])(
    'elsewhere a missing path is not refused nor warned about, a hint is kept (%#)',
    (env, hint) => {
      const c = pipe(env);
      expect(c.apiUrlHint).toBe(hint);
      expect(c.warnings).toEqual([]);
    },
  );

  test('the hint names the Action input in the Action', () => {
    const c = buildConfig({
      ...envSource({ ...ghes, GITHUB_API_URL: 'https://ghe.example.com' }),
      label: (o) => `input '${o.input}'`,
    });
    expect(c.apiUrlHint).toMatch(/^input 'github-api-url' is https:\/\/ghe.example.com; /);
  });

  test('the usual paths, and modes without a token, keep no hint', () => {
    expect(pipe(base).apiUrlHint).toBeUndefined();
    expect(
      pipe({ ...ghes, GITHUB_API_URL: 'https://ghe.example.com/api/v3' }).apiUrlHint,
    ).toBeUndefined();
    expect(
      pipe({
        AWS_DEFAULT_REGION: 'us-east-1',
        MODE: 'delete',
        SERVER_TYPE: 'bitbucket',
        BITBUCKET_API_URL: 'http://x',
      }).apiUrlHint,
    ).toBeUndefined();
  });
});

describe('projects and inventory', () => {
  test('inspect-projects: on for check and inventory, off for sync, unless set', () => {
    expect(pipe({ ...base, MODE: 'check' }).inspectProjects).toBe(true);
    expect(pipe({ ...base, MODE: 'sync' }).inspectProjects).toBe(false);
    expect(pipe({ AWS_DEFAULT_REGION: 'us-east-1', MODE: 'inventory' }).inspectProjects).toBe(true);
    expect(pipe({ ...base, MODE: 'check', INSPECT_PROJECTS: 'false' }).inspectProjects).toBe(false);
    expect(pipe({ ...base, MODE: 'sync', INSPECT_PROJECTS: 'yes' }).inspectProjects).toBe(true);
    expect(problems({ ...base, MODE: 'check', INSPECT_PROJECTS: 'sometimes' })[0]).toMatch(
      /^INSPECT_PROJECTS must be true or false; got "sometimes"/,
    );
  });

  test('inventory needs no token and looks at every server type unless one is named', () => {
    const all = pipe({ AWS_DEFAULT_REGION: 'us-east-1', MODE: 'inventory' });
    expect(all.token).toBe('');
    expect(all.serverTypes).toEqual(['GITHUB', 'GITHUB_ENTERPRISE', 'BITBUCKET']);
    const one = pipe({ AWS_DEFAULT_REGION: 'us-east-1', MODE: 'inventory', SERVER_TYPE: 'github' });
    expect(one.serverTypes).toEqual(['GITHUB']);
    // The GHES API URL matters only where the token is used.
    expect(
      pipe({ AWS_DEFAULT_REGION: 'us-east-1', MODE: 'inventory', SERVER_TYPE: 'github-enterprise' })
        .serverTypes,
    ).toEqual(['GITHUB_ENTERPRISE']);
  });

  test('server type all is refused outside inventory, naming the valid values', () => {
    const [problem] = problems({ ...base, MODE: 'check', SERVER_TYPE: 'all' });
    expect(problem).toMatch(/^SERVER_TYPE all is only for mode inventory/);
    expect(problems({ ...base, SERVER_TYPE: 'gitlab' })[0]).toBe(
      'SERVER_TYPE must be one of github, github-enterprise, bitbucket; got "gitlab".',
    );
  });
});
