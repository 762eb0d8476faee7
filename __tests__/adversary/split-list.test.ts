// Red-team finding (issue 25, rule b and the report's schema): a secret split across the
// items of a list. GitHub answering `X-OAuth-Scopes` with the token cut in pieces of 11
// characters (each too short to be a run of 12) put them in the report's `token.scopes`,
// next to each other once rendered (only quotes, commas and spaces between). The whole
// rendering then quoted the token, and both shipped bundles hid the whole report file and
// the Action's `report` output as one line, `*** (hidden: it quoted a secret)`: no longer
// JSON, so whatever reads the report broke. Now such a list is hidden item by item.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { parseCommandFile } from '../support/runner-files.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Spl1tL1stT0k3nQwEr7TyUi2OpAs8Df4Lk9ZxCv';
const PIECES = GH.match(/.{1,11}/g)!;

let server: Server;
let api = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/user')) {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-oauth-scopes': ['repo', ...PIECES, 'admin:repo_hook'].join(', '),
      });
      res.end(JSON.stringify({ login: 'octocat', id: 1, type: 'User' }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"message":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(FRONTS)('%s bundle: the token in pieces across a list', (front) => {
  test('hides the pieces, and the report stays JSON', async () => {
    expect(PIECES.every((p) => p.length < 12)).toBe(true);
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': api,
    });
    expect(r.code).toBe(0);
    expectNoFragmentIn(r.outputs, [GH]);
    const reports = [r.report];
    if (front === 'action') reports.push(parseCommandFile(r.outputs.GITHUB_OUTPUT!).report!);
    for (const text of reports) {
      const report = JSON.parse(text) as { outcome: string; token: { scopes: string[] } };
      expect(report.outcome).toBe('success');
      expect(report.token.scopes.length).toBe(PIECES.length + 2);
      expect(report.token.scopes.every((s) => s === '***')).toBe(true);
    }
  });
});
