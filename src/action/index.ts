import { enableCompileCache } from 'node:module';

// Node's compile cache (see src/pipe/main.ts): compiled code is kept for later runs on
// the same machine (a self-hosted runner, or `act`); everything else is loaded after this.
enableCompileCache?.();

const { run } = await import('./main.js');
const code = await run();
// Outputs, summary and report are written: exit now (2 for a configuration mistake, else
// the code setFailed set), so that a call abandoned at the deadline or on cancellation
// cannot keep the job alive.
// (process.exit(undefined) would exit 0 under Node 24, whatever setFailed set.)
if (typeof code === 'number') process.exit(code);
process.exit();
