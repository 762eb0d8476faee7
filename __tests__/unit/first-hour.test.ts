// Issue 26, the pieces under the bundles' behaviour: one-line option summaries, place names,
// separators, unexpanded variables, and what each mode requires.
import { describe, expect, test } from '@jest/globals';
import { OPTIONS } from '../../src/core/base/options.js';
import { PIPE_AWS_VARIABLES } from '../../src/core/config/names.js';
import { unexpandedVariable } from '../../src/core/config/arrival.js';
import { regionsForPlace, wrongSeparator } from '../../src/core/config/regions.js';
import { pipeHelp, requiredByMode } from '../../src/core/config/help.js';
import { buildConfig, envSource } from '../../src/core/config/config.js';

describe('the options table carries a one-line summary of each option', () => {
  test.each(OPTIONS.map((o) => [o.key, o.summary] as const))('%s: %s', (_, summary) => {
    expect(summary.length).toBeGreaterThan(10);
    expect(summary.length).toBeLessThanOrEqual(60);
  });

  test('and --help is made of them, in at most 60 lines', () => {
    const help = pipeHelp();
    expect(help.trimEnd().split('\n').length).toBeLessThanOrEqual(60);
    for (const o of OPTIONS.filter((o) => !o.platforms || o.platforms.includes('pipe')))
      expect(help).toContain(o.summary);
    for (const v of PIPE_AWS_VARIABLES) expect(help).toContain(v.summary);
  });
});

test('each mode requires what leaving it out refuses: delete a server type, no mode but sync and check a token', () => {
  expect(requiredByMode()).toEqual([
    { mode: 'sync', names: ['TOKEN', 'AWS_DEFAULT_REGION'] },
    { mode: 'check', names: ['TOKEN', 'AWS_DEFAULT_REGION'] },
    { mode: 'delete', names: ['AWS_DEFAULT_REGION', 'SERVER_TYPE'] },
    { mode: 'inventory', names: ['AWS_DEFAULT_REGION'] },
    { mode: 'merge', names: ['REPORTS'] },
  ]);
});

describe('unexpanded variables', () => {
  test.each([
    ['$CODEBUILD_TOKEN', 'CODEBUILD_TOKEN'],
    ['${CODEBUILD_TOKEN}', 'CODEBUILD_TOKEN'],
    ['  $X  ', 'X'],
    ['${{ secrets.GH_PAT }}', '${{ secrets.GH_PAT }}'],
    ['${{secrets.GH_PAT}}', '${{ secrets.GH_PAT }}'],
  ])('%s names %s', (text, name) => expect(unexpandedVariable(text)).toBe(name));

  test.each([
    'ghp_abc$DEF',
    '${UNCLOSED',
    '$UNOPENED}',
    '$1abc',
    'ATCTT$x',
    'github_pat_11AAAA',
    '$',
  ])('%s is not one', (text) => expect(unexpandedVariable(text)).toBeUndefined());
});

describe('regions as people type them', () => {
  test.each([
    ['Frankfurt', 'eu-central-1'],
    ['frankfurt', 'eu-central-1'],
    ['Ireland', 'eu-west-1'],
    ['Tokyo', 'ap-northeast-1'],
    ['Virginia', 'us-east-1'],
    ['Oregon', 'us-west-2'],
    ['Sydney', 'ap-southeast-2'],
  ])('%s suggests %s', (place, code) =>
    expect(regionsForPlace(place).map((s) => s.split(' ')[0])).toContain(code),
  );

  test.each(['us-west', 'europe1', 'abc', 'US-EAST-1'])('%s is no place', (text) =>
    expect(regionsForPlace(text)).toEqual([]),
  );

  test('other separators are named; commas are not', () => {
    expect(wrongSeparator('us-east-1;eu-west-1')).toEqual({
      separator: ';',
      parts: ['us-east-1', 'eu-west-1'],
    });
    expect(wrongSeparator('us-east-1|eu-west-1')?.separator).toBe('|');
    expect(wrongSeparator('us-east-1')).toBeUndefined();
    expect(wrongSeparator('foo;bar')).toBeUndefined();
  });

  test('case is folded for region codes and all, and kept for anything else', () => {
    const config = buildConfig(
      envSource({
        AWS_DEFAULT_REGION: 'US-EAST-1 eu-WEST-1 us-east-1',
        TOKEN: 'ATCTT' + 'Pl4ceh0lderT0kenF0rRegi0ns123456789',
      }),
    );
    expect(config.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(() => buildConfig(envSource({ AWS_DEFAULT_REGION: 'Frankfurt', TOKEN: 'x' }))).toThrow(
      /"Frankfurt"/,
    );
  });
});
