// The licence policy of the bundles: every package inside dist/<bundle>/ must be under a
// permissive licence. dist/<bundle>/licenses.txt (ncc's --license, completed by
// scripts/bundle-licenses.ts) names each bundled package and its licence; anything not on
// the allow-list below, an unknown licence or none at all, fails and names the package.
//
//   tsx scripts/licence-policy.ts dist/action/licenses.txt dist/pipe/licenses.txt
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** SPDX identifiers of permissive licences: they ask for attribution, nothing more. */
export const ALLOWED = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Unlicense',
  'Zlib',
]);

export interface BundledPackage {
  name: string;
  licence: string;
}

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const EXPRESSION = /^[A-Za-z0-9.+() -]*$/;

/**
 * The packages in ncc's licenses.txt format: entries separated by a blank line, each a
 * package name, its licence field (possibly empty) and the licence text. A licence text
 * has blank lines of its own, so an entry starts only where a package name follows a
 * blank line and an SPDX-shaped line follows it.
 */
export function bundledPackages(text: string): BundledPackage[] {
  const lines = text.split('\n');
  const found: BundledPackage[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (i > 0 && lines[i - 1] !== '') continue;
    const name = lines[i]!;
    const licence = lines[i + 1]!;
    if (PACKAGE_NAME.test(name) && EXPRESSION.test(licence)) {
      found.push({ name, licence: licence.trim() });
    }
  }
  return found;
}

/** Whether an SPDX expression allows use under the policy: OR needs one side, AND both. */
export function permitted(expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  // expression := term ('OR' term)*; term := atom ('AND' atom)*; atom := id | '(' expression ')'
  const parseOr = (): boolean => {
    let ok = parseAnd();
    while (tokens[at] === 'OR') {
      at++;
      ok = parseAnd() || ok;
    }
    return ok;
  };
  const parseAnd = (): boolean => {
    let ok = parseAtom();
    while (tokens[at] === 'AND') {
      at++;
      ok = parseAtom() && ok;
    }
    return ok;
  };
  const parseAtom = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const ok = parseOr();
      if (tokens[at++] !== ')') throw new Error('unbalanced');
      return ok;
    }
    // A licence WITH an exception is a copyleft licence's; none is on the list.
    if (tokens[at] === 'WITH') {
      at += 2;
      return false;
    }
    return token !== undefined && ALLOWED.has(token);
  };
  try {
    const ok = parseOr();
    return ok && at === tokens.length;
  } catch {
    return false;
  }
}

/** One line per package whose licence the policy does not allow (empty when all are). */
export function violations(file: string, text: string): string[] {
  const packages = bundledPackages(text);
  if (packages.length === 0) return [`${file}: names no package; is it ncc's licenses.txt?`];
  return packages
    .filter((p) => !permitted(p.licence))
    .map(
      (p) =>
        `${file}: ${p.name} is under ${p.licence ? `"${p.licence}"` : 'no declared licence'}, ` +
        `which is not on the allow-list (${[...ALLOWED].join(', ')}) in scripts/licence-policy.ts`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: licence-policy.ts LICENSES_TXT...');
  const found = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')));
  for (const line of found) console.error(line);
  if (found.length) process.exitCode = 1;
  else console.log(`licence policy: ${files.join(', ')}: every bundled package is permissive`);
}
