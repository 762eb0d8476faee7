// The CLI's `--help`: the pipe's variables, from the one options table, with their
// defaults and which are required. Printing it calls nothing.
import { buildConfig, envSource } from './config.js';
import { ConfigError } from '../base/errors.js';
import { PIPE_AWS_VARIABLES } from './names.js';
import { defaultTextFor, optionsFor, type OptionSpec } from '../base/options.js';
import { VERSION } from '../base/version.js';

/** A configuration that builds; an option is required when leaving it out fails. */
const MINIMAL_ENV: Record<string, string> = {
  TOKEN: 'placeholder-token',
  AWS_DEFAULT_REGION: 'us-east-1',
};

/** Whether the pipe refuses to run without this option (in its default mode). */
export function isRequired(option: OptionSpec): boolean {
  const name = option.env[0];
  if (!(name in MINIMAL_ENV)) return false;
  const env = { ...MINIMAL_ENV };
  delete env[name];
  try {
    buildConfig(envSource(env));
    return false;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.some((p) => p.startsWith(name));
    throw error;
  }
}

const WIDTH = 88;
const INDENT = '      ';

/** Markdown's backticks and emphasis read as noise in a terminal. */
const plain = (text: string) => text.replace(/`/g, '').replace(/\*\*/g, '');

function wrap(text: string, indent = INDENT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of plain(text).split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** `--help` for the pipe and CLI. */
export function pipeHelp(): string {
  const lines = [
    `codebuild-credential-sync ${VERSION}`,
    'Validates a GitHub or Bitbucket token with its provider, imports it into AWS CodeBuild',
    'in every region named, and checks for drift. Nothing is written before the token is proven good.',
    '',
    'Usage: VARIABLE=value ... node dist/pipe/index.js',
    '       node dist/pipe/index.js --help | --version',
    '',
    'Options are environment variables (in Bitbucket Pipelines, the pipe step\'s "variables:").',
    'A variable that is not one of these is refused when it is close to one, and in a',
    'Bitbucket step named in a warning otherwise.',
    'Exit codes: 0 success, 1 failure, 2 invalid configuration (nothing was called), 3 drift.',
    '',
    'Variables (* required):',
  ];
  for (const option of optionsFor('pipe')) {
    const [name, ...aliases] = option.env;
    const required = isRequired(option);
    const byDefault = defaultTextFor(option, 'pipe');
    lines.push(`  ${name}${required ? ' *' : ''}`);
    const more = [
      option.values ? `Values: ${option.values.join(' | ')}.` : '',
      required
        ? /^required/i.test(byDefault ?? '')
          ? `R${byDefault!.slice(1)}.`
          : 'Required.'
        : byDefault
          ? `Default: ${byDefault}.`
          : '',
      option.description,
    ];
    if (option.kind === 'list')
      more.push(`A YAML list also works (${name}_COUNT, ${name}_0, ...).`);
    if (aliases.length) more.push(`Also read from ${aliases.join(', ')}.`);
    if (option.deprecationMessage) more.push(`Deprecated: ${option.deprecationMessage}`);
    lines.push(...wrap(more.join(' ')));
  }
  lines.push('', 'AWS credentials (one source; otherwise the AWS SDK default chain):');
  for (const variable of PIPE_AWS_VARIABLES) {
    lines.push(`  ${variable.name}`, ...wrap(variable.description));
  }
  lines.push('', 'Full guide: docs/bitbucket-pipe.md (in the image: /pipe/README.md).');
  return lines.map((l) => plain(l).trimEnd()).join('\n') + '\n';
}
