// `npm run bench:projects`: what inspecting 1,000 CodeBuild projects in one region
// costs, through the shipped pipe bundle under Node 24 against the local emulator.
// See docs/performance.md ("Projects and webhooks").
//
//   npm run bench:projects                    # 1,000 projects, 50 repositories, 5 runs each
//   npm run bench:projects -- --projects 250 --repositories 10 --runs 3
//   npm run bench:projects -- --latency 50    # every emulated call answers after 50 ms
//
// Each run's exit code and call counts are checked: calls must scale with pages and
// repositories, never with projects (one ListProjects page and one BatchGetProjects per
// 100 projects, one hooks read per repository). A run that breaks that is an error.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { node24Path } from '../scripts/node24.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};
const PROJECTS = argument('projects', 1000);
const REPOSITORIES = Math.max(1, argument('repositories', 50));
const RUNS = Math.max(1, argument('runs', 5));
const LATENCY_MS = argument('latency', 0);
const GH = 'ghp_' + 'BenchProjects000000000000000000000000';

function seed(emu: Emulator): void {
  emu.github.addToken(GH, { scopes: ['repo'] });
  emu.codebuild.seed('us-east-1', {
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token: GH,
  });
  const hooks = new Map<string, string[]>();
  for (let i = 0; i < PROJECTS; i++) {
    const repo = `acme/repo-${i % REPOSITORIES}`;
    const project = emu.codebuild.addProject('us-east-1', {
      name: `project-${String(i).padStart(4, '0')}`,
      source: { type: 'GITHUB', location: `https://github.com/${repo}.git` },
      webhook: true,
    });
    hooks.set(repo, [...(hooks.get(repo) ?? []), project.webhook!.payloadUrl]);
  }
  for (const [repo, urls] of hooks)
    emu.github.addRepository(repo, { hooks: urls.map((url) => ({ url })) });
  if (LATENCY_MS > 0) {
    for (const service of ['codebuild', 'github'])
      emu.faults.add({ service, kind: 'latency', latencyMs: LATENCY_MS, count: Infinity });
  }
}

function run(node: string, env: Record<string, string>): Promise<{ ms: number; code: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(ROOT, 'dist', 'pipe', 'index.js')], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code: code ?? -1 }));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const node = node24Path();
  const emu = await startEmulator();
  seed(emu);
  const env = {
    ...emu.env,
    MODE: 'check',
    SERVER_TYPE: 'github',
    TOKEN: GH,
    AWS_DEFAULT_REGION: 'us-east-1',
  };
  const cases: Array<[string, Record<string, string>]> = [
    ['check, inspect-projects false', { ...env, INSPECT_PROJECTS: 'false' }],
    [`check, ${PROJECTS} projects, ${REPOSITORIES} repositories`, env],
  ];
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  const calls = new Map<string, Record<string, number>>();
  for (let round = 0; round <= RUNS; round++) {
    for (const [name, caseEnv] of cases) {
      emu.requests.length = 0;
      const { ms, code } = await run(node, caseEnv);
      if (code !== 0) throw new Error(`${name}: exit ${code}`);
      if (round > 0) times.get(name)!.push(ms); // round 0 warms up
      const counts: Record<string, number> = {};
      for (const r of emu.requests) {
        const key =
          r.service === 'codebuild'
            ? r.operation
            : `${r.service} ${r.operation.replace(/repo-\d+/, 'repo-N')}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      calls.set(name, counts);
    }
  }
  await emu.stop();

  const inspected = calls.get(cases[1]![0])!;
  const pages = Math.ceil(PROJECTS / 100);
  const expected = { ListProjects: pages, BatchGetProjects: pages };
  for (const [op, n] of Object.entries(expected))
    if (inspected[op] !== n) throw new Error(`${op}: ${inspected[op]} calls, expected ${n}`);
  if (inspected['github GET /repos/acme/repo-N/hooks'] !== Math.min(REPOSITORIES, PROJECTS))
    throw new Error(`hooks reads: ${inspected['github GET /repos/acme/repo-N/hooks']}`);

  console.log(
    `${PROJECTS} projects in one region, ${REPOSITORIES} repositories, ${LATENCY_MS} ms emulated latency, median of ${RUNS}:`,
  );
  for (const [name] of cases)
    console.log(
      `  ${name}: ${Math.round(median(times.get(name)!))} ms; calls ${JSON.stringify(calls.get(name))}`,
    );
}

await main();
