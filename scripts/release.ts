// Release helpers, used by .github/workflows/release.yml and by maintainers.
//
//   npx tsx scripts/release.ts notes 1.2.3
//       Prints the CHANGELOG.md section of 1.2.3 (the GitHub release notes).
//       Exits 1 when CHANGELOG.md has no such section.
//
//   npx tsx scripts/release.ts cut 1.2.3 [--date 2026-12-24]
//       Cuts CHANGELOG.md's [Unreleased] section as "## [1.2.3] - date" and moves the
//       link references (the release PR, .github/workflows/release-pr.yml).
//
//   npx tsx scripts/release.ts stamp --version 1.2.3 --image ghcr.io/acme/ccs-pipe \
//       --repository acme/codebuild-credential-sync [--check]
//       Names the pipe image and the repository everywhere from these values:
//       pipe.yml (`image`, `repository`, the websites), then every
//       `docker://<image>:<tag>` and `<owner>/<repo>@vN` in README.md, docs/,
//       examples/, SECURITY.md and CHANGELOG.md, and docs/bitbucket-pipe.md is
//       regenerated. The image is the one variable: pipe.yml holds it and the
//       docs are rewritten from it. `--check` changes nothing and exits 1 when a
//       file would change. --image and --repository default to what pipe.yml holds;
//       --pipe-repository (the Bitbucket workspace/repo of `pipe: workspace/repo:X.Y.Z`)
//       to what docs/bitbucket-pipe.md names.
//
//   npx tsx scripts/release.ts tree --out DIR --version 1.2.3 [the stamp options]
//       Writes the pipe repository Bitbucket reads for `pipe: workspace/repo:1.2.3`:
//       pipe.yml (stamped, its variables from the options table), README.md (the
//       stamped docs/bitbucket-pipe.md, Atlassian's format), LICENSE, CHANGELOG.md.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { pipeRepositoryIn } from './gen-pipe-docs.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export class ReleaseError extends Error {}

/** The body of `## [VERSION]` in a Keep a Changelog document, without its heading. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1)
    throw new ReleaseError(
      `CHANGELOG.md has no "## [${version}]" section: add one before tagging.`,
    );
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  if (end === -1) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
  if (!body) throw new ReleaseError(`CHANGELOG.md's "## [${version}]" section is empty.`);
  return body;
}

/**
 * CHANGELOG.md with the [Unreleased] section cut as `## [VERSION] - DATE` (what the
 * release PR does): the heading goes under an emptied [Unreleased], and the link
 * references compare the new tag with the previous one and HEAD with the new tag.
 */
export function cutChangelog(changelog: string, version: string, date: string): string {
  if (!SEMVER.test(version)) throw new ReleaseError(`"${version}" is not a version X.Y.Z.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new ReleaseError(`"${date}" is not a date YYYY-MM-DD.`);
  if (new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) {
    throw new ReleaseError(`CHANGELOG.md already has a "## [${version}]" section.`);
  }
  const unreleased = /^## \[Unreleased\][^\n]*\n/m.exec(changelog);
  if (!unreleased) throw new ReleaseError('CHANGELOG.md has no "## [Unreleased]" section.');
  const after = changelog.slice(unreleased.index + unreleased[0].length);
  const body = after.slice(0, after.search(/^## |^\[[^\]]+\]: /m) >>> 0).trim();
  if (!body)
    throw new ReleaseError("CHANGELOG.md's [Unreleased] section is empty: nothing to release.");
  // The first release has no previous tag: [Unreleased] links the branch's commits.
  const link =
    /^\[Unreleased\]: (\S+)\/compare\/v(\d+\.\d+\.\d+)\.\.\.HEAD$/m.exec(changelog) ??
    /^\[Unreleased\]: (\S+)\/commits\/\S+$/m.exec(changelog);
  if (!link) {
    throw new ReleaseError(
      'CHANGELOG.md has no "[Unreleased]: <repository>/compare/vX.Y.Z...HEAD" (or, before the first release, "<repository>/commits/main") link reference.',
    );
  }
  const [line, base, previous] = link;
  const released = previous
    ? `${base}/compare/v${previous}...v${version}`
    : `${base}/releases/tag/v${version}`;
  return `${changelog.slice(0, unreleased.index)}${unreleased[0]}\n## [${version}] - ${date}\n${after}`.replace(
    line,
    `[Unreleased]: ${base}/compare/v${version}...HEAD\n[${version}]: ${released}`,
  );
}

export interface StampValues {
  version: string;
  /** Image name without a tag, e.g. `ghcr.io/acme/codebuild-credential-sync-pipe`. */
  image: string;
  /** `owner/name` on GitHub. */
  repository: string;
  /**
   * `workspace/repo` on Bitbucket of the pipe repository (the tree `tree` builds), which
   * steps name as `pipe: workspace/repo:X.Y.Z`. Default: what docs/bitbucket-pipe.md names.
   */
  pipeRepository?: string;
}

interface PipeMeta {
  image: string;
  repository: string;
}

/** What pipe.yml names now: the image without its tag, its tag, and `owner/name`. */
export function currentNames(pipeYml: string): { image: string; tag: string; repository: string } {
  const meta = parse(pipeYml) as PipeMeta;
  const at = meta.image.lastIndexOf(':');
  const slash = meta.image.lastIndexOf('/');
  const [image, tag] =
    at > slash ? [meta.image.slice(0, at), meta.image.slice(at + 1)] : [meta.image, 'latest'];
  const repository = meta.repository.replace(/^https:\/\/github\.com\//, '').replace(/\/$/, '');
  return { image, tag, repository };
}

export function checkValues(values: StampValues): void {
  if (!SEMVER.test(values.version))
    throw new ReleaseError(`--version must be X.Y.Z (got '${values.version}').`);
  if (
    !/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(:\d+)?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*$/.test(
      values.image,
    )
  )
    throw new ReleaseError(
      `--image must be a lower-case image name without a tag, like ghcr.io/owner/name (got '${values.image}').`,
    );
  if (!/^[\w.-]+\/[\w.-]+$/.test(values.repository))
    throw new ReleaseError(`--repository must be owner/name (got '${values.repository}').`);
  if (values.pipeRepository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.pipeRepository))
    throw new ReleaseError(
      `--pipe-repository must be workspace/repo on Bitbucket (got '${values.pipeRepository}').`,
    );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The "not published yet" note of the docs and examples, between its markers: in Markdown
 * `<!-- not-published:start -->` … `<!-- not-published:end -->`, in YAML comments
 * `# not-published:start` … `# not-published:end` (markers included).
 */
const NOT_PUBLISHED = [
  /^<!-- not-published:start -->\n[\s\S]*?^<!-- not-published:end -->\n\n?/gm,
  /^# not-published:start\n[\s\S]*?^# not-published:end\n/gm,
];

/**
 * One document with the old image and repository names replaced by the new ones. Once
 * they name something else than the placeholders, the "not published yet" note goes.
 */
export function stampText(
  text: string,
  from: { image: string; repository: string; pipeRepository?: string },
  to: StampValues,
): string {
  if (to.image !== from.image || to.repository !== from.repository)
    for (const note of NOT_PUBLISHED) text = text.replace(note, '');
  const major = SEMVER.exec(to.version)![1];
  const pipe = to.pipeRepository ?? from.pipeRepository;
  if (from.pipeRepository && pipe)
    text = text.replace(
      new RegExp(`(?<![\\w./-])${escape(from.pipeRepository)}:[\\w.-]+`, 'g'),
      `${pipe}:${to.version}`,
    );
  return text
    .replace(
      new RegExp(`docker://${escape(from.image)}:[\\w.-]+`, 'g'),
      `docker://${to.image}:${to.version}`,
    )
    .replace(
      new RegExp(`\\b${escape(from.repository)}@v\\d+\\b`, 'g'),
      `${to.repository}@v${major}`,
    )
    .replace(
      new RegExp(`github\\.com/${escape(from.repository)}\\b`, 'g'),
      `github.com/${to.repository}`,
    );
}

export function stampPipeYml(text: string, to: StampValues): string {
  const from = currentNames(text);
  return stampText(text, from, to).replace(/^image: .*$/m, `image: ${to.image}:${to.version}`);
}

/** The files that name the image or the repository, relative to the root. */
export function stampedFiles(root = ROOT): string[] {
  const inDir = (dir: string, ext: RegExp) =>
    readdirSync(join(root, dir))
      .filter((f) => ext.test(f))
      .map((f) => `${dir}/${f}`);
  return [
    'README.md',
    'SECURITY.md',
    'CHANGELOG.md',
    '.github/ISSUE_TEMPLATE/config.yml',
    ...inDir('docs', /\.md$/),
    ...inDir('examples', /\.ya?ml$/),
  ];
}

/** Every file's new content (pipe.yml first), keyed by its path relative to the root. */
export async function stamp(values: StampValues, root = ROOT): Promise<Map<string, string>> {
  checkValues(values);
  const pipeYml = readFileSync(join(root, 'pipe.yml'), 'utf8');
  const from = {
    ...currentNames(pipeYml),
    pipeRepository: pipeRepositoryIn(readFileSync(join(root, 'docs/bitbucket-pipe.md'), 'utf8')),
  };
  const out = new Map<string, string>();
  out.set('pipe.yml', stampPipeYml(pipeYml, values));
  for (const file of stampedFiles(root)) {
    out.set(file, stampText(readFileSync(join(root, file), 'utf8'), from, values));
  }
  return out;
}

/**
 * The pipe repository, as Bitbucket wants it for `pipe: <workspace>/<repo>:X.Y.Z`: pipe.yml
 * stamped with the image, README.md in Atlassian's format (docs/bitbucket-pipe.md, stamped,
 * its YAML Definition naming that reference), LICENSE and CHANGELOG.md. Keyed by file name.
 */
export async function pipeTree(values: StampValues, root = ROOT): Promise<Map<string, string>> {
  const files = await stamp(values, root);
  // Its header says how to stamp this repository: in the published tree it is stamped.
  const pipeYml = files.get('pipe.yml')!.replace(/^(#.*\n)+/, '');
  const { regenerate } = await import('./gen-pipe-docs.js');
  const readme = await regenerate(files.get('docs/bitbucket-pipe.md')!, pipeYml);
  const relative = /\]\((?!https?:|#|mailto:)[^)]+\)/.exec(readme);
  if (relative)
    throw new ReleaseError(
      `docs/bitbucket-pipe.md has a relative link ${relative[0]}, which breaks in the pipe repository: use an absolute URL.`,
    );
  return new Map([
    ['pipe.yml', pipeYml],
    ['README.md', readme],
    ['LICENSE', readFileSync(join(root, 'LICENSE'), 'utf8')],
    ['CHANGELOG.md', files.get('CHANGELOG.md')!],
  ]);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'notes') {
    const version = (rest[0] ?? '').replace(/^v/, '');
    process.stdout.write(
      `${changelogSection(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version)}\n`,
    );
    return 0;
  }
  if (command === 'cut') {
    const version = (rest[0] ?? '').replace(/^v/, '');
    const date = option(rest, 'date') ?? new Date().toISOString().slice(0, 10);
    const file = join(ROOT, 'CHANGELOG.md');
    writeFileSync(file, cutChangelog(readFileSync(file, 'utf8'), version, date));
    console.log(`CHANGELOG.md: [Unreleased] is now [${version}] - ${date}.`);
    return 0;
  }
  const current = currentNames(readFileSync(join(ROOT, 'pipe.yml'), 'utf8'));
  const values: StampValues = {
    version: (option(rest, 'version') ?? '').replace(/^v/, ''),
    image: option(rest, 'image') || current.image,
    repository: option(rest, 'repository') || current.repository,
    ...(option(rest, 'pipe-repository') ? { pipeRepository: option(rest, 'pipe-repository') } : {}),
  };
  if (command === 'tree') {
    const out = option(rest, 'out');
    if (!out) throw new ReleaseError('tree needs --out DIR.');
    mkdirSync(out, { recursive: true });
    for (const [name, text] of await pipeTree(values)) writeFileSync(join(out, name), text);
    console.log(`Pipe repository tree for ${values.image}:${values.version} in ${out}.`);
    return 0;
  }
  if (command === 'stamp') {
    const files = await stamp(values);
    const changed = [...files].filter(([f, text]) => readFileSync(join(ROOT, f), 'utf8') !== text);
    if (rest.includes('--check')) {
      if (changed.length) {
        console.error(
          `Not stamped for ${values.image}:${values.version} (${values.repository}): ${changed.map(([f]) => f).join(', ')} would change.`,
        );
        return 1;
      }
      console.log(`Stamped for ${values.image}:${values.version} (${values.repository}).`);
      return 0;
    }
    for (const [f, text] of changed) writeFileSync(join(ROOT, f), text);
    // The pipe docs' YAML Definition is generated from pipe.yml's image.
    const { regenerate, DOC } = await import('./gen-pipe-docs.js');
    writeFileSync(DOC, await regenerate(readFileSync(DOC, 'utf8')));
    console.log(
      `Stamped ${values.image}:${values.version} and ${values.repository} into ${changed.map(([f]) => f).join(', ') || 'nothing (already stamped)'}.`,
    );
    return 0;
  }
  console.error(
    'usage: release.ts notes X.Y.Z | cut X.Y.Z [--date YYYY-MM-DD] | stamp --version X.Y.Z [--image NAME] [--repository OWNER/NAME] [--pipe-repository WORKSPACE/REPO] [--check] | tree --out DIR --version X.Y.Z [same options]',
  );
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
