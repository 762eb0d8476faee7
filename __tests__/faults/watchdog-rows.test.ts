// The watchdog's minimal report lists the rows written so far: copied from the report file's
// rows file by its descriptor (never held in the watchdog's thread), the last comma left out,
// so the report is valid JSON with every row written before the main thread was held.
import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/run-bundle.js';

test('a main thread held after rows were written: the watchdog’s report holds them, as valid JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbcs-watchdog-rows-'));
  const path = join(dir, 'report.json');
  const script = join(dir, 'held.ts');
  writeFileSync(
    script,
    `
import { ReportFile } from '${ROOT}/src/core/report/file.js';
import { startWatchdog, watchdogHead } from '${ROOT}/src/core/run/watchdog.js';
import { Secrets } from '${ROOT}/src/core/trust/index.js';
const file = new ReportFile(${JSON.stringify(path)}, new Secrets());
const dog = startWatchdog({
  deadlineAt: Date.now(),
  timeoutSeconds: 1,
  reportFile: ${JSON.stringify(path)},
  head: watchdogHead({ mode: 'check', serverType: 'GITHUB', authType: 'PERSONAL_ACCESS_TOKEN', dryRun: false }),
  platform: 'pipe',
});
file.onRows = (at) => dog.rows(at);
for (let n = 0; n < 400; n++)
  file.row({ region: 'r' + (n % 17), account: String(300000000001 + n), action: 'checked', status: 'ok', detail: 'the credential matches ' + n });
// Held: the worker's timer fires, the main thread never returns.
setTimeout(() => { for (;;); }, 200);
`,
  );
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('the process was ended by its watchdog');
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    aborted: string;
    regions: Array<{ account: string; detail: string }>;
  };
  expect(report.aborted).toBe('deadline');
  // Whole batches of rows were written (the last row waits for the next); each is whole and in order.
  expect(report.regions.length).toBeGreaterThan(100);
  expect(report.regions.length).toBeLessThan(400);
  report.regions.forEach((row, n) => {
    expect(row.account).toBe(String(300000000001 + n));
    expect(row.detail).toBe(`the credential matches ${n}`);
  });
  expect(readdirSync(dir).sort()).toEqual(['held.ts', 'report.json']);
}, 90_000);
