import { enableOwnCompileCache, endChildren, loadSourceMaps } from '../core/base/index.js';
import { colourWanted, paint } from './colour.js';

// Node's compile cache (compile-cache.ts), in a folder only this user can write, before
// the rest of the pipe loads: the configuration's readers and checks, the redaction and
// everything after come from it on later runs instead of being parsed again, a
// configuration mistake's exit included (docs/performance.md). This entry is only
// what the cache needs: the base folder and the colours.
enableOwnCompileCache();
const { runPipe } = await import('./main.js');

// Colour is added here, last, to what is already redacted; files never see it.
const shown = (text: string, isTTY: boolean | undefined) =>
  colourWanted(process.env, isTTY) ? paint(text) : text;
// What the AWS SDK started (a profile's credential_process) ends with the run.
process.on('exit', endChildren);
let code: number;
try {
  code = await runPipe({
    env: process.env,
    argv: process.argv.slice(2),
    stdout: (text) => process.stdout.write(shown(text, process.stdout.isTTY)),
    stderr: (text) => process.stderr.write(shown(text, process.stderr.isTTY)),
    watchdog: true,
  });
} catch (error) {
  // A bug: Node prints its stack, mapped to src/.
  await loadSourceMaps();
  throw error;
}
// The report is out (stdout and stderr are synchronous for files and pipes on Linux):
// exit now, so that a call abandoned at the deadline or on SIGTERM cannot keep the step alive.
process.exit(code);
