// The trust/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export { HIDDEN, Secrets, redactingLogger } from './secrets.js';
export {
  looksRandom,
  pastedTokens,
  TOKEN_PREFIX,
  tokenCharacterProblem,
  tokenForm,
  tokenLengthProblem,
  trimToken,
} from './token-form.js';
export type { TokenForm } from './token-form.js';
