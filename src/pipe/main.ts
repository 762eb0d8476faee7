import { awsCredentialProblems } from '../core/aws/index.js';
import {
  closest,
  ConfigError,
  enableOwnCompileCache,
  forPlain,
  optionsFor,
  strictOptionsFor,
  runVersion,
  typedRuns,
} from '../core/base/index.js';
import {
  buildConfig,
  type Config,
  envSource,
  pipeHelp,
  unexpandedVariable,
} from '../core/config/index.js';
import { addProxySecrets } from '../core/wire/index.js';
import { looksRandom, pastedTokens, Secrets, TOKEN_PREFIX } from '../core/trust/index.js';
import type { PipeIo } from './run.js';

/** The pipe and CLI: pipe variables in, ✔/✖ lines and the report out, the exit code as the result. */
export async function runPipe(io: PipeIo): Promise<number> {
  const env = withoutSelfReferences(io.env);
  const args = io.argv ?? [];
  const stray = args.find((a) => !['--help', '-h', '--version'].includes(a));
  if (stray) {
    io.stdout(`codebuild-credential-sync ${runVersion()}\n`);
    io.stderr(`✖ ${argumentProblem(stray)}\n`);
    return 2;
  }
  if (args.some((a) => a === '--help' || a === '-h')) {
    io.stdout(pipeHelp());
    return 0;
  }
  if (args.includes('--version')) {
    io.stdout(`codebuild-credential-sync ${runVersion()}\n`);
    return 0;
  }
  // The release that ran, first, on every run.
  io.stdout(`codebuild-credential-sync ${runVersion()}\n`);
  // Register secrets before anything can print.
  const secrets = new Secrets();
  // A connection or secret ARN (CODECONNECTIONS, SECRETS_MANAGER) is not secret, nor the name of
  // a variable that was never expanded (refused, by name); anything else is.
  if (!/^arn:/.test(env.TOKEN?.trim() ?? '') && !unexpandedVariable(env.TOKEN ?? ''))
    secrets.addCredential(env.TOKEN, env.USERNAME);
  secrets.add(env.BITBUCKET_STEP_OIDC_TOKEN);
  secrets.add(env.AWS_SECRET_ACCESS_KEY);
  secrets.add(env.AWS_SESSION_TOKEN);
  addProxySecrets(secrets, env);
  // A token pasted into another variable (MODE, AWS_DEFAULT_REGION, ...) is as secret as one
  // in TOKEN: the message that refuses the value must not show it.
  for (const word of pastedTokens(Object.values(env), strictValues(env))) secrets.add(word);

  // Every mistake, in the options and in the AWS credential variables, before any call.
  let config: Config | undefined;
  const problems: string[] = [];
  try {
    config = buildConfig(envSource(env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  // merge reads report files only: no AWS call, so no AWS credentials.
  if (config?.mode !== 'merge') problems.push(...(await awsCredentialProblems(env)));
  if (!config || problems.length > 0) {
    // No random-looking word of what was set is shown: it may be a token with no prefix.
    const refusal = new ConfigError(problems, typedRuns(Object.entries(env).flat()));
    io.stderr(`${secrets.redactFor(forPlain, `✖ ${refusal.message}`)}\n`);
    // `docker run IMAGE` with nothing set: the list above is every problem; --help is the way in.
    if (optionsFor('pipe').every((o) => o.env.every((name) => !env[name]?.trim())))
      io.stderr(
        'No variable of this pipe is set. Run it with --help for the variables, the ones each mode needs, and examples.\n',
      );
    return 2;
  }
  // Only a valid configuration loads the run (clients, providers, reports): a mistake
  // costs little more than starting Node (docs/performance.md). V8 keeps the code it
  // compiles for the run in a cache folder only this user can write (compile-cache.ts),
  // so that later runs on the machine skip parsing it; a mistake never touches the
  // cache, which would cost it more than it saves.
  enableOwnCompileCache();
  const { runConfigured } = await import('./run.js');
  return runConfigured(config, secrets, io);
}

/** An argument the CLI does not take; when it names an option, the variable that sets it. */
function argumentProblem(arg: string): string {
  // Nothing past a flag's name is ever shown: a value after `=` may be a token pasted in
  // the wrong place, and so may a bare argument or a flag's "name" with one glued on.
  const eq = arg.indexOf('=');
  const flag = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^-+/, '');
  const isFlag = arg.startsWith('-');
  const hidden = eq >= 0 || mayBeSecret(flag);
  const shown = !hidden ? arg : isFlag && !mayBeSecret(flag) ? `${arg.slice(0, eq)}=…` : undefined;
  const options = optionsFor('pipe');
  const byName =
    isFlag && !mayBeSecret(flag)
      ? options.filter((o) => closest(flag, [o.input, o.env[0]]).length > 0)
      : [];
  const byValue =
    isFlag || hidden
      ? []
      : options.filter((o) => o.values?.some((v) => v.toLowerCase() === arg.toLowerCase()));
  const sets = [
    ...byName.map((o) => `${o.env[0]}=${o.kind === 'boolean' && !hidden ? 'true' : '...'}`),
    ...byValue.map((o) => `${o.env[0]}=${arg}`),
  ];
  const instead = sets.length
    ? ` Options are environment variables: set ${sets.join(' or ')} instead.`
    : ' Options are environment variables (MODE=check, DRY_RUN=true, ...).';
  const what = shown ?? (isFlag ? 'An option with a value' : 'An argument that may be a token');
  const secret = hidden
    ? ' What was given is not shown: a token belongs in the TOKEN variable (a secured variable), never on the command line, where shell history and process lists keep it.'
    : '';
  return `${what} is not an argument: the command takes only --help and --version.${instead}${secret} Run it with --help to list them.`;
}

/**
 * Whether a command-line word may be a secret, and so is never shown: it has a token's
 * form, is long (no option name or value is), holds anything but plain word characters, or mixes letters and digits the way a
 * random string does.
 */
function mayBeSecret(word: string): boolean {
  // Only plain words are shown: nothing that could carry an escape sequence or a line break.
  return word.length > 32 || TOKEN_PREFIX.test(word) || /[^\w.,:-]/.test(word) || looksRandom(word);
}

/**
 * pipe.yml defaults the AWS variables to `$NAME` (Atlassian's form): where the repository,
 * workspace or deployment has no such variable, one that arrives as its own name, unexpanded,
 * is not set. Removed from the environment itself, which the AWS SDK reads too.
 */
function withoutSelfReferences(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  for (const [name, value] of Object.entries(env))
    if (value?.trim() === `$${name}` || value?.trim() === `\${${name}}`) delete env[name];
  return env;
}

/** The values of options that take no free text (a mode, a flag, a number): no random word is valid there. */
function strictValues(env: NodeJS.ProcessEnv): Array<string | undefined> {
  return strictOptionsFor('pipe').flatMap((o) => o.env.map((name) => env[name]));
}
