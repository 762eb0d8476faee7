// Validates action.yml, the workflows and the example workflows with
// @action-validator/cli (the schema the Marketplace tooling uses).
//
//   npm run validate:metadata
//
// One known false positive is tolerated, and only that one: the validator's
// schema predates `runs.using: node24` (GitHub's runners support it; the
// official actions/typescript-action template uses it), so action.yml fails
// its `runs` oneOf on exactly one error, `/runs/using` not in the enum. To
// prove that nothing else is wrong under `runs`, action.yml is validated a
// second time with `node24` swapped for `node20`: that copy must pass with no
// error at all. Any other error, in any file, fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');

export interface ValidationError {
  code: string;
  path?: string;
  title: string;
  detail?: string;
  states?: Array<{ errors: ValidationError[] }>;
}

/** Runs the validator's CLI on one file; it picks the schema from the name (action.yml or workflow). */
export function validate(file: string): ValidationError[] {
  const result = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
  if (result.status === 0) return [];
  const text = result.stderr.trim();
  try {
    return (JSON.parse(text) as { errors: ValidationError[] }).errors;
  } catch {
    throw new Error(
      `action-validator failed on ${file} without a result: ${text || result.stdout}`,
    );
  }
}

/**
 * True for exactly the node24 false positive: the `runs` oneOf fails, and one of its
 * branches (the JavaScript one) fails on nothing but `/runs/using` being outside the enum.
 */
export function isNode24FalsePositive(error: ValidationError, using: string): boolean {
  if (using !== 'node24' || error.code !== 'one_of' || error.path !== '/runs') return false;
  return (error.states ?? []).some(
    (state) =>
      state.errors.length === 1 &&
      state.errors[0].code === 'enum' &&
      state.errors[0].path === '/runs/using',
  );
}

/** Errors in action.yml that are not the node24 false positive (empty when it is valid). */
export function validateActionYml(file: string): ValidationError[] {
  const text = readFileSync(file, 'utf8');
  const using = /^ {2}using:\s*['"]?([\w-]+)['"]?\s*$/m.exec(text)?.[1] ?? '';
  const errors = validate(file).filter((e) => !isNode24FalsePositive(e, using));
  if (using !== 'node24' || errors.length) return errors;
  // The same metadata with node20 must be valid as a whole: nothing else hides under `runs`.
  const dir = mkdtempSync(join(tmpdir(), 'action-validator-'));
  try {
    const copy = join(dir, 'action.yml');
    writeFileSync(copy, text.replace(/^( {2}using:\s*['"]?)node24/m, '$1node20'));
    return validate(copy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(ROOT, dir, f));

function main(): void {
  const results: Array<[string, ValidationError[]]> = [
    [join(ROOT, 'action.yml'), validateActionYml(join(ROOT, 'action.yml'))],
    // examples/bitbucket-pipelines.yml is Bitbucket's, not a workflow (unit/docs.test.ts checks it).
    ...[
      ...yamlIn('.github/workflows'),
      ...yamlIn('examples').filter((f) => !f.endsWith('bitbucket-pipelines.yml')),
    ].map((f): [string, ValidationError[]] => [f, validate(f)]),
  ];
  let failed = 0;
  for (const [file, errors] of results) {
    const name = relative(ROOT, file);
    if (errors.length === 0) {
      console.log(`✔ ${name}`);
      continue;
    }
    failed++;
    console.error(`✖ ${name}\n${JSON.stringify(errors, null, 2)}`);
  }
  console.log(
    `action-validator: ${results.length - failed} of ${results.length} files valid` +
      ' (the one tolerated error is runs.using: node24, which its schema predates).',
  );
  if (failed) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
