// What the Actions runner does around a JavaScript action: it sets every input
// declared in action.yml as INPUT_<NAME> (the given value, else the default,
// else ""), gives the step GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and
// reads the outputs back from the file afterwards.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './run-bundle.js';

interface ActionMetadata {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

export function actionMetadata(): ActionMetadata {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The runner's name for an input's variable: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * INPUT_* for every declared input, as the runner sets them. An expression
 * default such as `${{ github.token }}` is evaluated by the runner; here it
 * becomes `expressions[name]`, or "" when not given.
 */
export function runnerInputs(
  given: Record<string, string>,
  expressions: Record<string, string> = {},
): Record<string, string> {
  const { inputs } = actionMetadata();
  for (const name of Object.keys(given)) {
    if (!(name in inputs)) throw new Error(`"${name}" is not an input of action.yml`);
  }
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    let value = given[name] ?? spec.default ?? '';
    if (/^\$\{\{.*\}\}$/.test(value)) value = expressions[name] ?? '';
    env[inputVariable(name)] = value;
  }
  return env;
}

/** The step's GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, empty, in a fresh directory. */
export function runnerFiles(): { dir: string; output: string; summary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'action-step-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return { dir, output, summary };
}

/**
 * Parses a GITHUB_OUTPUT (or GITHUB_ENV) file the way the runner does: lines of
 * `name=value`, or `name<<DELIMITER`, the value's lines, then the delimiter
 * alone on a line. A later value for a name replaces an earlier one.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals === -1 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new Error(`line ${i + 1}: empty delimiter for "${name}"`);
      const value: string[] = [];
      for (i++; ; i++) {
        if (i >= lines.length) throw new Error(`missing delimiter ${delimiter} for "${name}"`);
        if (lines[i] === delimiter) break;
        value.push(lines[i]);
      }
      result[name] = value.join('\n');
    } else if (equals > 0) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`line ${i + 1}: neither name=value nor name<<DELIMITER: ${line}`);
    }
  }
  return result;
}

export function readOutputs(path: string): Record<string, string> {
  return parseCommandFile(readFileSync(path, 'utf8'));
}

/** The workflow commands the step printed (`::warning title=x::message`), decoded. */
export function workflowCommands(
  stdout: string,
): Array<{ command: string; properties: string; message: string }> {
  const unescape = (s: string) =>
    s
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%');
  return stdout
    .split(/\r?\n/)
    .map((line) => /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      command: m[1],
      properties: unescape((m[2] ?? '').trim()),
      message: unescape(m[3]),
    }));
}
