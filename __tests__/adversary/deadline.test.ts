// The adversary suite (issue 25, point 12), its first part: generated hostile answers
// through both shipped bundles under Node 24. For every run: it ends by itself within the
// deadline plus the watchdog's grace, and no line of its stdout (split as the runner splits
// it: on \n, \r\n and a lone \r) is a workflow command other than the ones the Action
// means to send. Kept small (few runs) so that it takes well under a minute.
// More generators (disguised tokens, hostile names, endless pages) belong here too.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { FaultSpec } from '../../emulator/index.js';

type FaultKind = FaultSpec['kind'];
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Adv3rs4ryD3adl1n3T0k3nN3v3rPr1nt3dAnyWh3r';
/** The run's deadline and the watchdog's documented grace (SECURITY.md), in seconds. */
const TIMEOUT_S = 5;
const GRACE_S = 5;
/** What the Action sends on purpose; anything else at a line's start is a command injected. */
// `group`/`endgroup`: the Action folds a run's progress lines into one group of its own.
const OUR_COMMANDS = new Set([
  'add-mask',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
]);

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

/** The workflow commands in `stdout`, as the runner reads them. */
function commandsIn(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .map((line) => /^\s*::([A-Za-z-]+)/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

describe.each(FRONTS)('%s: hostile answers', (front) => {
  test('every run ends within the deadline plus grace, and injects no workflow command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fault, { minLength: 1, maxLength: 2 }), async (faults) => {
        emu.get().reset();
        emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
        for (const f of faults)
          emu.get().faults.add({
            ...f.at,
            kind: f.kind,
            count: f.count,
            latencyMs: f.latencyMs,
          } as FaultSpec);
        const r = await runFront(
          emu.get(),
          front,
          { 'server-type': 'github', token: GH, 'timeout-seconds': String(TIMEOUT_S) },
          { killAfterMs: (TIMEOUT_S + GRACE_S + 15) * 1000 },
        );
        expect(r.signal ?? null).toBeNull();
        expect(r.ms).toBeLessThan((TIMEOUT_S + GRACE_S + 3) * 1000);
        expect([0, 1]).toContain(r.code);
        for (const name of commandsIn(r.stdout)) expect(OUR_COMMANDS).toContain(name);
        expect(r.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 120_000);
});
