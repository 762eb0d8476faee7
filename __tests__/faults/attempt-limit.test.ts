// The per-attempt limit (a quarter of timeout-seconds, at most 10 s), told apart from the run's
// deadline (issue 25, point 13): the deadline here is long enough that only the attempt limit
// can end a hung provider (3 attempts of 7 s and their waits end well before 28 s), so a run
// that ends "timed out" means the attempt limit is gone. Through both shipped bundles.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'AttemptL1mitT0kenQwErTyUiOpAsDfGhJ';
const BB = 'ATCTT3xFfGN0' + 'AttemptL1mitBitbucketT0kenQwEr01';

describe.each(FRONTS)('%s bundle: a hung provider', (front) => {
  test('GitHub: each attempt ends at 7 s, three of them, and the run does not time out', async () => {
    const e = emu.get();
    e.github.addToken(GH, { scopes: ['repo'] });
    e.faults.add({ service: 'github', operation: 'GET /user', kind: 'hang', count: Infinity });
    const r = await runFront(e, front, {
      'server-type': 'github',
      token: GH,
      'timeout-seconds': '28',
    });
    expect(r.code).toBe(1);
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/GitHub GET \/user .*did not answer within 7 s \(timed out, 3 attempts\)/);
    expect(said).not.toMatch(/timed out after 28 s/);
    expect(e.requests.filter((q) => q.operation === 'GET /user')).toHaveLength(3);
    expect(e.writeCalls()).toHaveLength(0);
  }, 60_000);

  test('Bitbucket: each attempt ends at 7 s, three of them, and the run does not time out', async () => {
    const e = emu.get();
    e.bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook'],
    });
    e.faults.add({ service: 'bitbucket', kind: 'hang', count: Infinity });
    const r = await runFront(e, front, {
      'server-type': 'bitbucket',
      token: BB,
      'timeout-seconds': '28',
    });
    expect(r.code).toBe(1);
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/Bitbucket GET .*did not answer within 7 s \(timed out, 3 attempts\)/);
    expect(said).not.toMatch(/timed out after 28 s/);
    expect(e.writeCalls()).toHaveLength(0);
  }, 60_000);
});
