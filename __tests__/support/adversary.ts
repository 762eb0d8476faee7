// What every run of the adversary suite (issue 25, point 12) is held to, whatever was
// generated: no 12-character run of any secret's skeleton in any output, no stdout line
// the runner would read as a command other than the Action's own, an exit within the
// deadline plus the watchdog's grace, a peak resident memory under 200 MB, and nothing
// arriving at a catcher on another origin. Written apart from src: the scan is
// secret-scan.ts's, which does not import the product's redaction.
import { afterAll, beforeAll, expect } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '../../emulator/index.js';
import { runFront, type Front, type FrontOptions, type FrontRun } from './front-run.js';
import { expectNoFragmentIn } from './secret-scan.js';

/**
 * A run's own deadline (`timeout-seconds`) unless it gives one, long enough for a whole
 * run on a loaded machine; and the watchdog's documented grace (SECURITY.md), in seconds.
 */
export const TIMEOUT_S = 20;
export const GRACE_S = 5;
/** The most a run's process may hold in memory at its peak (issue 25, point 8), in bytes. */
export const PEAK_LIMIT = 200 * 1024 * 1024;
/** The repository the Action's drift issue lives in. */
export const REPO = 'acme/infra';
/** Every injected command carries it in its name, properties, or at the start of its data. */
export const MARK = 'PWNED';

/** What the Action sends on purpose: anything else at a line's start is a command injected. */
const OUR_COMMANDS = new Set([
  'add-mask',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
]);

/**
 * The commands injected into `stdout`, read as the runner reads it: lines split on `\n`,
 * `\r\n` and a lone `\r`; a line that is `::name props::data` once trimmed (the runner's
 * v2 form) or that holds `##[` anywhere (its v1 form). A command is injected when its name
 * is not one the Action sends, or when the payload's mark is in its name and properties
 * or starts its data (the Action's own lines start with its own words).
 */
export function injectedCommands(stdout: string): string[] {
  const injected: string[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (line.includes('##[')) injected.push(line.slice(0, 80));
    const m = /^\s*::([^\s:]*)([^:]*)::(.*)$/s.exec(line) ?? /^\s*::([^\s:]+)(.*)$/s.exec(line);
    if (!m) continue;
    const [, name = '', props = '', data = ''] = m;
    if (!OUR_COMMANDS.has(name) || `${name}${props}`.includes(MARK) || data.startsWith(MARK))
      injected.push(line.slice(0, 80));
  }
  return injected;
}

/** The highest VmHWM (peak resident set, bytes) read from /proc while `child` runs, polled. */
export function watchPeak(child: ChildProcess): { peak: () => number } {
  let peak = 0;
  const read = () => {
    try {
      const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      // VmHWM is itself a high-water mark: a poll misses only what grows after the last one.
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      // Gone: the exit is being collected.
    }
  };
  const timer = setInterval(read, 20);
  child.once('exit', () => clearInterval(timer));
  read();
  return { peak: () => peak };
}

export interface AdversaryRun extends FrontRun {
  /** The bundle process's peak resident memory, in bytes. */
  peak: number;
  /** Every output by name: stdout, stderr, report file, outputs, summary, drift issue. */
  outputs: Record<string, string>;
  /** The run's `timeout-seconds`. */
  deadline: number;
}

/** One run of a shipped bundle, its peak memory watched, every output gathered (the drift issue too). */
export async function adversaryRun(
  emu: Emulator,
  front: Front,
  inputs: Record<string, string>,
  o: FrontOptions = {},
): Promise<AdversaryRun> {
  let watched: { peak: () => number } | undefined;
  const deadline = Number(inputs['timeout-seconds'] ?? TIMEOUT_S);
  const r = await runFront(
    emu,
    front,
    { 'timeout-seconds': String(deadline), ...inputs },
    {
      killAfterMs: (deadline + GRACE_S + 20) * 1000,
      ...o,
      onStart: (child) => {
        watched = watchPeak(child);
        o.onStart?.(child);
      },
    },
  );
  const issues = emu.github.issues(REPO);
  if (process.env.ADV_DUMP)
    writeFileSync(
      process.env.ADV_DUMP,
      JSON.stringify(
        {
          ...r.outputs,
          requests: emu.requests.map((q) => [q.service, q.operation, q.status, q.fault]),
        },
        null,
        1,
      ),
    );
  return {
    ...r,
    peak: watched?.peak() ?? 0,
    deadline,
    outputs: {
      ...r.outputs,
      'drift issue titles': issues.map((i) => i.title).join('\n'),
      'drift issue bodies': issues.map((i) => i.body ?? '').join('\n'),
      'drift issue comments': issues.flatMap((i) => i.comments.map((c) => c.body)).join('\n'),
    },
  };
}

/** Everything a run is held to, whatever the generated answer. */
export function expectSealedRun(r: AdversaryRun, secrets: string[]): void {
  expectNoFragmentIn(r.outputs, secrets);
  expect(injectedCommands(r.stdout)).toEqual([]);
  // Ended by itself: success, failure, or drift found (3, check); never a crash or a signal.
  expect({ signal: r.signal ?? null, code: [0, 1, 3].includes(r.code ?? -1) }).toEqual({
    signal: null,
    code: true,
  });
  // Ended by itself within the deadline plus the grace (and start-up on a loaded machine).
  expect(r.ms).toBeLessThan((r.deadline + GRACE_S + 5) * 1000);
  expect(r.peak).toBeGreaterThan(0);
  expect(r.peak).toBeLessThan(PEAK_LIMIT);
}

export interface Catcher {
  /** `http://127.0.0.1:PORT`: another origin than the emulator's. */
  url: string;
  caught: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
  close: () => Promise<void>;
}

/** A server on another origin recording what arrives there; it answers an empty listing. */
export async function startCatcher(): Promise<Catcher> {
  const caught: Catcher['caught'] = [];
  const server: Server = createServer((req, res) => {
    caught.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    caught,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * fast-check's parameters for the suite: few runs (two bundles, a loaded machine), the seed
 * and path printed on failure; `FC_SEED=… FC_PATH=…` replays one, `ADV_RUNS=n` runs more, and
 * `ADV_DUMP=file` writes each run's outputs and the emulator's requests there. In CI the seed
 * is fixed (`FC_SEED=random` explores there too): a gate gives the same answer for the same
 * commit, and exploration is for `ADV_RUNS` runs on a developer's machine, with fresh seeds.
 */
const CI_SEED = '20261206';
export const FEW = (numRuns: number) => {
  const seed = process.env.FC_SEED ?? (process.env.CI ? CI_SEED : 'random');
  return {
    numRuns: Number(process.env.ADV_RUNS ?? numRuns),
    endOnFailure: true,
    verbose: 1,
    ...(seed === 'random' ? {} : { seed: Number(seed), path: process.env.FC_PATH || undefined }),
  };
};

/**
 * Markdown with the code spans taken out of each line: backtick spans (of any fence length)
 * and `<code>` elements whose text is entities and plain characters only (nothing Markdown
 * or HTML reads inside them, and GitHub's mention and reference filters skip `<code>`).
 */
function outsideCodeSpans(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
        .replace(/<code>[^<>[\]`*_~|\\!]*<\/code>/g, ''),
    )
    .join('\n');
}

/**
 * In Markdown (the job summary, the drift issue), the outside text only ever inside code
 * spans: no HTML, link, heading, mention or reference of its (every piece of the payload
 * carries MARK); and no row of a table with more cells than its header (a `|` of outside
 * text splits a cell even inside a code span).
 */
export function expectMarkdownInert(markdown: Record<string, string>): void {
  for (const [name, md] of Object.entries(markdown)) {
    expect({ [name]: outsideCodeSpans(md).includes(MARK) }).toEqual({ [name]: false });
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    let header: number | undefined;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        header = undefined;
        continue;
      }
      header ??= cells(line);
      expect({ [name]: line, cells: cells(line) }).toEqual({ [name]: line, cells: header });
    }
  }
}

/**
 * A GitHub that refuses every request with 400, quoting back in its message what the test
 * last set: `quote(text)` as GitHub's JSON escapes it, or `quoteJson(json)` as JSON text
 * written by hand (escapes chosen by the test). Started before the file's tests, closed after
 * them; `url()` is its address for github-api-url.
 */
export function useQuotingGitHub(): {
  url: () => string;
  quote: (text: string) => void;
  quoteJson: (json: string) => void;
} {
  let server: Server | undefined;
  let url = '';
  let json = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        `{"message":"Bad credentials: ${json}","documentation_url":"https://docs.github.com"}`,
      );
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );
  return {
    url: () => url,
    quote: (text) => (json = JSON.stringify(text).slice(1, -1)),
    quoteJson: (text) => (json = text),
  };
}

/** A GitHub token the emulator accepts (repo, admin:repo_hook), already imported in us-east-1: a check finds no drift in it. */
export function importedGitHubToken(e: Emulator, token: string): void {
  e.github.addToken(token, { scopes: ['repo', 'admin:repo_hook'] });
  e.codebuild.seed('us-east-1', {
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    token,
  });
}
