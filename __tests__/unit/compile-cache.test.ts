// The compile cache's folder (issue 25, point 10): per user, created 0700, and refused
// (the cache off) when someone else could have made or could write it.
import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownCompileCacheDir } from '../../src/core/base/compile-cache.js';

const uid = process.getuid!();
const fresh = () => mkdtempSync(join(tmpdir(), 'cache-'));

describe('ownCompileCacheDir', () => {
  test('a fresh TMPDIR: the folder is made 0700, per user', () => {
    const temp = fresh();
    const dir = ownCompileCacheDir(temp);
    expect(dir).toBe(join(temp, `codebuild-credential-sync-${uid}`, 'compile-cache'));
    expect(statSync(dir!).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir!, '..')).mode & 0o777).toBe(0o700);
    expect(ownCompileCacheDir(temp)).toBe(dir); // the next run uses it again
  });

  test('a folder others may write (made first by someone else): the cache is off', () => {
    const temp = fresh();
    const parent = join(temp, `codebuild-credential-sync-${uid}`);
    mkdirSync(join(parent, 'compile-cache'), { recursive: true });
    chmodSync(parent, 0o777);
    expect(ownCompileCacheDir(temp)).toBeUndefined();
    chmodSync(parent, 0o700);
    chmodSync(join(parent, 'compile-cache'), 0o770);
    expect(ownCompileCacheDir(temp)).toBeUndefined();
  });

  test('a link in its place: the cache is off, the link not followed into', () => {
    const temp = fresh();
    const elsewhere = fresh();
    chmodSync(elsewhere, 0o700);
    symlinkSync(elsewhere, join(temp, `codebuild-credential-sync-${uid}`));
    expect(ownCompileCacheDir(temp)).toBeUndefined();
  });

  test('a file in its place: the cache is off, nothing thrown', () => {
    const temp = fresh();
    mkdirSync(join(temp, `codebuild-credential-sync-${uid}`), { mode: 0o700 });
    writeFileSync(join(temp, `codebuild-credential-sync-${uid}`, 'compile-cache'), '');
    expect(ownCompileCacheDir(temp)).toBeUndefined();
  });
});
