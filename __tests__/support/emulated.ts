import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { readFileSync } from 'node:fs';
import { runBundle, type BundleResult } from './run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from './runner-files.js';

/** Starts one emulator for a test file and resets it between tests. */
export function useEmulator(): { get: () => Emulator } {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterEach(() => emulator?.reset());
  afterAll(async () => emulator?.stop());
  return {
    get: () => {
      if (!emulator) throw new Error('emulator not started');
      return emulator;
    },
  };
}

/** Everything a run printed, for the "never print a token" assertions. */
export function printed(result: BundleResult): string {
  return `${result.stdout}\n${result.stderr}`;
}

type Env = Record<string, string | undefined>;

/** An Action run with what it wrote to the runner's files. */
export type ActionRun = BundleResult & { outputs: Record<string, string>; summary: string };

/**
 * Both shipped front doors against one test file's emulator, in us-east-1 unless told:
 * the pipe with pipe variables, the Action as the runner starts it (every input set,
 * outputs and summary files read back).
 */
export function emulatedFronts(emu: { get: () => Emulator }): {
  pipe: (env: Env) => Promise<BundleResult>;
  action: (inputs: Record<string, string>, env?: Env) => Promise<ActionRun>;
} {
  return {
    pipe: (env) => runBundle('pipe', { ...emu.get().env, AWS_DEFAULT_REGION: 'us-east-1', ...env }),
    action: async (inputs, env = {}) => {
      const files = runnerFiles();
      const result = await runBundle('action', {
        ...emu.get().env,
        ...runnerInputs({ 'aws-region': 'us-east-1', ...inputs }),
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        ...env,
      });
      return {
        ...result,
        outputs: readOutputs(files.output),
        summary: readFileSync(files.summary, 'utf8'),
      };
    },
  };
}

/** The Action's one failure message (`::error::`), decoded. */
export function actionError(result: BundleResult): string {
  const line = result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%');
}
