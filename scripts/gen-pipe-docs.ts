// Generates the `YAML Definition` block and the `Variables` table of
// docs/bitbucket-pipe.md, and the `variables:` of pipe.yml, from the one options
// table (src/core/base/options.ts), so the pipe's metadata and documentation cannot
// drift from what the pipe reads.
//
//   npx tsx scripts/gen-pipe-docs.ts          rewrite the generated sections
//   npx tsx scripts/gen-pipe-docs.ts --check  exit 1 if one is out of date
//
// __tests__/pipe-docs.test.ts runs the same comparison in Jest.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { isRequired } from '../src/core/config/help.js';
import { PIPE_AWS_VARIABLES } from '../src/core/config/names.js';
import {
  defaultFor,
  defaultTextFor,
  optionsFor,
  type OptionSpec,
} from '../src/core/base/options.js';

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

/** How the AWS credential variables (src/core/config/names.ts) sit in the table and the YAML definition. */
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

export function pipeImage(pipeYml = readFileSync(join(ROOT, 'pipe.yml'), 'utf8')): string {
  const meta = parse(pipeYml) as { image?: string };
  if (!meta.image) throw new Error('pipe.yml has no image');
  return meta.image;
}

/** Until a Bitbucket repository is stamped in (`release.ts stamp --pipe-repository`). */
export const PLACEHOLDER_PIPE_REPOSITORY = 'your-workspace/codebuild-credential-sync-pipe';

/** The `<workspace>/<repo>` of the pipe's repository reference that a document names. */
export function pipeRepositoryIn(doc: string): string {
  return /^\s*- pipe: ([\w.-]+\/[\w.-]+):/m.exec(doc)?.[1] ?? PLACEHOLDER_PIPE_REPOSITORY;
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

function variableLines(): string[] {
  const lines: string[] = [];
  for (const row of pipeRows()) {
    const entry = `${row.name}: '${row.placeholder}'`;
    if (row.mark === '*') lines.push(`      ${entry}`);
    else if (row.mark === '**') lines.push(`      ${entry} # ${row.yamlNote}`);
    else lines.push(`      # ${entry} # ${row.yamlNote}`);
  }
  return lines;
}

/** The repository reference first (Bitbucket's form: it reads pipe.yml there), then the image itself. */
export function yamlDefinition(doc: string, pipeYml?: string): string {
  const image = pipeImage(pipeYml);
  const tag = image.slice(image.lastIndexOf(':') + 1);
  return [
    '```yaml',
    'script:',
    `  - pipe: ${pipeRepositoryIn(doc)}:${tag}`,
    '    variables:',
    ...variableLines(),
    '```',
    '',
    'Bitbucket reads `pipe.yml` at that tag of the pipe repository and runs the image it names,',
    'with the defaults it declares. The same image also runs directly, without the pipe',
    'repository, with the same variables:',
    '',
    '```yaml',
    'script:',
    `  - pipe: docker://${image}`,
    '    variables:',
    "      TOKEN: '<string>'",
    '      # ...the variables above',
    '```',
    '',
    'In that form `pipe.yml` is not read, so the AWS variables are not taken from',
    'repository or workspace variables of the same name: list them in the step.',
  ].join('\n');
}

/**
 * pipe.yml's `variables:` (Atlassian's schema: `name`, and `default` where there is one). An
 * option with a literal default gets it; an option whose default depends on the mode or is
 * computed gets none, so that the pipe still computes it. The AWS variables default to the
 * variable of the same name, Atlassian's convention for its AWS pipes: a repository, workspace
 * or deployment variable is then taken from the context without being listed in the step.
 * Written `$NAME`, the form of Atlassian's own pipe.yml files (FACTS.md); a variable the
 * context lacks arrives empty, or as the text `$NAME`, which the pipe reads as unset.
 */
export function pipeVariables(): Array<{ name: string; default?: string }> {
  // Not AWS_PROFILE: the container has no profiles, and a workspace variable of that name
  // set for other tools would only make the run fail.
  const fromContext = new Set([
    'AWS_OIDC_ROLE_ARN',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_DEFAULT_REGION',
    'BITBUCKET_STEP_OIDC_TOKEN',
  ]);
  const names = [...pipeRows().map((r) => r.name), 'BITBUCKET_STEP_OIDC_TOKEN'];
  const byName = new Map(optionsFor('pipe').map((o) => [o.env[0], o]));
  return names.map((name) => {
    if (fromContext.has(name)) return { name, default: `$${name}` };
    const option = byName.get(name);
    const literal = option && !option.modeDefault ? defaultFor(option, 'pipe') : undefined;
    return literal === undefined ? { name } : { name, default: literal };
  });
}

const PIPE_YML_BEGIN = '# BEGIN GENERATED: variables (scripts/gen-pipe-docs.ts)';
const PIPE_YML_END = '# END GENERATED: variables';

/** pipe.yml with its `variables:` block generated from the options table. */
export function regeneratePipeYml(text: string): string {
  const start = text.indexOf(PIPE_YML_BEGIN);
  const stop = text.indexOf(PIPE_YML_END);
  if (start === -1 || stop < start) throw new Error(`pipe.yml lacks the markers ${PIPE_YML_BEGIN}`);
  const block = ['variables:'];
  for (const v of pipeVariables()) {
    block.push(`  - name: ${v.name}`);
    // Single-quoted, as Prettier writes YAML here: nothing is escaped but a doubled quote.
    if (v.default !== undefined) block.push(`    default: '${v.default.replace(/'/g, "''")}'`);
  }
  return `${text.slice(0, start + PIPE_YML_BEGIN.length)}\n${block.join('\n')}\n${text.slice(stop)}`;
}

export const PIPE_YML = join(ROOT, 'pipe.yml');

const SECTIONS: Record<string, (doc: string, pipeYml?: string) => string> = {
  'yaml-definition': yamlDefinition,
  variables: variablesTable,
};

/**
 * The document with every generated section replaced by freshly generated text,
 * formatted by Prettier (as `npm run lint` checks it).
 */
export async function regenerate(doc: string, pipeYml?: string): Promise<string> {
  let out = doc;
  for (const [name, generate] of Object.entries(SECTIONS)) {
    const begin = `<!-- BEGIN GENERATED: ${name} (scripts/gen-pipe-docs.ts) -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const start = out.indexOf(begin);
    const stop = out.indexOf(end);
    if (start === -1 || stop < start)
      throw new Error(`${DOC} lacks the markers for the generated section "${name}"`);
    out = `${out.slice(0, start + begin.length)}\n${generate(doc, pipeYml)}\n${out.slice(stop)}`;
  }
  const options = (await resolveConfig(DOC)) ?? {};
  return format(out, { ...options, filepath: DOC });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files: Array<[string, string, string]> = [];
  const doc = readFileSync(DOC, 'utf8');
  files.push([DOC, doc, await regenerate(doc)]);
  const yml = readFileSync(PIPE_YML, 'utf8');
  files.push([PIPE_YML, yml, regeneratePipeYml(yml)]);
  const stale = files
    .filter(([, old, fresh]) => old !== fresh)
    .map(([path]) => relative(ROOT, path));
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(
        `${stale.join(' and ')} out of date: run \`npx tsx scripts/gen-pipe-docs.ts\`.`,
      );
      process.exit(1);
    }
    console.log('docs/bitbucket-pipe.md and pipe.yml are up to date.');
  } else {
    for (const [path, , fresh] of files) writeFileSync(path, fresh);
    console.log(stale.length ? `${stale.join(' and ')} regenerated.` : 'Nothing changed.');
  }
}
