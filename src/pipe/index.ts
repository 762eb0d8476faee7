import { runPipe } from './main.js';

process.exitCode = await runPipe({
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
