// The docs name every option, mode and drift kind the product has, and every name the
// docs and examples use is one the product reads: a renamed or added option, a new mode
// or drift kind, or a stale name in an example fails here.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { checkNames } from '../../src/core/config/names.js';
import { MODES, optionsFor } from '../../src/core/base/options.js';
import { DRIFT_KINDS } from '../../src/core/report/report.js';
import { ROOT } from '../support/run-bundle.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');
const PIPE_DOC = read('docs/bitbucket-pipe.md');
const ACTION_DOC = read('docs/action.md');
const HOW_IT_WORKS = read('docs/how-it-works.md');

/** Every `variables:` block of a pipe step in a YAML text (a document or a fenced block). */
function pipeVariables(node: unknown, found: Array<Record<string, unknown>> = []) {
  if (Array.isArray(node)) for (const n of node) pipeVariables(n, found);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.pipe === 'string' && o.variables && typeof o.variables === 'object')
      found.push(o.variables as Record<string, unknown>);
    for (const v of Object.values(o)) pipeVariables(v, found);
  }
  return found;
}

/** The `with:` of every step that uses this Action, in a YAML text. */
function actionInputs(node: unknown, found: Array<Record<string, unknown>> = []) {
  if (Array.isArray(node)) for (const n of node) actionInputs(n, found);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.uses === 'string' && /codebuild-credential-sync(@|$)|^\.\/?$/.test(o.uses))
      found.push((o.with ?? {}) as Record<string, unknown>);
    for (const v of Object.values(o)) actionInputs(v, found);
  }
  return found;
}

/** The YAML fenced blocks of a Markdown text, parsed (blocks that are not YAML are skipped). */
function yamlBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].flatMap((m) =>
    parseAllDocuments(m[1]!).map((d) => d.toJS()),
  );
}

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f));

describe('every name the product has is documented', () => {
  test('every pipe variable is in docs/bitbucket-pipe.md and the README', () => {
    for (const option of optionsFor('pipe')) {
      expect({ name: option.env[0], inPipeDoc: PIPE_DOC.includes(option.env[0]) }).toEqual({
        name: option.env[0],
        inPipeDoc: true,
      });
      expect({ name: option.env[0], inReadme: README.includes(`\`${option.env[0]}\``) }).toEqual({
        name: option.env[0],
        inReadme: true,
      });
    }
  });

  test('every Action input is in docs/action.md and the README', () => {
    for (const option of optionsFor('action')) {
      const name = `\`${option.input}\``;
      expect({
        name,
        inActionDoc: ACTION_DOC.includes(name),
        inReadme: README.includes(name),
      }).toEqual({ name, inActionDoc: true, inReadme: true });
    }
  });

  test.each(MODES)('mode %s is described in the README and both guides', (mode) => {
    expect(README).toMatch(new RegExp(`\\*\\*${mode}\\*\\*|\`${mode}\``));
    expect(ACTION_DOC).toMatch(new RegExp(`^- \`${mode}\``, 'm'));
    expect(PIPE_DOC).toMatch(new RegExp(`^- \`${mode}\``, 'm'));
  });

  test.each(DRIFT_KINDS)(
    'drift kind %s has a row in docs/how-it-works.md’s drift table',
    (kind) => {
      expect(HOW_IT_WORKS).toMatch(new RegExp(`^\\| \`${kind}\` +\\|`, 'm'));
    },
  );
});

describe('every name the docs and examples use is one the product reads', () => {
  const pipeTexts: Array<[string, unknown[]]> = [
    ['README.md', yamlBlocks(README)],
    ['docs/bitbucket-pipe.md', yamlBlocks(PIPE_DOC)],
    ['docs/how-it-works.md', yamlBlocks(HOW_IT_WORKS)],
    ...EXAMPLES.map(
      (f) => [`examples/${f}`, [parse(read(`examples/${f}`))]] as [string, unknown[]],
    ),
  ];

  test('pipe variables in every example are options (no typo, no stranger)', () => {
    let blocks = 0;
    for (const [file, docs] of pipeTexts) {
      for (const variables of pipeVariables(docs)) {
        blocks++;
        expect({ file, ...checkNames(Object.keys(variables), 'pipe') }).toEqual({
          file,
          problems: [],
          warnings: [],
        });
      }
    }
    expect(blocks).toBeGreaterThan(5);
  });

  test('Action inputs in every example are declared', () => {
    let steps = 0;
    for (const [file, docs] of [
      ['README.md', yamlBlocks(README)],
      ['docs/action.md', yamlBlocks(ACTION_DOC)],
      ['docs/how-it-works.md', yamlBlocks(HOW_IT_WORKS)],
      ...EXAMPLES.map((f) => [`examples/${f}`, [parse(read(`examples/${f}`))]]),
    ] as Array<[string, unknown[]]>) {
      for (const inputs of actionInputs(docs)) {
        steps++;
        expect({ file, ...checkNames(Object.keys(inputs), 'action') }).toEqual({
          file,
          problems: [],
          warnings: [],
        });
      }
    }
    expect(steps).toBeGreaterThan(3);
  });

  test('examples/bitbucket-pipelines.yml has a sync step and a scheduled, read-only check', () => {
    const file = parse(read('examples/bitbucket-pipelines.yml')) as {
      pipelines: { branches: Record<string, unknown>; custom: Record<string, unknown> };
    };
    const [sync] = pipeVariables(file.pipelines.branches);
    const [check] = pipeVariables(file.pipelines.custom);
    expect(sync).toMatchObject({
      TOKEN: expect.any(String),
      AWS_OIDC_ROLE_ARN: expect.any(String),
    });
    expect(sync?.MODE ?? 'sync').toBe('sync');
    expect(check).toMatchObject({ MODE: 'check' });
    expect(check?.AWS_OIDC_ROLE_ARN).not.toBe(sync?.AWS_OIDC_ROLE_ARN);
    expect(read('examples/bitbucket-pipelines.yml')).toContain('examples/iam-policy-check.json');
  });

  test('the Bitbucket token variable and the scheduled pipeline have one name everywhere', () => {
    for (const text of [README, PIPE_DOC, read('examples/bitbucket-pipelines.yml')]) {
      expect(text).not.toContain('CODEBUILD_BITBUCKET_ACCESS_TOKEN');
      expect(text).not.toContain('codebuild-drift-check');
    }
  });

  test('the scheduled check uses the same pipeline, token and read-only role variable everywhere', () => {
    const example = parse(read('examples/bitbucket-pipelines.yml')) as {
      pipelines: { custom: Record<string, unknown> };
    };
    const [name] = Object.keys(example.pipelines.custom);
    const [check] = pipeVariables(example.pipelines.custom);
    for (const [file, text] of [
      ['README.md', README],
      ['docs/bitbucket-pipe.md', PIPE_DOC],
    ] as const) {
      const custom = yamlBlocks(text)
        .map((d) => (d as { pipelines?: { custom?: Record<string, unknown> } })?.pipelines?.custom)
        .find(Boolean);
      expect({ file, names: Object.keys(custom ?? {}) }).toEqual({ file, names: [name] });
      const [documented] = pipeVariables(custom);
      expect({ file, token: documented?.TOKEN, role: documented?.AWS_OIDC_ROLE_ARN }).toEqual({
        file,
        token: check?.TOKEN,
        role: check?.AWS_OIDC_ROLE_ARN,
      });
    }
  });

  test('the README’s local try-out asks for the Node the package does', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines
      .node;
    expect(engines).toBe('>=22');
    expect(README).toMatch(/Try it locally[\s\S]*?Node 22 or later/);
    expect(README).not.toMatch(/Node 20 or later/);
  });
});
