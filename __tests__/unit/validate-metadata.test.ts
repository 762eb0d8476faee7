// scripts/validate-metadata.ts: @action-validator/cli on action.yml and the workflows,
// tolerating its node24 false positive and nothing else.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate, validateActionYml } from '../../scripts/validate-metadata.js';
import { ROOT } from '../support/run-bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'validate-metadata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');

/** action.yml with one edit, written where the validator reads it as an action. */
function variant(name: string, edit: (text: string) => string): string {
  const sub = join(dir, name);
  mkdirSync(sub);
  const file = join(sub, 'action.yml');
  writeFileSync(file, edit(actionYml));
  return file;
}

describe('action-validator', () => {
  test('action.yml passes, the node24 false positive aside', () => {
    expect(actionYml).toMatch(/^ {2}using: node24$/m);
    expect(validateActionYml(join(ROOT, 'action.yml'))).toEqual([]);
  });

  test('the raw validator does report node24, so the tolerance is needed', () => {
    const errors = validate(join(ROOT, 'action.yml'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'one_of', path: '/runs' });
  });

  test('an icon GitHub does not allow fails', () => {
    const file = variant('icon', (t) => t.replace(/icon: [\w-]+/, 'icon: key'));
    expect(validateActionYml(file)).toEqual([
      expect.objectContaining({ code: 'enum', path: '/branding/icon' }),
    ]);
  });

  test('any other runtime is not tolerated', () => {
    const file = variant('node99', (t) => t.replace('using: node24', 'using: node99'));
    expect(validateActionYml(file).length).toBeGreaterThan(0);
  });

  test('a second error under runs is not hidden by the tolerated one', () => {
    const file = variant('runs', (t) =>
      t.replace('using: node24', 'using: node24\n  pre-if: 1\n  bogus: x'),
    );
    expect(validateActionYml(file).length).toBeGreaterThan(0);
  });

  test.each(['.github/workflows/ci.yml', 'examples/rotate-token.yml'])('%s passes', (file) => {
    expect(validate(join(ROOT, file))).toEqual([]);
  });
});
