// `npm run bench:fleet`: where the time of the 200 × 17 fleet check goes (docs/performance.md).
// The emulator runs in this process and the pipe bundle in a child under Node 24, so the CPU
// of each side is measured apart: the child's with GNU time, the emulator's with
// process.cpuUsage(). With --cpu-prof DIR the child also writes a V8 CPU profile there.
//
//   npm run bench:fleet                          # 200 accounts × 17 regions, 120 ms per AWS call
//   npm run bench:fleet -- --accounts 50 --cpu-prof /tmp/prof
//   npm run bench:fleet -- --accounts 5000 --shards 4 --drift 250
//       # against one emulator: the whole fleet in one job, then each of 4 shards in turn (as
//       # 4 CI jobs would, one after the other here), then `MODE=merge` over their reports;
//       # says whether the merged findings are the one job's
//
// Options: --accounts N, --latency MS, --dist DIR, --cpu-prof DIR, --node-flags "FLAGS",
// --shard i/n (one shard alone), --report FILE, --output FILE (the pipe's log, timed),
// --shards N (above; --no-whole skips the one job), --drift K (every K-th account holds no
// credential in sa-east-1: a credential-missing finding each).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/index.js';
import { node24Path } from '../scripts/node24.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
if (process.argv.includes('--help')) {
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]!;
  console.log(head.replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}
const ACCOUNTS = Number(arg('accounts') ?? 200);
const SHARDS = arg('shards') ? Number(arg('shards')) : undefined;
const DRIFT = Number(arg('drift') ?? 0);
const LATENCY_MS = Number(arg('latency') ?? 120);
const DIST = resolve(arg('dist') ?? join(ROOT, 'dist'));
const CPU_PROF = arg('cpu-prof');
/** More flags for the pipe's node, e.g. --node-flags=--trace-gc */
const NODE_FLAGS = (arg('node-flags') ?? '').split(' ').filter(Boolean);
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];
const GH = 'ghp_' + 'BenchmarkToken000000000000000000000';

/** What one run of the pipe took, from outside. */
interface Measured {
  code: number | null;
  output: string;
  wall: number;
  cpu: number;
  user: number;
  sys: number;
  peakMb: number;
  emulatorCpu: number;
  awsCalls: number;
  githubCalls: number;
}

/** The pipe bundle in a child under Node 24 (GNU time around it), with `env`. */
async function runPipe(
  emu: Awaited<ReturnType<typeof startEmulator>>,
  env: Record<string, string>,
  home: string,
): Promise<Measured> {
  const timeFile = join(home, `time-${Date.now()}`);
  const nodeArgs = [
    ...(CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF] : []),
    ...NODE_FLAGS,
    join(DIST, 'pipe', 'index.js'),
  ];
  const node = node24Path();
  const calls = emu.requests.length;
  const aws = () =>
    emu.requests.filter((r) => r.service !== 'github' && r.service !== 'bitbucket').length;
  const awsBefore = aws();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, node, ...nodeArgs], {
      env: { ...env, HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
    });
    let out = '';
    const stamp = (d: Buffer) =>
      (out += String(d).replace(
        /^(?=.)/gm,
        `${((performance.now() - start) / 1000).toFixed(2)}s `,
      ));
    child.stdout.on('data', stamp);
    child.stderr.on('data', stamp);
    child.on('close', (c) => done({ code: c, output: out }));
  });
  const wall = performance.now() - start;
  const emuCpu = process.cpuUsage(cpu);
  const [, user, sys, rssKb] = existsSync(timeFile)
    ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
    : [];
  const awsCalls = aws() - awsBefore;
  return {
    code,
    output,
    wall,
    user: user!,
    sys: sys!,
    cpu: user! + sys!,
    peakMb: Math.round(rssKb! / 1024),
    emulatorCpu: (emuCpu.user + emuCpu.system) / 1e6,
    awsCalls,
    githubCalls: emu.requests.length - calls - awsCalls,
  };
}

function describe(m: Measured, what: string, load: number): string {
  return [
    `${what}: exit ${m.code}; ${ACCOUNTS} accounts × ${REGIONS.length} regions, ${LATENCY_MS} ms per AWS call`,
    `wall ${(m.wall / 1000).toFixed(1)} s; load average (1 min) ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
    `pipe process: CPU ${m.cpu.toFixed(1)} s (user ${m.user} s, sys ${m.sys} s), peak memory ${m.peakMb} MB`,
    `emulator (this process): CPU ${m.emulatorCpu.toFixed(1)} s`,
    `AWS calls ${m.awsCalls}, GitHub calls ${m.githubCalls}, lines printed ${m.output.split('\n').filter(Boolean).length}`,
  ].join('\n');
}

/** A report's findings, in one order, for comparing two runs' (the merge's and the one job's). */
function findingsOf(path: string): string[] {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    findings: Array<Record<string, unknown>>;
  };
  return report.findings.map((f) => JSON.stringify(f)).sort();
}

async function main(): Promise<void> {
  const emu = await startEmulator();
  emu.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'], login: 'bench' });
  emu.ssm.codebuildRegions = [...REGIONS];
  const ids = Array.from({ length: ACCOUNTS - 1 }, (_, i) => String(300000000001 + i));
  for (const id of ids) emu.organizations.addAccount({ id });
  [emu.accountId, ...ids].forEach((id, n) => {
    for (const region of REGIONS) {
      // --drift K: every K-th account holds no credential in sa-east-1 (a finding each).
      if (DRIFT > 0 && n % DRIFT === DRIFT - 1 && region === 'sa-east-1') continue;
      emu.codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
        accountId: id,
      });
    }
    emu.codebuild.addProject(REGIONS[0]!, {
      name: `app-${id}`,
      source: { type: 'GITHUB', location: 'https://github.com/acme/app.git' },
      accountId: id,
    });
  });
  emu.faults.add({ service: 'aws', kind: 'latency', latencyMs: LATENCY_MS, count: Infinity });
  const home = mkdtempSync(join(tmpdir(), 'cbcs-fleet-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...emu.env,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    MODE: 'check',
    ACCOUNTS: 'organization',
    ROLE_NAME: 'codebuild-credential-sync',
    AWS_DEFAULT_REGION: 'all',
    TIMEOUT_SECONDS: '600',
    // Drift is reported, not a failed step: the bench reads the exit code as success or not.
    FAIL_ON_DRIFT: 'false',
    // One CI run: the shards' reports name it, and the merge checks that they share it.
    BITBUCKET_BUILD_NUMBER: '4242',
  };
  if (SHARDS) return shardsAndMerge(emu, env, home);
  // One shard of the fleet (`--shard 2/4`) and where its report goes (`--report FILE`).
  const m = await runPipe(
    emu,
    {
      ...env,
      ...(arg('shard') ? { SHARD: arg('shard')! } : {}),
      ...(arg('report') ? { REPORT_FILE: resolve(arg('report')!) } : {}),
    },
    home,
  );
  console.log(describe(m, arg('shard') ? `shard ${arg('shard')}` : 'one job', loadavg()[0]!));
  console.log(`peak in flight ${emu.inFlight.peak}`);
  const log = arg('output');
  if (log) writeFileSync(log, m.output);
  if (m.code !== 0) console.log(m.output.slice(-3000));
  await emu.stop();
}

/**
 * --shards N, against this one emulator (one configuration, so the merge takes the reports):
 * the whole fleet in one job (unless --no-whole), each shard in turn, then the merge.
 */
async function shardsAndMerge(
  emu: Awaited<ReturnType<typeof startEmulator>>,
  env: Record<string, string>,
  home: string,
): Promise<void> {
  const n = SHARDS!;
  const dir = mkdtempSync(join(tmpdir(), 'cbcs-shards-'));
  const lines: string[] = [];
  const say = (text: string) => {
    console.log(text);
    lines.push(text);
  };
  let whole: string | undefined;
  if (!process.argv.includes('--no-whole')) {
    whole = join(dir, 'whole.json');
    const load = loadavg()[0]!;
    const m = await runPipe(emu, { ...env, REPORT_FILE: whole }, home);
    say(describe(m, 'one job, every account', load));
    if (m.code !== 0) say(m.output.slice(-3000));
  }
  const shards: Measured[] = [];
  for (let i = 1; i <= n; i++) {
    const load = loadavg()[0]!;
    const m = await runPipe(
      emu,
      { ...env, SHARD: `${i}/${n}`, REPORT_FILE: join(dir, `shard-${i}.json`) },
      home,
    );
    shards.push(m);
    say(describe(m, `shard ${i}/${n}`, load));
    if (m.code !== 0) say(m.output.slice(-3000));
  }
  const merged = join(dir, 'merged.json');
  const load = loadavg()[0]!;
  const m = await runPipe(
    emu,
    {
      PATH: env.PATH!,
      MODE: 'merge',
      REPORTS: join(dir, 'shard-*.json'),
      REPORT_FILE: merged,
      BITBUCKET_BUILD_NUMBER: env.BITBUCKET_BUILD_NUMBER!,
    },
    home,
  );
  say(describe(m, `merge of the ${n} shards' reports`, load));
  if (m.code !== 0) say(m.output.slice(-3000));
  const slowest = shards.reduce((a, b) => (b.wall > a.wall ? b : a));
  say(
    [
      `slowest shard: wall ${(slowest.wall / 1000).toFixed(1)} s; shards' peaks ${shards.map((s) => `${s.peakMb} MB`).join(', ')}`,
      `merge: wall ${(m.wall / 1000).toFixed(1)} s, CPU ${m.cpu.toFixed(1)} s, peak ${m.peakMb} MB`,
    ].join('\n'),
  );
  if (whole && existsSync(merged)) {
    const a = findingsOf(whole);
    const b = findingsOf(merged);
    const same = a.length === b.length && a.every((f, i) => f === b[i]);
    say(
      `merged findings ${same ? 'EQUAL' : 'DIFFER FROM'} the one job's (${b.length} against ${a.length})`,
    );
  }
  const log = arg('output');
  if (log) writeFileSync(log, lines.join('\n'));
  console.log(`reports in ${dir}`);
  await emu.stop();
}

await main();
