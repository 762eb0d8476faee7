// What the bundles contain is known and allowed: the licence policy over
// dist/*/licenses.txt (scripts/licence-policy.ts), the SBOM beside each bundle
// (scripts/bundle-sbom.ts), and one AWS SDK core under all the clients.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPackages, permitted, violations } from '../../scripts/licence-policy.js';
import { workflowFiles } from '../../scripts/actionlint.js';
import { ROOT } from '../support/run-bundle.js';

const BUNDLES = ['action', 'pipe'] as const;
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; license?: string; integrity?: string }>;
};

interface Component {
  group?: string;
  name: string;
  version: string;
  purl: string;
  licenses?: { license?: { id: string }; expression?: string }[];
  hashes?: { alg: string; content: string }[];
}

describe('licence policy', () => {
  test.each(BUNDLES)('every package bundled in dist/%s is under a permissive licence', (b) => {
    const text = read('dist', b, 'licenses.txt');
    expect(bundledPackages(text).length).toBeGreaterThan(10);
    expect(violations(`dist/${b}/licenses.txt`, text)).toEqual([]);
  });

  const entry = (name: string, licence: string) =>
    `${name}\n${licence}\nCopyright (c) someone\n\nPermission is granted, with a blank line above.\n`;
  const file = [entry('tslib', '0BSD'), entry('@scope/ok', 'MIT')];

  test('a copyleft, an unknown and a missing licence each fail, naming the package', () => {
    const text = [
      ...file,
      entry('left-pad-gpl', 'GPL-3.0-only'),
      entry('@odd/thing', 'SEE LICENSE IN LICENSE.md'),
      entry('no-licence', ''),
    ].join('\n');
    const found = violations('x/licenses.txt', text);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^x\/licenses\.txt: left-pad-gpl is under "GPL-3\.0-only", which/);
    expect(found[1]).toMatch(/@odd\/thing is under "SEE LICENSE IN LICENSE\.md"/);
    expect(found[2]).toMatch(/no-licence is under no declared licence/);
  });

  test('a licence text with blank lines is not taken for packages', () => {
    expect(bundledPackages(file.join('\n')).map((p) => p.name)).toEqual(['tslib', '@scope/ok']);
  });

  test('a file that names no package fails rather than passing empty', () => {
    expect(violations('empty.txt', '')).toEqual([expect.stringMatching(/names no package/)]);
  });

  test('SPDX expressions: OR needs one permissive side, AND both, WITH none', () => {
    expect(permitted('MIT')).toBe(true);
    expect(permitted('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(permitted('MIT AND GPL-2.0-only')).toBe(false);
    expect(permitted('(MIT AND BSD-3-Clause) OR LGPL-2.1-only')).toBe(true);
    expect(permitted('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(false);
    expect(permitted('MIT OR')).toBe(false);
    expect(permitted('(MIT')).toBe(false);
    expect(permitted('')).toBe(false);
    expect(permitted('mit')).toBe(false);
  });
});

describe('SBOM beside each bundle (dist/<bundle>/sbom.cdx.json)', () => {
  test.each(BUNDLES)(
    'dist/%s: CycloneDX listing exactly the packages of licenses.txt, at the lockfile versions',
    (b) => {
      const sbom = JSON.parse(read('dist', b, 'sbom.cdx.json')) as {
        bomFormat: string;
        specVersion: string;
        serialNumber: string;
        metadata: Record<string, unknown> & { component: { name: string; version: string } };
        components: Component[];
      };
      expect(sbom.bomFormat).toBe('CycloneDX');
      expect(sbom.specVersion).toBe('1.6');
      expect(sbom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
      // Deterministic: check-dist compares a rebuild with the committed file.
      expect(sbom.metadata).not.toHaveProperty('timestamp');
      expect(sbom.metadata.component.version).toBe(
        (JSON.parse(read('package.json')) as { version: string }).version,
      );

      const names = (c: Component) => (c.group ? `${c.group}/${c.name}` : c.name);
      const listed = bundledPackages(read('dist', b, 'licenses.txt')).map((p) => p.name);
      expect([...new Set(sbom.components.map(names))].sort()).toEqual([...listed].sort());
      for (const c of sbom.components) {
        const locked = lock.packages[`node_modules/${names(c)}`];
        // A nested copy has its own version; the top-level one is the usual case.
        if (locked?.version === c.version) {
          expect(c.hashes?.[0]?.alg).toBe('SHA-512');
          expect(Buffer.from(c.hashes![0]!.content, 'hex').toString('base64')).toBe(
            locked.integrity!.replace(/^sha512-/, ''),
          );
        }
        expect(c.purl).toBe(`pkg:npm/${names(c).replace(/^@/, '%40')}@${c.version}`);
        expect(c.licenses?.length).toBe(1);
      }
    },
  );
});

test('the AWS SDK clients share one @aws-sdk/core and one @smithy/core (one release line)', () => {
  const copies = (name: string) =>
    Object.keys(lock.packages).filter(
      (p) => p === `node_modules/${name}` || p.endsWith(`/node_modules/${name}`),
    );
  expect(copies('@aws-sdk/core')).toEqual(['node_modules/@aws-sdk/core']);
  expect(copies('@smithy/core')).toEqual(['node_modules/@smithy/core']);
});

test('actionlint covers every workflow: .github/workflows and the workflow examples', () => {
  const files = workflowFiles();
  expect(files).toEqual(
    expect.arrayContaining(['.github/workflows/ci.yml', 'examples/drift-check.yml']),
  );
  expect(files).not.toContain('examples/bitbucket-pipelines.yml');
});
