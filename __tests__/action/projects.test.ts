// Blast radius through the shipped Action bundle under Node 24, as the runner starts it:
// findings that name projects, webhook health, the projects table in the job summary,
// the drift issue, pagination past 100 and inventory across two accounts.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import {
  codebuildCalls,
  seedGitHubProjects,
  seedManyProjects,
} from '../support/projects-scenario.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';
import { runBundle } from '../support/run-bundle.js';

const emu = useEmulator();
const GH = 'ghp_' + 'ActionBlastRadius00000000000000000000';
const WORKFLOW_TOKEN = 'ghs_' + 'WorkflowTokenForIssues000000000000000';

async function step(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const files = runnerFiles();
  const result = await runBundle('action', {
    ...emu.get().env,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...runnerInputs(inputs, { 'github-token': WORKFLOW_TOKEN }),
    ...env,
  });
  const outputs = readOutputs(files.output);
  return {
    ...result,
    outputs,
    summary: readFileSync(files.summary, 'utf8'),
    report: () => JSON.parse(outputs.report) as Report,
  };
}

describe('check', () => {
  test('each webhook kind, findings naming projects, the projects table, and a drift issue that says what breaks', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    e.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' } });
    seedGitHubProjects(e, GH);
    const result = await step({
      mode: 'check',
      token: GH,
      'aws-region': 'us-east-1, eu-west-1',
      'drift-issue': 'true',
    });
    expect(result.code).toBe(1);
    const report = result.report();
    expect(report.findings.map((f) => `${f.kind}:${f.projects?.join(',')}`)).toEqual([
      'connection-not-available:mobile',
      'repository-unreachable:legacy',
      'webhook-missing:web',
      'webhook-inactive:worker',
      'credential-missing:eu-api,eu-web',
    ]);
    expect(
      report.regions[0].projects?.map((p) => `${p.name}=${p.credential}/${p.webhook}`),
    ).toEqual([
      'api=account/ok',
      'docs=account/none',
      'legacy=account/unknown',
      'mobile=project/unknown',
      'vault=project/none',
      'web=account/missing',
      'worker=account/inactive',
    ]);

    // Job summary: the drift list says what each finding breaks; a projects table per region.
    // Names and locations come from the projects: set in code spans (issue 16).
    expect(result.summary).toContain(
      '- `credential-missing` (eu-west-1): eu-west-1 holds no GITHUB credential: builds there cannot reach the source. Run sync there. **It breaks 2 projects: `eu-api`, `eu-web`.**',
    );
    expect(result.summary).toMatch(
      /- `webhook-inactive` \(us-east-1\): Project `worker` .* \*\*It breaks 1 project: `worker`\.\*\*/,
    );
    expect(result.summary).toContain('**Projects in us-east-1 (7)**');
    expect(result.summary).toContain('| Project | Repository | Credential | Webhook |');
    expect(result.summary).toContain('| `web` | `acme/web` | account | ✖ missing |');
    expect(result.summary).toContain('| `worker` | `acme/worker` | account | ⚠ inactive |');
    expect(result.summary).not.toContain('<details>');

    // The failure message and the drift issue say the same.
    expect(result.stdout).toMatch(/::error::.*It breaks 2 projects: eu-api, eu-web\./);
    const [issue] = e.github.issues('acme/infra');
    expect(issue.body).toContain('**It breaks 1 project: `web`.**');
    expect(issue.body).toContain('| `legacy` | `acme/old-name` | account |');
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
  });

  test('past 100 projects: pages of 100, the finding shortened past 10 names, the table folded past 20 rows', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    seedManyProjects(e, 'us-east-1', 150);
    const result = await step({ mode: 'check', token: GH, 'aws-region': 'us-east-1' });
    expect(result.code).toBe(1);
    expect(codebuildCalls(e)).toEqual({
      ListSourceCredentials: 1,
      ListProjects: 2,
      BatchGetProjects: 2,
    });
    expect(result.report().findings[0].projects).toHaveLength(150);
    expect(result.summary).toContain(
      'breaks 150 projects: `svc-0001`, `svc-0002`, `svc-0003`, `svc-0004`, `svc-0005`, `svc-0006`, `svc-0007`, `svc-0008`, `svc-0009`, `svc-0010` … and 140 more.',
    );
    expect(result.summary).toContain('<details>\n<summary>Projects in us-east-1 (150)</summary>');
    expect(result.summary).toContain('| `svc-0150` | `acme/svc-150` | account | none |');
  });
});

describe('inventory', () => {
  test('two accounts, no token: the matrix in the job summary and the JSON in the report output', async () => {
    const e = emu.get();
    const [a, b] = ['111111111111', '222222222222'];
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'ghp_x1234',
      accountId: a,
    });
    e.codebuild.seed('us-east-1', {
      serverType: 'GITHUB_ENTERPRISE',
      authType: 'PERSONAL_ACCESS_TOKEN',
      token: 'ghp_y1234',
      accountId: b,
    });
    e.codebuild.addProject('us-east-1', {
      accountId: a,
      name: 'api',
      source: { type: 'GITHUB', location: 'https://github.com/acme/api.git' },
    });
    e.codebuild.addProject('us-east-1', {
      accountId: b,
      name: 'ghes-app',
      source: { type: 'GITHUB_ENTERPRISE', location: 'https://git.acme.internal/platform/app.git' },
    });
    const result = await step({
      mode: 'inventory',
      'aws-region': 'us-east-1',
      'role-to-assume': `arn:aws:iam::${a}:role/inventory\narn:aws:iam::${b}:role/inventory`,
    });
    expect(result.code).toBe(0);
    expect(result.summary).toContain(
      '| Account | Region | GITHUB | GITHUB_ENTERPRISE | BITBUCKET | Own credential |',
    );
    expect(result.summary).toContain(
      `| ${a} | us-east-1 | PERSONAL_ACCESS_TOKEN · 1 project | — | — | — |`,
    );
    expect(result.summary).toContain(
      `| ${b} | us-east-1 | — | PERSONAL_ACCESS_TOKEN · 1 project | — | — |`,
    );
    const report = result.report();
    expect(
      report.regions.map((r) => r.credentials?.map((c) => `${c.serverType}:${c.projects}`)),
    ).toEqual([['GITHUB:api'], ['GITHUB_ENTERPRISE:ghes-app']]);
    expect(report.regions[1].projects?.[0]).toMatchObject({
      repository: 'platform/app',
      credential: 'account',
    });
    expect(e.requests.filter((r) => r.service === 'github' || r.service === 'ghes')).toHaveLength(
      0,
    );
  });
});
