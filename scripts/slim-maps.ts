// Slims the source maps `ncc build --source-map` writes next to a bundle, so that they cost
// little to ship (docs/performance.md, "Source maps"):
//   - no `sourcesContent`: a stack needs the file, line and column, not the source text
//     (about 1.9 MB of the pipe's 2.1 MB of maps);
//   - sources relative to the map file as in the repository (`../../src/core/x.ts`), where
//     webpack writes `.././src/core/x.ts`, so that a stack names src/ files that exist.
//
//   - no source-map register loaded at start: ncc's `import './sourcemap-register.cjs'` is
//     blanked (with as many characters, so the map's columns still hold) and the entries load
//     it only before they show a stack (src/core/base/source-maps.ts).
//
//   tsx scripts/slim-maps.ts dist/pipe
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: slim-maps.ts DIST_DIR');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.map'))) {
  const path = join(dir, file);
  const map = JSON.parse(readFileSync(path, 'utf8')) as {
    sources: string[];
    sourcesContent?: unknown;
  };
  delete map.sourcesContent;
  map.sources = map.sources.map((s) => s.replace(/^\.\.\/\.\//, '../../'));
  writeFileSync(path, JSON.stringify(map));
}

const entry = join(dir, 'index.js');
const eager = "import './sourcemap-register.cjs';";
const source = readFileSync(entry, 'utf8');
if (source.startsWith(eager)) {
  const blank = '/* source maps: lazily */'.padEnd(eager.length, ' ');
  writeFileSync(entry, blank + source.slice(eager.length));
} else if (
  !existsSync(join(dir, 'sourcemap-register.cjs')) ||
  !source.includes('sourcemap-register')
) {
  // Nothing to do: a build without --source-map.
} else {
  throw new Error(
    `${entry}: ncc's source-map import is not where it was; update scripts/slim-maps.ts`,
  );
}
