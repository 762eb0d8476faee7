// Names the user set that this front door does not read. A pipe step hands the
// container only its own `variables:` block plus the platform's variables, and an
// Action gets INPUT_* only for what its `with:` names: a name that is neither ours nor
// the platform's was written on purpose, most likely misspelt. One close to an option
// is refused (DRYRUN must never become a write); any other is named in a warning.
import {
  andList,
  closest,
  optionsFor,
  type OptionSpec,
  orList,
  type Platform,
  squash,
} from '../base/index.js';

/**
 * The pipe's AWS credential variables: read by src/core/aws/credentials.ts and the AWS
 * SDK, not through the options table. `--help` and docs/bitbucket-pipe.md list them.
 */
export const PIPE_AWS_VARIABLES = [
  {
    name: 'AWS_OIDC_ROLE_ARN',
    summary: 'Role to assume with Bitbucket OIDC (step: oidc: true).',
    description:
      'ARN of the IAM role to assume with Bitbucket OpenID Connect. The step needs `oidc: true`; the pipe assumes the role with AssumeRoleWithWebIdentity, holding `BITBUCKET_STEP_OIDC_TOKEN` in memory only (it is never written to disk). When set, access keys are ignored.',
  },
  {
    name: 'AWS_ACCESS_KEY_ID',
    summary: 'Access key ID, without OIDC.',
    description:
      'AWS access key id, when not using OIDC. Goes together with `AWS_SECRET_ACCESS_KEY`.',
  },
  {
    name: 'AWS_SECRET_ACCESS_KEY',
    summary: 'Its secret access key (a secured variable).',
    description:
      'AWS secret access key, when not using OIDC. Store it as a secured variable. Never printed.',
  },
  {
    name: 'AWS_SESSION_TOKEN',
    summary: 'Session token, for temporary keys only.',
    description: 'Session token, only for temporary access keys. Never printed.',
  },
  {
    name: 'AWS_PROFILE',
    summary: 'A profile of ~/.aws/config (the CLI on a workstation).',
    description:
      'A named profile of the shared AWS config and credentials files (`~/.aws/config`, `~/.aws/credentials`, or `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE`), for the CLI on a workstation. A profile that is not in them is refused before any call.',
  },
] as const;

const PIPE_CREDENTIAL_VARIABLES: readonly string[] = PIPE_AWS_VARIABLES.map((v) => v.name);

/**
 * What the platform sets, or the AWS SDK and Node read: never ours to judge. Bitbucket
 * Pipelines sets CI and BITBUCKET_*; the image sets PATH, HOME, HOSTNAME, NODE_VERSION,
 * YARN_VERSION; `npm run` sets NODE, INIT_CWD and npm_*; a shell sets the rest.
 */
const PLATFORM_NAMES = new Set([
  'CI',
  'HOME',
  'PATH',
  'HOSTNAME',
  'PWD',
  'OLDPWD',
  'SHLVL',
  '_',
  'TERM',
  'COLORTERM',
  'NO_COLOR', // Node reads both; the pipe's colours read NO_COLOR (src/pipe/colour.ts)
  'FORCE_COLOR',
  'LANG',
  'LANGUAGE',
  'TZ',
  'USER',
  'LOGNAME',
  'SHELL',
  'MAIL',
  'TMPDIR',
  'TMP',
  'TEMP',
  'EDITOR',
  'VISUAL',
  'PAGER',
  'COLUMNS',
  'LINES',
  'DISPLAY',
  'NODE',
  'INIT_CWD',
  'COLOR',
  'YARN_VERSION',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'container',
  ...['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'FTP_PROXY'].flatMap((p) => [
    p,
    p.toLowerCase(),
  ]),
  // The AWS SDK (and CLI) configuration the SDK's own chain reads.
  'AWS_SECRET_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_CREDENTIAL_SCOPE',
  'AWS_ACCOUNT_ID',
  'AWS_ACCOUNT_ID_ENDPOINT_MODE',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_SDK_LOAD_CONFIG',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_ENDPOINT_URL',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_USE_DUALSTACK_ENDPOINT',
  'AWS_STS_REGIONAL_ENDPOINTS',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
  'AWS_DEFAULTS_MODE',
  'AWS_NODEJS_CONNECTION_REUSE_ENABLED',
  'AWS_CA_BUNDLE',
  'AWS_EXECUTION_ENV',
  'AWS_SDK_UA_APP_ID',
  'AWS_REQUEST_CHECKSUM_CALCULATION',
  'AWS_RESPONSE_CHECKSUM_VALIDATION',
  'AWS_DISABLE_REQUEST_COMPRESSION',
  'AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES',
  'AWS_AUTH_SCHEME_PREFERENCE',
  'AWS_SIGV4A_SIGNING_REGION_SET',
  'AWS_PAGER',
  'AWS_DEFAULT_OUTPUT',
  'AWS_CLI_AUTO_PROMPT',
  'AWS_CLI_FILE_ENCODING',
  'AWS_DATA_PATH',
  'AWS_METADATA_SERVICE_TIMEOUT',
  'AWS_METADATA_SERVICE_NUM_ATTEMPTS',
]);

/** Families of platform names (checked after the close-to-an-option test: BITBUCKET_API_URLS is a typo). */
const PLATFORM_PREFIXES = [
  'BITBUCKET_',
  'PIPELINES_',
  'NODE_',
  'NPM_',
  'npm_',
  'DOCKER_',
  'KUBERNETES_',
  'LC_',
  'XDG_',
  'SSH_',
  'GIT_',
  'GITHUB_',
  'RUNNER_',
  'ACTIONS_',
  'AWS_ENDPOINT_URL_',
  'AWS_CONTAINER_',
  'AWS_EC2_',
  'AWS_LAMBDA_',
  'AWS_CSM_',
];

export interface NameCheck {
  /** Names close to an option: each one a refusal with the option it likely means. */
  problems: string[];
  /** Names that are nobody's: one sentence naming them all, or none. */
  warnings: string[];
}

/** How each option of a front door is spelt, the way a typo is measured against it. */
function spellings(platform: Platform): Array<{ option: string; forms: string[] }> {
  const options = optionsFor(platform);
  if (platform === 'action') {
    // `aws-region` is also misspelt as `region`: its namespace is the first to go.
    return options.map((o) => ({
      option: o.input,
      forms: [o.input, o.input.replace(/^aws-/, '')],
    }));
  }
  // Each alias stands for itself; the option's other spellings suggest its first name.
  const pipeNames = (o: OptionSpec) => [...new Set([...o.env, ...(o.readOrder ?? [])])];
  const stripped = (name: string) => name.replace(/^AWS_(DEFAULT_)?/, '');
  return [
    ...options.flatMap((o) => [
      ...pipeNames(o).map((name) => ({ option: name, forms: [name] })),
      { option: o.env[0], forms: [o.input, ...pipeNames(o).map(stripped)] },
    ]),
    ...PIPE_CREDENTIAL_VARIABLES.map((name) => ({
      option: name,
      forms: [name, stripped(name)],
    })),
  ];
}

/** Every name this front door reads, including Bitbucket's list form of list options (X_COUNT, X_0, ...). */
function isOurs(name: string, platform: Platform): boolean {
  const options = optionsFor(platform);
  if (platform === 'action') return options.some((o) => o.input === name);
  if (PIPE_CREDENTIAL_VARIABLES.includes(name)) return true;
  const listItem = /^(.*)_(?:COUNT|\d+)$/.exec(name)?.[1];
  return options.some((o) =>
    [...o.env, ...(o.readOrder ?? [])].some(
      (env) => env === name || (o.kind === 'list' && env === listItem),
    ),
  );
}

/** The options whose spelling `name` is nearest to (only those close enough to be a typo). */
function nearestOptions(name: string, forms: Array<{ option: string; form: string }>): string[] {
  const best = closest(
    name,
    forms.map((f) => f.form),
  );
  const nearest = forms.filter((f) => best.includes(f.form));
  // AWS_REGIONS is one letter from AWS_REGION itself and from aws-region (the first name's
  // input form): the name it is a typo of wins.
  const itself = nearest.filter((f) => f.form === f.option);
  return [...new Set((itself.length ? itself : nearest).map((f) => f.option))];
}

/** The dry-run option's own spelling; anything that looks like it is refused. */
function dryRunName(platform: Platform): string {
  const option = optionsFor(platform).find((o) => o.key === 'dryRun')!;
  return platform === 'action' ? option.input : option.env[0];
}

/**
 * Sorts the names the user set into ours (silent), the platform's (silent), close to
 * one of ours (a problem), and nobody's (one warning).
 */
export function checkNames(names: readonly string[], platform: Platform): NameCheck {
  const problems: string[] = [];
  const strangers: string[] = [];
  const forms = spellings(platform).flatMap((s) => s.forms.map((form) => ({ ...s, form })));
  const dryRun = dryRunName(platform);
  const label = (name: string) => (platform === 'action' ? `input '${name}'` : name);
  for (const name of [...new Set(names)].sort()) {
    if (platform === 'pipe' && PLATFORM_NAMES.has(name)) continue;
    if (isOurs(name, platform)) continue;
    // Whatever reads as dry-run is never ignored: ignoring it would turn a rehearsal into a write.
    const meant = /DRYRUN/.test(squash(name)) ? [dryRun] : nearestOptions(name, forms);
    if (meant.length > 0) {
      problems.push(
        `${label(name)} is not ${platform === 'action' ? 'an input of this action' : 'an option'}; did you mean ${orList(meant)}?`,
      );
      continue;
    }
    if (platform === 'pipe' && PLATFORM_PREFIXES.some((p) => name.startsWith(p))) continue;
    strangers.push(name);
  }
  const warnings: string[] = [];
  if (strangers.length > 0) {
    const list = andList(strangers.map(label));
    const one = strangers.length === 1;
    warnings.push(
      platform === 'action'
        ? `${list} ${one ? 'is not an input' : 'are not inputs'} of this action and ${one ? 'is' : 'are'} ignored.`
        : `${list} ${one ? 'is not a variable' : 'are not variables'} of this pipe and ${one ? 'is' : 'are'} ignored (--help lists them).`,
    );
  }
  return { problems, warnings };
}
