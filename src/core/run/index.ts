// The run/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export { exitCodeFor, runCredentialSync } from './run.js';
export type { RunDependencies } from './run.js';
export { startWatchdog, watchdogHead } from './watchdog.js';
export type { Watchdog } from './watchdog.js';
