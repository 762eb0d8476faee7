// The config/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export { unexpandedVariable } from './arrival.js';
export { buildConfig, envSource } from './config.js';
export type { AccountsSource, Config, OptionSource, OptionValue } from './config.js';
export { pipeHelp } from './help.js';
export { iamHint } from './iam.js';
export { FLEET_HOME_REGION } from './regions.js';
export { runnerFilesIn } from './report-path.js';
export { inShard, parseShard, shardText } from './shard.js';
export type { Shard } from './shard.js';
