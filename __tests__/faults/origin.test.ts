// The origin rule (issue 25, finding 5): a credential goes only to the configured API's
// origin. Through both shipped bundles under Node 24: the emulated provider answers as a
// hostile one would, its GitHub `Link: rel="next"`, its Bitbucket `next` and its redirects
// pointing at a catcher on another origin (another port), which records every request that
// arrives. Nothing may arrive there; the refusal names where the request was pointed.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront, type Front } from '../support/front-run.js';
import { webhookedBitbucketProject, webhookedGitHubProject } from '../support/projects-scenario.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Or1g1nRuleT0kenQwErTyUiOpAsDfGhJk';
const BB = 'ATCTT3xFfGN0' + 'TtwfbT7Q9QaD8hKBuTSTlX1sn4f7en01';
const WORKFLOW = 'ghs_' + 'Or1g1nRuleWorkflowT0kenQwErTy12';
const REPO = 'acme/infra';

let catcher: Server;
let elsewhere = '';
const caught: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  catcher = createServer((req, res) => {
    caught.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('[]');
  });
  await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
  elsewhere = `http://127.0.0.1:${(catcher.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => catcher.close(() => resolve())));
beforeEach(() => void caught.splice(0));

function githubProject(): void {
  emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
  webhookedGitHubProject(emu.get(), GH);
}

function bitbucketProject(): void {
  webhookedBitbucketProject(emu.get(), BB);
}

async function check(front: Front, serverType: 'github' | 'bitbucket') {
  return runFront(emu.get(), front, {
    'server-type': serverType,
    token: serverType === 'github' ? GH : BB,
    mode: 'check',
  });
}

describe.each(FRONTS)('%s bundle: the credential goes only to the API origin', (front) => {
  test.each([
    ['a Link: rel="next" elsewhere', undefined],
    ['a 307 redirect elsewhere', 307],
  ])('GitHub hooks listing, %s: refused and named, nothing arrives', async (_, status) => {
    githubProject();
    emu.get().faults.add({
      service: 'github',
      operation: 'GET /repos/acme/api/hooks',
      kind: 'elsewhere',
      location: `${elsewhere}/repos/acme/api/hooks?page=2`,
      ...(status ? { status } : {}),
      count: Infinity,
    });
    const r = await check(front, 'github');
    expect(caught).toEqual([]);
    expect(r.everything).toContain(`it was pointed at ${elsewhere}`);
    expect(r.everything).toContain("which is not the configured API's origin");
    // Once: a refused request is never repeated.
    expect(
      emu.get().requests.filter((q) => q.operation === 'GET /repos/acme/api/hooks'),
    ).toHaveLength(1);
  });

  test.each([
    ['a next URL elsewhere', undefined],
    ['a 302 redirect elsewhere', 302],
  ])('Bitbucket hooks listing, %s: refused and named, nothing arrives', async (_, status) => {
    bitbucketProject();
    emu.get().faults.add({
      service: 'bitbucket',
      operation: 'GET /repositories/acme-team/site/hooks',
      kind: 'elsewhere',
      location: `${elsewhere}/2.0/repositories/acme-team/site/hooks?page=2`,
      ...(status ? { status } : {}),
      count: Infinity,
    });
    const r = await check(front, 'bitbucket');
    expect(caught).toEqual([]);
    // Bitbucket's client never follows a redirect (it is not Bitbucket's answer): named as such.
    expect(r.everything).toContain(
      status
        ? `Bitbucket answered ${status} to GET /repositories/acme-team/site/hooks`
        : `it was pointed at ${elsewhere}`,
    );
  });
});

describe('action bundle: the drift issue', () => {
  test.each([
    ['a Link: rel="next" elsewhere', undefined],
    ['a 307 redirect elsewhere', 307],
  ])(
    "listing the drift issues, %s: the github-token never leaves GitHub's origin",
    async (_, status) => {
      const e = emu.get();
      e.github.addToken(GH, { scopes: ['repo'] });
      e.github.addToken(WORKFLOW, { permissions: { issues: 'write' } });
      e.faults.add({
        service: 'github',
        operation: `GET /repos/${REPO}/issues`,
        kind: 'elsewhere',
        location: `${elsewhere}/repos/${REPO}/issues?page=2`,
        ...(status ? { status } : {}),
        count: Infinity,
      });
      // Drift: eu-west-1 holds no credential, so the drift issue is looked for.
      const r = await runFront(
        e,
        'action',
        {
          'server-type': 'github',
          token: GH,
          mode: 'check',
          'aws-region': 'eu-west-1',
          'drift-issue': 'true',
        },
        { env: { 'INPUT_GITHUB-TOKEN': WORKFLOW } },
      );
      expect(r.code).toBe(1);
      expect(caught).toEqual([]);
      expect(r.everything).toMatch(
        new RegExp(`Could not list the open drift issues in ${REPO}: .*pointed at ${elsewhere}`),
      );
      expect(e.github.issues(REPO)).toEqual([]);
    },
  );
});
