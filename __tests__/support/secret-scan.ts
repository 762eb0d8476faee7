// Every form a secret could leak in, and a scan of every output of a run for all of them.
import { expect } from '@jest/globals';

/** Usernames a token travels with in Basic credentials when none is given. */
const TOKEN_USERNAMES = ['x-token-auth', 'x-bitbucket-api-token-auth'];

/**
 * The forms a secret may be printed in: raw, its whitespace-separated parts (8+
 * characters), URL-encoded, base64 and base64url, JSON-escaped, and base64 of
 * `username:secret` for the given usernames and the token usernames.
 */
export function secretForms(secret: string, usernames: string[] = []): string[] {
  const values = [secret, ...secret.split(/\s+/).filter((p) => p.length >= 8)];
  const forms = new Set<string>();
  for (const v of values) {
    forms.add(v);
    forms.add(encodeURIComponent(v));
    forms.add(Buffer.from(v).toString('base64'));
    forms.add(Buffer.from(v).toString('base64url'));
    forms.add(JSON.stringify(v).slice(1, -1));
  }
  for (const user of [...usernames, ...TOKEN_USERNAMES]) {
    forms.add(Buffer.from(`${user}:${secret}`).toString('base64'));
    forms.add(Buffer.from(`${user}:${secret}`).toString('base64url'));
  }
  return [...forms].filter((f) => f.length >= 4);
}

/**
 * Fails, naming the output and the form, when any output holds any form of any
 * secret. `::add-mask::` lines are the runner's masking commands (the runner
 * consumes them; they never reach a log) and are left out.
 */
export function expectNoSecretIn(
  outputs: Record<string, string>,
  secrets: string[],
  usernames: string[] = [],
): void {
  const leaks: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const shown = text.replace(/^::add-mask::.*$/gm, '');
    for (const secret of secrets) {
      for (const form of secretForms(secret, usernames)) {
        if (shown.includes(form))
          leaks.push(`${name} holds "${form.slice(0, 6)}…" (a form of a secret)`);
      }
    }
  }
  expect(leaks).toEqual([]);
}
