import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { optionsFor } from '../src/core/base/options.js';
import { DOC, pipeRows, regenerate } from '../scripts/gen-pipe-docs.js';

describe('docs/bitbucket-pipe.md', () => {
  test('the YAML definition and the Variables table match src/core/base/options.ts', async () => {
    const doc = readFileSync(DOC, 'utf8');
    // On failure: run `npm run docs:pipe` (npx tsx scripts/gen-pipe-docs.ts) and commit the result.
    expect(doc).toEqual(await regenerate(doc));
  });

  test('every pipe variable and the AWS credential variables have a row', () => {
    const names = pipeRows().map((r) => r.name);
    for (const option of optionsFor('pipe')) expect(names).toContain(option.env[0]);
    for (const name of [
      'AWS_OIDC_ROLE_ARN',
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'DEBUG',
    ]) {
      expect(names).toContain(name);
    }
  });

  test('TOKEN and AWS_DEFAULT_REGION are the required variables', () => {
    expect(
      pipeRows()
        .filter((r) => r.mark === '*')
        .map((r) => r.name),
    ).toEqual(['TOKEN', 'AWS_DEFAULT_REGION']);
  });

  test('the access token example comes before the app password one', () => {
    const doc = readFileSync(DOC, 'utf8');
    const accessToken = doc.indexOf('### Access token');
    const appPassword = doc.indexOf('### App password');
    expect(accessToken).toBeGreaterThan(-1);
    expect(appPassword).toBeGreaterThan(accessToken);
    expect(doc).toContain('removed app passwords on 2026-07-28');
  });
});
