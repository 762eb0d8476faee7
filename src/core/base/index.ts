// The base/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export { EXIT_GUARD, EXIT_GUARD_MS, endChildren, exitProcess } from './children.js';
export { enableOwnCompileCache } from './compile-cache.js';
export { Semaphore, mapLimit, untilAborted } from './concurrency.js';
export { ConfigError, ProviderUnavailableError, UserError, errorMessage } from './errors.js';
export {
  extraCaCertsProblem,
  kindOf,
  readWholeFile,
  statOrUndefined,
  wholeFileProblem,
} from './file-kind.js';
export type { Logger } from './logger.js';
export { looksRandom, typedRuns, withoutRandomWords } from './random-words.js';
export {
  AUTH_TYPES,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS,
  MIN_TIMEOUT_SECONDS,
  MODES,
  OPTIONS,
  SERVER_TYPES,
  defaultFor,
  defaultIn,
  optionsFor,
  strictOptionsFor,
} from './options.js';
export type { AuthType, Mode, OptionKey, OptionSpec, Platform, ServerType } from './options.js';
export { codeSpan, forMarkdown } from './markdown.js';
export {
  CLOSE,
  OPEN,
  forPlain,
  outside,
  outsideAll,
  safeDecode,
  userInfoIn,
  withoutUserInfo,
} from './outside.js';
export type { OutsideText } from './outside.js';
export { LISTINGS, ListingError, MAX_OUS, MAX_OU_DEPTH, allPages, pagesOf } from './pages.js';
export type { Listing } from './pages.js';
export { DRIFT_KINDS } from './report-model.js';
export type {
  AccountReport,
  DriftFinding,
  DriftKind,
  HeldCredential,
  OrganizationReport,
  Outcome,
  PermissionCheck,
  PermissionStatus,
  ProjectReport,
  RegionAction,
  RegionReport,
  Report,
  RepositoryProbe,
  ScopeCheck,
  ScopeStatus,
  TokenReport,
  WebhookHealth,
} from './report-model.js';
export { andList, closest, didYouMeanOneOf, editDistance, orList, squash } from './similar.js';
export { loadSourceMaps } from './source-maps.js';
export { USER_AGENT, VERSION, runVersion } from './version.js';
