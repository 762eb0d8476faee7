// One pager for every listing the product reads (AWS, GitHub, Bitbucket): a listing is
// followed page by page until the service gives no next token, and stopped, with an error
// naming the service, when it repeats a token, passes its page cap, its item cap or
// MAX_LISTING_BYTES. No answer can make a listing loop for ever or fill memory: each page is
// at most MAX_ANSWER_BYTES (wire.ts), the items kept are at most `maxItems`, and a listing's
// pages (items and next-page tokens) at most MAX_LISTING_BYTES in all; the tokens seen are
// kept as digests, never as given.
import { createHash } from 'node:crypto';
import { UserError } from './errors.js';

/** One page of a listing: its items and the token (or URL) of the next, if any. */
export interface Page<T> {
  items: readonly T[];
  next?: string;
}

/** The bounds of one listing, from LISTINGS: each is documented (docs/reliability.md#bounds). */
export interface Listing {
  /** The service and operation, as the error names them: "AWS Organizations ListAccounts". */
  what: string;
  maxPages: number;
  maxItems: number;
}

/**
 * Every listing's caps, far above what a real account or repository has (each real limit
 * noted), far below what would hold the run or its memory.
 */
export const LISTINGS = {
  // Organizations: 20 a page; an organization's account quota is raised on request, into the thousands.
  listAccounts: { what: 'AWS Organizations ListAccounts', maxPages: 1_000, maxItems: 20_000 },
  listAccountsForParent: {
    what: 'AWS Organizations ListAccountsForParent',
    maxPages: 1_000,
    maxItems: 20_000,
  },
  // An organization has at most 2,000 OUs (quota), nested at most 5 levels below the root.
  listChildren: { what: 'AWS Organizations ListChildren', maxPages: 100, maxItems: 2_000 },
  // About 40 regions exist; SSM answers 10 a page.
  regionsOffered: { what: 'AWS Systems Manager GetParametersByPath', maxPages: 50, maxItems: 200 },
  // account:ListRegions answers up to 50 a page.
  regionsEnabled: { what: 'AWS Account ListRegions', maxPages: 20, maxItems: 200 },
  // CodeBuild: 100 names a page; 5,000 projects a region is its default quota.
  listProjects: { what: 'CodeBuild ListProjects', maxPages: 500, maxItems: 50_000 },
  // One credential per server type and auth type: a handful, never paged.
  listSourceCredentials: { what: 'CodeBuild ListSourceCredentials', maxPages: 1, maxItems: 1_000 },
  // GitHub allows 20 hooks a repository per event; 100 a page.
  githubHooks: { what: 'GitHub GET /repos/{owner}/{repo}/hooks', maxPages: 10, maxItems: 1_000 },
  driftIssues: { what: 'GitHub GET /repos/{owner}/{repo}/issues', maxPages: 10, maxItems: 1_000 },
  bitbucketHooks: {
    what: 'Bitbucket GET /repositories/{workspace}/{slug}/hooks',
    maxPages: 10,
    maxItems: 1_000,
  },
} as const satisfies Record<string, Listing>;

/**
 * The most one listing carries in all, its pages' items (as JSON) and next-page tokens: above
 * a real one (20,000 accounts with the longest names and emails are about 8.4 MB; 5,000
 * projects of 255 characters 1.3 MB), below what would take the run's memory past 200 MB.
 * Without it, pages of 1 MiB of long names or of a long fresh token each held 270 to 380 MB
 * within 20 s (the adversary suite).
 */
export const MAX_LISTING_BYTES = 10 * 1024 * 1024;

/** An OU walk stops past this depth below the OU named (Organizations nests at most 5 levels under the root). */
export const MAX_OU_DEPTH = 5;
/** ... and past this many OUs walked (Organizations' quota is 2,000 OUs an organization). */
export const MAX_OUS = 2_000;

/** A listing stopped because its answers could not be a real listing's. */
export class ListingError extends UserError {
  readonly code = 'LISTING_BOUNDED';
  constructor(message: string) {
    super(message);
    this.name = 'ListingError';
  }
}

/**
 * Yields each page's items, asking for the next with the token the last gave. Throws a
 * ListingError when a token repeats (an endless answer) or when the listing passes its caps.
 */
export async function* pagesOf<T>(
  call: (token?: string) => Promise<Page<T>>,
  listing: Listing,
): AsyncGenerator<readonly T[]> {
  // Digests: a hostile token may be as long as an answer.
  const seen = new Set<string>();
  let items = 0;
  let bytes = 0;
  let token: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await call(token);
    items += page.items.length;
    bytes += JSON.stringify(page.items).length + (page.next?.length ?? 0);
    if (bytes > MAX_LISTING_BYTES)
      throw new ListingError(
        `${listing.what} answered more than ${MAX_LISTING_BYTES / 1024 / 1024} MiB in ${pages} page${pages === 1 ? '' : 's'}, the most this tool reads from one listing (docs/reliability.md#bounds), so the listing was stopped.`,
      );
    if (items > listing.maxItems)
      throw new ListingError(
        `${listing.what} listed more than ${listing.maxItems.toLocaleString('en-US')} items, the most this tool reads from one listing (docs/reliability.md#bounds), so the listing was stopped.`,
      );
    yield page.items;
    token = page.next || undefined;
    if (token === undefined) return;
    const digest = createHash('sha256').update(token).digest('base64');
    if (seen.has(digest))
      throw new ListingError(
        `${listing.what} gave the same next-page token twice, so its listing would never end: it was stopped after ${pages} page${pages === 1 ? '' : 's'}.`,
      );
    if (pages >= listing.maxPages)
      throw new ListingError(
        `${listing.what} answered more than ${listing.maxPages.toLocaleString('en-US')} page${listing.maxPages === 1 ? '' : 's'}, the most this tool reads from one listing (docs/reliability.md#bounds), so the listing was stopped.`,
      );
    seen.add(digest);
  }
}

/** Every item of a listing, under its caps (pagesOf). */
export async function allPages<T>(
  call: (token?: string) => Promise<Page<T>>,
  listing: Listing,
): Promise<T[]> {
  const all: T[] = [];
  for await (const items of pagesOf(call, listing)) all.push(...items);
  return all;
}
