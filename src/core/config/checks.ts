// The checks across options, over the built Config: combinations CodeBuild or the providers
// would reject, caught before any call.
import { tokenForm, type TokenForm } from '../trust/index.js';
import { clearTextUrl, isLoopbackHost } from '../wire/index.js';
import { reportPathProblem } from './report-path.js';
import type { OptionReader } from './reader.js';
import type { Config } from './types.js';

/** Every problem of the options taken together, in a fixed order (tests read the first). */
export function crossFieldProblems(c: Config, r: OptionReader, given: Given): void {
  r.problems.push(...deleteProblems(c, r, given.explicitServerType));
  r.problems.push(...combinationProblems(c, r, given));
  const merge = r.set('mode', 'merge');
  if (c.mode === 'merge' && c.reports.length === 0)
    r.problem(
      `${r.label('reports')} is required with ${merge}: the report files of the shards, as paths or globs (e.g. ${r.set('reports', 'reports/*/report.json')}).`,
    );
  if (c.mode !== 'merge' && c.reports.length > 0)
    r.problem(`${r.label('reports')} is only used with ${merge}.`);
  if (c.mode === 'merge' && c.shard && r.given('shard'))
    r.problem(`${r.label('shard')} is for the shards' runs; ${merge} combines all of them.`);
  const unwritable = c.reportFile && reportPathProblem(c.reportFile, r.source.runnerFiles);
  if (unwritable) r.problem(`${r.label('reportFile')} ${unwritable}`);
}

/**
 * `delete` removes what it finds: it never acts on a server type it guessed (the pipe's default
 * is bitbucket, the Action's github), and a token given with it must agree with the type.
 */
function deleteProblems(c: Config, r: OptionReader, explicitServerType: boolean): string[] {
  if (c.mode !== 'delete') return [];
  if (!explicitServerType) {
    const form = c.token ? tokenForm(c.token) : undefined;
    const likely =
      form?.provider === 'bitbucket'
        ? 'bitbucket'
        : form?.provider === 'github'
          ? 'github'
          : undefined;
    return [
      `${r.label('serverType')} is required for mode delete, which deletes that server type's credential in every region named: set ${likely ? r.set('serverType', likely) : `${r.set('serverType', 'github')}, github-enterprise or bitbucket`}.`,
    ];
  }
  const form = c.token ? tokenForm(c.token) : undefined;
  const isGitHub = c.serverType !== 'BITBUCKET';
  if (form && form.provider !== 'aws' && (form.provider === 'github') !== isGitHub)
    return [
      `${r.label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…), but ${r.label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}: delete needs no token; remove it, or set the server type whose credential to delete.`,
    ];
  return [];
}

export interface Given {
  explicitAuthType: boolean;
  explicitServerType: boolean;
  /** What the token is, by its form. */
  form?: TokenForm;
}

/** Combinations CodeBuild or the providers would reject, caught before any call. */
function combinationProblems(c: Config, r: OptionReader, given: Given): string[] {
  const problems: string[] = [];
  const isGitHub = c.serverType !== 'BITBUCKET';
  // Only sync and check use the token (and so the auth type, username and provider URL).
  const usesToken = c.mode === 'sync' || c.mode === 'check';
  const formProblem = usesToken ? tokenFormProblem(c, r, given) : undefined;
  if (formProblem) problems.push(formProblem);
  if (c.authType === 'OAUTH' && usesToken) {
    problems.push(
      `${r.label('authType')} OAUTH cannot be set through the CodeBuild API (only in the console). Use PERSONAL_ACCESS_TOKEN${isGitHub ? '' : ' or BASIC_AUTH'}.`,
    );
  }
  if (c.authType === 'BASIC_AUTH') {
    if (isGitHub) {
      if (!formProblem)
        problems.push(
          `${r.label('authType')} BASIC_AUTH is only for Bitbucket app passwords and Atlassian API tokens; GitHub tokens use PERSONAL_ACCESS_TOKEN.`,
        );
    } else if (!c.username && usesToken) {
      problems.push(
        `${r.label('username')} is required with ${r.label('authType')} BASIC_AUTH: set it to the Bitbucket username that owns the app password (for an Atlassian API token, your Atlassian account email).`,
      );
    }
  }
  if (c.username && given.explicitAuthType && c.authType !== 'BASIC_AUTH' && !formProblem) {
    problems.push(
      `${r.label('username')} is only used with ${r.label('authType')} BASIC_AUTH; remove it, or set BASIC_AUTH for a Bitbucket app password.`,
    );
  }
  if (c.username && isGitHub && !formProblem) {
    problems.push(
      `${r.label('username')} is only for Bitbucket app passwords; remove it for ${c.serverType}.`,
    );
  }
  if (
    (c.authType === 'CODECONNECTIONS' || c.authType === 'SECRETS_MANAGER') &&
    c.token &&
    !formProblem
  ) {
    const service =
      c.authType === 'CODECONNECTIONS'
        ? '(codeconnections|codestar-connections)'
        : 'secretsmanager';
    if (!new RegExp(`^arn:aws[a-z-]*:${service}:`).test(c.token)) {
      problems.push(
        c.authType === 'CODECONNECTIONS'
          ? `${r.label('token')} must be a connection ARN (arn:aws:codeconnections:REGION:ACCOUNT:connection/ID) with ${r.label('authType')} CODECONNECTIONS.`
          : `${r.label('token')} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) with ${r.label('authType')} SECRETS_MANAGER.`,
      );
    }
  }
  if (usesToken) problems.push(...apiUrlProblems(c, r));
  return problems;
}

/**
 * A token given to the wrong provider or auth type, told by its form alone,
 * with the exact setting that fixes it. One problem at most: the first fix.
 */
function tokenFormProblem(
  c: Config,
  r: OptionReader,
  { form, explicitServerType, explicitAuthType }: Given,
): string | undefined {
  if (!form) return undefined;
  const looks = `${r.label('token')} looks like ${/^[AEIOU]/.test(form.description) ? 'an' : 'a'} ${form.description} (${form.prefix}…)`;
  const serverType = `${r.label('serverType')} is ${c.serverType.toLowerCase().replace(/_/g, '-')}${explicitServerType ? '' : ' (the default)'}`;
  if (form.provider === 'github' && c.serverType === 'BITBUCKET') {
    return `${looks}, but ${serverType}: set ${r.set('serverType', 'github')} (GitHub Enterprise Server: ${r.set('serverType', 'github-enterprise')}).`;
  }
  if (form.provider === 'bitbucket' && c.serverType !== 'BITBUCKET') {
    return `${looks}, but ${serverType}: set ${r.set('serverType', 'bitbucket')}.`;
  }
  if (form.provider === 'aws') {
    const wanted = form.kind === 'connection-arn' ? 'CODECONNECTIONS' : 'SECRETS_MANAGER';
    if (c.authType !== wanted)
      return `${r.label('token')} is a ${form.description}, which CodeBuild takes with auth type ${wanted}: set ${r.set('authType', wanted)}${c.username ? ` and remove ${r.label('username')}` : ''}.`;
    return undefined;
  }
  if (form.kind === 'access-token' && c.username && c.authType === 'BASIC_AUTH') {
    return `${looks}, which is used without a username (Bearer auth; app passwords were the ones with a username): remove ${r.label('username')}${explicitAuthType ? ` and set ${r.set('authType', 'PERSONAL_ACCESS_TOKEN')}` : ''}.`;
  }
  if (form.kind === 'api-token' && c.authType !== 'BASIC_AUTH') {
    return `${looks}, which is used with Basic auth and your Atlassian account email: set ${r.set('username', 'you@example.com')}${explicitAuthType ? ` and ${r.set('authType', 'BASIC_AUTH')}` : ''} (or use a Bitbucket access token, ATCTT…, with no username).`;
  }
  return undefined;
}

/**
 * API base URLs that cannot be right for the server type, with the likely fix. A
 * missing `/api/v3` or `/2.0` is certain only on the providers' own hosts; elsewhere
 * (a loopback stand-in, a GHES behind a proxy) the URL may well be right, so it is not
 * refused, nor warned about: the answer tells. A hint is kept for when the provider
 * answers that this is not its API (a 404, or not the provider at all), so a URL that
 * works gives a clean run, and one that does not names the fix where it fails.
 */
function apiUrlProblems(c: Config, r: OptionReader): string[] {
  const problems: string[] = [];
  // The token goes with every call to the provider's URL: never in clear text off this machine.
  const key = c.serverType === 'BITBUCKET' ? 'bitbucketApiUrl' : 'githubApiUrl';
  const https = clearTextUrl(c[key]);
  if (https) {
    return [
      `${r.label(key)} is ${c[key]}: plain http would send the token in clear text to ${new URL(c[key]).host}. Use ${https} (plain http is accepted only on this machine: localhost, 127.0.0.1, [::1]).`,
    ];
  }
  const github = safeUrl(c.githubApiUrl);
  if (c.serverType === 'GITHUB_ENTERPRISE' && github) {
    if (/^((api|www)\.)?github\.com$/i.test(github.hostname)) {
      problems.push(
        `${r.label('githubApiUrl')} must point at your GitHub Enterprise Server (https://HOST/api/v3) when ${r.label('serverType')} is github-enterprise.`,
      );
    } else if (!/\/api\/v3$/.test(github.pathname)) {
      c.apiUrlHint = `${r.label('githubApiUrl')} is ${c.githubApiUrl}; a GitHub Enterprise Server's REST API is under /api/v3: did you mean ${withPath(github, /\/api(\/v\d+)?$/, '/api/v3')}?`;
    }
  }
  if (c.serverType === 'GITHUB' && github && /\/api\/v3$/.test(github.pathname)) {
    // /api/v3 is where GitHub Enterprise Server serves its API; github.com never does.
    problems.push(
      `${r.label('githubApiUrl')} is ${c.githubApiUrl}, a GitHub Enterprise Server, but ${r.label('serverType')} is github, which CodeBuild uses for github.com: set ${r.set('serverType', 'github-enterprise')} (or, for a github.com token, ${r.set('githubApiUrl', 'https://api.github.com')}).`,
    );
  } else if (
    c.serverType === 'GITHUB' &&
    github &&
    !/^api\.github\.com$/i.test(github.hostname) &&
    !isLoopbackHost(github.hostname) // a stand-in on this machine, not another GitHub
  ) {
    r.warn(
      `${r.label('githubApiUrl')} is ${c.githubApiUrl}, not https://api.github.com, while ${r.label('serverType')} is github: CodeBuild will use the credential for github.com. For a GitHub Enterprise Server, set ${r.set('serverType', 'github-enterprise')} and its https://HOST/api/v3 URL.`,
    );
  }
  const bitbucket = safeUrl(c.bitbucketApiUrl);
  if (c.serverType === 'BITBUCKET' && bitbucket && !/\/2\.0$/.test(bitbucket.pathname)) {
    if (/^((api|www)\.)?bitbucket\.org$/i.test(bitbucket.hostname)) {
      // Bitbucket Cloud serves its REST API at api.bitbucket.org/2.0 and nowhere else.
      problems.push(
        `${r.label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}, but Bitbucket Cloud's REST API is https://api.bitbucket.org/2.0: set ${r.set('bitbucketApiUrl', 'https://api.bitbucket.org/2.0')}.`,
      );
    } else {
      c.apiUrlHint = `${r.label('bitbucketApiUrl')} is ${c.bitbucketApiUrl}; Bitbucket's REST API is under /2.0: did you mean ${withPath(bitbucket, /\/\d+(\.\d+)?$/, '/2.0')}?`;
    }
  }
  return problems;
}

/** The URL with a trailing `wrong` part of its path (a wrong version, say) replaced by `suffix`. */
function withPath(url: URL, wrong: RegExp, suffix: string): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(wrong, '')}${suffix}`;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
