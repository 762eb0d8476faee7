// One version: package.json's, stamped into both shipped bundles at build. Every request they
// make names it in the User-Agent, and the report they write carries it.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/report/report.js';
import { VERSION } from '../src/core/base/version.js';
import { useEmulator } from './support/emulated.js';
import { readOutputs, runnerFiles, runnerInputs } from './support/runner-files.js';
import { ROOT, buildVersion, runBundle } from './support/run-bundle.js';

const emu = useEmulator();
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const GH = 'ghp_' + 'Vr5Ns2Tk8Wq1Ze4Xc7Lp0Hm3Gb6Jd9Fa2Ys4K';
const BB = 'ATCTTversionTest' + 'bhgTWkbxfXPoeCZ1KfQ89ab';

test('the source reads package.json', () => {
  expect(VERSION).toBe(PACKAGE_VERSION);
});

/** Every service request since the emulator's last reset names this release. */
function expectUserAgents() {
  const requests = emu.get().requests;
  expect(requests.length).toBeGreaterThan(1);
  for (const r of requests) {
    expect({ [`${r.service} ${r.operation}`]: r.userAgent }).toEqual({
      [`${r.service} ${r.operation}`]: expect.stringContaining(
        `codebuild-credential-sync/${PACKAGE_VERSION}`,
      ),
    });
  }
}

describe('the shipped bundles carry package.json version', () => {
  test('pipe: User-Agent on GitHub, Bitbucket and CodeBuild calls; report file', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    emu.get().bitbucket.addToken(BB, {
      kind: 'access-token',
      scopes: ['repository', 'pullrequest', 'webhook', 'account'],
    });
    const dir = mkdtempSync(join(tmpdir(), 'version-'));
    for (const [serverType, token] of [
      ['github', GH],
      ['bitbucket', BB],
    ]) {
      const result = await runBundle('pipe', {
        ...emu.get().env,
        AWS_DEFAULT_REGION: 'us-east-1',
        SERVER_TYPE: serverType,
        TOKEN: token,
        REPORT_FILE: join(dir, `${serverType}.json`),
      });
      expect(result.code).toBe(0);
      const report = JSON.parse(readFileSync(join(dir, `${serverType}.json`), 'utf8')) as Report;
      expect(report.tool.version).toBe(buildVersion());
    }
    expect(new Set(emu.get().requests.map((r) => r.service))).toEqual(
      // sts: the one GetCallerIdentity that finds wrong AWS keys up front (issue 26).
      new Set(['github', 'bitbucket', 'codebuild', 'sts']),
    );
    expectUserAgents();
  });

  test('action: User-Agent, the report output and the job summary', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const files = runnerFiles();
    const result = await runBundle('action', {
      ...emu.get().env,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: files.dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...runnerInputs({ token: GH, 'aws-region': 'us-east-1' }),
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(readOutputs(files.output).report) as Report;
    expect(report.tool.version).toBe(buildVersion());
    expect(readFileSync(files.summary, 'utf8')).toContain(
      `codebuild-credential-sync ${buildVersion()}`,
    );
    expectUserAgents();
  });
});

describe('a build between releases says so (issue 26)', () => {
  test('package.json carries a pre-release version until the first release', () => {
    expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+-dev$/);
    expect(buildVersion()).toMatch(/^\d+\.\d+\.\d+-dev\+[0-9a-f]{12}$/);
  });

  test('action: the ref it was used at (uses: owner/repo@main) in the run, report and summary', async () => {
    emu.get().github.addToken(GH, { scopes: ['repo'] });
    const files = runnerFiles();
    const result = await runBundle('action', {
      ...emu.get().env,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_REF: 'feature/first-hour',
      RUNNER_TEMP: files.dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...runnerInputs({ token: GH, 'aws-region': 'us-east-1' }),
    });
    expect(result.code).toBe(0);
    const shown = `${PACKAGE_VERSION}+feature.first-hour`;
    expect(result.stdout).toMatch(
      new RegExp(`^codebuild-credential-sync ${shown.replace(/[.+]/g, '\\$&')}$`, 'm'),
    );
    expect((JSON.parse(readOutputs(files.output).report) as Report).tool.version).toBe(shown);
    expect(readFileSync(files.summary, 'utf8')).toContain(`codebuild-credential-sync ${shown}`);
  });
});
