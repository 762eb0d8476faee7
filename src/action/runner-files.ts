// The runner's own files, which @actions/core writes: GITHUB_OUTPUT synchronously (a named
// pipe there would block the run before any deadline could end it) and GITHUB_STEP_SUMMARY.
// The runner gives regular files; a named pipe is refused before any call.
import { outside, statOrUndefined } from '../core/base/index.js';

const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'] as const;

/** What is wrong with the runner's files, for the configuration mistakes (exit 2). */
export function runnerFileProblems(env: NodeJS.ProcessEnv): string[] {
  return RUNNER_FILES.flatMap((name) => {
    const path = env[name];
    // Absent or unreadable: writing to it fails, which is reported where it happens.
    return path && statOrUndefined(path)?.isFIFO()
      ? [
          `${name} is ${outside(path)}, a named pipe (FIFO), where the runner gives a file: writing to it could block the run. Point it at a file.`,
        ]
      : [];
  });
}
