// Issue 9 units: region names against the SDK's partitions, token forms and
// characters, the report path.
import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderRegions, REGIONS_FILE } from '../../scripts/gen-regions.js';
import {
  didYouMean,
  isKnownRegion,
  partitionOf,
  suggestRegions,
} from '../../src/core/config/regions.js';
import { editDistance } from '../../src/core/base/similar.js';
import { reportPathProblem } from '../../src/core/config/report-path.js';
import { tokenCharacterProblem, tokenForm, trimToken } from '../../src/core/trust/token-form.js';

describe('regions', () => {
  test("the generated table is the bundled SDK's own (run `npm run gen:regions` after an SDK update)", async () => {
    expect(readFileSync(REGIONS_FILE, 'utf8')).toBe(await renderRegions());
  });

  test('real regions of every partition are known; misspellings are not', () => {
    for (const r of ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'cn-north-1', 'us-gov-west-1'])
      expect(isKnownRegion(r)).toBe(true);
    for (const r of ['eu-wst-1', 'us-east-7', 'af-north-9', 'aws-global'])
      expect(isKnownRegion(r)).toBe(false);
    expect(partitionOf('cn-northwest-1')).toBe('aws-cn');
    expect(partitionOf('eu-south-9')).toBe('aws');
  });

  test('the closest names are suggested, ties together, nothing when nothing is close', () => {
    expect(suggestRegions('eu-wst-1')).toEqual(['eu-west-1']);
    expect(suggestRegions('us-east-7')).toEqual(['us-east-1', 'us-east-2']);
    expect(suggestRegions('us-est-1')).toEqual(['us-east-1', 'us-west-1']);
    expect(didYouMean('eu-wst-1')).toBe(' Did you mean eu-west-1?');
    expect(didYouMean('xx-nowhere-42')).toBe('');
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('token form', () => {
  test.each([
    ['ghp_x', 'github', 'classic-pat'],
    ['github_pat_x', 'github', 'fine-grained-pat'],
    ['gho_x', 'github', 'oauth'],
    ['ghu_x', 'github', 'app-user'],
    ['ghs_x', 'github', 'app-installation'],
    ['ATCTTx', 'bitbucket', 'access-token'],
    ['ATATTx', 'bitbucket', 'api-token'],
    ['arn:aws:codestar-connections:us-east-1:123456789012:connection/x', 'aws', 'connection-arn'],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:x', 'aws', 'secret-arn'],
  ])('%s is %s %s', (token, provider, kind) => {
    expect(tokenForm(token)).toMatchObject({ provider, kind });
  });

  test('a token of no known form says nothing', () => {
    expect(tokenForm('abcdef0123')).toBeUndefined();
  });

  test('invisible characters and whitespace at either end are trimmed, not inside', () => {
    expect(trimToken('\ufeff\u00a0 ghp_abc\u200b\u200d\n')).toBe('ghp_abc');
    expect(trimToken('ghp_a\u200bbc')).toBe('ghp_a\u200bbc');
  });

  test('what is wrong inside is said without saying where', () => {
    expect(tokenCharacterProblem('ghp_abc')).toBeUndefined();
    expect(tokenCharacterProblem('ghp_a\u200bbc')).toMatch(/invisible character/);
    expect(tokenCharacterProblem('ghp_a bc')).toMatch(/whitespace/);
    expect(tokenCharacterProblem('ghp_abc\u{1F511}')).toMatch(/not plain ASCII/);
    expect(tokenCharacterProblem('ghp_abc\u{1F511}')).not.toMatch(/\d/);
  });
});

describe('report path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-path-'));

  test('a new file in an existing or yet-to-be-made folder is fine', () => {
    expect(reportPathProblem(join(dir, 'report.json'))).toBeUndefined();
    expect(reportPathProblem(join(dir, 'a', 'b', 'report.json'))).toBeUndefined();
  });

  test('a folder, or a path under a file, is refused', () => {
    expect(reportPathProblem(dir)).toMatch(/is a directory/);
    writeFileSync(join(dir, 'file'), '');
    expect(reportPathProblem(join(dir, 'file', 'report.json'))).toMatch(/is a file, not a folder/);
  });

  test('a read-only folder is refused (when not running as root)', () => {
    const ro = mkdtempSync(join(tmpdir(), 'report-ro-'));
    chmodSync(ro, 0o500);
    const problem = reportPathProblem(join(ro, 'report.json'));
    if (process.getuid?.() === 0) expect(problem).toBeUndefined();
    else expect(problem).toMatch(/cannot be written/);
  });
});
