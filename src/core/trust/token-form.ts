// What a token is, read from its form alone (no network call): GitHub and
// Atlassian print a kind prefix on every token they issue, and CodeBuild's
// connection and secret "tokens" are ARNs. Config uses it to catch a token given
// to the wrong provider or auth type; the providers use it to label the token.
// Sources: FACTS.md, "Token kinds and lifetimes" and "Reading a token's scopes".

import { looksRandom } from '../base/index.js';

export { looksRandom };

export type TokenProvider = 'github' | 'bitbucket' | 'aws';

export interface TokenForm {
  provider: TokenProvider;
  /** e.g. `classic-pat`, `app-installation`, `access-token`, `api-token`, `connection-arn`. */
  kind: string;
  /** Human wording, e.g. "GitHub classic personal access token". */
  description: string;
  /** The prefix that tells, for messages ("ghp_…"); never more of the token. */
  prefix: string;
}

const FORMS: ReadonlyArray<readonly [RegExp, string, TokenProvider, string, string]> = [
  [
    /^github_pat_/,
    'github_pat_',
    'github',
    'fine-grained-pat',
    'GitHub fine-grained personal access token',
  ],
  [/^ghp_/, 'ghp_', 'github', 'classic-pat', 'GitHub classic personal access token'],
  [/^gho_/, 'gho_', 'github', 'oauth', 'GitHub OAuth app token'],
  [/^ghu_/, 'ghu_', 'github', 'app-user', 'GitHub App user-to-server token'],
  [/^ghs_/, 'ghs_', 'github', 'app-installation', 'GitHub App installation token'],
  [/^ghr_/, 'ghr_', 'github', 'refresh', 'GitHub refresh token'],
  [/^ATCTT/, 'ATCTT', 'bitbucket', 'access-token', 'Bitbucket access token'],
  [/^ATATT/, 'ATATT', 'bitbucket', 'api-token', 'Atlassian API token'],
  [/^ATBB/, 'ATBB', 'bitbucket', 'app-password', 'Bitbucket app password'],
  [
    /^arn:aws[a-z-]*:(codeconnections|codestar-connections):/,
    'arn:…:connection',
    'aws',
    'connection-arn',
    'CodeConnections connection ARN',
  ],
  [
    /^arn:aws[a-z-]*:secretsmanager:/,
    'arn:…:secret',
    'aws',
    'secret-arn',
    'Secrets Manager secret ARN',
  ],
];

/** A token's kind prefix (FORMS above), anywhere in a word, in any case. */
export const TOKEN_PREFIX = /gh[pousr]_|github_pat_|AT(?:CTT|ATT|BB)/i;

/**
 * A token as providers issue it, in a longer text: its prefix at the start of a word and at
 * least 16 token characters after it (real ones have 28 or more). Stricter than
 * TOKEN_PREFIX, so that a name such as `acme/weighs_tools` is not taken for one.
 */
const ISSUED_TOKEN =
  /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,}|AT(?:CTT|ATT|BB)[A-Za-z0-9_=+/-]{16,})/g;

/**
 * What in configuration values may be a token pasted in the wrong place: every token with
 * a provider's prefix (`ghp_…`, `ATBB…`, ...) in `anywhere`, and every random-looking word in
 * `noneValid`, the values of options no such word is valid for (a mode, a flag, a number).
 * A message quoting the value must not show the token.
 */
export function pastedTokens(
  anywhere: Iterable<string | undefined>,
  noneValid: Iterable<string | undefined> = [],
): string[] {
  const words = [...noneValid].flatMap((value) => (value ?? '').split(/[\s,;"'`]+/));
  return [
    ...[...anywhere].flatMap((value) => value?.match(ISSUED_TOKEN) ?? []),
    ...words.filter(looksRandom),
  ];
}

/** The token's kind by its form, or undefined when the form says nothing. */
export function tokenForm(token: string): TokenForm | undefined {
  const found = FORMS.find(([pattern]) => pattern.test(token));
  if (!found) return undefined;
  const [, prefix, provider, kind, description] = found;
  return { provider, kind, description, prefix };
}

/**
 * Characters that cannot be seen in a secret's editor (code point ranges):
 * no-break and zero-width spaces, joiners, direction marks, soft hyphen,
 * variation selectors, the byte-order mark. At either end they are paste
 * debris and are trimmed; inside a token they mean the value is damaged.
 */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x00a0],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

function isInvisible(char: string): boolean {
  const code = char.codePointAt(0)!;
  return INVISIBLE.some(([from, to]) => code >= from && code <= to);
}

const isBlank = (char: string) => /\s/u.test(char) || isInvisible(char);

/** The token without whitespace or invisible characters at either end. */
export function trimToken(raw: string): string {
  const chars = [...raw];
  let start = 0;
  let end = chars.length;
  while (start < end && isBlank(chars[start])) start++;
  while (end > start && isBlank(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

/**
 * Why a (trimmed) token cannot be sent in an HTTP header, in words that never
 * show any part of it or where in it the problem is; undefined when it can.
 */
export function tokenCharacterProblem(token: string): string | undefined {
  if (/\s/u.test(token)) return 'contains whitespace inside it';
  if ([...token].some(isInvisible))
    return 'contains an invisible character inside it (a zero-width space, joiner or byte-order mark, say)';
  if (/[^\x21-\x7e]/u.test(token))
    return 'contains a character that is not plain ASCII (an emoji or accented letter, say)';
  return undefined;
}

/** The shortest token any provider issues: a Bitbucket app password (20 characters). */
export const MIN_TOKEN_LENGTH = 20;
/** Longer than any token issued (a GitHub App installation token, the longest, is about 520). */
export const MAX_TOKEN_LENGTH = 4096;

/**
 * Why a (trimmed) token cannot be one by its length, in words that never show any part
 * of it; undefined when its length is one a token has. A connection or secret ARN is not
 * judged here.
 */
export function tokenLengthProblem(token: string): string | undefined {
  if (token.startsWith('arn:')) return undefined;
  if (token.length < MIN_TOKEN_LENGTH)
    return `is ${token.length} characters long, shorter than any token a provider issues (the shortest, a Bitbucket app password, has ${MIN_TOKEN_LENGTH})`;
  if (token.length > MAX_TOKEN_LENGTH)
    return `is ${token.length} characters long, longer than any token a provider issues (at most ${MAX_TOKEN_LENGTH} are taken; the longest, a GitHub App installation token, has about 520)`;
  return undefined;
}
