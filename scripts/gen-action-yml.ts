// Generates action.yml and the input/output tables of docs/action.md from the
// options table (src/core/base/options.ts) and the Action's outputs
// (src/action/outputs.ts), so the metadata, the docs and the parser cannot
// disagree. `npm run gen:action` writes them; a test fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { stringify } from 'yaml';
import { OUTPUTS } from '../src/action/outputs.js';
import {
  defaultFor,
  defaultTextFor,
  optionsFor,
  type OptionSpec,
} from '../src/core/base/options.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_YML = join(ROOT, 'action.yml');
export const ACTION_DOC = join(ROOT, 'docs', 'action.md');

/** The Marketplace icon: one of the Feather icons GitHub's metadata syntax allows. */
export const BRANDING_ICON = 'refresh-cw';

const HEADER = [
  '# Generated from src/core/base/options.ts and src/action/outputs.ts by scripts/gen-action-yml.ts.',
  '# Do not edit by hand: change the tables and run `npm run gen:action`.',
].join('\n');

/**
 * The literal default action.yml declares; none for inputs that fall back to the environment
 * or whose default depends on the mode (the core applies those).
 */
export function literalDefault(option: OptionSpec): string | undefined {
  if (option.actionEnvFallback || option.modeDefault) return undefined;
  return defaultFor(option, 'action');
}

/** How a computed default reads for the Action (the table words some per platform). */
function computedDefault(option: OptionSpec): string | undefined {
  const text = option.modeDefault
    ? defaultTextFor(option, 'action')
    : typeof option.defaultText === 'object'
      ? option.defaultText.action
      : option.defaultText;
  if (!text) return undefined;
  if (/^required\b/i.test(text)) return `${text[0].toUpperCase()}${text.slice(1)}.`;
  return `Default: ${text}.`;
}

export function inputDescription(option: OptionSpec): string {
  const parts = [option.description];
  const values = option.kind === 'enum' && option.values && !/`/.test(option.description);
  if (values) parts.push(`One of ${option.values!.map((v) => `\`${v}\``).join(', ')}.`);
  const computed = computedDefault(option);
  if (computed && !literalDefault(option)) parts.push(computed);
  return parts.join(' ');
}

/** The docs table's description cell: the input's description plus its deprecation. */
function docDescription(option: OptionSpec): string {
  const text = inputDescription(option);
  return option.deprecationMessage ? `${text} **Deprecated:** ${option.deprecationMessage}` : text;
}

async function format(text: string, parser: 'yaml' | 'markdown', file: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, parser, filepath: file });
}

export async function renderActionYml(): Promise<string> {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const option of optionsFor('action')) {
    const input: Record<string, unknown> = {
      description: inputDescription(option),
      required: false,
    };
    const value = literalDefault(option);
    if (value !== undefined) input.default = value;
    if (option.deprecationMessage) input.deprecationMessage = option.deprecationMessage;
    inputs[option.input] = input;
  }
  const outputs = Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }]));
  const metadata = {
    name: 'CodeBuild Credential Sync',
    description:
      "Validate a GitHub or Bitbucket token's scopes, import it into AWS CodeBuild in every region, and check for drift.",
    author: 'codebuild-credential-sync contributors',
    // A Feather icon GitHub allows (its metadata docs list the omitted ones; `key` is one
    // of them, and @action-validator/cli's schema rejects it).
    branding: { icon: BRANDING_ICON, color: 'orange' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/action/index.js' },
  };
  const body = stringify(metadata, { lineWidth: 0 });
  return format(`${HEADER}\n\n${body}`, 'yaml', ACTION_YML);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function inputsTable(): string {
  const rows = optionsFor('action').map((o) => {
    const value = literalDefault(o);
    return `| \`${o.input}\` | ${cell(docDescription(o))} | ${value === undefined ? '' : `\`${value}\``} |`;
  });
  return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(): string {
  const rows = OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceSection(doc: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1 || to < from)
    throw new Error(`docs/action.md lacks the ${start} ... ${end} markers.`);
  return `${doc.slice(0, from + start.length)}\n\n${content}\n\n${doc.slice(to)}`;
}

export async function renderActionDoc(current: string): Promise<string> {
  let doc = replaceSection(current, 'inputs', inputsTable());
  doc = replaceSection(doc, 'outputs', outputsTable());
  return format(doc, 'markdown', ACTION_DOC);
}

async function main(): Promise<void> {
  writeFileSync(ACTION_YML, await renderActionYml());
  writeFileSync(ACTION_DOC, await renderActionDoc(readFileSync(ACTION_DOC, 'utf8')));
  console.log('Wrote action.yml and the tables in docs/action.md.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
