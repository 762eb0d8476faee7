// `npm run bench:profile`: where a run's time goes. Runs a case of the bench a few
// times under Node 24 with V8's CPU profiler against the local emulator, maps every
// sample back to its original source through the bundles' source maps, and prints
// the split: Node itself, the AWS SDK, Octokit, other libraries, our own modules.
// See docs/performance.md ("Where a one-region sync's time goes").
//
//   npm run bench:profile                          # pipe sync (1 region) and the bundled SDK floor
//   npm run bench:profile -- --runs 9 --top 25     # more runs, more of our modules listed
//   npm run bench:profile -- --case bad-config     # one case: sync-1, floor, bad-config
//   npm run bench:profile -- --functions           # our modules by function
//   npm run bench:profile -- --main-thread         # the main thread only (no worker threads)
//   npm run bench:profile -- --dist /tmp/old/dist  # other bundles (before/after)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/index.js';
import { node24Path } from '../scripts/node24.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const RUNS = Number(argument('runs') ?? 7);
const TOP = Number(argument('top') ?? 12);
const CASES = (argument('case') ?? 'sync-1,floor').split(',');
/** List our modules by function, not by file. */
const BY_FUNCTION = process.argv.includes('--functions');
/** Only the main thread's profiles (`--main-thread`): a worker's start is left out. */
const MAIN_ONLY = process.argv.includes('--main-thread');
/** The bundles to profile (`--dist`), by default this checkout's. */
const DIST = resolve(argument('dist') ?? join(ROOT, 'dist'));
const GH = 'ghp_' + 'ProfileToken00000000000000000000000';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The bundled floor, built with a source map so its samples can be named too. */
function buildFloor(): string {
  const out = join(ROOT, 'node_modules', '.cache', 'sdk-floor-profile');
  const built = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    [
      'build',
      join(ROOT, 'bench', 'sdk-floor.mjs'),
      '-o',
      out,
      '-s',
      '--target',
      'es2022',
      '--quiet',
    ],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`ncc could not build the SDK floor:\n${built.stderr}`);
  return join(out, 'index.mjs');
}

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    try {
      const file = fileURLToPath(url);
      maps.set(url, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(url, null);
    }
  }
  return maps.get(url)!;
}

/** The original source of a sample's frame: a path under node_modules or src, or a V8 name. */
function originOf(frame: CallFrame): string {
  if (!frame.url) {
    return ['(garbage collector)', '(program)', '(idle)', '(root)'].includes(frame.functionName)
      ? frame.functionName
      : '(V8 built-ins)';
  }
  if (frame.url.startsWith('node:')) return 'node:';
  const map = frame.url.startsWith('file:') ? sourceMapFor(frame.url) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  const source =
    entry && 'originalSource' in entry ? entry.originalSource : frame.url.replace(/^.*\//, '');
  return source
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^.*?node_modules\//, 'node_modules/');
}

/** Groups an origin into the split the docs give. */
function groupOf(origin: string): string {
  if (origin === 'node:') return 'Node itself (its own JavaScript)';
  if (origin.startsWith('(')) return `V8: ${origin}`;
  if (/node_modules\/@(aws-sdk|smithy|aws-crypto)\//.test(origin)) return 'AWS SDK';
  if (/node_modules\/(@octokit|universal-user-agent|before-after-hook)\//.test(origin))
    return 'Octokit';
  if (origin.startsWith('node_modules/')) return 'other libraries';
  if (/^(src|bench)\//.test(origin)) return 'our modules';
  return 'bundle runtime (ncc/webpack)';
}

function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    let origin = originOf(frame);
    if (BY_FUNCTION && origin.startsWith('src/'))
      origin += ` ${frame.functionName || '(top level)'}`;
    times.set(origin, (times.get(origin) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return times;
}

async function main(): Promise<void> {
  const node = node24Path();
  const emu = await startEmulator();
  emu.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'], login: 'profile' });
  const home = mkdtempSync(join(tmpdir(), 'cbcs-profile-home-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    ...emu.env,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    AWS_DEFAULT_REGION: 'us-east-1',
  };
  const floor = CASES.includes('floor') ? buildFloor() : '';
  const commands: Record<string, { args: string[]; env: Record<string, string> }> = {
    'sync-1': { args: [join(DIST, 'pipe', 'index.js')], env },
    'bad-config': {
      args: [join(DIST, 'pipe', 'index.js')],
      env: { ...env, MODE: 'bogus' },
    },
    floor: { args: [floor], env },
  };
  try {
    for (const name of CASES) {
      const command = commands[name];
      if (!command)
        throw new Error(`--case: ${name} is not one of ${Object.keys(commands).join(', ')}`);
      const dir = mkdtempSync(join(tmpdir(), 'cbcs-profile-'));
      // One warm-up run fills the compile cache, as in the bench; it is not counted.
      for (let run = 0; run <= RUNS; run++) {
        const profiled =
          run === 0 ? [] : ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100'];
        // Not spawnSync: the emulator answers from this process's event loop.
        const code = await new Promise<number | null>((done, fail) => {
          const child = spawn(node, [...profiled, ...command.args], {
            env: command.env,
            stdio: 'ignore',
          });
          child.on('error', fail);
          child.on('close', done);
        });
        if (code === null) throw new Error(`${name}: killed by a signal`);
      }
      const totals = new Map<string, number>();
      let wall = 0;
      for (const file of readdirSync(dir)) {
        // CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile: thread 0 is the main thread.
        if (MAIN_ONLY && file.split('.')[4] !== '0') continue;
        const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
        wall += (profile.endTime - profile.startTime) / 1000;
        for (const [origin, ms] of selfTimes(profile))
          totals.set(origin, (totals.get(origin) ?? 0) + ms);
      }
      rmSync(dir, { recursive: true, force: true });
      print(name, wall / RUNS, totals);
    }
  } finally {
    await emu.stop();
  }
}

function print(name: string, wall: number, totals: Map<string, number>): void {
  const perRun = (ms: number) => `${(ms / RUNS).toFixed(1)} ms`;
  const groups = new Map<string, number>();
  for (const [origin, ms] of totals)
    groups.set(groupOf(origin), (groups.get(groupOf(origin)) ?? 0) + ms);
  console.log(
    `\n## ${name}: ${RUNS} profiled runs, ${wall.toFixed(0)} ms profiled per run (from the profiler's start, after Node's own start-up)\n`,
  );
  console.log('| where | self time per run | share |');
  console.log('| --- | ---: | ---: |');
  const all = [...groups.values()].reduce((a, b) => a + b, 0);
  for (const [group, ms] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(`| ${group} | ${perRun(ms)} | ${((100 * ms) / all).toFixed(0)}% |`);
  const ours = [...totals]
    .filter(([o]) => groupOf(o) === 'our modules')
    .sort((a, b) => b[1] - a[1]);
  if (ours.length) {
    console.log(`\nOur modules, the ${Math.min(TOP, ours.length)} costliest:\n`);
    for (const [origin, ms] of ours.slice(0, TOP)) console.log(`- ${origin}: ${perRun(ms)}`);
  }
}

await main();
