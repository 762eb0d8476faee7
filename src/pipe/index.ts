import { endChildren, exitProcess, loadSourceMaps } from '../core/base/index.js';
import { colourWanted, paint } from './colour.js';
import { runPipe } from './main.js';

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
// exit now, so that a call abandoned at the deadline or on SIGTERM cannot keep the step alive,
// even one held in Node's thread pool.
exitProcess(code);
