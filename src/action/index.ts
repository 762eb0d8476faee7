import {
  enableOwnCompileCache,
  endChildren,
  exitProcess,
  extraCaCertsProblem,
  forPlain,
} from '../core/base/index.js';

// A NODE_EXTRA_CA_CERTS that Node cannot read whole holds the process as soon as node:tls
// is loaded (@actions/core loads it), even at exit: refused before, as a configuration
// mistake (exit 2), in the words and form setFailed would use.
const ca = extraCaCertsProblem(process.env);
if (ca) {
  const text = forPlain(`Invalid configuration:\n- ${ca}`);
  process.stdout.write(
    `::error::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
  );
  process.exit(2);
}

// Node's compile cache (see src/pipe/main.ts), in a folder only this user can write:
// compiled code is kept for later runs on the same machine (a self-hosted runner, or
// `act`); everything else is loaded after this.
enableOwnCompileCache();

// What the AWS SDK started (a profile's credential_process) ends with the run.
process.on('exit', endChildren);
const [{ run }, actionsCore] = await Promise.all([import('./main.js'), import('@actions/core')]);
// The shipped entry starts the watchdog (core/run/watchdog.ts); tests of run() do not.
const code = await run({ core: actionsCore, watchdog: true });
// Outputs, summary and report are written: exit now (2 for a configuration mistake, else
// the code setFailed set), so that a call abandoned at the deadline or on cancellation
// cannot keep the job alive, even one held in Node's thread pool.
// (process.exit(undefined) would exit 0 under Node 24, whatever setFailed set.)
exitProcess(typeof code === 'number' ? code : ((process.exitCode as number | undefined) ?? 0));
