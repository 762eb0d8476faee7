// scripts/imports.ts: src/ has no import cycle, and every package it loads is a declared
// dependency (not one that is only installed as a dependency's dependency).
import { describe, expect, test } from '@jest/globals';
import {
  importCycles,
  importGraph,
  indexViolations,
  layerViolations,
  packageName,
  specifiers,
  undeclaredImports,
} from '../../scripts/imports.js';

describe('import cycles', () => {
  test('src/ has none', () => {
    expect(importCycles()).toEqual([]);
  });

  test('the graph sees type-only, re-exported and dynamic imports', () => {
    const files: Record<string, string> = {
      'src/a.ts': "import type { B } from './b.js';\nexport const a = 1;",
      'src/b.ts': "export type { C } from './c.js';\nexport interface B { x: number }",
      'src/c.ts': "export async function c() {\n  return import('./a.js');\n}",
      'src/d.ts': "// import { a } from './a.js';\nimport { c } from './c.js';",
    };
    const graph = importGraph(Object.keys(files), (f) => files[f]!);
    expect(graph.get('src/a.ts')).toEqual(['src/b.ts']);
    expect(importCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
  });

  test('the cycles this change broke are found on the old shape of the code', () => {
    // action/context.ts <-> action/main.ts, as it was: a type each way.
    const files: Record<string, string> = {
      'src/action/main.ts':
        "import { runnerContext } from './context.js';\nexport interface ActionContext {}",
      'src/action/context.ts': "import type { ActionContext } from './main.js';",
      'src/action/index.ts': "const { run } = await import('./main.js');",
    };
    expect(importCycles(importGraph(Object.keys(files), (f) => files[f]!))).toEqual([
      ['src/action/context.ts', 'src/action/main.ts'],
    ]);
  });

  test('a module that imports itself is a cycle', () => {
    expect(importCycles(new Map([['src/x.ts', ['src/x.ts']]]))).toEqual([['src/x.ts']]);
  });
});

describe('layers of src/core', () => {
  test('every folder imports only itself and the folders below it', () => {
    expect(layerViolations()).toEqual([]);
  });

  test('an import upwards, or a folder LAYERS does not name, is found', () => {
    const graph = new Map([
      ['src/core/providers/github.ts', ['src/core/report/report.ts', 'src/core/base/errors.ts']],
      ['src/core/aws/projects.ts', ['src/core/providers/webhooks.ts']],
      ['src/core/misc/x.ts', []],
      ['src/pipe/main.ts', ['src/core/run/run.ts']],
    ]);
    expect(layerViolations(graph)).toEqual([
      'src/core/providers/github.ts imports src/core/report/report.ts, a higher layer',
      'src/core/misc/x.ts is in a folder that LAYERS does not name',
    ]);
  });
});

describe('each folder of src/core is reached through its index.ts', () => {
  test("no import reaches past another folder's index", () => {
    expect(indexViolations()).toEqual([]);
  });

  test('an import past the index is found; one inside the folder, or of the index, is not', () => {
    const graph = new Map([
      ['src/core/run/run.ts', ['src/core/wire/deadline.ts', 'src/core/run/targets.ts']],
      ['src/core/run/modes/sync.ts', ['src/core/run/targets.ts', 'src/core/aws/index.ts']],
      ['src/pipe/main.ts', ['src/core/run/run.ts', 'src/pipe/colour.ts']],
    ]);
    expect(indexViolations(graph)).toEqual([
      'src/core/run/run.ts imports src/core/wire/deadline.ts, not src/core/wire/index.ts',
      'src/pipe/main.ts imports src/core/run/run.ts, not src/core/run/index.ts',
    ]);
  });
});

describe('declared dependencies', () => {
  test('every package src/ imports is declared (runtime ones in dependencies)', () => {
    expect(undeclaredImports()).toEqual([]);
  });

  test('a package installed only as a sub-dependency is refused; a type-only devDependency is not', () => {
    const files: Record<string, string> = {
      'src/core/x.ts': [
        "import { Octokit } from '@octokit/core';",
        "import type { AwsCredentialIdentity } from '@aws-sdk/types';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "const jest = await import('jest');",
      ].join('\n'),
    };
    expect(undeclaredImports(Object.keys(files), (f) => files[f]!)).toEqual([
      { name: '@octokit/core', file: 'src/core/x.ts' },
      { name: 'jest', file: 'src/core/x.ts' },
    ]);
  });

  test('specifiers and package names', () => {
    expect(
      specifiers("import type {\n  A,\n} from '@s/p/sub';\ntype M = typeof import('q');"),
    ).toEqual([
      { name: '@s/p/sub', typeOnly: true },
      { name: 'q', typeOnly: true },
    ]);
    expect(packageName('@smithy/core/config')).toBe('@smithy/core');
    expect(packageName('yaml/util')).toBe('yaml');
  });
});
