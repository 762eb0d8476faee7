import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { BundleResult } from './run-bundle.js';

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
