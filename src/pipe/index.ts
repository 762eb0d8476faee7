import { enableCompileCache } from 'node:module';

// V8 keeps the code it compiles in a cache directory (NODE_COMPILE_CACHE, else the OS
// temp directory), so that later runs on the machine skip parsing the bundle
// (docs/performance.md). Everything else is loaded after this line, by dynamic
// import, so that it is compiled through the cache.
enableCompileCache?.();

const { runPipe } = await import('./main.js');
const code = await runPipe({
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// The report is out (stdout and stderr are synchronous for files and pipes on Linux):
// exit now, so that a call abandoned at the deadline or on SIGTERM cannot keep the step alive.
process.exit(code);
