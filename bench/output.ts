// `npm run bench:output`: how much the shipped bundles print, through both bundles under
// Node 24 against the local emulator. See docs/performance.md ("Output size").
//
//   npm run bench:output                  # 40 regions, then 10,000 (unknown-shaped) regions
//   npm run bench:output -- --many 2000   # a smaller large run
//   npm run bench:output -- --dist /tmp/old/dist   # another build's bundles, for before/after
//   npm run bench:output -- --mode sync   # the large run imports into every region
//
// Cases: a 40-region check with nothing in CodeBuild (every region drifts the same way),
// the same with ListProjects denied (one warning per region before grouping), and a
// check of `--many` regions for the sizes of the job summary and the outputs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { PARTITIONS } from '../src/core/config/regions.generated.js';
import { node24Path } from '../scripts/node24.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--many');
const MANY = i === -1 ? 10_000 : Number(process.argv[i + 1]);
const d = process.argv.indexOf('--dist');
const DIST = d === -1 ? join(ROOT, 'dist') : process.argv[d + 1]!;
const m = process.argv.indexOf('--mode');
/** The mode of the large run (`check` by default; `sync` imports into every region). */
const MODE = m === -1 ? 'check' : process.argv[m + 1]!;
const GH = 'ghp_' + 'BenchOutput00000000000000000000000000';

/**
 * The 36 regions of the aws partition, then names of a new region's shape (`us-ab-12`; short:
 * an environment variable holds at most 128 KiB) up to `n`.
 */
function regions(n: number): string[] {
  const known = PARTITIONS.find((p) => p.id === 'aws')!.regions.slice(0, n);
  const letter = (k: number) => String.fromCharCode(97 + k);
  const extra = Array.from(
    { length: n - known.length },
    (_, k) =>
      `us-${letter(Math.floor(k / 99 / 26))}${letter(Math.floor(k / 99) % 26)}-${(k % 99) + 1}`,
  );
  return [...known, ...extra];
}

function run(
  node: string,
  bundle: 'pipe' | 'action',
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(DIST, bundle, 'index.js')], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** INPUT_* for every input of action.yml, as the runner sets them. */
function inputs(given: Record<string, string>): Record<string, string> {
  const meta = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const value = given[name] ?? spec.default ?? '';
    env[`INPUT_${name.toUpperCase()}`] = /^\$\{\{/.test(value) ? '' : value;
  }
  return env;
}

/** The runner's GITHUB_OUTPUT file: each value's size in bytes. */
function outputSizes(text: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[k]!);
    if (!m) continue;
    let bytes = 0;
    for (k++; lines[k] !== m[2]; k++) bytes += Buffer.byteLength(lines[k]!) + 1;
    sizes[m[1]!] = Math.max(0, bytes - 1);
  }
  return sizes;
}

/**
 * The Action's log as the runner shows it: no ::add-mask:: or ::debug:: line (debug is off),
 * and an annotation's %0A as the line breaks it shows.
 */
const shown = (stdout: string) =>
  lineCount(
    stdout
      .split('\n')
      .filter((l) => !/^::(add-mask|debug)::/.test(l))
      .join('\n')
      .replace(/%0A/g, '\n'),
  );

const lineCount = (text: string) => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

async function measure(
  node: string,
  emu: Emulator,
  name: string,
  n: number,
  deny: string[] = [],
  mode = 'check',
) {
  const list = regions(n);
  const dir = mkdtempSync(join(tmpdir(), 'bench-output-'));
  const [output, summary, pipeReport, actionReport] = [
    'output',
    'summary.md',
    'p.json',
    'a.json',
  ].map((f) => join(dir, f));
  writeFileSync(output!, '');
  writeFileSync(summary!, '');
  emu.reset();
  emu.github.addToken(GH, { scopes: ['repo'] });
  const common: Record<string, string> = { ...emu.env };
  if (deny.length) {
    const [id, secret] = ['AKIABENCHDENIED00001', 'benchDeniedSecret000000000000000000000+'];
    emu.aws.addAccessKey(id, secret, { deny });
    Object.assign(common, { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret });
  }
  const pipe = await run(node, 'pipe', {
    ...common,
    MODE: mode,
    SERVER_TYPE: 'github',
    TOKEN: GH,
    AWS_DEFAULT_REGION: list.join(','),
    ALLOW_UNKNOWN_REGIONS: 'true',
    TIMEOUT_SECONDS: '600',
    REPORT_FILE: pipeReport!,
  });
  const action = await run(node, 'action', {
    ...common,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_OUTPUT: output!,
    GITHUB_STEP_SUMMARY: summary!,
    RUNNER_TEMP: dir,
    ...inputs({
      mode,
      'server-type': 'github',
      token: GH,
      'aws-region': list.join(','),
      'allow-unknown-regions': 'true',
      'timeout-seconds': '600',
      'report-file': actionReport!,
    }),
  });
  const md = readFileSync(summary!, 'utf8');
  const regionRows = md
    .split('\n')
    .filter((l) => list.some((r) => l.startsWith(`| ${r} |`))).length;
  const figures = {
    'pipe exit': pipe.code,
    'pipe lines (stdout + stderr)': lineCount(pipe.stdout) + lineCount(pipe.stderr),
    'action exit': action.code,
    'action log lines as shown': shown(action.stdout),
    'summary bytes': Buffer.byteLength(md),
    'summary table rows naming a region': regionRows,
    'outputs (bytes)': outputSizes(readFileSync(output!, 'utf8')),
    'action report file bytes': statSync(actionReport!, { throwIfNoEntry: false })?.size ?? 0,
  };
  console.log(`\n${name} (${n} regions):`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${JSON.stringify(v)}`);
  if (process.argv.includes('--print')) console.log(pipe.stdout, pipe.stderr, action.stdout, md);
}

const node = node24Path();
const emu = await startEmulator();
try {
  await measure(node, emu, 'check, nothing in CodeBuild', 40);
  await measure(node, emu, 'check, nothing in CodeBuild, ListProjects denied', 40, [
    'codebuild:ListProjects',
  ]);
  if (MANY > 0) await measure(node, emu, `${MODE}, nothing in CodeBuild`, MANY, [], MODE);
} finally {
  await emu.stop();
}
