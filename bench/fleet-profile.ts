// `npm run bench:fleet`: where the time of the 200 × 17 fleet check goes (docs/performance.md).
// The emulator runs in this process and the pipe bundle in a child under Node 24, so the CPU
// of each side is measured apart: the child's with GNU time, the emulator's with
// process.cpuUsage(). With --cpu-prof DIR the child also writes a V8 CPU profile there.
//
//   npm run bench:fleet                          # 200 accounts × 17 regions, 120 ms per AWS call
//   npm run bench:fleet -- --accounts 50 --cpu-prof /tmp/prof
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
const ACCOUNTS = Number(arg('accounts') ?? 200);
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

async function main(): Promise<void> {
  const emu = await startEmulator();
  emu.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'], login: 'bench' });
  emu.ssm.codebuildRegions = [...REGIONS];
  const ids = Array.from({ length: ACCOUNTS - 1 }, (_, i) => String(300000000001 + i));
  for (const id of ids) emu.organizations.addAccount({ id });
  for (const id of [emu.accountId, ...ids]) {
    for (const region of REGIONS)
      emu.codebuild.seed(region, {
        serverType: 'GITHUB',
        authType: 'PERSONAL_ACCESS_TOKEN',
        token: GH,
        accountId: id,
      });
    emu.codebuild.addProject(REGIONS[0]!, {
      name: `app-${id}`,
      source: { type: 'GITHUB', location: 'https://github.com/acme/app.git' },
      accountId: id,
    });
  }
  emu.faults.add({ service: 'aws', kind: 'latency', latencyMs: LATENCY_MS, count: Infinity });
  const home = mkdtempSync(join(tmpdir(), 'cbcs-fleet-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    ...emu.env,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    MODE: 'check',
    ACCOUNTS: 'organization',
    ROLE_NAME: 'codebuild-credential-sync',
    AWS_DEFAULT_REGION: 'all',
    TIMEOUT_SECONDS: '300',
    // One shard of the fleet (`--shard 2/4`) and where its report goes (`--report FILE`), for
    // the sharded rows: each shard as one CI job would run it, then `MODE=merge`.
    ...(arg('shard') ? { SHARD: arg('shard')! } : {}),
    ...(arg('report') ? { REPORT_FILE: resolve(arg('report')!) } : {}),
  };
  const timeFile = join(home, 'time');
  const nodeArgs = [
    ...(CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF] : []),
    ...NODE_FLAGS,
    join(DIST, 'pipe', 'index.js'),
  ];
  const node = node24Path();
  const load = loadavg()[0]!;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, node, ...nodeArgs], {
      env,
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
  const aws = emu.requests.filter((r) => r.service !== 'github' && r.service !== 'bitbucket');
  console.log(
    [
      `exit ${code}; ${ACCOUNTS} accounts × ${REGIONS.length} regions, ${LATENCY_MS} ms per AWS call`,
      `wall ${(wall / 1000).toFixed(1)} s; load average (1 min) ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
      `pipe process: CPU ${(user! + sys!).toFixed(1)} s (user ${user} s, sys ${sys} s), peak memory ${Math.round(rssKb! / 1024)} MB`,
      `emulator (this process): CPU ${((emuCpu.user + emuCpu.system) / 1e6).toFixed(1)} s`,
      `AWS calls ${aws.length}, GitHub calls ${emu.requests.length - aws.length}, peak in flight ${emu.inFlight.peak}`,
    ].join('\n'),
  );
  const log = arg('output');
  if (log) writeFileSync(log, output);
  if (code !== 0) console.log(output.slice(-3000));
  await emu.stop();
}

await main();
