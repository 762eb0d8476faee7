// `npm run bench`: the shipped bundles under Node 24 against the local emulator,
// side by side in one run, with medians and ratios. See docs/performance.md.
//
//   npm run bench                         # 7 measured runs of every case
//   npm run bench -- --runs 11            # more runs
//   npm run bench -- --write-doc          # also put the table into docs/performance.md
//   npm run bench -- --dist /tmp/old/dist # measure other bundles (before/after)
//   npm run bench -- --vs /tmp/old/dist   # pair each bundle case with its twin on other bundles
//   npm run bench -- --quick              # 1 run, small latency case, no AWS CLI (smoke test)
//   npm run bench -- --skip cli-10,storm-standard   # leave cases out (ids in the table's case list)
//   npm run bench -- --only fleet-check --runs 3      # just these cases (and bare node)
//
// Cases run interleaved (one of each per round, after one warm-up round that is
// not counted), so load from other processes falls on all of them alike. Every
// run's exit code is checked: a case that fails is an error, not a figure.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { node24Path } from '../scripts/node24.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- arguments

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const flag = (name: string) => process.argv.includes(`--${name}`);

/** `--help` prints this file's opening comment (the usage above); an unknown option is refused. */
const OPTIONS = [
  'runs',
  'write-doc',
  'dist',
  'vs',
  'quick',
  'skip',
  'only',
  'latency',
  'no-aws-cli',
];
if (flag('help')) {
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  console.log(source.slice(0, source.indexOf('\nimport')).replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}
for (const arg of process.argv.slice(2))
  if (arg.startsWith('--') && !OPTIONS.includes(arg.slice(2))) {
    console.error(
      `npm run bench: unknown option ${arg}; known: --${OPTIONS.join(', --')}, --help.`,
    );
    process.exit(2);
  }

const QUICK = flag('quick');
const RUNS = Number(argument('runs') ?? (QUICK ? 1 : 7));
const DIST = resolve(argument('dist') ?? join(ROOT, 'dist'));
const LATENCY_MS = Number(argument('latency') ?? 120);
const WRITE_DOC = flag('write-doc');
/**
 * Other bundles to pair with (`--vs /tmp/old/dist`): each case that runs a bundle gets a
 * twin on these, run right after it in every round, and the output adds the median of the
 * per-round ratios (this ÷ twin), which the machine's drift during the run cancels out of.
 */
const VS = argument('vs') === undefined ? undefined : resolve(argument('vs')!);
const NO_CLI = flag('no-aws-cli') || QUICK;
/** Case ids to leave out, e.g. `--skip storm-standard,storm-adaptive`. */
const SKIP = new Set((argument('skip') ?? '').split(',').filter(Boolean));
/** Case ids to run alone (bare node is always run: every ratio needs it). */
const ONLY = new Set((argument('only') ?? '').split(',').filter(Boolean));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a whole number ≥ 1');

// ---------------------------------------------------------------- the setting

const GH = 'ghp_' + 'BenchmarkToken000000000000000000000';
const ALL_REGIONS = [
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
const TEN_REGIONS = ALL_REGIONS.slice(0, 10);
const ORG_ACCOUNTS = QUICK ? 2 : 10;
const ORG_REGIONS = QUICK ? ALL_REGIONS.slice(0, 2) : ALL_REGIONS;
const ROLES = Array.from(
  { length: ORG_ACCOUNTS },
  (_, i) => `arn:aws:iam::${String(111111111110 + i)}:role/credential-sync`,
);
const AWS_SERVICES = new Set([
  'codebuild',
  'codeconnections',
  'secretsmanager',
  'sts',
  'organizations',
  'ssm',
  'account',
]);
/** Issue 20's fleet: accounts of one organization × the regions where CodeBuild is offered. */
const FLEET_ACCOUNTS = QUICK ? 3 : 200;
const FLEET_REGIONS = QUICK ? ALL_REGIONS.slice(0, 2) : ALL_REGIONS;
const FLEET_IDS = Array.from({ length: FLEET_ACCOUNTS - 1 }, (_, i) => String(300000000001 + i));

/** The goals of issue 10, checked on every run of the bench. */
interface Goal {
  text: string;
  met: (m: Map<string, Stats>) => boolean | undefined;
}

interface Sample {
  ms: number;
  /** AWS calls the emulator answered during the run. */
  awsCalls: number;
  /** The most requests the emulator answered at once during the run. */
  peak: number;
  /** False: the run ended with another exit code (only for cases that may fail). */
  ok: boolean;
  /** Peak resident memory of the run's process, in MB (cases with `memory`). */
  rssMb?: number;
}

interface Stats {
  name: string;
  median: number;
  samples: number[];
  failed: boolean[];
  awsCalls: number;
  peak: number;
  /** The most resident memory of any run, in MB. */
  rssMb?: number;
  note?: string;
}

interface Case {
  id: string;
  name: string;
  /** The exit code every run must end with. */
  expectCode: number | ((code: number | null) => boolean);
  command: () => { file: string; args: string[]; env: Record<string, string> };
  before?: (emu: Emulator) => void;
  after?: (emu: Emulator) => void;
  /** Under a fault storm a run may fail; it is then counted, not fatal. */
  mayFail?: boolean;
  /** Why the case was skipped, if it was. */
  skipped?: string;
  /** Measure the process's peak resident memory (GNU time's %M). */
  memory?: boolean;
}

// ---------------------------------------------------------------- helpers

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed(
  file: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ ms: performance.now() - start, code, output }));
  });
}

function bytesUnder(dir: string): { files: number; bytes: number; js: number } {
  let files = 0;
  let bytes = 0;
  let js = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const sub = bytesUnder(path);
      files += sub.files;
      bytes += sub.bytes;
      js += sub.js;
    } else {
      files++;
      bytes += st.size;
      if (/\.(m?js|cjs)$/.test(name)) js += st.size;
    }
  }
  return { files, bytes, js };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

/** The AWS CLI the comparison uses: $AWS_CLI, Debian's (installed with apt-get when missing), or none. */
/**
 * The honest floor is a bundle: `bench/sdk-floor.mjs` built by the same ncc as the
 * product (one file plus the SDK's chunk), run with the compile cache on before the
 * SDK loads. Built once per bench run into node_modules/.cache; nothing is committed.
 */
function buildSdkFloor(): string {
  const out = join(ROOT, 'node_modules', '.cache', 'sdk-floor');
  const built = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', join(ROOT, 'bench', 'sdk-floor.mjs'), '-o', out, '--target', 'es2022', '--quiet'],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`ncc could not build the SDK floor:\n${built.stderr}`);
  return join(out, 'index.mjs');
}

function findAwsCli(): { path?: string; version?: string; reason?: string } {
  if (NO_CLI) return { reason: QUICK ? '--quick' : '--no-aws-cli' };
  const version = (path: string) =>
    spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim().split('\n')[0] ?? undefined;
  if (process.env.AWS_CLI)
    return { path: process.env.AWS_CLI, version: version(process.env.AWS_CLI) };
  const debian = '/usr/bin/aws';
  if (!existsSync(debian)) {
    const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim();
    if (!apt) return { reason: "no /usr/bin/aws and no apt-get to install Debian's awscli" };
    if (process.getuid?.() !== 0)
      return { reason: "no /usr/bin/aws; installing Debian's awscli needs root (apt-get)" };
    console.error("Installing Debian's awscli with apt-get (once)...");
    const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'awscli'], {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (install.status !== 0 || !existsSync(debian))
      return {
        reason: `apt-get install awscli failed: ${(install.stderr || install.stdout).trim().split('\n').pop()}`,
      };
  }
  return { path: debian, version: version(debian) };
}

/** What a user scripts today: curl for the token's scopes, then the AWS CLI's import and list per region. */
const CLI_SCRIPT = `set -eu
scopes=$(curl -fsS -o /dev/null -D - -H "Authorization: token $TOKEN" "$GITHUB_API_URL/user" | tr -d '\\r' | sed -n 's/^[Xx]-[Oo][Aa]uth-[Ss]copes: *//p')
case ", $scopes," in *", repo,"*) ;; *) echo "token lacks repo: $scopes" >&2; exit 1 ;; esac
for region in $REGIONS; do
  "$AWS_CLI" codebuild import-source-credentials --region "$region" --endpoint-url "$AWS_ENDPOINT_URL" \\
    --server-type GITHUB --auth-type PERSONAL_ACCESS_TOKEN --token "$TOKEN" --should-overwrite >/dev/null
  "$AWS_CLI" codebuild list-source-credentials --region "$region" --endpoint-url "$AWS_ENDPOINT_URL" >/dev/null
done
`;

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const node = node24Path();
  const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const emu = await startEmulator();
  emu.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'], login: 'bench' });
  const home = mkdtempSync(join(tmpdir(), 'cbcs-bench-home-'));
  const base = { PATH: process.env.PATH ?? '', HOME: home, ...emu.env };
  const pipeEnv = (env: Record<string, string>) => ({
    ...base,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    ...env,
  });
  const actionInputs = (inputs: Record<string, string>) => {
    const meta = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const env: Record<string, string> = {};
    for (const [name, spec] of Object.entries(meta.inputs)) {
      let value = inputs[name] ?? spec.default ?? '';
      if (/^\$\{\{.*\}\}$/.test(value)) value = '';
      env[`INPUT_${name.toUpperCase()}`] = value;
    }
    const dir = mkdtempSync(join(tmpdir(), 'cbcs-bench-step-'));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    return {
      ...base,
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/infra',
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
  };
  const bundle = (which: 'pipe' | 'action') => join(DIST, which, 'index.js');
  const latency = () =>
    emu.faults.add({ service: 'aws', kind: 'latency', latencyMs: LATENCY_MS, count: Infinity });
  const cli = findAwsCli();
  const floor = buildSdkFloor();
  const org = `${ORG_ACCOUNTS} accounts × ${ORG_REGIONS.length} regions`;

  const cases: Case[] = [
    {
      id: 'bare',
      name: 'bare node: `node -e 0`',
      expectCode: 0,
      command: () => ({ file: node, args: ['-e', '0'], env: base }),
    },
    {
      id: 'bad-config',
      name: 'pipe: bad config (`MODE=bogus`), exit 2',
      expectCode: 2,
      command: () => ({ file: node, args: [bundle('pipe')], env: pipeEnv({ MODE: 'bogus' }) }),
    },
    {
      id: 'sync-1',
      name: 'pipe: sync, 1 region',
      expectCode: 0,
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({ AWS_DEFAULT_REGION: 'us-east-1' }),
      }),
    },
    {
      id: 'sdk-floor',
      name: 'SDK floor, bundled: GET /user, then import + list with `@aws-sdk/client-codebuild`, nothing else (`bench/sdk-floor.mjs` built by ncc)',
      expectCode: 0,
      command: () => ({
        file: node,
        args: [floor],
        env: pipeEnv({ AWS_DEFAULT_REGION: 'us-east-1' }),
      }),
    },
    {
      id: 'bad-config-cold',
      name: 'pipe: bad config, no compile cache (`NODE_DISABLE_COMPILE_CACHE=1`)',
      expectCode: 2,
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({ MODE: 'bogus', NODE_DISABLE_COMPILE_CACHE: '1' }),
      }),
    },
    {
      id: 'sync-1-cold',
      name: 'pipe: sync, 1 region, no compile cache (`NODE_DISABLE_COMPILE_CACHE=1`)',
      expectCode: 0,
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({ AWS_DEFAULT_REGION: 'us-east-1', NODE_DISABLE_COMPILE_CACHE: '1' }),
      }),
    },
    {
      id: 'sync-10',
      name: 'pipe: sync, 10 regions',
      expectCode: 0,
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({ AWS_DEFAULT_REGION: TEN_REGIONS.join(',') }),
      }),
    },
    {
      id: 'action-bad-config',
      name: 'action: bad config (`mode: bogus`), failed step',
      expectCode: (code) => code !== 0,
      command: () => ({
        file: node,
        args: [bundle('action')],
        env: actionInputs({ mode: 'bogus', token: GH }),
      }),
    },
    {
      id: 'action-sync-1',
      name: 'action: sync, 1 region',
      expectCode: 0,
      command: () => ({
        file: node,
        args: [bundle('action')],
        env: actionInputs({ token: GH, 'aws-region': 'us-east-1' }),
      }),
    },
    ...[1, 10].map((n): Case => ({
      id: `cli-${n}`,
      name: `AWS CLI route: curl + import + list, ${n} region${n === 1 ? '' : 's'}`,
      expectCode: 0,
      skipped: cli.reason,
      command: () => ({
        file: 'bash',
        args: ['-c', CLI_SCRIPT],
        env: {
          ...base,
          AWS_CLI: cli.path ?? 'aws',
          TOKEN: GH,
          REGIONS: (n === 1 ? ['us-east-1'] : TEN_REGIONS).join(' '),
          AWS_PAGER: '',
        },
      }),
    })),
    {
      id: 'org-sync',
      name: `pipe: sync, ${org}, ${LATENCY_MS} ms per AWS call`,
      expectCode: 0,
      before: latency,
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({
          AWS_DEFAULT_REGION: ORG_REGIONS.join(','),
          ROLE_TO_ASSUME: ROLES.join(','),
        }),
      }),
    },
    {
      id: 'org-check',
      name: `pipe: check, ${org}, ${LATENCY_MS} ms per AWS call`,
      expectCode: 0,
      before: latency,
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({
          MODE: 'check',
          AWS_DEFAULT_REGION: ORG_REGIONS.join(','),
          ROLE_TO_ASSUME: ROLES.join(','),
        }),
      }),
    },
    ...(['standard', 'adaptive'] as const).map((mode): Case => ({
      id: `storm-${mode}`,
      name: `pipe: sync, ${org}, ${LATENCY_MS} ms, first ${ORG_ACCOUNTS * ORG_REGIONS.length} CodeBuild calls throttled, AWS_RETRY_MODE=${mode}`,
      expectCode: 0,
      mayFail: true,
      skipped: QUICK ? '--quick' : undefined,
      before: (e) => {
        latency();
        e.faults.add({
          service: 'codebuild',
          kind: 'throttle',
          count: ORG_ACCOUNTS * ORG_REGIONS.length,
        });
      },
      command: () => ({
        file: node,
        args: [bundle('pipe')],
        env: pipeEnv({
          AWS_DEFAULT_REGION: ORG_REGIONS.join(','),
          ROLE_TO_ASSUME: ROLES.join(','),
          AWS_RETRY_MODE: mode,
        }),
      }),
    })),
  ];

  /** The organization: the emulator's account manages it; every member has every region's credential. */
  const fleet = (e: Emulator) => {
    if (e.codebuild.credentials(FLEET_REGIONS[0]!, FLEET_IDS[0]).length > 0) return;
    e.ssm.codebuildRegions = [...FLEET_REGIONS];
    for (const id of FLEET_IDS) e.organizations.addAccount({ id });
    for (const id of [e.accountId, ...FLEET_IDS]) {
      for (const region of FLEET_REGIONS)
        e.codebuild.seed(region, {
          serverType: 'GITHUB',
          authType: 'PERSONAL_ACCESS_TOKEN',
          token: GH,
          accountId: id,
        });
      // One project per account, so the inspection reads projects and their webhooks.
      e.codebuild.addProject(FLEET_REGIONS[0]!, {
        name: `app-${id}`,
        source: { type: 'GITHUB', location: 'https://github.com/acme/app.git' },
        accountId: id,
      });
    }
  };
  cases.push({
    id: 'fleet-check',
    name: `pipe: check, \`ACCOUNTS=organization\` (${FLEET_ACCOUNTS} accounts) × \`AWS_DEFAULT_REGION=all\` (${FLEET_REGIONS.length} regions), projects inspected, ${LATENCY_MS} ms per AWS call`,
    expectCode: 0,
    memory: true,
    before: (e) => {
      fleet(e);
      latency();
    },
    command: () => ({
      file: node,
      args: [bundle('pipe')],
      env: pipeEnv({
        MODE: 'check',
        ACCOUNTS: 'organization',
        ROLE_NAME: 'codebuild-credential-sync',
        AWS_DEFAULT_REGION: 'all',
        TIMEOUT_SECONDS: '120',
      }),
    }),
  });

  if (VS)
    for (let i = cases.length - 1; i >= 0; i--) {
      const c = cases[i]!;
      const onVs = (command: ReturnType<Case['command']>) => ({
        ...command,
        args: command.args.map((a) => (a.startsWith(DIST) ? VS + a.slice(DIST.length) : a)),
      });
      if (!c.command().args.some((a) => a.startsWith(DIST))) continue;
      cases.splice(i + 1, 0, {
        ...c,
        id: `${c.id}@vs`,
        name: `${c.name}, \`--vs\` bundles`,
        command: () => onVs(c.command()),
      });
    }
  /** A twin (`--vs`) is left out or kept with its case. */
  const caseOf = (id: string) => id.replace(/@vs$/, '');

  const load = [loadavg()[0]!];
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.id, []]));
  for (const c of cases) if (SKIP.has(caseOf(c.id))) c.skipped ??= '--skip';
  if (ONLY.size)
    for (const c of cases) if (!ONLY.has(caseOf(c.id)) && c.id !== 'bare') c.skipped ??= '--only';
  const active = cases.filter((c) => !c.skipped);
  // Round 0 is the warm-up, not counted (none with --quick).
  for (let round = QUICK ? 1 : 0; round <= RUNS; round++) {
    for (const c of active) {
      c.before?.(emu);
      emu.inFlight.resetPeak();
      const seen = emu.requests.length;
      const command = c.command();
      const rssFile = join(home, `rss-${c.id}`);
      // GNU time reports the process's peak resident set (kB); only where a case asks.
      const { file, args, env } =
        c.memory && existsSync('/usr/bin/time')
          ? {
              ...command,
              file: '/usr/bin/time',
              args: ['-f', '%M', '-o', rssFile, command.file, ...command.args],
            }
          : command;
      const run = await timed(file, args, env);
      const rssMb =
        c.memory && existsSync(rssFile)
          ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024
          : undefined;
      emu.faults.clear();
      const expected =
        typeof c.expectCode === 'function' ? c.expectCode(run.code) : run.code === c.expectCode;
      if (!expected && !c.mayFail) {
        throw new Error(
          `${c.name}: unexpected exit ${run.code}. Output:\n${run.output.slice(-3000)}`,
        );
      }
      const awsCalls = emu.requests.slice(seen).filter((r) => AWS_SERVICES.has(r.service)).length;
      if (round > 0)
        samples
          .get(c.id)!
          .push({ ms: run.ms, awsCalls, peak: emu.inFlight.peak, ok: expected, rssMb });
    }
    emu.requests.length = 0;
    load.push(loadavg()[0]!);
    process.stderr.write(`round ${round === 0 ? 'warm-up' : `${round}/${RUNS}`} done\n`);
  }
  await emu.stop();

  const stats = new Map<string, Stats>();
  for (const c of cases) {
    const s = samples.get(c.id)!;
    stats.set(c.id, {
      name: c.name,
      median: s.length ? median(s.map((x) => x.ms)) : NaN,
      samples: s.map((x) => x.ms),
      failed: s.map((x) => !x.ok),
      awsCalls: s.length ? median(s.map((x) => x.awsCalls)) : 0,
      peak: s.length ? Math.max(...s.map((x) => x.peak)) : 0,
      rssMb: s.some((x) => x.rssMb !== undefined)
        ? Math.max(...s.map((x) => x.rssMb ?? 0))
        : undefined,
      note: c.skipped ? `skipped: ${c.skipped}` : undefined,
    });
  }
  const bare = stats.get('bare')!.median;
  const m = (id: string) => stats.get(id)!.median;
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? a / b : NaN);
  const fmtRatio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');

  /** A goal over cases left out (--only, --skip, --quick) is not measured, rather than not met. */
  const ran = (...ids: string[]) => ids.every((id) => stats.get(id)!.samples.length > 0);
  const goals: Goal[] = [
    {
      text: 'bad-config exit ≤ 1.5× bare node',
      met: () => (ran('bad-config') ? ratio(m('bad-config'), bare) <= 1.5 : undefined),
    },
    {
      text: '1-region sync ≤ 1.15× the bundled SDK floor',
      met: () =>
        ran('sync-1', 'sdk-floor') ? ratio(m('sync-1'), m('sdk-floor')) <= 1.15 : undefined,
    },
    {
      text: `${org} sync ≤ 2.0 s at ${LATENCY_MS} ms per AWS call`,
      met: () => (QUICK || !ran('org-sync') ? undefined : m('org-sync') <= 2000),
    },
    {
      text: `${org} check ≤ 1.5 s at ${LATENCY_MS} ms per AWS call`,
      met: () => (QUICK || !ran('org-check') ? undefined : m('org-check') <= 1500),
    },
    {
      text: `fleet check (${FLEET_ACCOUNTS} accounts × ${FLEET_REGIONS.length} regions) ≤ 15 s at ${LATENCY_MS} ms per AWS call`,
      met: () =>
        QUICK || !stats.get('fleet-check')!.samples.length ? undefined : m('fleet-check') <= 15_000,
    },
    {
      text: 'fleet check peak memory ≤ 300 MB',
      met: () => {
        const rss = stats.get('fleet-check')!.rssMb;
        return QUICK || rss === undefined ? undefined : rss <= 300;
      },
    },
    {
      text: '1-region sync ≥ 8× ahead of the AWS CLI route',
      met: () =>
        cli.reason || !ran('cli-1', 'sync-1') ? undefined : ratio(m('cli-1'), m('sync-1')) >= 8,
    },
  ];

  const sizes = (['pipe', 'action'] as const).map((which) => {
    const dir = join(DIST, which);
    const entry = statSync(join(dir, 'index.js')).size;
    const all = bytesUnder(dir);
    return `| \`dist/${which}\` | ${kb(entry)} | ${all.files} | ${kb(all.js)} | ${kb(all.bytes)} |`;
  });

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `- Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`.`,
    `- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; ${nodeVersion} (the bundles' runtime); emulator in the bench's own process on 127.0.0.1.`,
    `- Load average (1 min) during the run: ${Math.min(...load).toFixed(1)} to ${Math.max(...load).toFixed(1)} (shared machine).`,
    `- Bundles: \`${DIST === join(ROOT, 'dist') ? 'dist' : DIST}\`. ${RUNS} measured run${RUNS === 1 ? '' : 's'} per case${QUICK ? '' : ' after 1 warm-up'}, interleaved; median.`,
    cli.path
      ? `- AWS CLI: \`${cli.path}\` (${cli.version}).`
      : `- AWS CLI route skipped: ${cli.reason}.`,
    '',
    '| case | median | × bare node | AWS calls | peak in flight | peak memory | runs (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...cases.map((c) => {
      const s = stats.get(c.id)!;
      if (s.note) return `| ${s.name} | – | – | – | – | – | ${s.note} |`;
      const rss = s.rssMb === undefined ? '–' : `${s.rssMb.toFixed(0)} MB`;
      return `| ${s.name} | ${s.median.toFixed(0)} ms | ${fmtRatio(ratio(s.median, bare))} | ${s.awsCalls} | ${s.peak} | ${rss} | ${s.samples.map((x, i) => `${x.toFixed(0)}${s.failed[i] ? ' (failed)' : ''}`).join(' ')} |`;
    }),
    '',
    'Side by side:',
    '',
    `- AWS CLI route ÷ pipe: ${fmtRatio(ratio(m('cli-1'), m('sync-1')))} at 1 region, ${fmtRatio(ratio(m('cli-10'), m('sync-10')))} at 10 regions.`,
    `- Action ÷ pipe: ${fmtRatio(ratio(m('action-bad-config'), m('bad-config')))} for the bad-config exit, ${fmtRatio(ratio(m('action-sync-1'), m('sync-1')))} for a 1-region sync.`,
    `- Throttling storm, adaptive ÷ standard retry mode: ${fmtRatio(ratio(m('storm-adaptive'), m('storm-standard')))}.`,
    `- Bundled SDK floor ÷ bare node: ${fmtRatio(ratio(m('sdk-floor'), bare))}; 1-region sync ÷ SDK floor: ${fmtRatio(ratio(m('sync-1'), m('sdk-floor')))}.`,
    `- Compile cache, cold ÷ warm: ${fmtRatio(ratio(m('bad-config-cold'), m('bad-config')))} for the bad-config exit, ${fmtRatio(ratio(m('sync-1-cold'), m('sync-1')))} for a 1-region sync.`,
    ...(VS
      ? [
          '',
          `Paired with \`${VS}\` (each run right after its twin; median of the per-round ratios):`,
          '',
          ...cases.flatMap((c) => {
            const a = stats.get(c.id)!.samples;
            const b = stats.get(`${c.id}@vs`)?.samples ?? [];
            if (!a.length || a.length !== b.length) return [];
            const paired = median(a.map((x, i) => x / b[i]!));
            return [
              `- ${c.name}: ${median(a).toFixed(0)} ms against ${median(b).toFixed(0)} ms, ${fmtRatio(paired)}`,
            ];
          }),
        ]
      : []),
    '',
    'Goals:',
    '',
    ...goals.map((g) => {
      const met = g.met(stats);
      return `- ${met === undefined ? 'not measured' : met ? 'met' : 'NOT met'}: ${g.text}`;
    }),
    '',
    '| bundle | `index.js` | files | all JavaScript | all files |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...sizes,
  ];
  const text = lines.join('\n');
  console.log(text);
  if (WRITE_DOC) {
    const doc = join(ROOT, 'docs', 'performance.md');
    const current = readFileSync(doc, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const from = current.indexOf(start);
    const to = current.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`${doc} has no ${start} ... ${end} markers`);
    writeFileSync(
      doc,
      `${current.slice(0, from + start.length)}\n\n${text}\n\n${current.slice(to)}`,
    );
    console.error(`Wrote the table into ${doc}; run \`npm run format\` before committing.`);
  }
}

await main();
