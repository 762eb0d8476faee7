// The report file of a fleet run, written as the run goes, through the shipped bundles (Node
// 24) against the emulator: whole and valid JSON at the end, the same report the Action's
// `report` output renders at once; and a run killed on the way, its rows already being
// written, leaves nothing that looks like a report at the path (the old one stays).
import { describe, expect, test } from '@jest/globals';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Report } from '../../src/core/report/report.js';
import { useEmulator } from '../support/emulated.js';
import { runBundle } from '../support/run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Rp4Fl3Wx8Kq2Mz6Nt1Vb9Hc5Gs7Yd0Ja2Ue';
const ROLE = 'codebuild-credential-sync';
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1'];
/** 59 member accounts and the management one: 240 targets, several batches of rows. */
const IDS = Array.from({ length: 59 }, (_, i) => String(250000000001 + i * 104729));

function organization() {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
  e.ssm.codebuildRegions = [...REGIONS];
  for (const id of IDS) e.organizations.addAccount({ id, name: `member-${id.slice(-4)}` });
  [e.accountId, ...IDS].forEach((id, n) => {
    for (const region of REGIONS) {
      // Every seventh account holds no credential in sa-east-1: findings to compare.
      if (n % 7 === 3 && region === 'sa-east-1') continue;
      e.codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
        accountId: id,
      });
    }
  });
}

const pipeEnv = (reportFile: string) => ({
  ...emu.get().env,
  MODE: 'check',
  SERVER_TYPE: 'github',
  TOKEN: GH,
  ACCOUNTS: 'organization',
  ROLE_NAME: ROLE,
  AWS_DEFAULT_REGION: 'all',
  REPORT_FILE: reportFile,
});

/** The size of the run's rows file (open, and already out of the folder), if it has one. */
function rowsFileSize(pid: number): number | undefined {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return undefined;
  }
  for (const fd of fds) {
    try {
      if (
        /\.report-[0-9a-f]{12}\.rows\.tmp \(deleted\)$/.test(readlinkSync(`/proc/${pid}/fd/${fd}`))
      )
        return statSync(`/proc/${pid}/fd/${fd}`).size;
    } catch {
      // closed meanwhile
    }
  }
  return undefined;
}

describe('the report file of a fleet run', () => {
  test('Action and pipe: whole, valid JSON with every row, the report the Action renders at once', async () => {
    organization();
    const files = runnerFiles();
    const actionFile = join(files.dir, 'report.json');
    const action = await runBundle(
      'action',
      {
        ...emu.get().env,
        GITHUB_REPOSITORY: 'acme/platform',
        GITHUB_RUN_ID: '4242',
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        ...runnerInputs({
          mode: 'check',
          token: GH,
          accounts: 'organization',
          'role-name': ROLE,
          'aws-region': 'all',
          'fail-on-drift': 'false',
          'report-file': actionFile,
        }),
      },
      { timeoutMs: 90_000 },
    );
    expect(action.code).toBe(0);
    const text = readFileSync(actionFile, 'utf8');
    const report = JSON.parse(text) as Report;
    expect(report.regions).toHaveLength((IDS.length + 1) * REGIONS.length);
    expect(report.accounts).toHaveLength(IDS.length + 1);
    expect(report.findings.filter((f) => f.kind === 'credential-missing')).toHaveLength(9);
    // The `report` output is the whole report rendered at once (it fits): the same content.
    const output = readOutputs(files.output).report!;
    expect(JSON.parse(output)).not.toHaveProperty('shortened');
    expect(report).toEqual(JSON.parse(output));
    expect(readdirSync(files.dir)).not.toContainEqual(expect.stringMatching(/^\.report-/));

    const dir = mkdtempSync(join(tmpdir(), 'cbcs-report-'));
    const pipeFile = join(dir, 'report.json');
    const pipe = await runBundle('pipe', pipeEnv(pipeFile), { timeoutMs: 90_000 });
    expect(pipe.code).toBe(3);
    const piped = JSON.parse(readFileSync(pipeFile, 'utf8')) as Report;
    expect(piped.regions).toEqual(report.regions);
    expect(piped.accounts).toEqual(report.accounts);
    expect(piped.findings).toEqual(report.findings);
    expect(readdirSync(dir)).toEqual(['report.json']);
  }, 180_000);

  test('pipe: killed while its rows are being written, it leaves the old report at the path and nothing else', async () => {
    organization();
    emu.get().faults.add({ service: 'aws', kind: 'latency', latencyMs: 250, count: Infinity });
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-report-'));
    const path = join(dir, 'report.json');
    writeFileSync(path, '{"old": true}\n');
    let written: number | undefined;
    const watch = (child: ChildProcess) => {
      const poll = setInterval(() => {
        const size = rowsFileSize(child.pid!);
        if (size === undefined || size === 0) return;
        written = size;
        clearInterval(poll);
        child.kill('SIGKILL');
      }, 50);
      child.on('exit', () => clearInterval(poll));
    };
    const r = await runBundle('pipe', pipeEnv(path), { timeoutMs: 90_000, onStart: watch });
    // Killed with rows on disk, before the end.
    expect(written).toBeGreaterThan(0);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).not.toContain('Report written');
    expect(readFileSync(path, 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  }, 120_000);

  test('pipe: killed without an old report, nothing is at the path', async () => {
    organization();
    emu.get().faults.add({ service: 'aws', kind: 'latency', latencyMs: 250, count: Infinity });
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-report-'));
    const path = join(dir, 'report.json');
    const watch = (child: ChildProcess) => {
      const poll = setInterval(() => {
        if (!rowsFileSize(child.pid!)) return;
        clearInterval(poll);
        child.kill('SIGKILL');
      }, 50);
      child.on('exit', () => clearInterval(poll));
    };
    const r = await runBundle('pipe', pipeEnv(path), { timeoutMs: 90_000, onStart: watch });
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});
