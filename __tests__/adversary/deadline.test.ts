// The adversary suite (issue 25, point 12), its first part: generated faults (a hang, a 5xx,
// a reset, latency, a sign-in page, a redirect; once, three times or forever) on GitHub
// `GET /user` or CodeBuild, through both shipped bundles under Node 24, with a short
// deadline of the runs' own (5 s). Every run is held to expectSealedRun: it ends by itself
// within the deadline plus the watchdog's grace, no stdout line (split as the runner splits
// it: on \n, \r\n and a lone \r) is a command the Action does not send, no run of 12
// characters of the token's skeleton is in any output, and its peak memory stays under 200 MB.
import { describe, test } from '@jest/globals';
import fc from 'fast-check';
import type { FaultSpec } from '../../emulator/index.js';
import { useEmulator } from '../support/emulated.js';
import { FRONTS } from '../support/front-run.js';
import { FEW, adversaryRun, expectSealedRun } from '../support/adversary.js';

type FaultKind = FaultSpec['kind'];

const emu = useEmulator();
const GH = 'ghp_' + 'Adv3rs4ryD3adl1n3T0k3nN3v3rPr1nt3dAnyWh3r';
/** A deadline shorter than the suite's default: a hang costs the runs little. */
const TIMEOUT_S = 5;

const where = fc.constantFrom(
  { service: 'github', operation: 'GET /user' },
  { service: 'codebuild', operation: 'ImportSourceCredentials' },
  { service: 'codebuild', operation: 'ListSourceCredentials' },
  { service: 'codebuild' },
);
const kind = fc.constantFrom<FaultKind>('hang', '5xx', 'reset', 'latency', 'html', 'redirect');
const fault = fc.record({
  at: where,
  kind,
  count: fc.constantFrom(1, 3, Infinity),
  latencyMs: fc.integer({ min: 0, max: 3000 }),
});

describe.each(FRONTS)('%s: hostile answers', (front) => {
  test('every run ends within the deadline plus grace, and injects no workflow command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fault, { minLength: 1, maxLength: 2 }), async (faults) => {
        emu.get().reset();
        emu.get().github.addToken(GH, { scopes: ['repo'] });
        for (const f of faults)
          emu.get().faults.add({
            ...f.at,
            kind: f.kind,
            count: f.count,
            latencyMs: f.latencyMs,
          } as FaultSpec);
        const r = await adversaryRun(emu.get(), front, {
          'server-type': 'github',
          token: GH,
          'timeout-seconds': String(TIMEOUT_S),
        });
        expectSealedRun(r, [GH]);
      }),
      FEW(4),
    );
  }, 150_000);
});
