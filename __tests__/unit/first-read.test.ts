// A newcomer's first read (issue 26): the README fits a first read and its snippets are
// complete and real (parsed, every `with:` key an input of action.yml, every pipe variable
// one pipe.yml declares); the product has one name for its Action and one for its image,
// with the same "not published yet" note wherever they appear, and the release stamp
// replaces both and drops the note; every relative link in the docs leads somewhere.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { currentNames, stamp } from '../../scripts/release.js';
import { ROOT } from '../support/run-bundle.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');

const ACTION = parse(read('action.yml')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};
const PIPE = parse(read('pipe.yml')) as { variables: Array<{ name: string }> };
const NAMES = currentNames(read('pipe.yml'));

/** The fenced blocks of a Markdown text, with their language. */
function fenced(markdown: string): Array<{ lang: string; body: string; at: number }> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({
    lang: m[1]!,
    body: m[2]!,
    at: m.index,
  }));
}

type Node = Record<string, unknown>;
/** Every object in a parsed YAML tree that satisfies `match`. */
function find(node: unknown, match: (o: Node) => boolean, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) find(n, match, found);
  else if (node && typeof node === 'object') {
    if (match(node as Node)) found.push(node as Node);
    for (const v of Object.values(node)) find(v, match, found);
  }
  return found;
}
const isOurAction = (o: Node) =>
  typeof o.uses === 'string' && o.uses.startsWith(`${NAMES.repository}@`);
const isOurPipe = (o: Node) =>
  typeof o.pipe === 'string' && o.pipe.startsWith(`docker://${NAMES.image}:`);

const yamlBlocks = fenced(README).filter((b) => b.lang === 'yaml');
const docs = yamlBlocks.map((b) => parse(b.body) as Node);
const workflow = docs.find((d) => 'jobs' in d)!;
const pipelines = docs.find((d) => 'pipelines' in d)!;

describe('README.md, a first read', () => {
  test('is at most 250 lines', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(250);
  });

  test('says what it does and why in at most 10 lines, before anything else', () => {
    const intro = README.split(/^<!-- |^## |^> /m)[0]!
      .trim()
      .split('\n');
    expect(intro[0]).toBe('# codebuild-credential-sync');
    expect(intro.length - 2).toBeLessThanOrEqual(10);
  });

  test('says once, before the first snippet, that nothing is published yet', () => {
    const NOTE = '**Not published yet: use your fork / your image.**';
    const note = README.indexOf(NOTE);
    expect(note).toBeGreaterThan(-1);
    expect(README.indexOf('Not published yet', note + NOTE.length)).toBe(-1);
    expect(note).toBeLessThan(fenced(README)[0]!.at);
  });

  test('the Action snippet is a complete workflow whose inputs are those of action.yml', () => {
    expect(workflow).toEqual(
      expect.objectContaining({
        on: expect.anything(),
        permissions: expect.objectContaining({ 'id-token': 'write' }),
        jobs: expect.anything(),
      }),
    );
    const jobs = Object.values(workflow.jobs as Record<string, Node>);
    for (const job of jobs) {
      expect(job['runs-on']).toEqual(expect.any(String));
      expect(job.steps).toEqual(expect.any(Array));
    }
    const ours = find(workflow, isOurAction);
    expect(ours).toHaveLength(1);
    for (const step of ours)
      for (const key of Object.keys((step.with ?? {}) as Node))
        expect({ key, declared: key in ACTION.inputs }).toEqual({ key, declared: true });
  });

  test('the Bitbucket snippet is a complete bitbucket-pipelines.yml whose variables pipe.yml declares', () => {
    const declared = new Set(PIPE.variables.map((v) => v.name));
    const steps = find(pipelines.pipelines, (o) => 'script' in o);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const pipes = find(step.script, isOurPipe);
      expect(pipes).toHaveLength(1);
      const variables = pipes[0]!.variables as Node;
      for (const key of Object.keys(variables))
        expect({ key, declared: declared.has(key) }).toEqual({ key, declared: true });
      // OIDC needs the step's token: a role ARN without `oidc: true` is refused.
      if ('AWS_OIDC_ROLE_ARN' in variables) expect(step.oidc).toBe(true);
    }
  });

  test('the outputs table names exactly the outputs of action.yml', () => {
    const section = README.slice(README.indexOf('## Outputs'));
    const table = section.slice(0, section.indexOf('\n## '));
    const named = [...table.matchAll(/^\| `([\w-]+)` +\|/gm)].map((m) => m[1]);
    expect(named).toEqual(Object.keys(ACTION.outputs));
  });

  test('the options table holds one line per meaning', () => {
    const start = README.indexOf('<!-- options:start');
    const table = README.slice(start, README.indexOf('<!-- options:end', start));
    const meanings = [...table.matchAll(/^\|[^|]+\|[^|]+\| (.+?) +\|[^|]*\|$/gm)].map((m) => m[1]!);
    expect(meanings.length).toBeGreaterThan(20);
    for (const meaning of meanings) expect(meaning.length).toBeLessThanOrEqual(230);
  });

  test('the IAM table covers every mode, `aws-region: all` and an organization', () => {
    const start = README.indexOf('<!-- iam:start');
    const table = README.slice(start, README.indexOf('<!-- iam:end', start));
    for (const row of ['`sync`', '`check`', '`delete`', '`inventory`', '`aws-region: all`'])
      expect(table).toContain(row);
    expect(table).toContain('`accounts: organization`');
    expect(table).toContain('examples/iam-policy-organization.json');
  });

  test('links troubleshooting, reliability, security and contributing', () => {
    for (const target of [
      'docs/troubleshooting.md',
      'docs/reliability.md',
      'SECURITY.md',
      'CONTRIBUTING.md',
    ])
      expect(README).toContain(`](${target})`);
  });

  test('the test command is the one CI runs, and says how long it takes', () => {
    const [commands] = fenced(README).filter((b) => b.lang === 'sh');
    expect(commands!.body).toMatch(/^npm ci && npm run demo +#/m);
    expect(commands!.body).toMatch(/^npm ci && npm test +#.*10–15 minutes/m);
    const ci = read('.ci/run');
    // CI runs the two halves of the README's command: npm ci, then npm test.
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci.slice(ci.search(/^npm ci\b/m))).toMatch(/^npm test\b/m);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.test).toBeDefined();
    expect(scripts.demo).toBeDefined();
  });
});

/** The docs and examples a user reads (relative to the root). */
const USER_FILES = [
  'README.md',
  'SECURITY.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(ROOT, 'examples'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `examples/${f}`),
];

describe('one name for the Action and one for the image', () => {
  test('pipe.yml names the placeholders the docs use', () => {
    expect(NAMES.image).toBe('ghcr.io/your-org/codebuild-credential-sync-pipe');
    expect(NAMES.repository).toBe('your-org/codebuild-credential-sync');
  });

  test.each(USER_FILES)(
    '%s names the Action and the image only by those names, with the note',
    (file) => {
      const text = read(file);
      // The names the project had before: each is gone.
      for (const old of [
        'codebuild-credential-sync/codebuild-credential-sync',
        'codebuild-credential-sync/pipe',
        'YOUR-REGISTRY',
        'YOUR-ORG',
      ])
        expect({ file, old, found: text.includes(old) }).toEqual({ file, old, found: false });
      for (const m of text.matchAll(/uses: ([\w.-]+\/codebuild-credential-sync)@/g))
        expect({ file, action: m[1] }).toEqual({ file, action: NAMES.repository });
      for (const m of text.matchAll(/docker:\/\/([\w.-]+\/[^\s:'"`)]+)/g))
        expect({ file, image: m[1] }).toEqual({ file, image: NAMES.image });
      if (text.includes(NAMES.repository) || text.includes(NAMES.image)) {
        const marker = file.endsWith('.md')
          ? '<!-- not-published:start -->'
          : '# not-published:start';
        expect({ file, note: text.includes(marker) }).toEqual({ file, note: true });
      }
    },
  );

  test('every example carries the same note', () => {
    const notes = USER_FILES.filter((f) => f.startsWith('examples/')).map(
      (f) => /^# not-published:start\n[\s\S]*?^# not-published:end$/m.exec(read(f))?.[0],
    );
    expect(notes.length).toBeGreaterThan(3);
    expect(new Set(notes)).toEqual(new Set([notes[0]]));
    expect(notes[0]).toContain('Not published yet');
  });

  test('the release stamp names the real Action and image everywhere and drops the note', async () => {
    const files = await stamp({
      version: '2.0.0',
      image: 'ghcr.io/acme/codebuild-credential-sync-pipe',
      repository: 'acme/codebuild-credential-sync',
    });
    for (const [file, text] of files) {
      // What a user copies names the release; docs/releasing.md's own-build steps keep
      // `your-org` for the reader's fork, never as `@vN` or `docker://`.
      expect({
        file,
        placeholder: /your-org\/codebuild-credential-sync@v|docker:\/\/ghcr\.io\/your-org\//.test(
          text,
        ),
      }).toEqual({ file, placeholder: false });
      expect({ file, note: /not-published|Not published yet/.test(text) }).toEqual({
        file,
        note: false,
      });
    }
    expect(files.get('README.md')).toContain('uses: acme/codebuild-credential-sync@v2');
    expect(files.get('README.md')).toContain(
      'pipe: docker://ghcr.io/acme/codebuild-credential-sync-pipe:2.0.0',
    );
  });
});

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('links', () => {
  const markdown = [
    ...USER_FILES.filter((f) => f.endsWith('.md')),
    'emulator/README.md',
    'CHANGELOG.md',
  ];
  test.each(markdown)(
    'every relative link of %s leads to a file (and heading) that exists',
    (file) => {
      const text = read(file)
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`\n]*`/g, '');
      const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
      // `…` stands for a link in a quoted message.
      for (const link of links.filter((l) => !/^(https?:|mailto:|…$)/.test(l))) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path ? join(ROOT, dirname(file), path) : join(ROOT, file);
        const where = relative(ROOT, target);
        expect({ file, link, exists: existsSync(target) }).toEqual({ file, link, exists: true });
        if (anchor && target.endsWith('.md') && statSync(target).isFile()) {
          const headings = [...readFileSync(target, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) =>
            slug(m[1]!),
          );
          expect({ where, anchor, found: headings.includes(anchor) }).toEqual({
            where,
            anchor,
            found: true,
          });
        }
      }
    },
  );
});

describe('the examples do what they say', () => {
  test('the Bitbucket example trusts Bitbucket’s OIDC provider, not GitHub’s', () => {
    const text = read('examples/bitbucket-pipelines.yml');
    expect(text).not.toContain('examples/iam-trust-policy.json');
    expect(text).toContain('examples/iam-trust-policy-bitbucket.json');
    const trust = JSON.parse(read('examples/iam-trust-policy-bitbucket.json')) as {
      Statement: Array<{ Principal: { Federated: string }; Action: string }>;
    };
    expect(trust.Statement[0]!.Principal.Federated).toContain('api.bitbucket.org');
    expect(trust.Statement[0]!.Action).toBe('sts:AssumeRoleWithWebIdentity');
    // The guide shows the same policy.
    const guide = /limits the role to one repository\):\n\n```json\n([\s\S]*?)```/.exec(
      read('docs/bitbucket-pipe.md'),
    );
    expect(JSON.parse(guide![1]!)).toEqual(trust);
  });

  test('the inventory example uploads its report, with a SHA-pinned upload-artifact', () => {
    const wf = parse(read('examples/inventory.yml')) as {
      name: string;
      jobs: Record<string, { steps: Node[] }>;
    };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const ours = steps.find(isOurAction)!;
    const file = (ours.with as Node)['report-file'];
    expect(file).toEqual(expect.any(String));
    const upload = steps.find(
      (s) => typeof s.uses === 'string' && s.uses.startsWith('actions/upload-artifact@'),
    )!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect((upload.with as Node).path).toBe(file);
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(ours));
    // Two role ARNs: the title says two accounts, not an organization.
    expect(wf.name).not.toMatch(/organi[sz]ation/i);
    expect(((ours.with as Node)['role-to-assume'] as string).trim().split('\n')).toHaveLength(2);
  });

  test('no workflow in the docs or examples puts an expression straight into `run:`', () => {
    const runs: Array<{ file: string; run: string }> = [];
    for (const file of USER_FILES) {
      const texts = file.endsWith('.md')
        ? fenced(read(file))
            .filter((b) => b.lang === 'yaml')
            .map((b) => b.body)
        : [read(file)];
      for (const text of texts)
        for (const doc of parseAllDocuments(text))
          for (const step of find(doc.toJS(), (o) => typeof o.run === 'string'))
            runs.push({ file, run: step.run as string });
    }
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs)
      expect({ ...r, expression: r.run.includes('${{') }).toEqual({ ...r, expression: false });
  });

  test('the Dockerfile says the OIDC token stays in memory', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).not.toMatch(/OIDC token file/);
    expect(dockerfile).toMatch(/OIDC token[\s\S]{0,80}in memory/);
  });

  test('the troubleshooting page is symptom, cause, fix', () => {
    const page = read('docs/troubleshooting.md');
    expect(page).not.toMatch(/before and after|^\| Command +\| Before/im);
    expect((page.match(/Fix:/g) ?? []).length).toBeGreaterThan(15);
  });
});
