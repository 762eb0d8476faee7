import { enableCompileCache } from 'node:module';

// Node's compile cache (see src/pipe/main.ts): compiled code is kept for later runs on
// the same machine (a self-hosted runner, or `act`); everything else is loaded after this.
enableCompileCache?.();

const { run } = await import('./main.js');
await run();
// Outputs, summary and report are written: exit now (with the code setFailed set), so that
// a call abandoned at the deadline or on cancellation cannot keep the job alive.
process.exit();
