// Generates the `YAML Definition` block and the `Variables` table of
// docs/bitbucket-pipe.md from the one options table (src/core/options.ts), so
// the pipe's documentation cannot drift from what the pipe reads.
//
//   npx tsx scripts/gen-pipe-docs.ts          rewrite the generated sections
//   npx tsx scripts/gen-pipe-docs.ts --check  exit 1 if they are out of date
//
// __tests__/pipe-docs.test.ts runs the same comparison in Jest.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { isRequired } from '../src/core/help.js';
import { PIPE_AWS_VARIABLES } from '../src/core/names.js';
import { defaultFor, defaultTextFor, optionsFor, type OptionSpec } from '../src/core/options.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOC = join(ROOT, 'docs', 'bitbucket-pipe.md');

interface Row {
  name: string;
  /** '*' required, '**' one of the AWS credential sources is required. */
  mark?: '*' | '**';
  usage: string;
  placeholder: string;
  /** Comment after the variable in the YAML definition. */
  yamlNote?: string;
}

/** How the AWS credential variables (src/core/names.ts) sit in the table and the YAML definition. */
const AWS_CREDENTIAL_MARKS: Record<string, Pick<Row, 'mark' | 'yamlNote'>> = {
  AWS_OIDC_ROLE_ARN: { mark: '**', yamlNote: 'Use OIDC (recommended) or the access keys below.' },
  AWS_ACCESS_KEY_ID: { mark: '**', yamlNote: 'Without OIDC.' },
  AWS_SECRET_ACCESS_KEY: { mark: '**', yamlNote: 'Without OIDC.' },
  AWS_SESSION_TOKEN: { yamlNote: 'Optional.' },
  AWS_PROFILE: { yamlNote: 'Optional; for the CLI on a workstation.' },
};

const AWS_CREDENTIAL_ROWS: Row[] = PIPE_AWS_VARIABLES.map((v) => ({
  name: v.name,
  usage: v.description,
  placeholder: '<string>',
  ...AWS_CREDENTIAL_MARKS[v.name],
}));

function placeholderFor(option: OptionSpec): string {
  switch (option.kind) {
    case 'boolean':
      return '<boolean>';
    case 'integer':
      return '<integer>';
    default:
      return '<string>';
  }
}

function optionRow(option: OptionSpec): Row {
  const [name, ...aliases] = option.env;
  const required = isRequired(option);
  const parts = [option.description];
  if (option.kind === 'list') {
    parts.push(
      `A YAML list also works: Bitbucket passes it as \`${name}_COUNT\`, \`${name}_0\`, \`${name}_1\`, ...`,
    );
  }
  if (aliases.length) parts.push(`Also read from ${aliases.map((a) => `\`${a}\``).join(', ')}.`);
  if (option.key === 'token')
    parts.push('Required for `sync` and `check`; `delete` and `inventory` need none.');
  if (option.deprecationMessage) parts.push(`**Deprecated:** ${option.deprecationMessage}`);
  const literal = option.modeDefault ? undefined : defaultFor(option, 'pipe');
  const defaultText = option.modeDefault
    ? defaultTextFor(option, 'pipe')
    : literal !== undefined
      ? `\`${literal}\``
      : !required && !option.actionEnvFallback
        ? defaultTextFor(option, 'pipe')
        : undefined;
  if (defaultText) parts.push(`Default: ${defaultText}.`);
  return {
    name,
    mark: required ? '*' : undefined,
    usage: parts.join(' '),
    placeholder: placeholderFor(option),
    yamlNote: required
      ? undefined
      : option.modeDefault
        ? `Optional. Default: '${defaultFor(option, 'pipe')}'${Object.entries(option.modeDefault)
            .map(([mode, value]) => `, '${value}' for ${mode}`)
            .join('')}.`
        : literal !== undefined
          ? `Optional. Default: '${literal}'.`
          : 'Optional.',
  };
}

/** Required options, then AWS credentials, then the rest in table order. */
export function pipeRows(): Row[] {
  const rows = optionsFor('pipe').map(optionRow);
  return [...rows.filter((r) => r.mark), ...AWS_CREDENTIAL_ROWS, ...rows.filter((r) => !r.mark)];
}

export function pipeImage(): string {
  const meta = parse(readFileSync(join(ROOT, 'pipe.yml'), 'utf8')) as { image?: string };
  if (!meta.image) throw new Error('pipe.yml has no image');
  return meta.image;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function variablesTable(): string {
  const lines = ['| Variable | Usage |', '| --- | --- |'];
  for (const row of pipeRows())
    lines.push(`| ${row.name}${row.mark ? ` (${row.mark})` : ''} | ${cell(row.usage)} |`);
  lines.push(
    '',
    '_(\\*) = required variable. (\\*\\*) = AWS credentials: set `AWS_OIDC_ROLE_ARN`, or `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`._',
  );
  return lines.join('\n');
}

export function yamlDefinition(): string {
  const lines = ['```yaml', 'script:', `  - pipe: docker://${pipeImage()}`, '    variables:'];
  for (const row of pipeRows()) {
    const entry = `${row.name}: '${row.placeholder}'`;
    if (row.mark === '*') lines.push(`      ${entry}`);
    else if (row.mark === '**') lines.push(`      ${entry} # ${row.yamlNote}`);
    else lines.push(`      # ${entry} # ${row.yamlNote}`);
  }
  lines.push('```');
  return lines.join('\n');
}

const SECTIONS: Record<string, () => string> = {
  'yaml-definition': yamlDefinition,
  variables: variablesTable,
};

/**
 * The document with every generated section replaced by freshly generated text,
 * formatted by Prettier (as `npm run lint` checks it).
 */
export async function regenerate(doc: string): Promise<string> {
  let out = doc;
  for (const [name, generate] of Object.entries(SECTIONS)) {
    const begin = `<!-- BEGIN GENERATED: ${name} (scripts/gen-pipe-docs.ts) -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const start = out.indexOf(begin);
    const stop = out.indexOf(end);
    if (start === -1 || stop < start)
      throw new Error(`${DOC} lacks the markers for the generated section "${name}"`);
    out = `${out.slice(0, start + begin.length)}\n${generate()}\n${out.slice(stop)}`;
  }
  const options = (await resolveConfig(DOC)) ?? {};
  return format(out, { ...options, filepath: DOC });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const doc = readFileSync(DOC, 'utf8');
  const fresh = await regenerate(doc);
  if (process.argv.includes('--check')) {
    if (fresh !== doc) {
      console.error(
        'docs/bitbucket-pipe.md is out of date: run `npx tsx scripts/gen-pipe-docs.ts`.',
      );
      process.exit(1);
    }
    console.log('docs/bitbucket-pipe.md is up to date.');
  } else {
    writeFileSync(DOC, fresh);
    console.log(
      fresh === doc ? 'docs/bitbucket-pipe.md unchanged.' : 'docs/bitbucket-pipe.md regenerated.',
    );
  }
}
