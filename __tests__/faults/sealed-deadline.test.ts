// Issue 25, point 10 (findings 8 and 14) and two promises of point 13, through both
// shipped bundles under Node 24 against the emulator:
// - the watchdog: a main thread held in a synchronous read past the deadline (a token
//   file swapped for a named pipe after the checks) ends at the deadline plus the grace
//   (5 s), exit 1, with a minimal report (`"aborted": "deadline"`);
// - the files the AWS SDK or Node read whole (a profile's web_identity_token_file,
//   AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, the SSO cache, NODE_EXTRA_CA_CERTS) are
//   refused before any call when they are named pipes; a sparse 17 MiB config file too;
// - named pipes planted in the compile cache's folder cannot hang the start;
// - an event file over 25 MiB is not read (the Action).
// Each run has a short deadline of its own and is killed by the test only far past it,
// so a run that hangs fails on its exit signal, not on Jest's timeout.
import { describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront, type FrontRun } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'S3al3dD3adl1n3T0k3nN3v3rPr1nt3dAnyWh3r3';
const github = { 'server-type': 'github', token: GH };
const ROLE = 'arn:aws:iam::123456789012:role/web-identity';
/** The documented grace after the deadline (SECURITY.md), pinned here, not read from the source. */
const GRACE_S = 5;
const NO_KEYS = { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined };

const fresh = () => mkdtempSync(join(tmpdir(), 'sealed-'));

function goodToken() {
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
}

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** Refused as configuration: exit 2, before any request, in bounded time, named, no stack. */
function expectRefused(r: FrontRun, message: string) {
  expect(r.signal ?? null).toBeNull();
  expect(r.code).toBe(2);
  expect(r.ms).toBeLessThan(15_000);
  expect(emu.get().requests).toHaveLength(0);
  expect(r.everything).toContain(message);
  expect(r.everything).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(r.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
}

describe.each(FRONTS)('%s: the watchdog', (front) => {
  test('a main thread held in a synchronous read past the deadline ends at the deadline plus the grace: exit 1, a minimal report', async () => {
    goodToken();
    // The token is proven slowly, so the file is swapped before the SDK first reads it.
    emu.get().faults.add({
      service: 'github',
      operation: 'GET /user',
      kind: 'latency',
      latencyMs: 1500,
    });
    const dir = fresh();
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3YXRjaGRvZyJ9.c2ln');
    const reportFile = join(dir, 'report.json');
    // A regular file at the checks, a named pipe (no writer ever) when the SDK reads it:
    // swapped as soon as the run says its configuration (after the checks, before any call).
    const swap = (child: ChildProcess) => {
      let said = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        if (said.includes('Configuration: mode=')) return;
        said += chunk.toString();
        if (said.includes('Configuration: mode='))
          renameSync(fifo(join(dir, 'planted')), tokenFile);
      });
    };
    const timeout = 5; // the least timeout-seconds takes
    const r = await runFront(
      emu.get(),
      front,
      {
        ...github,
        'timeout-seconds': String(timeout),
        'report-file': reportFile,
        // The pipe's debug line; the Action's `::debug::` lines are always written.
        ...(front === 'pipe' ? { debug: 'true' } : {}),
      },
      {
        env: { ...NO_KEYS, AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: ROLE },
        onStart: swap,
        killAfterMs: (timeout + GRACE_S + 20) * 1000,
      },
    );
    expect(statSync(tokenFile).isFIFO()).toBe(true); // the swap happened
    expect(r.signal ?? null).toBeNull(); // ended by itself, not by the test
    expect(r.code).toBe(1);
    expect(r.ms).toBeGreaterThanOrEqual((timeout + GRACE_S) * 1000 - 500);
    expect(r.ms).toBeLessThan((timeout + GRACE_S + 8) * 1000);
    const report = JSON.parse(r.report) as Record<string, unknown>;
    expect(report).toMatchObject({
      aborted: 'deadline',
      outcome: 'failure',
      mode: 'sync',
      serverType: 'GITHUB',
      regions: [],
    });
    expect(String(report.errors)).toContain(
      `The run did not end within timeout-seconds (${timeout} s) plus ${GRACE_S} s of grace: the process was ended by its watchdog`,
    );
    expect(front === 'action' ? r.stdout : r.stderr).toMatch(
      front === 'action' ? /^::error::The run did not end/m : /^✖ The run did not end/m,
    );
    expect(r.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
    expect(emu.get().writeCalls()).toHaveLength(0);
  }, 60_000);

  test('a run that ends by itself never hears from the watchdog', async () => {
    goodToken();
    const r = await runFront(emu.get(), front, { ...github, 'timeout-seconds': '5' });
    expect(r.code).toBe(0);
    expect(r.everything).not.toContain('watchdog');
    // Past the deadline plus grace, nothing is written over the report.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(JSON.parse(r.report)).not.toHaveProperty('aborted');
  });
});

describe.each(FRONTS)('%s: files the AWS SDK or Node read whole', (front) => {
  const run = (env: Record<string, string | undefined>) =>
    runFront(emu.get(), front, { ...github, 'timeout-seconds': '5' }, { env, killAfterMs: 30_000 });

  test("a named pipe as a profile's web_identity_token_file is refused before any call", async () => {
    const dir = fresh();
    const token = fifo(join(dir, 'token.fifo'));
    const config = join(dir, 'config');
    writeFileSync(
      config,
      `[profile base]\nrole_arn = ${ROLE}\nweb_identity_token_file = ${token}\n\n[profile ci]\nrole_arn = ${ROLE}\nsource_profile = base\n`,
    );
    const r = await run({
      ...NO_KEYS,
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      AWS_PROFILE: 'ci',
    });
    expectRefused(
      r,
      `The web_identity_token_file of AWS profile "base" is ${token}, a named pipe (FIFO): the AWS SDK reads it whole, so it must be a file.`,
    );
  });

  test('a named pipe as AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is refused before any call', async () => {
    const token = fifo(join(fresh(), 'auth.fifo'));
    const r = await run({
      ...NO_KEYS,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:9/creds',
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: token,
    });
    expectRefused(
      r,
      `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is ${token}, a named pipe (FIFO): the AWS SDK reads it whole, so it must be a file.`,
    );
  });

  test("a named pipe as the profile's SSO token cache is refused before any call", async () => {
    const home = fresh();
    mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
    writeFileSync(
      join(home, '.aws', 'config'),
      '[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Sync\n\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n',
    );
    const cache = fifo(
      join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update('corp').digest('hex')}.json`),
    );
    const r = await run({ ...NO_KEYS, HOME: home, AWS_PROFILE: 'sso' });
    expectRefused(
      r,
      `The SSO token cache of AWS profile "sso" is ${cache}, a named pipe (FIFO): the AWS SDK reads it whole, so it must be a file.`,
    );
  });

  test('a named pipe as NODE_EXTRA_CA_CERTS is refused before any call', async () => {
    const certs = fifo(join(fresh(), 'ca.fifo'));
    const r = await run({ NODE_EXTRA_CA_CERTS: certs });
    expectRefused(
      r,
      `NODE_EXTRA_CA_CERTS is ${certs}, a named pipe (FIFO): Node reads it whole, so it must be a file.`,
    );
  });

  test('a sparse 17 MiB config file is refused as far too large, before any call', async () => {
    const config = join(fresh(), 'config');
    const fd = openSync(config, 'w');
    ftruncateSync(fd, 17 * 1024 * 1024);
    closeSync(fd);
    const r = await run({ AWS_CONFIG_FILE: config });
    expectRefused(
      r,
      `AWS_CONFIG_FILE is ${config}, 17,825,792 bytes: more than such a file holds (at most 16 MiB here).`,
    );
  });
});

describe.each(FRONTS)('%s: the compile cache', (front) => {
  test('named pipes planted in the cache folder under a shared TMPDIR cannot hang the start', async () => {
    goodToken();
    const temp = fresh();
    // A first run fills whatever cache folder the bundle uses under this TMPDIR.
    const first = await runFront(
      emu.get(),
      front,
      { ...github, 'timeout-seconds': '5' },
      { env: { TMPDIR: temp }, killAfterMs: 30_000 },
    );
    expect(first.code).toBe(0);
    // Someone else on the machine: every cache file a named pipe, every folder writable by all.
    const plant = (dir: string): number => {
      chmodSync(dir, 0o777);
      let planted = 0;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) planted += plant(path);
        else if (entry.isFile()) {
          rmSync(path);
          fifo(path);
          planted++;
        }
      }
      return planted;
    };
    // The runner's own files (the Action's) are not the cache: only folders the bundle made.
    const cacheDirs = readdirSync(temp).filter((name) =>
      /compile-cache|credential-sync/.test(name),
    );
    expect(cacheDirs.length).toBeGreaterThan(0);
    expect(cacheDirs.reduce((n, name) => n + plant(join(temp, name)), 0)).toBeGreaterThan(0);
    const r = await runFront(
      emu.get(),
      front,
      { ...github, 'timeout-seconds': '5' },
      { env: { TMPDIR: temp }, killAfterMs: 30_000 },
    );
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(15_000);
  });
});

describe('action: the event file', () => {
  test('an event file over 25 MiB is not read: the run goes on without it', async () => {
    goodToken();
    const event = join(fresh(), 'event.json');
    const fd = openSync(event, 'w');
    ftruncateSync(fd, 26 * 1024 * 1024); // zeros: not JSON, so reading it would fail the run
    closeSync(fd);
    const r = await runFront(
      emu.get(),
      'action',
      { ...github, 'timeout-seconds': '10' },
      { env: { GITHUB_EVENT_PATH: event, RUNNER_DEBUG: '1' }, killAfterMs: 30_000 },
    );
    expect(r.code).toBe(0);
    expect(r.everything).not.toContain('is not JSON');
    expect(r.stdout).toContain(
      "::debug::The workflow's event file (GITHUB_EVENT_PATH) is larger than any event (25 MB)",
    );
    expect(statSync(event).size).toBe(26 * 1024 * 1024); // left as it was
  });
});

/** Alive: in /proc and not a zombie (a killed orphan waits there to be reaped). */
function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe.each(FRONTS)("%s: a profile's credential_process", (front) => {
  test('a credential_process still running when the run stops ends with the run', async () => {
    goodToken();
    const dir = fresh();
    const pidFile = join(dir, 'pid');
    const config = join(dir, 'config');
    writeFileSync(
      config,
      `[profile cp]\ncredential_process = /bin/sh -c "echo $$ > ${pidFile}; exec sleep 120"\n`,
    );
    const r = await runFront(
      emu.get(),
      front,
      { ...github, 'timeout-seconds': '5' },
      {
        env: {
          ...NO_KEYS,
          AWS_CONFIG_FILE: config,
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
          AWS_PROFILE: 'cp',
        },
        killAfterMs: 30_000,
      },
    );
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(1); // the run timed out waiting for credentials
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    // SIGTERM was sent at exit: give the kernel a moment to deliver it.
    const until = Date.now() + 2000;
    while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const left = alive(pid);
    if (left) process.kill(pid, 'SIGKILL'); // not left behind by the test either
    expect(left).toBe(false);
  });
});
