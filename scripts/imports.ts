// The import graph of src/: every import (static, type-only, re-export, dynamic) of every
// module. Three checks read it (__tests__/unit/imports.test.ts; `npm run check:imports`):
// no import cycle; src/core's folders import only folders below them (LAYERS); and every
// package src/ imports is a declared runtime dependency (not one that only happens to be
// installed as a dependency's dependency).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `import/export ... from '...'`, `import '...'` and `import('...')`; which are type-only. */
const SPECIFIER =
  /(?:^\s*(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*|(typeof\s+)?\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

export interface Specifier {
  name: string;
  /** Erased by the compiler (`import type`, `typeof import(...)`): never loaded. */
  typeOnly: boolean;
}

const readSource = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Every .ts file under `dir`, relative to the root, `/`-separated. */
export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** What a source text imports; comments are skipped. */
export function specifiers(text: string): Specifier[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(SPECIFIER)].map((m) => ({
    name: m[3]!,
    typeOnly: Boolean(m[1] || m[2]),
  }));
}

/** module (relative path) -> the modules it imports, relative ones resolved to their .ts file. */
export function importGraph(files = sourceFiles(), read = readSource): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const local = specifiers(read(file))
      .filter((s) => s.name.startsWith('.'))
      .map((s) => join(dirname(file), s.name.replace(/\.js$/, '.ts')).split('\\').join('/'));
    graph.set(file, [...new Set(local)]);
  }
  return graph;
}

/**
 * The import cycles, each once, as the modules on it (`a -> b -> a`): the strongly connected
 * components with more than one module (Tarjan), or one that imports itself.
 */
export function importCycles(graph = importGraph()): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)!.includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * src/core's folders, lowest first: a folder may import its own files and those of the
 * folders before it, never one after it (ARCHITECTURE.md says what each holds).
 */
export const LAYERS = [
  'base',
  'trust',
  'wire',
  'providers',
  'aws',
  'config',
  'report',
  'run',
] as const;

/** Each import from a src/core folder into the same layer's sibling or a higher one. */
export function layerViolations(graph = importGraph()): string[] {
  const rank = (file: string) => {
    const folder = /^src\/core\/([^/]+)\//.exec(file)?.[1];
    return folder === undefined ? undefined : LAYERS.indexOf(folder as (typeof LAYERS)[number]);
  };
  const found: string[] = [];
  for (const [from, imports] of graph) {
    const own = rank(from);
    if (own === undefined) continue;
    if (own < 0) found.push(`${from} is in a folder that LAYERS does not name`);
    for (const to of imports) {
      const theirs = rank(to);
      if (theirs !== undefined && theirs > own) found.push(`${from} imports ${to}, a higher layer`);
    }
  }
  return found;
}

/** The folder a module belongs to: `src/core/<folder>`, or `src/<front door>`. */
const folderOf = (file: string) => /^src\/(core\/[^/]+|[^/]+)\//.exec(file)?.[1];

/**
 * Each import that reaches into another src/core folder past its `index.ts`: a folder's
 * index is its face, so a file can move or split inside its folder without touching callers.
 */
export function indexViolations(graph = importGraph()): string[] {
  const found: string[] = [];
  for (const [from, imports] of graph) {
    for (const to of imports) {
      const theirs = folderOf(to);
      if (!theirs?.startsWith('core/') || theirs === folderOf(from)) continue;
      if (to !== `src/${theirs}/index.ts`)
        found.push(`${from} imports ${to}, not src/${theirs}/index.ts`);
    }
  }
  return found;
}

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Each package src/ imports that package.json does not declare, with a file that imports
 * it: a package the bundles load must be in `dependencies`; one imported for its types
 * only (erased from the bundles) may be in `devDependencies`.
 */
export function undeclaredImports(
  files = sourceFiles(),
  read = readSource,
): Array<{ name: string; file: string }> {
  const pkg = JSON.parse(readSource('package.json')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
  const types = new Set([...runtime, ...Object.keys(pkg.devDependencies ?? {})]);
  const builtins = new Set(builtinModules);
  const found = new Map<string, string>();
  for (const file of files) {
    for (const s of specifiers(read(file))) {
      if (s.name.startsWith('.') || s.name.startsWith('node:') || builtins.has(s.name)) continue;
      const name = packageName(s.name);
      if (!(s.typeOnly ? types : runtime).has(name) && !found.has(name)) found.set(name, file);
    }
  }
  return [...found].map(([name, file]) => ({ name, file }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = importCycles();
  const undeclared = undeclaredImports();
  const upward = [...layerViolations(), ...indexViolations()];
  for (const cycle of cycles) console.error(`import cycle: ${cycle.join(' <-> ')}`);
  for (const line of upward) console.error(line);
  for (const { name, file } of undeclared)
    console.error(`${file} imports ${name}, which package.json's dependencies do not name`);
  if (cycles.length || undeclared.length || upward.length) process.exit(1);
  console.log(
    'src/: no import cycle; src/core imports only downwards, and other folders only through their index.ts; every package imported is a declared dependency.',
  );
}
