// The wire/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export {
  RunDeadline,
  RunStopped,
  Waiting,
  boundedFetch,
  callLimitsFor,
  exitCodeForSignal,
} from './deadline.js';
export type { CallLimits } from './deadline.js';
export { MAX_ANY_ANSWER_BYTES, capEveryAnswer } from './answer-cap.js';
export type { HttpResponse } from './http.js';
export { describeApiFailure, describeNetworkFailure, networkFailure } from './network-errors.js';
export type { NetworkFailure } from './network-errors.js';
export { addProxySecrets, parseProxyUrl, proxySettings, proxyUserInfoProblem } from './proxy.js';
export {
  SANE_WAIT_MS,
  describeWaitPastDeadline,
  formatWait,
  serverWait,
  withRetry,
} from './retry.js';
export type { RetryOptions, ServerWait } from './retry.js';
export { whileSending } from './reached.js';
export { boundedWebFetch } from './web-fetch.js';
export {
  MAX_ANSWER_BYTES,
  NestingGauge,
  WireError,
  answerTooLarge,
  clearTextPeer,
  clearTextUrl,
  isLoopbackHost,
  malformedAnswer,
  originRefused,
} from './wire.js';
export const loadProxyAgents = () => import('./proxy-agents.js');
