// One run of a shipped bundle (the pipe or the Action) configured through Action input
// names, translated to the pipe's variables through the one options table; the runner's
// files and every output collected. For the issue-16 tests (hostile wire and paths).
import type { ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../emulator/index.js';
import { OPTIONS } from '../../src/core/base/options.js';
import { runBundle } from './run-bundle.js';
import { runnerFiles, runnerInputs } from './runner-files.js';

export const FRONTS = ['pipe', 'action'] as const;
export type Front = (typeof FRONTS)[number];

export interface FrontRun {
  code: number | null;
  signal: NodeJS.Signals | null | undefined;
  stdout: string;
  stderr: string;
  /** stdout, stderr, the report file, and (Action) the outputs and summary. */
  everything: string;
  /** The report file as written, or '' when there is none. */
  report: string;
  /** Each output by name: stdout, stderr, the report file, and (Action) the outputs and summary. */
  outputs: Record<string, string>;
  ms: number;
}

/** Action inputs to the pipe's variables, through the one options table. */
export function pipeVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([input, value]) => {
      const option = OPTIONS.find((o) => o.input === input);
      if (!option) throw new Error(`no option ${input}`);
      return [option.env[0], value];
    }),
  );
}

export interface FrontOptions {
  env?: Record<string, string | undefined>;
  onStart?: (child: ChildProcess) => void;
  /** Kill (SIGKILL) a run that has not ended by then. */
  killAfterMs?: number;
  /** The step's runner files, when the test needs to know them in advance. */
  files?: ReturnType<typeof runnerFiles>;
}

export async function runFront(
  emu: Emulator,
  front: Front,
  inputs: Record<string, string>,
  o: FrontOptions = {},
): Promise<FrontRun> {
  const reportFile = inputs['report-file'] ?? join(mkdtempSync(join(tmpdir(), 'front-')), 'r.json');
  const all = {
    'aws-region': 'us-east-1',
    'report-file': reportFile,
    'timeout-seconds': '20',
    ...(inputs['server-type'] === 'bitbucket'
      ? { 'bitbucket-api-url': emu.env.BITBUCKET_API_URL! }
      : {}),
    ...inputs,
  };
  const files = o.files ?? runnerFiles();
  const options = { onStart: o.onStart, timeoutMs: o.killAfterMs };
  const result =
    front === 'pipe'
      ? await runBundle('pipe', { ...emu.env, ...pipeVariables(all), ...o.env }, options)
      : await runBundle(
          'action',
          {
            ...emu.env,
            GITHUB_ACTIONS: 'true',
            GITHUB_REPOSITORY: 'acme/infra',
            GITHUB_OUTPUT: files.output,
            GITHUB_STEP_SUMMARY: files.summary,
            RUNNER_TEMP: files.dir,
            ...runnerInputs(all),
            ...o.env,
          },
          options,
        );
  // Only regular files: reading a FIFO would block the test itself.
  const read = (path: string) =>
    existsSync(path) && lstatSync(path).isFile() ? readFileSync(path, 'utf8') : '';
  const report = read(all['report-file']);
  const outputs = {
    stdout: result.stdout,
    stderr: result.stderr,
    'report file': report,
    GITHUB_OUTPUT: read(files.output),
    'job summary': read(files.summary),
  };
  return {
    code: result.code,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: result.ms,
    report,
    outputs,
    everything: Object.values(outputs).join('\n'),
  };
}
