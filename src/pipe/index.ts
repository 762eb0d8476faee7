import { runPipe } from './main.js';

const code = await runPipe({
  env: process.env,
  argv: process.argv.slice(2),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// The report is out (stdout and stderr are synchronous for files and pipes on Linux):
// exit now, so that a call abandoned at the deadline or on SIGTERM cannot keep the step alive.
process.exit(code);
