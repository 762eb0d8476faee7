// scripts/release.ts cut: the release pull request's CHANGELOG.md edit.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogSection, cutChangelog, ReleaseError } from '../../scripts/release.js';
import { ROOT } from '../support/run-bundle.js';

const REPO = 'https://github.com/acme/ccs';
const doc = (unreleased: string) =>
  `# Changelog\n\n## [Unreleased]\n${unreleased}\n## [1.0.0] - 2026-11-22\n\n- First.\n\n` +
  `[Unreleased]: ${REPO}/compare/v1.0.0...HEAD\n[1.0.0]: ${REPO}/releases/tag/v1.0.0\n`;

describe('cutChangelog', () => {
  test('[Unreleased] becomes [1.1.0] with the date, under an empty [Unreleased]; links move', () => {
    const cut = cutChangelog(doc('\n### Added\n\n- A thing.\n'), '1.1.0', '2026-12-24');
    expect(cut).toContain(
      '## [Unreleased]\n\n## [1.1.0] - 2026-12-24\n\n### Added\n\n- A thing.\n',
    );
    expect(changelogSection(cut, '1.1.0')).toBe('### Added\n\n- A thing.');
    expect(cut).toContain(
      `[Unreleased]: ${REPO}/compare/v1.1.0...HEAD\n[1.1.0]: ${REPO}/compare/v1.0.0...v1.1.0\n[1.0.0]:`,
    );
    // Cutting again finds nothing to release.
    expect(() => cutChangelog(cut, '1.1.1', '2026-12-25')).toThrow(
      /\[Unreleased\] section is empty/,
    );
  });

  test('refuses an empty [Unreleased], a version already there, a bad version or date', () => {
    expect(() => cutChangelog(doc('\n'), '1.1.0', '2026-12-24')).toThrow(ReleaseError);
    expect(() => cutChangelog(doc('\n- x\n'), '1.0.0', '2026-12-24')).toThrow(/already has/);
    expect(() => cutChangelog(doc('\n- x\n'), '1.1', '2026-12-24')).toThrow(/not a version/);
    expect(() => cutChangelog(doc('\n- x\n'), '1.1.0', '24/12/2026')).toThrow(/not a date/);
    expect(() =>
      cutChangelog(doc('\n- x\n').replace(/^\[Unreleased\]:.*$/m, ''), '1.1.0', '2026-12-24'),
    ).toThrow(/link reference/);
  });

  test('the first release: [Unreleased] linked to the commits becomes a compare link and a release tag', () => {
    const first = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '- x',
      '',
      '[Unreleased]: https://github.com/o/r/commits/main',
      '',
    ].join('\n');
    const cut = cutChangelog(first, '1.1.0', '2026-12-24');
    expect(cut).toContain('## [1.1.0] - 2026-12-24');
    expect(cut).toContain('[Unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD');
    expect(cut).toContain('[1.1.0]: https://github.com/o/r/releases/tag/v1.1.0');
  });

  test("the repository's own CHANGELOG.md can be cut", () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelogSection(cutChangelog(changelog, '99.0.0', '2030-01-01'), '99.0.0')).toBe(
      changelogSection(changelog.replace('## [Unreleased]', '## [99.0.0]'), '99.0.0'),
    );
  });
});
