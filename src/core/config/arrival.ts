// A secret that did not arrive: a token that is empty (the secret is missing, or withheld from a
// fork's pull request), or that is still the reference to a variable that was never expanded.
// Both are told before any call, naming what to check; neither is ever sent to a provider.
import type { Platform } from '../base/index.js';

/**
 * The variable a token still names when it was not expanded (`$NAME`, `${NAME}`,
 * `${{ secrets.NAME }}`), or undefined. No provider issues a token that starts with `$`.
 */
export function unexpandedVariable(token: string): string | undefined {
  const text = token.trim();
  const shell = /^\$\{?([A-Za-z_][A-Za-z0-9_]{0,99})\}?$/.exec(text);
  if (shell && (text[1] === '{') === text.endsWith('}')) return shell[1];
  const expression = /^\$\{\{\s*([^{}]{1,200}?)\s*\}\}$/.exec(text);
  return expression ? `\${{ ${expression[1]} }}` : undefined;
}

/** A token that names a variable instead of holding its value: what to write instead. */
export function unexpandedTokenProblem(
  platform: Platform,
  label: string,
  token: string,
): string | undefined {
  const name = unexpandedVariable(token);
  if (!name) return undefined;
  if (name.startsWith('${{'))
    return platform === 'pipe'
      ? `${label} is the GitHub Actions expression ${name} as written, not the token: a Bitbucket step writes ${label}: $NAME, NAME a secured variable; nothing was sent.`
      : `${label} is the expression ${name} as written: it was never evaluated, so it is not the token. Write it in the step's with: (token: \${{ secrets.NAME }}), where the runner replaces it; nothing was sent.`;
  return platform === 'pipe'
    ? `${label} is the text "$${name}": the variable ${name} was not expanded, so it is not the token. Define ${name} as a secured repository, workspace or deployment variable of that exact name where this step runs (in a shell, do not single-quote it); nothing was sent.`
    : `${label} is the text "$${name}": the variable ${name} was not expanded, so it is not the token. Write ${label}: \${{ secrets.${name} }}; nothing was sent.`;
}

/**
 * Why a required token is empty, and which secret to check: the front door's own ways of
 * losing one. `blank`: the option was set, to nothing (a secret that expanded to "").
 */
export function emptyTokenProblem(
  platform: Platform,
  label: string,
  mode: string,
  { blank, githubTokenSet }: { blank: boolean; githubTokenSet: boolean },
): string {
  const what = `${label} is ${blank ? 'empty' : 'not set'}; mode ${mode} needs the token to ${mode === 'sync' ? 'import' : 'check'}.`;
  if (platform === 'action')
    return `${what} Check the secret named in token: \${{ secrets.NAME }}: a secret that does not exist (a misspelt name, or one kept in an environment the job does not use) is empty, and workflows run for a pull request from a fork get no secrets at all.`;
  const github = githubTokenSet
    ? ` GITHUB_TOKEN is set, but this pipe reads the token from ${label}: set ${label}: $GITHUB_TOKEN.`
    : '';
  return `${what}${github} In a Bitbucket step, pass it in variables: (${label}: $MY_TOKEN), from a secured repository, workspace or deployment variable of that exact name (a deployment variable reaches only steps with that deployment:); a pipeline for a pull request from a fork may get no secured variables.`;
}
