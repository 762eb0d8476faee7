// action.yml, docs/action.md, the example workflows and CI: generated where they
// can be, parsed and cross-checked where they cannot.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  ACTION_DOC,
  ACTION_YML,
  BRANDING_ICON,
  literalDefault,
  renderActionDoc,
  renderActionYml,
} from '../../scripts/gen-action-yml.js';
import { OUTPUTS } from '../../src/action/outputs.js';
import { optionsFor } from '../../src/core/base/options.js';
import { ROOT } from '../support/run-bundle.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const action = parse(readFileSync(ACTION_YML, 'utf8')) as {
  inputs: Record<
    string,
    { description: string; required: boolean; default?: string; deprecationMessage?: string }
  >;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  name: string;
  branding: { icon: string; color: string };
};

const yamlFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
// The GitHub workflows (examples/bitbucket-pipelines.yml is checked in __tests__/unit/docs.test.ts).
const EXAMPLES = yamlFiles('examples').filter((f) => !f.endsWith('bitbucket-pipelines.yml'));
const WORKFLOWS = yamlFiles('.github/workflows');
const load = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
const ourSteps = (wf: Workflow) =>
  Object.values(wf.jobs)
    .flatMap((job) => job.steps)
    .filter((s) => s.uses?.startsWith('your-org/codebuild-credential-sync@'));

describe('action.yml', () => {
  test('is exactly what the options table generates (npm run gen:action)', async () => {
    expect(readFileSync(ACTION_YML, 'utf8')).toBe(await renderActionYml());
  });

  test('declares every Action option under its kebab-case name, and nothing else', () => {
    const options = optionsFor('action');
    expect(Object.keys(action.inputs)).toEqual(options.map((o) => o.input));
    expect(action.inputs).not.toHaveProperty('debug'); // pipe-only
    for (const option of options) {
      expect(action.inputs[option.input].default).toBe(literalDefault(option));
      expect(action.inputs[option.input].description).toContain(option.description);
    }
    // Inputs that fall back to the environment must not hide it behind a literal default.
    expect(action.inputs['aws-region'].default).toBeUndefined();
    expect(action.inputs['github-api-url'].default).toBeUndefined();
    expect(action.inputs['github-api-url'].description).toContain('GITHUB_API_URL');
    // Pipe-only wording of computed defaults stays out of the Action's metadata.
    expect(JSON.stringify(action.inputs)).not.toMatch(/pipe:|BITBUCKET_PIPE/i);
    expect(action.inputs['report-file'].description).toContain('Default: none.');
    expect(action.inputs.mode.default).toBe('sync');
    // Its default depends on the mode (inventory: all), so the core applies it, not the runner.
    expect(action.inputs['server-type'].default).toBeUndefined();
    expect(action.inputs['server-type'].description).toContain('otherwise `github`');
  });

  test('declares the outputs the adapter sets, and runs on node24 from the bundle', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'arn',
      'arns',
      'scopes',
      'missing-scopes',
      'token-expires-at',
      'drift',
      'report',
    ]);
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(action.name).toBe('CodeBuild Credential Sync');
    expect(action.branding).toEqual({ icon: BRANDING_ICON, color: 'orange' });
    // GitHub's metadata docs omit these Feather icons from the allowed list.
    expect([
      'key',
      'coffee',
      'columns',
      'divide-circle',
      'divide-square',
      'divide',
      'frown',
    ]).not.toContain(action.branding.icon);
  });

  test('deprecated options carry a deprecationMessage the runner shows', () => {
    const deprecated = optionsFor('action').filter((o) => o.deprecationMessage);
    expect(deprecated.map((o) => o.input)).toContain('username');
    for (const option of deprecated) {
      expect(action.inputs[option.input].deprecationMessage).toBe(option.deprecationMessage);
    }
    expect(action.inputs.username.deprecationMessage).toMatch(/app passwords/i);
  });
});

describe('docs/action.md', () => {
  test('its input and output tables are what the tables generate', async () => {
    const doc = readFileSync(ACTION_DOC, 'utf8');
    expect(doc).toBe(await renderActionDoc(doc));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(doc).toContain(`\`${name}\``);
    }
  });

  test('describes every example workflow', () => {
    const doc = readFileSync(ACTION_DOC, 'utf8');
    for (const file of EXAMPLES) expect(doc).toContain(file);
    expect(doc).toContain('examples/iam-policy.json');
  });
});

describe('workflows', () => {
  test.each([...EXAMPLES, ...WORKFLOWS, 'action.yml'])('%s is valid YAML', (file) => {
    expect(() => parse(readFileSync(join(ROOT, file), 'utf8'))).not.toThrow();
  });

  test.each(EXAMPLES)('%s uses the Action with declared inputs only', (file) => {
    const steps = ourSteps(load(file));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(key);
      // Every mode but inventory, delete (and merge, which reads reports) works on a token.
      if (!['inventory', 'delete', 'merge'].includes(String(step.with?.mode)))
        expect(step.with).toHaveProperty('token');
    }
  });

  test.each(EXAMPLES)('%s gets AWS credentials through OIDC, with least permissions', (file) => {
    const wf = load(file);
    expect(wf.permissions).toMatchObject({ 'id-token': 'write', contents: 'read' });
    const steps = Object.values(wf.jobs).flatMap((job) => job.steps);
    const aws = steps.findIndex((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    const ours = steps.findIndex((s) => s === ourSteps(wf)[0]);
    expect(aws).toBeGreaterThanOrEqual(0);
    expect(aws).toBeLessThan(ours);
    expect(steps[aws].with).toHaveProperty('role-to-assume');
    expect(steps[aws].with).not.toHaveProperty('aws-access-key-id');
  });

  // The first major of each action that runs on Node 24 (`runs.using: node24` in its
  // action.yml at that tag); every later major does too.
  const NODE24_FROM: Record<string, number> = {
    'actions/checkout': 5,
    'actions/setup-node': 5,
    'actions/upload-artifact': 6,
    'actions/download-artifact': 7,
    'aws-actions/configure-aws-credentials': 6,
    'docker/setup-qemu-action': 4,
    'docker/setup-buildx-action': 4,
    'docker/build-push-action': 7,
    'docker/login-action': 4,
    'github/codeql-action/init': 4,
    'github/codeql-action/analyze': 4,
  };

  // Composite and Docker actions (`runs.using: composite` / `docker`) run no Node of their
  // own: pinned, any major.
  const COMPOSITE = new Set(['aquasecurity/trivy-action', 'hadolint/hadolint-action']);

  test.each([...EXAMPLES, ...WORKFLOWS])(
    '%s pins every third-party action to a commit SHA of a Node 24 major',
    (file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const uses = [...text.matchAll(/^\s*(?:- )?uses: ([^\s@]+)@(\S+)(?: # (v[\d.]+))?\s*$/gm)];
      expect(uses.length).toBeGreaterThan(0);
      for (const [line, action, ref, version] of uses) {
        if (action === 'your-org/codebuild-credential-sync') continue;
        expect({ line, pinned: /^[0-9a-f]{40}$/.test(ref) }).toEqual({ line, pinned: true });
        expect({ line, version }).toEqual({
          line,
          version: expect.stringMatching(/^v\d+\.\d+\.\d+$/),
        });
        if (COMPOSITE.has(action)) continue;
        expect(Object.keys(NODE24_FROM)).toContain(action);
        const major = Number(/^v(\d+)/.exec(version!)![1]);
        expect(major).toBeGreaterThanOrEqual(NODE24_FROM[action]);
      }
    },
  );

  test('rotation runs on workflow_dispatch and repository_dispatch', () => {
    const wf = load('examples/rotate-token.yml');
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.on.repository_dispatch).toEqual({ types: ['codebuild-token-rotated'] });
    expect(ourSteps(wf)[0].with?.mode ?? 'sync').toBe('sync');
  });

  test('the drift check is scheduled, covers several regions and fails on drift', () => {
    const wf = load('examples/drift-check.yml');
    const schedule = wf.on.schedule as Array<{ cron: string }>;
    expect(schedule[0].cron.split(' ')).toHaveLength(5);
    const { with: inputs } = ourSteps(wf)[0];
    expect(inputs?.mode).toBe('check');
    expect(inputs?.['fail-on-drift']).not.toBe(false);
    expect(
      String(inputs?.['aws-region'])
        .trim()
        .split(/[\s,]+/).length,
    ).toBeGreaterThan(1);
  });

  test('the GitHub Enterprise example points github-api-url at a GHES API', () => {
    const { with: inputs } = ourSteps(load('examples/github-enterprise.yml'))[0];
    expect(inputs?.['server-type']).toBe('github-enterprise');
    expect(inputs?.['github-api-url']).toMatch(/^https:\/\/[^/]+\/api\/v3$/);
  });

  test('the IAM policy grants the CodeBuild actions the modes need, what `aws-region: all` reads, and nothing else', () => {
    const policy = JSON.parse(readFileSync(join(ROOT, 'examples/iam-policy.json'), 'utf8')) as {
      Statement: Array<{ Sid: string; Action: string[] }>;
    };
    expect(policy.Statement.flatMap((s) => s.Action).sort()).toEqual([
      'account:ListRegions',
      'codebuild:BatchGetProjects',
      'codebuild:DeleteSourceCredentials',
      'codebuild:ImportSourceCredentials',
      'codebuild:ListProjects',
      'codebuild:ListSourceCredentials',
      'ssm:GetParametersByPath',
    ]);
    // check and inventory read projects; the read-only policy has nothing that writes.
    const readOnly = JSON.parse(
      readFileSync(join(ROOT, 'examples/iam-policy-inventory.json'), 'utf8'),
    ) as { Statement: Array<{ Action: string[] }> };
    expect(readOnly.Statement.flatMap((s) => s.Action).sort()).toEqual([
      'account:ListRegions',
      'codebuild:BatchGetProjects',
      'codebuild:ListProjects',
      'codebuild:ListSourceCredentials',
      'ssm:GetParametersByPath',
    ]);
    const del = policy.Statement.find((s) =>
      s.Action.includes('codebuild:DeleteSourceCredentials'),
    );
    expect(del?.Action).toEqual(['codebuild:DeleteSourceCredentials']);
    expect(del?.Sid).toMatch(/Delete/);
  });

  test('CI lints, tests and checks that dist/ is rebuilt from the source', () => {
    const ci = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    const wf = parse(ci) as Workflow;
    const runs = Object.values(wf.jobs)
      .flatMap((job) => job.steps)
      .map((s) => (s as { run?: string }).run ?? '');
    for (const command of ['npm ci', 'npm run lint', 'npm test', 'npm run build']) {
      expect(runs.some((r) => r.includes(command))).toBe(true);
    }
    expect(runs.some((r) => r.includes('git diff --exit-code') && r.includes('dist/'))).toBe(true);
  });
});
