// Hostile paths and signals (issue 16, findings 5 and 6, and the signal promises of
// finding 10), through both shipped bundles under Node 24 against the emulator.
// - The report file: a FIFO, a socket, a device or one of the runner's files is refused
//   before any call; a symlink is replaced, never followed; the file is 0600 and written
//   through a temporary file renamed over it, so a FIFO that appears at the path during
//   the run cannot block it past the deadline; a write that fails after the work still
//   says what was done.
// - The pipe's OIDC token never touches the disk, not even when SIGTERM ends the run.
// - SIGINT exits 130 (the Action: a failed step); a second signal exits at once.
import { describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront, type Front, type FrontRun } from '../support/front-run.js';
import { runnerFiles } from '../support/runner-files.js';

const emu = useEmulator();
const GH = 'ghp_' + 'xUpUZpTMa4k7QdRimdUJgYbhPnOzJ9xwXhere';
const OIDC = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJob3N0aWxlLXBhdGhzIn0.c2lnbmF0dXJlLWhvc3RpbGU';
const ROLE = 'arn:aws:iam::123456789012:role/codebuild-credential-sync';
const github = { 'server-type': 'github', token: GH };

function goodToken() {
  emu.get().github.addToken(GH, { scopes: ['repo'], login: 'octocat' });
}

const fresh = () => mkdtempSync(join(tmpdir(), 'paths-'));

/** Refused as configuration: exit 2 (the Action: a failed step), before any request. */
function expectRefusedBeforeAnyCall(r: FrontRun, _front: Front) {
  expect(r.signal ?? null).toBeNull();
  expect(r.code).toBe(2); // a configuration mistake, in both front doors
  expect(emu.get().requests).toHaveLength(0);
  expect(r.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(GH);
}

/** Calls `then` once the run has proven the token (GET /user answered), while its import waits. */
function onceValidated(then: (child: ChildProcess) => void) {
  return (child: ChildProcess) => {
    const poll = setInterval(() => {
      if (emu.get().requests.some((q) => q.service === 'github' && q.operation === 'GET /user')) {
        clearInterval(poll);
        then(child);
      }
    }, 20);
    child.on('close', () => clearInterval(poll));
  };
}

/** CodeBuild's import never answers: the run waits on it until it is stopped. */
function hangingImport() {
  emu.get().faults.add({
    service: 'codebuild',
    operation: 'ImportSourceCredentials',
    kind: 'hang',
    count: Infinity,
  });
}

/** Sends `signals` to the run, the first 300 ms after the token is proven (the import hangs then). */
function signalAfterValidation(signals: NodeJS.Signals[], gapMs = 0) {
  return onceValidated((child) =>
    setTimeout(() => {
      signals.forEach((signal, i) => setTimeout(() => child.kill(signal), i * gapMs));
    }, 300),
  );
}

/** The import waits 2 s in us-east-1, long enough to change the report's path under the run. */
function slowImport() {
  emu.get().faults.add({
    service: 'codebuild',
    operation: 'ImportSourceCredentials',
    kind: 'latency',
    latencyMs: 2000,
  });
}

describe.each(FRONTS)("%s: the AWS SDK's files", (front) => {
  test('a named pipe as the web identity token file, or a device as the config file, is refused before any call', async () => {
    goodToken();
    const fifo = join(fresh(), 'token.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [name, path, kind] of [
      ['AWS_WEB_IDENTITY_TOKEN_FILE', fifo, 'a named pipe (FIFO)'],
      ['AWS_CONFIG_FILE', '/dev/zero', 'a device'],
    ] as const) {
      const started = Date.now();
      const r = await runFront(
        emu.get(),
        front,
        { ...github, 'timeout-seconds': '5' },
        {
          env: { [name]: path, AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/web-identity' },
          killAfterMs: 30_000,
        },
      );
      expectRefusedBeforeAnyCall(r, front);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(r.everything).toContain(
        `${name} is ${path}, ${kind}: the AWS SDK reads it whole, so it must be a file.`,
      );
    }
  });
});

describe.each(FRONTS)('%s: the report file', (front) => {
  test('a named pipe (FIFO) is refused before any call, and cannot hang the run', async () => {
    const path = join(fresh(), 'report.json');
    execFileSync('mkfifo', [path]);
    const r = await runFront(
      emu.get(),
      front,
      { ...github, 'report-file': path, 'timeout-seconds': '5' },
      { killAfterMs: 20_000 },
    );
    expectRefusedBeforeAnyCall(r, front);
    expect(r.everything).toContain(
      `is ${path}, which is a named pipe (FIFO): name a regular file.`,
    );
    expect(lstatSync(path).isFIFO()).toBe(true); // left as it was
  });

  test('a device (/dev/full) is refused before any call: nothing is imported', async () => {
    goodToken();
    const r = await runFront(emu.get(), front, { ...github, 'report-file': '/dev/full' });
    expectRefusedBeforeAnyCall(r, front);
    expect(r.everything).toContain('is /dev/full, which is a device: name a regular file.');
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(0);
  });

  test('a socket is refused before any call', async () => {
    const path = join(fresh(), 'report.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const r = await runFront(emu.get(), front, { ...github, 'report-file': path });
      expectRefusedBeforeAnyCall(r, front);
      expect(r.everything).toContain(`is ${path}, which is a socket: name a regular file.`);
    } finally {
      server.close();
    }
  });

  // Finding F6 of issue 25's adversary: a path in the system's folders gave a raw ENOENT
  // after the work was done. (Not /dev/stdout itself: on a broken build, run as root, the
  // write would replace the machine's own link.)
  test.each(['/proc/self/fd/1', '/dev/fd/1'])(
    '%s is refused before any call, naming the option and what is valid',
    async (path) => {
      const r = await runFront(emu.get(), front, { ...github, 'report-file': path });
      expectRefusedBeforeAnyCall(r, front);
      expect(r.everything).toContain(
        `${front === 'pipe' ? 'REPORT_FILE' : "input 'report-file'"} is ${path}, which is in /`,
      );
      expect(r.everything).toContain(
        "the system's folder of devices and processes, not of files: name a regular file in a folder you can write",
      );
      expect(r.everything).not.toMatch(/ENOENT|\n\s+at /);
    },
  );

  test('a link to a named pipe is refused before any call: the report never writes through a link', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const path = join(dir, 'report.json');
    symlinkSync(fifo, path);
    const r = await runFront(emu.get(), front, { ...github, 'report-file': path });
    expectRefusedBeforeAnyCall(r, front);
    expect(r.everything).toContain(`is ${path}, a link to a named pipe (FIFO)`);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
  });

  test.each(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH', 'GITHUB_STATE'])(
    "the runner's %s file is refused before any call, and left as it was",
    async (name) => {
      const files = runnerFiles();
      const path = join(files.dir, name.toLowerCase());
      writeFileSync(path, 'held=by the runner\n');
      const r = await runFront(
        emu.get(),
        front,
        { ...github, 'report-file': path },
        { files, env: { [name]: path } },
      );
      expectRefusedBeforeAnyCall(r, front);
      expect(r.everything).toContain(`which is the runner's ${name} file`);
      if (name !== 'GITHUB_OUTPUT' && name !== 'GITHUB_STEP_SUMMARY')
        expect(readFileSync(path, 'utf8')).toBe('held=by the runner\n');
    },
  );

  test('a symlink is replaced, never followed; the report is 0600 and no temporary file is left', async () => {
    goodToken();
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'not yours\n');
    const path = join(dir, 'report.json');
    symlinkSync(victim, path);
    const r = await runFront(emu.get(), front, { ...github, 'report-file': path });
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('not yours\n');
    expect(lstatSync(path).isFile()).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ outcome: 'success' });
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'victim.txt']);
  });

  test('a FIFO that appears at the path during the run is replaced: the run ends by itself', async () => {
    goodToken();
    slowImport();
    const path = join(fresh(), 'report.json');
    const r = await runFront(
      emu.get(),
      front,
      { ...github, 'report-file': path, 'timeout-seconds': '5' },
      { killAfterMs: 25_000, onStart: onceValidated(() => execFileSync('mkfifo', [path])) },
    );
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(0);
    expect(lstatSync(path).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ outcome: 'success' });
  });

  test('a write that fails after the import still says what was done', async () => {
    goodToken();
    slowImport();
    const dir = join(fresh(), 'reports');
    mkdirSync(dir);
    const path = join(dir, 'report.json');
    // Once the token is proven, the report's folder becomes a file: the write must fail.
    const swap = () => {
      rmSync(dir, { recursive: true });
      writeFileSync(dir, 'in the way\n');
    };
    const r = await runFront(
      emu.get(),
      front,
      { ...github, 'report-file': path },
      { onStart: onceValidated(swap) },
    );
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(1);
    expect(emu.get().codebuild.credentials('us-east-1')).toHaveLength(1);
    // One closing message: what was done, then what failed.
    expect(r.everything).toMatch(
      /sync of the GITHUB credential \(PERSONAL_ACCESS_TOKEN\) succeeded in 1 region(: |\.(%0A|\n))Could not write the report file/,
    );
  });
});

describe('the pipe: the OIDC token never touches the disk', () => {
  const oidcEnv = (tmp: string) => ({
    TMPDIR: tmp,
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_OIDC_ROLE_ARN: ROLE,
    BITBUCKET_STEP_OIDC_TOKEN: OIDC,
  });

  /** Every file under `dir` (the compile cache included) that holds the token. */
  function filesHolding(dir: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      if (readFileSync(file).includes(OIDC)) found.push(file);
    }
    return found;
  }

  test('a run with AWS_OIDC_ROLE_ARN assumes the role and leaves nothing in TMPDIR', async () => {
    goodToken();
    const tmp = fresh();
    const r = await runFront(emu.get(), 'pipe', github, { env: oidcEnv(tmp) });
    expect(r.code).toBe(0);
    expect(emu.get().sts.assumed.map((a) => a.roleArn)).toContain(ROLE);
    expect(readdirSync(tmp).filter((f) => f.startsWith('cbcs-oidc'))).toEqual([]);
    expect(filesHolding(tmp)).toEqual([]);
    expect(r.everything).not.toContain(OIDC);
  });

  test('SIGTERM mid-run leaves nothing in TMPDIR either', async () => {
    goodToken();
    hangingImport();
    const tmp = fresh();
    const r = await runFront(emu.get(), 'pipe', github, {
      env: oidcEnv(tmp),
      onStart: signalAfterValidation(['SIGTERM']),
    });
    expect(r.code).toBe(143);
    expect(emu.get().sts.assumed.map((a) => a.roleArn)).toContain(ROLE);
    expect(readdirSync(tmp).filter((f) => f.startsWith('cbcs-oidc'))).toEqual([]);
    expect(filesHolding(tmp)).toEqual([]);
  });
});

describe.each(FRONTS)('%s: signals', (front) => {
  test('SIGINT stops the run: the report says so, exit 130 (the Action: a failed step)', async () => {
    goodToken();
    hangingImport();
    const r = await runFront(emu.get(), front, github, {
      onStart: signalAfterValidation(['SIGINT']),
    });
    expect(r.signal ?? null).toBeNull();
    expect(r.code).toBe(front === 'pipe' ? 130 : 1);
    expect(JSON.parse(r.report)).toMatchObject({ stopped: 'SIGINT', outcome: 'failure' });
    expect(r.everything).toMatch(
      /the run was cancelled \(SIGINT\) while waiting for CodeBuild ImportSourceCredentials in us-east-1/,
    );
  });
});

// The pipe ends within a few milliseconds of the first signal (its report is written
// synchronously), so a second signal never finds it running; the Action still writes its
// outputs and summary after the first, which is where a second must not wait.
describe('action: a second signal', () => {
  test("exits at once with the signal's code (130 or 143), where the first alone ends in a failed step (1)", async () => {
    goodToken();
    hangingImport();
    const r = await runFront(emu.get(), 'action', github, {
      onStart: signalAfterValidation(['SIGINT', 'SIGTERM']),
    });
    expect(r.signal ?? null).toBeNull();
    // Sent at once, they may be taken in either order: the one taken second gives the code.
    expect([130, 143]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
