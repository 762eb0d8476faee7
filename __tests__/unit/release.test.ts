// scripts/release.ts: release notes from the changelog, and the one-variable stamp
// of the pipe image and the repository.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  changelogSection,
  currentNames,
  ReleaseError,
  stamp,
  stampText,
} from '../../scripts/release.js';
import { ROOT } from '../support/run-bundle.js';

const CHANGELOG = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');

describe('CHANGELOG.md', () => {
  test('follows Keep a Changelog: Unreleased first, with link references', () => {
    const headings = [...CHANGELOG.matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((m) => [m[1], m[2]]);
    expect(headings[0]).toEqual(['Unreleased', '']);
    for (const [version] of headings)
      expect(CHANGELOG).toMatch(new RegExp(`^\\[${version}\\]: https://`, 'm'));
  });

  test('says what was released: nothing, while package.json carries a pre-release version', () => {
    const version = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(version).toMatch(/^\d+\.\d+\.\d+-dev$/);
    // No release section, and no link to a tag that was never pushed.
    const released = [...CHANGELOG.matchAll(/^## \[(\d[^\]]*)\]/gm)].map((m) => m[1]);
    expect(released).toEqual([]);
    expect(CHANGELOG).not.toMatch(/releases\/tag\/v|compare\/v/);
    expect(CHANGELOG).toMatch(/^## 1\.0\.0 \(prepared \d{4}-\d{2}-\d{2}, never released\)$/m);
    expect(() => changelogSection(CHANGELOG, '1.0.0')).toThrow(ReleaseError);
  });

  test('the notes of a version are its section only', () => {
    const sample = [
      '## [Unreleased]',
      '',
      '## [1.1.0] - 2026-12-24',
      '',
      'The first release.',
      '',
      '### Added',
      '',
      '- x',
      '',
      '[1.1.0]: https://example.com',
    ].join('\n');
    const notes = changelogSection(sample, '1.1.0');
    expect(notes).toMatch(/^The first release/);
    expect(notes).toContain('### Added');
    expect(notes).not.toContain('## [');
    expect(notes).not.toMatch(/^\[1\.1\.0\]:/m);
  });

  test('a version without a section is an error that says what to do', () => {
    expect(() => changelogSection(CHANGELOG, '9.9.9')).toThrow(ReleaseError);
    expect(() => changelogSection(CHANGELOG, '9.9.9')).toThrow('## [9.9.9]');
    // 1.0.0 must not match 1.0.0x or 11.0.0.
    expect(() => changelogSection('## [1.0.01] - 2026-01-01\n\nx\n', '1.0.0')).toThrow(
      ReleaseError,
    );
  });
});

describe('stamp', () => {
  const to = {
    version: '2.3.4',
    image: 'ghcr.io/acme/ccs-pipe',
    repository: 'acme/codebuild-credential-sync',
  };

  test('pipe.yml names the image and the repository the release uses', async () => {
    const files = await stamp(to);
    const meta = parse(files.get('pipe.yml')!) as Record<string, unknown>;
    expect(meta.image).toBe('ghcr.io/acme/ccs-pipe:2.3.4');
    expect(meta.repository).toBe('https://github.com/acme/codebuild-credential-sync');
    expect(JSON.stringify(meta)).not.toContain('github.com/codebuild-credential-sync/');
  });

  test('the docs and examples name the same image and the major tag of the Action', async () => {
    const files = await stamp(to);
    const from = currentNames(readFileSync(join(ROOT, 'pipe.yml'), 'utf8'));
    for (const [file, text] of files) {
      expect({ file, stale: text.includes(`docker://${from.image}:`) }).toEqual({
        file,
        stale: false,
      });
      expect({ file, stale: text.includes(`${from.repository}@v`) }).toEqual({
        file,
        stale: false,
      });
    }
    expect(files.get('docs/bitbucket-pipe.md')).toContain('docker://ghcr.io/acme/ccs-pipe:2.3.4');
    expect(files.get('README.md')).toContain('acme/codebuild-credential-sync@v2');
    expect(files.get('examples/rotate-token.yml')).toContain('acme/codebuild-credential-sync@v2');
  });

  test('stamping what pipe.yml already names with its own version changes nothing', async () => {
    const current = currentNames(readFileSync(join(ROOT, 'pipe.yml'), 'utf8'));
    const files = await stamp({
      version: current.tag,
      image: current.image,
      repository: current.repository,
    });
    for (const [file, text] of files) {
      expect({ file, same: text === readFileSync(join(ROOT, file), 'utf8') }).toEqual({
        file,
        same: true,
      });
    }
  });

  test('replaces whole names only', () => {
    const from = { image: 'acme/pipe', repository: 'acme/tool' };
    const text =
      'docker://acme/pipe:1.0.0 docker://acme/pipe-extra:1.0.0 acme/tool@v1 acme/tool-x@v1';
    expect(
      stampText(text, from, { version: '3.0.1', image: 'r.io/b/p', repository: 'b/tool' }),
    ).toBe('docker://r.io/b/p:3.0.1 docker://acme/pipe-extra:1.0.0 b/tool@v3 acme/tool-x@v1');
  });

  test.each([
    [{ version: '1.0', image: 'a/b', repository: 'o/r' }, '--version'],
    [{ version: '1.0.0', image: 'A/B:1', repository: 'o/r' }, '--image'],
    [{ version: '1.0.0', image: 'a/b', repository: 'no-slash' }, '--repository'],
  ])('refuses %j naming %s', async (values, name) => {
    await expect(stamp(values)).rejects.toThrow(name);
  });
});

describe('bundles', () => {
  // ncc --license licenses.txt: the licenses of what each bundle contains ship with it
  // (and /pipe/dist/pipe/licenses.txt in the image, see scripts/container-test.sh).
  test.each([
    ['dist/action', '@actions/core'],
    ['dist/pipe', '@aws-sdk/client-codebuild'],
  ])('%s ships licenses.txt with the licenses of its bundled packages', (dir, pkg) => {
    const text = readFileSync(join(ROOT, dir, 'licenses.txt'), 'utf8');
    expect(text).toContain(pkg);
    expect(text).toMatch(/\bMIT\b/);
    expect(text).toMatch(/Apache License|Apache-2\.0/);
  });
});
