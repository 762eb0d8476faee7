// The CLI's `--help`: the pipe's variables, from the one options table, with their
// defaults and which are required. Printing it calls nothing.
import { buildConfig, envSource } from './config.js';
import {
  ConfigError,
  defaultFor,
  type Mode,
  MODES,
  optionsFor,
  type OptionSpec,
  runVersion,
} from '../base/index.js';
import { PIPE_AWS_VARIABLES } from './names.js';

/** A configuration that builds; an option is required when leaving it out fails. */
const MINIMAL_ENV: Record<string, string> = {
  TOKEN: 'placeholder-token',
  AWS_DEFAULT_REGION: 'us-east-1',
};

/** Whether the pipe refuses to run without this option (in its default mode). */
export function isRequired(option: OptionSpec): boolean {
  const name = option.env[0];
  if (!(name in MINIMAL_ENV)) return false;
  return refusedWithout(MINIMAL_ENV, name);
}

/** Whether the pipe, given `env` less the variable `name`, refuses naming that variable. */
function refusedWithout(env: Record<string, string>, name: string): boolean {
  const less = { ...env };
  delete less[name];
  try {
    buildConfig(envSource(less));
    return false;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.some((p) => p.startsWith(name));
    throw error;
  }
}

/**
 * For each mode, the variables it cannot run without: a configuration that builds, less one
 * variable, that is refused naming that variable (delete needs no TOKEN, but a SERVER_TYPE).
 */
export function requiredByMode(): Array<{ mode: Mode; names: string[] }> {
  const base: Record<string, string> = {
    TOKEN: 'placeholder-token',
    AWS_DEFAULT_REGION: 'us-east-1',
    SERVER_TYPE: 'bitbucket',
  };
  return MODES.map((mode) => {
    // merge reads the shards' reports, and only merge takes them.
    const given: Record<string, string> =
      mode === 'merge' ? { ...base, REPORTS: 'shard-*/report.json' } : base;
    return {
      mode,
      names: Object.keys(given).filter((name) => refusedWithout({ ...given, MODE: mode }, name)),
    };
  });
}

/** The default in a word or two, for one line of `--help`; long ones are in the guide. */
function shortDefault(option: OptionSpec): string {
  const literal = defaultFor(option, 'pipe');
  const byMode = Object.entries(option.modeDefault ?? {}).map(([m, v]) => `${m}: ${v}`);
  const parts = [
    ...byMode,
    ...(literal !== undefined ? [byMode.length ? `else ${literal}` : literal] : []),
  ];
  const text = parts.join(', ');
  return text && text.length <= 30 ? ` [${text}]` : '';
}

const RUN = 'node dist/pipe/index.js';

/** `--help` for the pipe and CLI: at most 60 lines, every variable on one. */
export function pipeHelp(): string {
  const options = optionsFor('pipe');
  const width = Math.max(
    ...options.map((o) => o.env[0].length),
    ...PIPE_AWS_VARIABLES.map((v) => v.name.length),
  );
  const row = (name: string, text: string) => `  ${name.padEnd(width)}  ${text}`;
  const lines = [
    `codebuild-credential-sync ${runVersion()}`,
    'Validates a GitHub or Bitbucket token with its provider, imports it into AWS CodeBuild in',
    'each region named, or checks for drift. Nothing is written before the token is proven good.',
    '',
    `Usage: VARIABLE=value ... ${RUN}   (the image: docker run -e VARIABLE=value IMAGE)`,
    `       ${RUN} --help | --version`,
    '',
    'Examples:',
    `  SERVER_TYPE=github TOKEN=ghp_... AWS_DEFAULT_REGION=us-east-1,eu-west-1 ${RUN}`,
    `  MODE=check SERVER_TYPE=github TOKEN=ghp_... AWS_DEFAULT_REGION=us-east-1 ${RUN}`,
    `  MODE=delete SERVER_TYPE=bitbucket AWS_DEFAULT_REGION=us-east-1 DRY_RUN=true ${RUN}`,
    '',
    'Required, by mode:',
    ...requiredByMode().map(({ mode, names }) => `  ${mode.padEnd(9)}  ${names.join(', ')}`),
    '',
    'Variables [default] (a list also in the YAML list form X_COUNT, X_0, ...):',
    ...options.map((o) =>
      row(
        o.env[0],
        `${o.summary}${o.env[1] ? ` Or ${o.env.slice(1).join(', ')}.` : ''}${shortDefault(o)}`,
      ),
    ),
    '',
    'AWS credentials (one source; otherwise the AWS SDK default chain):',
    ...PIPE_AWS_VARIABLES.map((v) => row(v.name, v.summary)),
    '',
    'Exit codes: 0 success, 1 failure, 2 invalid configuration (nothing was called), 3 drift.',
    'Full guide: docs/bitbucket-pipe.md (in the image: /pipe/README.md).',
  ];
  return lines.map((l) => l.trimEnd()).join('\n') + '\n';
}
