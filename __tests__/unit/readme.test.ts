import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { README, renderReadme } from '../../scripts/gen-readme-options.js';

describe('README.md', () => {
  const readme = readFileSync(README, 'utf8');

  test('the options table is the one the options table generates', async () => {
    expect(readme).toBe(await renderReadme(readme));
  });

  test('the quick start has the two commands a newcomer runs', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
