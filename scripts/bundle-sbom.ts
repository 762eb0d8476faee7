// Writes dist/<bundle>/sbom.cdx.json: a CycloneDX SBOM of exactly the packages bundled.
//
//   tsx scripts/bundle-sbom.ts dist/pipe node_modules/.cache/ncc-stats-pipe.json
//
// The bundle has no node_modules and no lockfile, so neither BuildKit's SBOM nor Trivy
// can see what is inside it. The module list comes from ncc's --stats-out (every module
// of every chunk, as scripts/bundle-licenses.ts reads it); version, licence and integrity
// come from package-lock.json, at the very path that was bundled (a nested copy is its
// own component). The file is deterministic: no timestamp, and the serial number is
// derived from the content, so check-dist can compare a rebuild with the committed one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: string;
  link?: boolean;
}

const [dir, statsFile] = process.argv.slice(2);
if (!dir || !statsFile) throw new Error('usage: bundle-sbom.ts DIST_DIR STATS_JSON');

// Every bundled package, by its install path (node_modules/a or node_modules/a/node_modules/b).
const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { modules?: StatsModule[] };
const paths = new Set<string>();
const visit = (modules: StatsModule[] = []) => {
  for (const m of modules) {
    const match = /^(?:\.\/)?((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/.exec(m.name ?? '');
    if (match) paths.add(match[1]!.slice(0, -1));
    visit(m.modules);
  }
};
visit(stats.modules);

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const project = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  license: string;
};

const purl = (name: string, version: string) =>
  `pkg:npm/${name.replace(/^@/, '%40')}@${encodeURIComponent(version)}`;

// One component per name and version (two paths holding the same release are one package).
const components = new Map<string, Record<string, unknown>>();
for (const path of paths) {
  const entry = lock.packages[path];
  const name = path.replace(/^.*node_modules\//, '');
  if (!entry?.version) {
    throw new Error(`${path} is bundled but package-lock.json has no version for it: run npm ci`);
  }
  const ref = purl(name, entry.version);
  if (components.has(ref)) continue;
  const group = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  const hash = /^sha512-(.+)$/.exec(entry.integrity ?? '');
  components.set(ref, {
    type: 'library',
    'bom-ref': ref,
    ...(group ? { group } : {}),
    name: group ? name.slice(group.length + 1) : name,
    version: entry.version,
    ...(entry.license ? { licenses: [licence(entry.license)] } : {}),
    purl: ref,
    ...(hash
      ? { hashes: [{ alg: 'SHA-512', content: Buffer.from(hash[1]!, 'base64').toString('hex') }] }
      : {}),
    ...(entry.resolved
      ? { externalReferences: [{ type: 'distribution', url: entry.resolved }] }
      : {}),
  });
}

function licence(expression: string) {
  // A single SPDX identifier is an id; anything else (OR, AND, WITH) is an expression.
  return /^[A-Za-z0-9.+-]+$/.test(expression) ? { license: { id: expression } } : { expression };
}

const sorted = [...components.values()].sort((a, b) =>
  String(a['bom-ref']).localeCompare(String(b['bom-ref']), 'en'),
);
const bundle = basename(dir);
const rootRef = `${purl(project.name, project.version)}#${bundle}`;
const body = {
  metadata: {
    component: {
      type: 'application',
      'bom-ref': rootRef,
      name: `${project.name}-${bundle}`,
      version: project.version,
      description: `The ${bundle} bundle (${dir}/index.js and its chunks) with every package inside it`,
      licenses: [licence(project.license)],
    },
  },
  components: sorted,
  dependencies: [
    { ref: rootRef, dependsOn: sorted.map((c) => c['bom-ref']) },
    ...sorted.map((c) => ({ ref: c['bom-ref'] })),
  ],
};
// A serial number from the content: the same bundle gives the same SBOM, byte for byte.
const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex');
const serial = `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${((parseInt(digest[16]!, 16) & 0x3) | 0x8).toString(16)}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
const sbom = {
  $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  serialNumber: serial,
  version: 1,
  ...body,
};
const file = join(dir, 'sbom.cdx.json');
writeFileSync(file, `${JSON.stringify(sbom, null, 2)}\n`);
console.log(`${file}: ${sorted.length} packages`);
