// The pipe repository the release publishes for `pipe: <workspace>/<repo>:X.Y.Z`: what
// Bitbucket reads there (pipe.yml) must match the options table the pipe reads.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultFor, optionsFor } from '../../src/core/base/options.js';
import {
  pipeRows,
  PLACEHOLDER_PIPE_REPOSITORY,
  regeneratePipeYml,
} from '../../scripts/gen-pipe-docs.js';
import { currentNames, pipeTree } from '../../scripts/release.js';
import { ROOT } from '../support/run-bundle.js';

interface PipeYml {
  name: string;
  image: string;
  category: string;
  description: string;
  repository: string;
  maintainer: { name: string; website: string };
  vendor: { name: string; website: string };
  tags: string[];
  variables: Array<{ name: string; default?: string }>;
}

const values = {
  version: '2.3.4',
  image: 'docker.io/acme/ccs-pipe',
  repository: 'acme/codebuild-credential-sync',
  pipeRepository: 'acme-ws/ccs-pipe',
};
/** The AWS credential variables: documented rows that are not options of the table. */
const AWS = pipeRows()
  .map((r) => r.name)
  .filter((name) => !optionsFor('pipe').some((o) => o.env[0] === name));

describe('the pipe repository tree', () => {
  let tree: Map<string, string>;
  let meta: PipeYml;
  beforeAll(async () => {
    tree = await pipeTree(values);
    meta = parse(tree.get('pipe.yml')!) as PipeYml;
  });

  test('holds pipe.yml, README.md, LICENSE and CHANGELOG.md', () => {
    expect([...tree.keys()].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'pipe.yml']);
    expect(tree.get('LICENSE')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    expect(tree.get('CHANGELOG.md')).toContain('## [Unreleased]');
  });

  test("pipe.yml has Atlassian's fields, stamped with the image and the repository", () => {
    expect(meta).toMatchObject({
      name: 'CodeBuild Credential Sync',
      image: 'docker.io/acme/ccs-pipe:2.3.4',
      category: expect.any(String),
      description: expect.stringContaining('CodeBuild'),
      repository: 'https://github.com/acme/codebuild-credential-sync',
      maintainer: { name: expect.any(String), website: expect.stringContaining('acme') },
      vendor: { name: expect.any(String), website: expect.stringContaining('acme') },
    });
    expect(meta.tags.length).toBeGreaterThan(0);
    expect(AWS).toEqual(expect.arrayContaining(['AWS_OIDC_ROLE_ARN', 'AWS_ACCESS_KEY_ID']));
    // The published file is stamped: the repository's "how to stamp" header is left out.
    expect(tree.get('pipe.yml')).toMatch(/^name: /);
  });

  test('pipe.yml declares every variable of the options table, and only those, with its default', () => {
    const declared = new Map(meta.variables.map((v) => [v.name, v]));
    const options = optionsFor('pipe');
    expect([...declared.keys()].sort()).toEqual(
      [...options.map((o) => o.env[0]), ...AWS, 'BITBUCKET_STEP_OIDC_TOKEN'].sort(),
    );
    for (const option of options) {
      const name = option.env[0];
      const expected =
        name === 'AWS_DEFAULT_REGION'
          ? '$AWS_DEFAULT_REGION'
          : option.modeDefault
            ? undefined // computed per mode by the pipe: a fixed default would override it
            : defaultFor(option, 'pipe');
      expect({ name, default: declared.get(name)!.default }).toEqual({ name, default: expected });
    }
    // The AWS credentials come from repository or workspace variables of the same name.
    for (const name of [...AWS.filter((n) => n !== 'AWS_PROFILE'), 'BITBUCKET_STEP_OIDC_TOKEN'])
      expect(declared.get(name)!.default).toBe(`$${name}`);
    // ...but not a profile: the container has none.
    expect(declared.get('AWS_PROFILE')?.default).toBeUndefined();
  });

  test('README.md is the pipe README in Atlassian format, naming the repository reference first', () => {
    const readme = tree.get('README.md')!;
    expect(readme).toMatch(/^# Bitbucket Pipelines Pipe: CodeBuild Credential Sync\n/);
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const s of ['YAML Definition', 'Variables', 'Details', 'Prerequisites', 'Examples'])
      expect(sections).toContain(s);
    expect(sections.at(-1)).toBe('Support');
    const reference = readme.indexOf('- pipe: acme-ws/ccs-pipe:2.3.4');
    const docker = readme.indexOf('- pipe: docker://docker.io/acme/ccs-pipe:2.3.4');
    expect(reference).toBeGreaterThan(-1);
    expect(docker).toBeGreaterThan(reference);
    for (const v of meta.variables.filter((x) => x.name !== 'BITBUCKET_STEP_OIDC_TOKEN'))
      expect(readme).toMatch(new RegExp(`^\\| ${v.name}( \\(\\*{1,2}\\))? +\\|`, 'm'));
    expect(readme).not.toContain(PLACEHOLDER_PIPE_REPOSITORY);
    expect(readme).not.toContain(
      `docker://${currentNames(readFileSync(join(ROOT, 'pipe.yml'), 'utf8')).image}:`,
    );
    expect(readme).not.toMatch(/\]\((?!https?:|#|mailto:)/);
  });
});

test('the committed pipe.yml declares the variables of the options table (npm run docs:pipe)', () => {
  const text = readFileSync(join(ROOT, 'pipe.yml'), 'utf8');
  expect(text).toBe(regeneratePipeYml(text));
});
