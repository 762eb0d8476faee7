// The one pager's bounds and the checks of names found at run time (issue 25, points 7 and 8),
// against the documented values (docs/reliability.md#bounds), not the source's constants.
import { describe, expect, test } from '@jest/globals';
import { allPages, LISTINGS, ListingError, pagesOf, type Page } from '../../src/core/base/pages.js';
import {
  accountState,
  checkedNames,
  isAccountId,
  isProjectName,
  isRegionName,
} from '../../src/core/aws/found.js';
import { readAllProjects } from '../../src/core/aws/projects.js';
import type { CodeBuildRegion } from '../../src/core/aws/codebuild.js';
import { nextLink } from '../../src/core/providers/github-client.js';
import { forPlain } from '../../src/core/base/outside.js';

const listing = { what: 'Example ListThings', maxPages: 5, maxItems: 12 };

describe('allPages', () => {
  test('follows next tokens to the end', async () => {
    const pages: Record<string, Page<number>> = {
      '': { items: [1, 2], next: 'b' },
      b: { items: [3], next: 'c' },
      c: { items: [4] },
    };
    const asked: Array<string | undefined> = [];
    const all = await allPages(async (token) => {
      asked.push(token);
      return pages[token ?? '']!;
    }, listing);
    expect(all).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  test('a token given twice stops the listing, naming the service', async () => {
    let calls = 0;
    const endless = allPages(async (token) => {
      calls++;
      return { items: [1], next: token === 'a' ? 'b' : 'a' };
    }, listing);
    await expect(endless).rejects.toThrow(ListingError);
    await expect(endless).rejects.toThrow(
      'Example ListThings gave the same next-page token twice, so its listing would never end: it was stopped after 3 pages.',
    );
    expect(calls).toBe(3);
  });

  test('fresh tokens for ever stop at the page cap', async () => {
    let calls = 0;
    const endless = allPages(async () => ({ items: [], next: `t${++calls}` }), listing);
    await expect(endless).rejects.toThrow(
      'Example ListThings answered more than 5 pages, the most this tool reads from one listing',
    );
    expect(calls).toBe(5);
  });

  test('more items than the cap stop the listing, even within one page', async () => {
    await expect(
      allPages(async () => ({ items: Array.from({ length: 13 }, (_, i) => i) }), listing),
    ).rejects.toThrow('Example ListThings listed more than 12 items');
  });

  test('a listing past 10 MiB in all (long names, or a long fresh token) stops, naming the service', async () => {
    // The documented bound (docs/reliability.md#bounds), pinned here: pages of 1 MiB of
    // either stop by the 11th page, whatever the page and item caps allow.
    const wide = { what: 'Example ListThings', maxPages: 1_000, maxItems: 100_000 };
    const name = 'n'.repeat(10 * 1024);
    for (const page of [
      (i: number) => ({ items: Array.from({ length: 100 }, () => name), next: `t${i}` }),
      (i: number) => ({ items: ['x'], next: `t${i}`.padEnd(1024 * 1024, 'x') }),
    ]) {
      let calls = 0;
      const endless = allPages(async () => page(++calls), wide);
      await expect(endless).rejects.toThrow(
        /^Example ListThings answered more than 10 MiB in 1[01] pages, the most this tool reads from one listing \(docs\/reliability.md#bounds\), so the listing was stopped\.$/,
      );
      expect(calls).toBeLessThanOrEqual(11);
    }
    // Real listings' sizes pass: 5,000 project names of 255 characters; 20,000 accounts
    // with the longest names and emails.
    const account = {
      Id: '123456789012',
      Arn: 'arn:aws:organizations::123456789012:account/o-abcdefghij/123456789012',
      Email: `${'e'.repeat(52)}@example.com`,
      Name: 'n'.repeat(50),
      Status: 'PENDING_CLOSURE',
      State: 'PENDING_CLOSURE',
      JoinedMethod: 'INVITED',
      JoinedTimestamp: new Date(0),
    };
    let page = 0;
    const accounts = await allPages(
      async () => ({
        items: Array.from({ length: 20 }, () => account),
        ...(++page < 1_000 ? { next: `t${page}` } : {}),
      }),
      wide,
    );
    expect(accounts).toHaveLength(20_000);
    const names = Array.from({ length: 50 }, (_, i) => ({
      items: Array.from({ length: 100 }, () => 'p'.repeat(255)),
      ...(i < 49 ? { next: `t${i + 1}` } : {}),
    }));
    let at = 0;
    const all = await allPages(async () => names[at++]!, wide);
    expect(all).toHaveLength(5_000);
  });

  test('project names CodeBuild could not have are never asked for, and named once', async () => {
    expect(['ab', 'svc-01_x', 'a'.repeat(255)].every(isProjectName)).toBe(true);
    expect(['a', '-ab', 'a b', 'a'.repeat(256), 'a\n::x', 7].some(isProjectName)).toBe(false);
    const asked: string[][] = [];
    const pages: Record<string, { names: string[]; nextToken?: string }> = {
      '': { names: ['api', 'x'.repeat(8 * 1024), 'bad name'], nextToken: 't2' },
      t2: { names: ['web', 'p\r::error::x'] },
    };
    const client = {
      listProjectNames: async (token?: string) => pages[token ?? '']!,
      getProjects: async (names: string[]) => {
        asked.push(names);
        return names.map((name) => ({ name }));
      },
    } as unknown as CodeBuildRegion;
    const warnings: string[] = [];
    const projects = await readAllProjects(client, warnings);
    expect(projects.map((p) => p.name)).toEqual(['api', 'web']);
    expect(asked.flat()).toEqual(['api', 'web']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^CodeBuild ListProjects answered 2 malformed project names \(.*\): a project name is 2 to 255 letters, digits, - and _, so they were left out\.$/,
    );
  });

  test('pagesOf yields page by page', async () => {
    const seen: number[][] = [];
    for await (const items of pagesOf(
      async (token) => (token ? { items: [2] } : { items: [1], next: 'x' }),
      listing,
    ))
      seen.push([...items]);
    expect(seen).toEqual([[1], [2]]);
  });

  test('the documented caps', () => {
    const caps = Object.fromEntries(
      Object.values(LISTINGS).map((l) => [l.what, [l.maxPages, l.maxItems]]),
    );
    expect(caps).toEqual({
      'AWS Organizations ListAccounts': [1000, 20000],
      'AWS Organizations ListAccountsForParent': [1000, 20000],
      'AWS Organizations ListChildren': [100, 2000],
      'AWS Systems Manager GetParametersByPath': [50, 200],
      'AWS Account ListRegions': [20, 200],
      'CodeBuild ListProjects': [500, 50000],
      'CodeBuild ListSourceCredentials': [1, 1000],
      'GitHub GET /repos/{owner}/{repo}/hooks': [10, 1000],
      'GitHub GET /repos/{owner}/{repo}/issues': [10, 1000],
      'Bitbucket GET /repositories/{workspace}/{slug}/hooks': [10, 1000],
    });
  });
});

describe("GitHub's Link header", () => {
  test('the next page, whatever the order of the links', () => {
    expect(
      nextLink(
        '<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next"',
      ),
    ).toBe('https://api.github.com/x?page=3');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="last"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
});

describe('names found at run time', () => {
  test.each([
    ['us-east-1', true],
    ['us-gov-west-1', true],
    ['eu-isoe-west-1', true],
    ['ap-southeast-7', true],
    ['US-EAST-1', false],
    ['us-east-1\r::error::x', false],
    ['us-east-1 ', false],
    ['', false],
    [`us-${'a'.repeat(30)}-1`, false], // the shape, but longer than 32 characters
    ['x'.repeat(150_000), false],
    [42, false],
  ])('region %j: %s', (name, ok) => expect(isRegionName(name)).toBe(ok));

  test.each([
    ['123456789012', true],
    ['12345678901', false],
    ['1234567890123', false],
    ['999999999999:role/Admin', false],
    ['123456789012\n', false],
    ['１２３４５６７８９０１２', false], // full-width digits
    [123456789012, false],
  ])('account ID %j: %s', (id, ok) => expect(isAccountId(id)).toBe(ok));

  test('states: the five documented, the older Status, anything else unreadable', () => {
    for (const s of ['ACTIVE', 'SUSPENDED', 'PENDING_ACTIVATION', 'PENDING_CLOSURE', 'CLOSED'])
      expect(accountState({ State: s })).toBe(s);
    expect(accountState({ Status: 'SUSPENDED' })).toBe('SUSPENDED');
    expect(accountState({ State: 'ACTIVE\n::error::x' })).toBe('unreadable');
    expect(accountState({ State: 'active' })).toBe('unreadable');
    // The newer field decides, even when the older one says ACTIVE.
    expect(accountState({ State: 'BOGUS', Status: 'ACTIVE' })).toBe('unreadable');
    expect(accountState({ Status: 'CLOSED' })).toBe('unreadable'); // not a Status value
    expect(accountState({})).toBeUndefined();
  });

  test('checkedNames: de-duplicated in order, the malformed named (sanitised) and left out', () => {
    const { names, problem } = checkedNames(
      ['us-east-1', 'eu-west-1', 'us-east-1', 'bad\r::error::x', 7],
      isRegionName,
      { items: 'region names', shape: 'a region name is like us-east-1', source: 'SSM' },
    );
    expect(names).toEqual(['us-east-1', 'eu-west-1']);
    expect(forPlain(problem!)).toMatch(
      /^SSM answered 2 malformed region names \("bad.*", "7"\): a region name is like us-east-1, so they were left out\.$/,
    );
    expect(problem).not.toMatch(/[\r\n]/);
  });
});
