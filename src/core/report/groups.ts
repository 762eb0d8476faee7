// Output that stays short at many regions: what is the same in many places is said once,
// with the places counted. Text, Markdown and annotations are all made from these groups;
// the JSON report keeps every finding and warning as it is.
import type { DriftFinding, RegionReport, Report } from '../base/index.js';

/** Names shown before a list is shortened. */
export const NAMED = 10;

/** "a, b, c … and 30 more". */
export function shortList(names: readonly string[], named = NAMED): string {
  const more = names.length > named ? ` … and ${names.length - named} more` : '';
  return `${names.slice(0, named).join(', ')}${more}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `account/region`, `region` or `account`: how the report names a place. */
export function placeOf(where: { account?: string; region?: string }): string | undefined {
  if (where.account && where.region) return `${where.account}/${where.region}`;
  return where.region ?? where.account;
}

export function regionName(r: RegionReport): string {
  return placeOf(r)!;
}

const MARK = '\u0000place\u0000';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The text with its place taken out: `account/region`, then the bare region and account.
 * Two messages that differ only in the place they name have the same template.
 */
function template(text: string, where: { account?: string; region?: string }): string {
  let out = text;
  for (const name of [placeOf(where), where.region, where.account]) {
    if (!name) continue;
    out = out.replace(new RegExp(`(?<![\\w/-])${escape(name)}(?![\\w-])`, 'g'), MARK);
  }
  return out;
}

/** Which place a warning names: the longest region name (with its account) found in it. */
function placeIn(text: string, regions: readonly RegionReport[]): RegionReport | undefined {
  let best: RegionReport | undefined;
  for (const r of regions) {
    const name = regionName(r);
    if (!new RegExp(`(?<![\\w/-])${escape(r.region)}(?![\\w-])`).test(text)) continue;
    if (r.account && !text.includes(r.account)) continue;
    if (!best || name.length > regionName(best).length) best = r;
  }
  return best;
}

/** What places of a group are called: regions, accounts, or account/regions. */
function unit(places: readonly string[]): { one: string; many: string } {
  if (places.every((p) => !p.includes('/') && /^\d{12}$/.test(p)))
    return { one: 'account', many: 'accounts' };
  if (places.some((p) => p.includes('/'))) return { one: 'target', many: 'targets' };
  return { one: 'region', many: 'regions' };
}

/** Verbs whose subject can become "N regions". */
const PLURAL_VERB: Record<string, string> = {
  holds: 'hold',
  uses: 'use',
  is: 'are',
  has: 'have',
  was: 'were',
  lacks: 'lack',
};

/**
 * One sentence for the same message in several places. "{place} holds no GITHUB credential:
 * builds there cannot reach the source. Run sync there." becomes "40 regions hold no GITHUB
 * credential: af-south-1, … and 30 more (breaks no project). Builds there cannot reach the
 * source. Run sync there."; a message of another shape is said once, "In 40 regions (…): …".
 */
function groupedSentence(tpl: string, places: readonly string[], breaks?: string): string {
  const { one, many } = unit(places);
  const count = `${places.length} ${many}`;
  const after = breaks ? ` (${breaks})` : '';
  const m = new RegExp(`^${MARK} (\\w+) `).exec(tpl);
  const verb = m && PLURAL_VERB[m[1]!];
  if (verb) {
    const rest = tpl.slice(m[0].length);
    // The head is the first clause; the rest (what it means, what to do) follows once.
    const cut = /: |\. /.exec(rest);
    const head = cut ? rest.slice(0, cut.index) : rest.replace(/\.$/, '');
    const tail = cut ? rest.slice(cut.index + 2) : '';
    const text = `${count} ${verb} ${head}: ${shortList(places)}${after}.`;
    return tail ? `${text} ${capitalize(fill(tail, one))}` : text;
  }
  const text = fill(tpl, one).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  return `In ${count} (${shortList(places)}): ${text}${breaks ? ` It ${breaks}.` : ''}`;
}

const fill = (tpl: string, one: string) =>
  tpl
    .replace(new RegExp(`^${MARK}`), `Each ${one}`)
    .split(MARK)
    .join(`the ${one}`);

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "breaks 3 projects: a, b, c", shortened past 10 names; undefined when projects were not inspected. */
export function breaksText(projects: readonly string[] | undefined): string | undefined {
  if (!projects) return undefined;
  if (projects.length === 0) return 'breaks no project (none uses it)';
  return `breaks ${plural(projects.length, 'project')}: ${shortList(projects)}`;
}

/** A finding, or the same finding in several places, said once. */
export interface FindingGroup {
  kind: DriftFinding['kind'];
  findings: DriftFinding[];
  /** The places, in report order (empty for a finding about the token). */
  places: string[];
  /** One sentence: the finding's own message, or the grouped one. */
  text: string;
  /** The text and, when projects were inspected, what it breaks. */
  full: string;
}

/** Findings grouped by kind and message (its place taken out), in report order. */
export function groupFindings(findings: readonly DriftFinding[]): FindingGroup[] {
  const groups = new Map<string, DriftFinding[]>();
  for (const f of findings) {
    // The regions an account refuses are one group per account and cause, whatever AWS's words.
    const refused = f.kind === 'region-unreachable' && f.account ? refusal(f) : undefined;
    const key = refused
      ? `${f.kind}\u0000${f.account}\u0000${refused.cause}`
      : `${f.kind}\u0000${f.region || f.account ? template(f.message, f) : f.message}\u0000${f.repository ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((items) => {
    const first = items[0]!;
    const places = [...new Set(items.map(placeOf).filter((p): p is string => Boolean(p)))];
    const refused = places.length > 1 && first.kind === 'region-unreachable' && refusal(first);
    if (refused) {
      const text = `${plural(items.length, 'region')} unreachable in account ${first.account}: ${shortList(items.map((f) => f.region ?? ''))}. Each is enabled but refused the run: ${refused.cause}, so ${refused.effect}.${refused.said ? ` AWS said (${placeOf(first)}): ${refused.said}` : ''}`;
      return { kind: first.kind, findings: items, places, text, full: text };
    }
    if (places.length < 2) {
      const breaks = breaksText(mergedProjects(items, false));
      return {
        kind: first.kind,
        findings: items,
        places,
        text: first.message,
        full: breaks ? `${first.message} It ${breaks}.` : first.message,
      };
    }
    const projects = mergedProjects(items, true);
    const breaks = projects && projects.length === 0 ? 'breaks no project' : breaksText(projects);
    const text = groupedSentence(template(first.message, first), places, breaks);
    return { kind: first.kind, findings: items, places, text, full: text };
  });
}

/** A region-unreachable finding's parts (targets.ts words it), if it has that shape. */
function refusal(f: DriftFinding): { cause: string; effect: string; said?: string } | undefined {
  const m = /refused the run: (.+?), so (nothing there was \w+)\.(?: AWS said: (.*))?/s.exec(
    f.message,
  );
  return m ? { cause: m[1]!, effect: m[2]!, ...(m[3] ? { said: m[3] } : {}) } : undefined;
}

/** The projects a group breaks, named with their place when there are several places. */
function mergedProjects(items: readonly DriftFinding[], qualify: boolean): string[] | undefined {
  if (items.every((f) => !f.projects)) return undefined;
  return items.flatMap((f) =>
    (f.projects ?? []).map((p) => (qualify && f.region ? `${placeOf(f)}/${p}` : p)),
  );
}

/** A warning, or the same warning in several places, said once. */
export interface WarningGroup {
  text: string;
  places: string[];
}

/** Warnings that differ only in the region (or account/region) they name are said once. */
export function groupWarnings(report: Pick<Report, 'warnings' | 'regions'>): WarningGroup[] {
  const groups = new Map<string, { first: string; places: string[] }>();
  for (const w of report.warnings) {
    const r = placeIn(w, report.regions);
    const key = r ? template(w, r) : w;
    const group = groups.get(key) ?? { first: w, places: [] };
    if (r) group.places.push(regionName(r));
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, { first, places }]) =>
    places.length < 2 ? { text: first, places } : { text: groupedSentence(key, places), places },
  );
}

/**
 * A region's line: its detail without its own name and, where the detail is its finding,
 * only the finding's first clause (the grouped finding says the rest once).
 */
export function regionDetail(r: RegionReport, findings: readonly DriftFinding[]): string {
  const own = findings.find(
    (f) =>
      f.region === r.region &&
      (f.account ?? '') === (r.account ?? '') &&
      r.detail.startsWith(f.message.replace(/\.$/, '')),
  );
  let detail = r.detail;
  if (own) {
    const message = own.message.replace(/\.$/, '');
    const cut = /: |\. /.exec(message);
    detail = `${cut ? message.slice(0, cut.index) : message}${r.detail.slice(message.length).replace(/^\./, '')}`;
  }
  const name = regionName(r);
  for (const prefix of [`${name} `, `${r.region} `])
    if (detail.startsWith(prefix)) return detail.slice(prefix.length);
  return detail;
}
