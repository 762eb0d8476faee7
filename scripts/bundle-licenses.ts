// Completes dist/<bundle>/licenses.txt after `ncc build --license licenses.txt`.
//
//   tsx scripts/bundle-licenses.ts dist/action node_modules/.cache/ncc-stats-action.json
//
// Since the bundles are split into chunks (dynamic imports), ncc's license plugin
// lists the packages of the chunks loaded on demand but leaves out those in the
// entry chunk (for the Action: @actions/core and its dependencies). This reads
// ncc's --stats-out (every module of every chunk) and appends, in ncc's own
// format, the licence of every bundled package that licenses.txt does not name.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}

const [dir, statsFile] = process.argv.slice(2);
if (!dir || !statsFile) throw new Error('usage: bundle-licenses.ts DIST_DIR STATS_JSON');

const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { modules?: StatsModule[] };
const packages = new Set<string>();
const visit = (modules: StatsModule[] = []) => {
  for (const m of modules) {
    const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m.name ?? '');
    if (match) packages.add(match[1]!);
    visit(m.modules);
  }
};
visit(stats.modules);

const file = join(dir, 'licenses.txt');
let text = readFileSync(file, 'utf8');
const listed = new Set(text.split('\n').filter((_line, i, all) => i === 0 || all[i - 1] === ''));
const added: string[] = [];
for (const name of [...packages].sort()) {
  if (listed.has(name)) continue;
  const root = join('node_modules', name);
  const license = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      license?: string;
    }
  ).license;
  const licenseFile = existsSync(root)
    ? readdirSync(root).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f))
    : undefined;
  if (!license && !licenseFile) continue;
  const body = licenseFile ? readFileSync(join(root, licenseFile), 'utf8').trimEnd() : '';
  text = `${text.trimEnd()}\n\n${name}\n${license ?? ''}\n${body}\n`;
  added.push(name);
}
writeFileSync(file, text);
if (added.length) console.log(`${file}: added ${added.join(', ')}`);
