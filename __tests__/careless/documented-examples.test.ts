// Every documented example runs with exactly the IAM policy the docs give for it (issue 26,
// point 4). Each Action step and each pipe step of the README, docs/ and examples/ is run
// as written through its shipped bundle against the emulator: the Action's `with:` as the
// runner sets it (with the region configure-aws-credentials exports), the pipe's
// `variables:` as Bitbucket passes them (a list as X_0, X_1…), OIDC through the emulator's
// STS. The identity that calls AWS is allowed exactly the actions of the policy the docs
// name for the example's mode (examples/iam-policy-<mode>.json), or, with `accounts`, the
// caller examples/iam-policy-organization.json and each member role its mode's policy; with
// `role-to-assume`, the caller sts:AssumeRole and each role its mode's policy. Nothing may be
// denied. (The emulator's policy model: action-level allow lists, emulator/README.md.)
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { currentNames } from '../../scripts/release.js';
import { printed, useEmulator } from '../support/emulated.js';
import { ROOT, runBundle } from '../support/run-bundle.js';
import { readOutputs, runnerFiles, runnerInputs } from '../support/runner-files.js';

const emu = useEmulator();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const NAMES = currentNames(read('pipe.yml'));

const GH = 'ghp_' + 'AhudNXR5YIdA8vqemQkqVjdAGKFYFNHjK30000';
const GHES = 'ghp_' + 'rZGxb3d6ExhicNpzjtgIQNlkzBKvIzA0mh0000';
const BB = 'ATCTT' + 'lVifdotb9lNQ0C9O5eGTyuCnyJgSsYK3I0000';
const BB_APP = 'VrDHJLfLAgoS8s0S1iBaNoGOlL57Zq';
const WORKFLOW = 'ghs_' + 'iLbjwo0i6tSAA5OpzBJXGo7jmzQnB8s6860000';
const KEY = { id: 'AKIADOCUMENTEDEXAMPL', secret: 'wKULVsoL2SpENLgo0HWqdryPZmKV1ec7Eo4fiP+' };
const OIDC = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ7cmVwb30iLCJhdWQiOiJhcmkifQ.c2ln';
const REPO = 'acme/infra';
const ORG_ACCOUNTS = ['230000000001', '230000000002'];

type Node = Record<string, unknown>;
function find(node: unknown, match: (o: Node) => boolean, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) find(n, match, found);
  else if (node && typeof node === 'object') {
    if (match(node as Node)) found.push(node as Node);
    for (const v of Object.values(node)) find(v, match, found);
  }
  return found;
}

interface Example {
  name: string;
  kind: 'action' | 'pipe';
  config: Record<string, unknown>;
  /** The region configure-aws-credentials exports before an Action step. */
  ambientRegion?: string;
}

/** The YAML documents of a file: a workflow or pipeline, or each fenced block of a guide. */
function documents(file: string): unknown[] {
  const text = read(file);
  const blocks = file.endsWith('.md')
    ? [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1]!)
    : [text];
  return blocks.flatMap((b) => parseAllDocuments(b).map((d) => d.toJS() as unknown));
}

const FILES = [
  'README.md',
  'docs/action.md',
  'docs/bitbucket-pipe.md',
  'docs/how-it-works.md',
  ...readdirSync(join(ROOT, 'examples'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `examples/${f}`),
];

const ALL_EXAMPLES: Example[] = FILES.flatMap((file) => {
  const found: Example[] = [];
  documents(file).forEach((doc, d) => {
    // An Action step, with the region the job's configure-aws-credentials step exports.
    for (const steps of find(doc, (o) => Array.isArray(o.steps)).map((o) => o.steps as Node[])) {
      const configure = steps.find(
        (s) =>
          typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@'),
      );
      for (const step of steps.filter(
        (s) => typeof s.uses === 'string' && s.uses.startsWith(`${NAMES.repository}@`),
      ))
        found.push({
          name: `${file} (block ${d + 1}, Action)`,
          kind: 'action',
          config: (step.with ?? {}) as Node,
          ambientRegion: (configure?.with as Node | undefined)?.['aws-region'] as string,
        });
    }
    // A bare list of steps (a guide's fragment) that is not under `steps:`.
    if (Array.isArray(doc) && !find(doc, (o) => Array.isArray(o.steps)).length) {
      const configure = (doc as Node[]).find(
        (s) =>
          typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@'),
      );
      for (const step of (doc as Node[]).filter(
        (s) => typeof s.uses === 'string' && s.uses.startsWith(`${NAMES.repository}@`),
      ))
        found.push({
          name: `${file} (block ${d + 1}, Action)`,
          kind: 'action',
          config: (step.with ?? {}) as Node,
          ambientRegion: (configure?.with as Node | undefined)?.['aws-region'] as string,
        });
    }
    for (const step of find(
      doc,
      (o) => typeof o.pipe === 'string' && o.pipe.startsWith(`docker://${NAMES.image}:`),
    )) {
      const variables = (step.variables ?? {}) as Node;
      // The YAML definition's template ('<string>') is not an example.
      if (Object.values(variables).some((v) => typeof v === 'string' && /^<\w+>$/.test(v)))
        continue;
      found.push({ name: `${file} (block ${d + 1}, pipe)`, kind: 'pipe', config: variables });
    }
  });
  return found;
});

/**
 * Steps that live on other jobs' results are left to __tests__/organization/shards.test.ts,
 * which runs them as a whole: a matrix value (`${{ matrix.* }}`) and a merge of the shards'
 * report files, which only exist once the shards have run.
 */
const onOtherJobs = (x: Example) =>
  /\$\{\{\s*matrix\./.test(JSON.stringify(x.config)) ||
  /"(mode|MODE)":"merge"/.test(JSON.stringify(x.config));

/** Each named once: the second step of a block gets `#2`. */
const EXAMPLES: Example[] = ALL_EXAMPLES.filter((x) => !onOtherJobs(x)).map((x, i, all) => {
  const before = all.slice(0, i).filter((y) => y.name === x.name).length;
  return before ? { ...x, name: `${x.name} #${before + 1}` } : x;
});

/** A documented value, with what a secret or a variable would hold at run time. */
function resolve(name: string, value: unknown, dir: string): string | string[] {
  if (Array.isArray(value)) return value.map(String);
  const text = String(value);
  const expression = /^\$\{\{\s*(.+?)\s*\}\}$/.exec(text)?.[1];
  if (expression) {
    if (/GHES/.test(expression)) return GHES;
    if (/secrets\./.test(expression)) return GH;
    if (/dry-run/.test(expression)) return 'false'; // the manual run's default
    throw new Error(`${name}: no stand-in for ${text}`);
  }
  if (text.startsWith('$BITBUCKET_CLONE_DIR/')) return join(dir, text.slice(21));
  if (/^\$\w+$/.test(text)) {
    if (text === '$AWS_ACCESS_KEY_ID') return KEY.id;
    if (text === '$AWS_SECRET_ACCESS_KEY') return KEY.secret;
    if (/ROLE_ARN$/.test(text)) return `arn:aws:iam::123456789012:role/${text.slice(1)}`;
    if (/APP_PASSWORD/.test(text)) return BB_APP;
    if (/TOKEN/.test(text)) return BB;
    throw new Error(`${name}: no stand-in for ${text}`);
  }
  // A GHES host of the docs: the emulator's GHES.
  if (/^https:\/\/[^/]+\/api\/v3$/.test(text)) return emu.get().ghesUrl;
  return text;
}

const policy = (file: string): string[] =>
  (
    JSON.parse(read(`examples/${file}`)) as { Statement: Array<{ Action: string[] }> }
  ).Statement.flatMap((s) => s.Action);

/** Runs one example as written, with exactly the documented policies; returns the result. */
async function runExample(example: Example) {
  const e = emu.get();
  const dir = mkdtempSync(join(tmpdir(), 'documented-example-'));
  const get = (input: string, env: string) =>
    example.config[example.kind === 'action' ? input : env] as string | undefined;
  const mode = (get('mode', 'MODE') ?? 'sync').toLowerCase();
  const modePolicy = policy(`iam-policy-${mode}.json`);

  e.github.addToken(GH, { scopes: ['repo'] });
  e.github.addToken(GHES, { scopes: ['repo'], enterprise: true });
  e.github.addToken(WORKFLOW, { permissions: { issues: 'write' }, repositories: [REPO] });
  e.bitbucket.addToken(BB, {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook'],
  });
  e.bitbucket.addToken(BB_APP, {
    kind: 'app-password',
    username: 'my-bitbucket-user',
    scopes: ['repository', 'pullrequest', 'webhook', 'account'],
  });
  // An existing setup whose app password Bitbucket still accepts (the legacy example).
  e.bitbucket.appPasswordsRemoved = false;
  e.ssm.codebuildRegions = ['us-east-1', 'eu-west-1'];

  // What CodeBuild holds: the credential the example imports, in each of its regions and
  // accounts, so that a check is clean (drift would fail the Action's step, as it should).
  const serverType = (
    get('server-type', 'SERVER_TYPE') ?? (example.kind === 'action' ? 'github' : 'bitbucket')
  )
    .toUpperCase()
    .replace(/-/g, '_');
  const username = get('username', 'USERNAME');
  const token = { GITHUB: GH, GITHUB_ENTERPRISE: GHES, BITBUCKET: username ? BB_APP : BB }[
    serverType
  ];
  const regionValue =
    example.config[example.kind === 'action' ? 'aws-region' : 'AWS_DEFAULT_REGION'];
  const regions = (
    Array.isArray(regionValue)
      ? regionValue.map(String)
      : String(regionValue ?? example.ambientRegion ?? 'us-east-1').split(/[\s,]+/)
  ).filter(Boolean);
  const seedAccounts = [e.accountId, ...ORG_ACCOUNTS, '111111111111', '222222222222'];
  if (token && mode !== 'delete')
    for (const region of regions[0] === 'all' ? e.ssm.codebuildRegions : regions)
      for (const accountId of seedAccounts)
        e.codebuild.seed(region, {
          serverType: serverType as 'GITHUB',
          authType: username ? 'BASIC_AUTH' : 'PERSONAL_ACCESS_TOKEN',
          token,
          ...(username ? { username } : {}),
          accountId,
        });

  // Who calls AWS, allowed what.
  const accounts = get('accounts', 'ACCOUNTS');
  const roles = get('role-to-assume', 'ROLE_TO_ASSUME');
  let callerAllow = modePolicy;
  if (accounts) {
    callerAllow = policy('iam-policy-organization.json');
    // The caller runs in the organization's management account.
    const caller = /^arn:aws:iam::(\d{12}):/.exec(get('', 'AWS_OIDC_ROLE_ARN') ?? '')?.[1];
    e.organizations.create(caller ?? e.accountId);
    for (const id of ORG_ACCOUNTS) {
      e.organizations.addAccount({ id });
      e.sts.addRole(`arn:aws:iam::${id}:role/${get('role-name', 'ROLE_NAME')}`, {
        allow: modePolicy,
      });
    }
  } else if (roles) {
    callerAllow = ['sts:AssumeRole'];
    for (const arn of roles.split(/[\s,]+/).filter(Boolean))
      e.sts.addRole(arn, { allow: modePolicy });
  }

  const env: Record<string, string | undefined> = { ...e.env };
  const oidcRole = example.kind === 'pipe' ? get('', 'AWS_OIDC_ROLE_ARN') : undefined;
  if (oidcRole) {
    // The step's OIDC token: the role is assumed with it, and the role holds the policy.
    const arn = resolve(example.name, oidcRole, dir) as string;
    e.sts.addRole(arn, { allow: callerAllow });
    env.BITBUCKET_STEP_OIDC_TOKEN = OIDC;
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
  } else {
    e.aws.addAccessKey(KEY.id, KEY.secret, { allow: callerAllow });
    env.AWS_ACCESS_KEY_ID = KEY.id;
    env.AWS_SECRET_ACCESS_KEY = KEY.secret;
  }

  if (example.kind === 'pipe') {
    env.BITBUCKET_BUILD_NUMBER = '7';
    for (const [name, value] of Object.entries(example.config)) {
      const resolved = resolve(example.name, value, dir);
      if (Array.isArray(resolved)) {
        // Bitbucket passes a list as NAME_0, NAME_1… and NAME_COUNT.
        resolved.forEach((v, i) => (env[`${name}_${i}`] = v));
        env[`${name}_COUNT`] = String(resolved.length);
      } else env[name] = resolved;
    }
    if (env.USERNAME) delete env.AWS_DEFAULT_REGION_COUNT;
    env.BITBUCKET_API_URL = e.env.BITBUCKET_API_URL;
    env.REPORT_FILE ??= join(dir, 'report.json');
    return runBundle('pipe', env, { cwd: dir });
  }

  const files = runnerFiles();
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(example.config))
    inputs[name] = resolve(example.name, value, dir) as string;
  if (example.ambientRegion) {
    env.AWS_REGION = example.ambientRegion;
    env.AWS_DEFAULT_REGION = example.ambientRegion;
  }
  const result = await runBundle(
    'action',
    {
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: REPO,
      GITHUB_WORKFLOW: 'documented example',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: files.dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...runnerInputs(inputs, { 'github-token': WORKFLOW }),
    },
    { cwd: dir },
  );
  return { ...result, outputs: readOutputs(files.output) };
}

describe('every documented example, with exactly the policy the docs give for it', () => {
  test('the README, the guides and examples/ hold Action and pipe examples', () => {
    const kinds = EXAMPLES.map((x) => `${x.name.split(' ')[0]} ${x.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'README.md action',
        'README.md pipe',
        'docs/how-it-works.md action',
        'docs/how-it-works.md pipe',
        'docs/bitbucket-pipe.md pipe',
        'examples/inventory.yml action',
        'examples/bitbucket-pipelines.yml pipe',
      ]),
    );
    expect(EXAMPLES.length).toBeGreaterThan(15);
  });

  test.each(EXAMPLES.map((x) => [x.name, x] as const))(
    '%s runs with nothing denied',
    async (_name, example) => {
      const result = await runExample(example);
      const said = printed(result);
      expect({
        example: example.name,
        denied: /denied|not authorized|AccessDenied/i.test(said),
      }).toEqual({ example: example.name, denied: false });
      // 3: drift that a check reports (a region without the credential); never a failure.
      expect({
        example: example.name,
        passed: [0, 3].includes(result.code ?? -1),
        said: [0, 3].includes(result.code ?? -1) ? '' : said,
      }).toEqual({ example: example.name, passed: true, said: '' });
      // A team's first run as documented prints no warning: each one is a finding or a mistake.
      // Only the app-password example warns, as the docs say it will: Bitbucket removed them.
      const legacy = (w: string) => 'USERNAME' in example.config && /app password/.test(w);
      expect({
        example: example.name,
        warnings: (said.match(/^(::warning.*|Warning: .*)$/gm) ?? []).filter((w) => !legacy(w)),
      }).toEqual({ example: example.name, warnings: [] });
      const aws = emu
        .get()
        .requests.filter((r) => !['github', 'ghes', 'bitbucket', 'unknown'].includes(r.service));
      expect(aws.length).toBeGreaterThan(0);
      expect(aws.filter((r) => r.status === 403 || r.status === 400)).toEqual([]);
    },
  );
});
