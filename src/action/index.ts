import { run } from './main.js';

await run();
// Outputs, summary and report are written: exit now (with the code setFailed set), so that
// a call abandoned at the deadline or on cancellation cannot keep the job alive.
process.exit();
