// The drift issue against the emulator's GitHub issues over real HTTP, with the Action's
// client (@actions/github's getOctokit, plugin-throttling, plugin-retry): no fetch or Octokit mocks.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { driftIssueClient } from '../../src/action/github.js';
import { callLimitsFor, type CallLimits } from '../../src/core/wire/deadline.js';
import { DRIFT_LABEL, DRIFT_MARKER, syncDriftIssue } from '../../src/core/report/drift-issue.js';
import { UserError } from '../../src/core/base/errors.js';
import type { Logger } from '../../src/core/base/logger.js';
import { outside, outsideAll } from '../../src/core/base/outside.js';
import type { Report } from '../../src/core/report/report.js';

const REPO = 'octo-org/infra';
const WORKFLOW_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4aWorkflowToken';
const READ_ONLY_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4aIssuesReadOnly';
const RUN_URL = 'https://github.com/octo-org/infra/actions/runs/9876543210';

let emu: Emulator;
let lines: string[];
const logger: Logger = {
  info: (m) => void lines.push(m),
  warn: (m) => void lines.push(m),
  debug: (m) => void lines.push(m),
};

function driftReport(generatedAt: string): Report {
  return {
    tool: { name: 'codebuild-credential-sync', version: '1.0.0' },
    version: 2,
    mode: 'check',
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    dryRun: false,
    outcome: 'drift',
    drift: true,
    token: {
      kind: 'classic-pat',
      description: 'GitHub classic personal access token',
      accepted: true,
      identity: outside('ci-bot'),
      scopes: outsideAll(['repo', 'admin:repo_hook']),
      required: [{ scope: 'repo', status: 'granted' }],
      expiresAt: '2027-02-01T00:00:00Z',
    },
    regions: [
      {
        region: 'us-east-1',
        account: '123456789012',
        action: 'checked',
        status: 'ok',
        arn: 'arn:aws:codebuild:us-east-1:123456789012:token/github',
        authType: 'PERSONAL_ACCESS_TOKEN',
        detail: 'GITHUB credential present (PERSONAL_ACCESS_TOKEN).',
      },
      {
        region: 'eu-west-1',
        account: '123456789012',
        action: 'checked',
        status: 'drift',
        detail: 'No GITHUB credential in this region.',
      },
    ],
    findings: [
      {
        kind: 'credential-missing',
        region: 'eu-west-1',
        account: '123456789012',
        message: 'CodeBuild holds no GITHUB source credential in eu-west-1: run sync to import it.',
      },
    ],
    warnings: [],
    errors: [],
    context: { repository: REPO, workflow: 'credential-drift' },
    generatedAt,
  };
}

function cleanReport(generatedAt: string): Report {
  const report = driftReport(generatedAt);
  return {
    ...report,
    outcome: 'success',
    drift: false,
    findings: [],
    regions: report.regions.map((r) => ({
      ...r,
      status: 'ok' as const,
      arn: `arn:aws:codebuild:${r.region}:123456789012:token/github`,
      authType: 'PERSONAL_ACCESS_TOKEN',
      detail: 'GITHUB credential present (PERSONAL_ACCESS_TOKEN).',
    })),
  };
}

function failedReport(generatedAt: string): Report {
  return {
    ...driftReport(generatedAt),
    outcome: 'failure',
    drift: false,
    findings: [],
    regions: [],
    errors: ['Could not list source credentials in us-east-1 (AccessDeniedException).'],
  };
}

const sync = async (
  report: Report,
  token = WORKFLOW_TOKEN,
  repository = REPO,
  limits: CallLimits = callLimitsFor(),
) =>
  syncDriftIssue({
    apiUrl: `${emu.url}/github`,
    client: await driftIssueClient(token, `${emu.url}/github`, logger, limits),
    repository,
    report,
    runUrl: RUN_URL,
    logger,
    limits,
  });

beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => {
  emu.reset();
  lines = [];
  emu.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' }, repositories: [REPO] });
  emu.github.addToken(READ_ONLY_TOKEN, { permissions: { issues: 'read' }, repositories: [REPO] });
});

describe('syncDriftIssue', () => {
  test('opened, then updated without a duplicate, then closed on a clean report', async () => {
    const opened = await sync(driftReport('2026-11-20T06:00:00Z'));
    expect(opened).toEqual({
      action: 'opened',
      number: 1,
      url: `https://github.com/${REPO}/issues/1`,
    });
    let issues = emu.github.issues(REPO);
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.title).toBe('CodeBuild credential drift: GITHUB credential');
    expect(issue.labels).toEqual([DRIFT_LABEL]);
    expect(issue.state).toBe('open');
    expect(issue.body).toContain(DRIFT_MARKER);
    expect(issue.body).toContain('`credential-missing` (123456789012/eu-west-1)');
    expect(issue.body).toContain(RUN_URL);

    const updated = await sync(driftReport('2026-11-21T06:00:00Z'));
    expect(updated).toEqual({ action: 'updated', number: 1, url: opened.url });
    issues = emu.github.issues(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('2026-11-21T06:00:00Z');
    expect(issues[0]!.comments.map((c) => c.body)).toEqual([
      `Still drifting as of 2026-11-21T06:00:00Z ([this run](${RUN_URL})).`,
    ]);

    const closed = await sync(cleanReport('2026-11-22T06:00:00Z'));
    expect(closed).toEqual({ action: 'closed', number: 1, url: opened.url });
    issues = emu.github.issues(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe('closed');
    expect(issues[0]!.stateReason).toBe('completed');
    expect(issues[0]!.comments.at(-1)!.body).toBe(
      `Resolved: a check at 2026-11-22T06:00:00Z found no drift ([this run](${RUN_URL})).`,
    );

    // Clean again: nothing open, nothing to do.
    expect(await sync(cleanReport('2026-11-23T06:00:00Z'))).toEqual({ action: 'none' });
    // Drift comes back: a new issue, the closed one stays closed.
    expect(await sync(driftReport('2026-11-24T06:00:00Z'))).toMatchObject({
      action: 'opened',
      number: 2,
    });
    expect(emu.github.issues(REPO).map((i) => [i.number, i.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
  });

  test('only an issue with both the label and the marker is ours', async () => {
    // Someone files an issue by hand with the same label: it must be left alone.
    const res = await fetch(`${emu.url}/github/repos/${REPO}/issues`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WORKFLOW_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Rotate the CodeBuild token',
        body: 'by hand',
        labels: [DRIFT_LABEL],
      }),
    });
    expect(res.status).toBe(201);

    expect(await sync(driftReport('2026-11-20T06:00:00Z'))).toMatchObject({
      action: 'opened',
      number: 2,
    });
    expect(await sync(driftReport('2026-11-21T06:00:00Z'))).toMatchObject({
      action: 'updated',
      number: 2,
    });
    expect(await sync(cleanReport('2026-11-22T06:00:00Z'))).toMatchObject({
      action: 'closed',
      number: 2,
    });
    const [manual, ours] = emu.github.issues(REPO);
    expect(manual).toMatchObject({ state: 'open', body: 'by hand', comments: [] });
    expect(ours).toMatchObject({ state: 'closed' });
  });

  test('a clean report that checked no target never closes the issue', async () => {
    await sync(driftReport('2026-11-20T06:00:00Z'));
    const nothing = { ...cleanReport('2026-11-21T06:00:00Z'), regions: [] };
    expect(await sync(nothing)).toEqual({ action: 'unchanged' });
    expect(emu.github.issues(REPO).map((i) => i.state)).toEqual(['open']);
  });

  test('a failed check leaves the issue alone and calls nothing', async () => {
    await sync(driftReport('2026-11-20T06:00:00Z'));
    const before = emu.requests.length;
    expect(await sync(failedReport('2026-11-21T06:00:00Z'))).toEqual({ action: 'unchanged' });
    expect(emu.requests).toHaveLength(before);
    expect(emu.github.issues(REPO)[0]).toMatchObject({ state: 'open', comments: [] });
  });

  test('a token that cannot write issues: a UserError saying what the workflow needs', async () => {
    const run = sync(driftReport('2026-11-20T06:00:00Z'), READ_ONLY_TOKEN);
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/HTTP 403.*permissions: issues: write.*`github-token`/s);
    expect(emu.github.issues(REPO)).toHaveLength(0);
  });

  test('a repository the token cannot see: a UserError (404)', async () => {
    await expect(
      sync(driftReport('2026-11-20T06:00:00Z'), WORKFLOW_TOKEN, 'octo-org/elsewhere'),
    ).rejects.toThrow(/HTTP 404.*permissions: issues: write/s);
  });

  test('a malformed repository is refused before any request', async () => {
    await expect(
      sync(driftReport('2026-11-20T06:00:00Z'), WORKFLOW_TOKEN, 'infra'),
    ).rejects.toThrow(UserError);
    expect(emu.requests).toHaveLength(0);
  });

  test('the token never appears in issue bodies, comments or logs', async () => {
    await sync(driftReport('2026-11-20T06:00:00Z'));
    await sync(driftReport('2026-11-21T06:00:00Z'));
    await sync(cleanReport('2026-11-22T06:00:00Z'));
    const written = emu.github
      .issues(REPO)
      .flatMap((i) => [i.title, i.body ?? '', ...i.comments.map((c) => c.body)])
      .join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const text of [written, lines.join('\n'), JSON.stringify(emu.requests)]) {
      expect(text).not.toContain(WORKFLOW_TOKEN);
    }
  });
});

describe("the drift issue's writes and GitHub's limits", () => {
  const CREATE = `POST /repos/${REPO}/issues`;
  const made = (operation: string) => emu.requests.filter((r) => r.operation === operation);

  test('a secondary rate limit on the create is waited out as GitHub asks (Retry-After), and one issue is opened', async () => {
    emu.faults.add({ service: 'github', operation: CREATE, kind: 'throttle', retryAfter: 2 });
    const result = await sync(driftReport('2026-11-20T06:00:00Z'));

    expect(result.action).toBe('opened');
    expect(emu.github.issues(REPO)).toHaveLength(1);
    const posts = made(CREATE);
    expect(posts.map((r) => r.status)).toEqual([403, 201]);
    // At least the two seconds GitHub asked for (a lower bound only).
    expect(Date.parse(posts[1]!.at) - Date.parse(posts[0]!.at)).toBeGreaterThanOrEqual(1900);
  });

  test('a 429 secondary limit on the comment is waited out too, and the comment is written once', async () => {
    await sync(driftReport('2026-11-20T06:00:00Z'));
    const comment = `POST /repos/${REPO}/issues/1/comments`;
    emu.faults.add({ service: 'github', operation: comment, kind: 'throttle', status: 429 });
    expect((await sync(driftReport('2026-11-21T06:00:00Z'))).action).toBe('updated');
    expect(made(comment).map((r) => r.status)).toEqual([429, 201]);
    expect(emu.github.issues(REPO)[0]!.comments).toHaveLength(1);
  });

  test('a comment whose connection was reset is never sent again: one comment at most', async () => {
    await sync(driftReport('2026-11-20T06:00:00Z'));
    const comment = `POST /repos/${REPO}/issues/1/comments`;
    emu.faults.add({ service: 'github', operation: comment, kind: 'reset' });
    await expect(sync(driftReport('2026-11-21T06:00:00Z'))).rejects.toThrow(UserError);
    expect(made(comment)).toHaveLength(1);
  });

  test('a rate limit is waited out twice at most, then the call fails saying so', async () => {
    emu.faults.add({
      service: 'github',
      operation: CREATE,
      kind: 'throttle',
      retryAfter: 1,
      count: 3,
    });
    await expect(sync(driftReport('2026-11-20T06:00:00Z'))).rejects.toThrow(
      /GitHub's rate limit held it back .* at most twice/,
    );
    expect(made(CREATE).map((r) => r.status)).toEqual([403, 403, 403]);
    expect(emu.github.issues(REPO)).toHaveLength(0);
  });

  test('a failed create is never sent again (it may have been stored): no duplicate issue', async () => {
    emu.faults.add({ service: 'github', operation: CREATE, kind: '5xx', status: 502 });
    await expect(sync(driftReport('2026-11-20T06:00:00Z'))).rejects.toThrow(
      /Could not open the drift issue in octo-org\/infra \(HTTP 502/,
    );
    expect(made(CREATE)).toHaveLength(1);

    // Nor one whose connection dropped before an answer came.
    emu.faults.add({ service: 'github', operation: CREATE, kind: 'reset' });
    await expect(sync(driftReport('2026-11-20T06:00:00Z'))).rejects.toThrow(UserError);
    expect(made(CREATE)).toHaveLength(2);
    expect(emu.github.issues(REPO)).toHaveLength(0);
  });

  test('reads and updates are repeated after a 5xx, as plugin-retry does', async () => {
    await sync(driftReport('2026-11-20T06:00:00Z'));
    const list = `GET /repos/${REPO}/issues`;
    const update = `PATCH /repos/${REPO}/issues/1`;
    emu.faults.add({ service: 'github', operation: list, kind: '5xx', status: 503 });
    emu.faults.add({ service: 'github', operation: update, kind: '5xx' });
    expect((await sync(driftReport('2026-11-21T06:00:00Z'))).action).toBe('updated');
    expect(made(list).map((r) => r.status)).toEqual([200, 503, 200]);
    expect(made(update).map((r) => r.status)).toEqual([500, 200]);
  });

  test('a read that times out is repeated; a create that times out is not (its answer was lost)', async () => {
    const list = `GET /repos/${REPO}/issues`;
    emu.faults.add({ service: 'github', operation: list, kind: 'hang' });
    const limits = callLimitsFor(4); // one attempt: 1 s
    expect((await sync(driftReport('2026-11-20T06:00:00Z'), undefined, REPO, limits)).action).toBe(
      'opened',
    );
    expect(made(list)).toHaveLength(2);

    emu.reset();
    emu.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' }, repositories: [REPO] });
    emu.faults.add({ service: 'github', operation: CREATE, kind: 'hang' });
    await expect(
      sync(driftReport('2026-11-22T06:00:00Z'), undefined, REPO, limits),
    ).rejects.toThrow(
      /Could not open the drift issue in octo-org\/infra: GitHub .* did not answer within 1 s/,
    );
    expect(made(CREATE)).toHaveLength(1);
  });

  test('a sign-in page instead of GitHub, or a 5xx that lasts: a UserError saying which, never a crash', async () => {
    const list = `GET /repos/${REPO}/issues`;
    emu.faults.add({ service: 'github', operation: list, kind: 'html', count: Infinity });
    const page = await sync(driftReport('2026-11-20T06:00:00Z')).catch((e: unknown) => e);
    expect(page).toBeInstanceOf(UserError);
    expect((page as Error).message).toMatch(
      /^Could not list the open drift issues in octo-org\/infra: what answered at http:\/\/127\.0\.0\.1:\d+\/github is not GitHub's REST API \(.{1,130}\)\. Check the workflow's GITHUB_API_URL, and any proxy or sign-in page in between\.$/,
    );

    emu.reset();
    emu.github.addToken(WORKFLOW_TOKEN, { permissions: { issues: 'write' }, repositories: [REPO] });
    emu.faults.add({
      service: 'github',
      operation: list,
      kind: '5xx',
      status: 502,
      count: Infinity,
    });
    const storm = await sync(driftReport('2026-11-20T06:00:00Z')).catch((e: unknown) => e);
    expect(storm).toBeInstanceOf(UserError);
    expect((storm as Error).message).toMatch(
      /Could not list the open drift issues in octo-org\/infra \(HTTP 502: .*\)\. GitHub could not serve it; the next scheduled check will try again\./,
    );
    expect(made(list)).toHaveLength(3);
  });

  test("a rate limit whose wait would pass the run's deadline is not waited out, and says so", async () => {
    emu.faults.add({ service: 'github', operation: CREATE, kind: 'throttle', retryAfter: 600 });
    const limits = { ...callLimitsFor(30), deadlineAt: Date.now() + 30_000 };
    const started = Date.now();
    const error = await sync(driftReport('2026-11-20T06:00:00Z'), WORKFLOW_TOKEN, REPO, limits)
      .then(() => undefined)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /Could not open the drift issue in octo-org\/infra: GitHub's rate limit held it back \(HTTP 403; it asked to wait 10 min, by Retry-After/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(made(CREATE)).toHaveLength(1);
    expect(lines.join('\n')).toMatch(
      /secondary rate limit reached; not waited out \(600 s asked\)/,
    );
  });
});
