// The report file written as the run goes (report/file.ts): whatever the rows, the file is
// the very text the whole report rendered and redacted at once makes (renderJson, then
// Secrets.redact), a secret split between two rows included; nothing is at the path before
// the end; and a run that ends without a report leaves nothing in the folder.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportFile } from '../../src/core/report/file.js';
import { renderJson, type RegionReport, type Report } from '../../src/core/report/report.js';
import { outside } from '../../src/core/base/index.js';
import { HIDDEN, Secrets } from '../../src/core/trust/index.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const TOKEN = 'ghp_' + 'Rf7Wq2Lx9Kd4Mz1Np6Tb3Vc8Hs5Gy0Je2A';

function row(account: string, region: string, detail: string, n: number): RegionReport {
  return {
    region,
    account,
    action: 'checked',
    status: n % 7 === 3 ? 'drift' : 'ok',
    arn: `arn:aws:codebuild:${region}:${account}:token/github`,
    authType: 'PERSONAL_ACCESS_TOKEN',
    detail,
    ...(n % 5 === 0
      ? {
          projects: [
            {
              name: outside(`app-${n}`),
              repository: outside('acme/app'),
              serverType: 'GITHUB',
              credential: 'account' as const,
              webhook: 'ok' as const,
            },
          ],
        }
      : {}),
  };
}

function report(rows: RegionReport[]): Report {
  return {
    tool: { name: 'codebuild-credential-sync', version: '1.1.0-dev' },
    version: 2,
    mode: 'check',
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    dryRun: false,
    outcome: 'drift',
    drift: true,
    regions: rows,
    findings: [{ kind: 'credential-missing', region: 'us-east-1', message: 'none held' }],
    warnings: [],
    errors: [],
    generatedAt: '2026-12-06T08:00:00.000Z',
    accounts: [
      {
        id: '111111111111',
        source: 'organization',
        status: 'worked',
        regions: ['us-east-1'],
        regionsDone: ['us-east-1'],
        regionsUnreachable: [],
      },
    ],
  };
}

/** Today's report file: the whole report rendered, then redacted as one text. */
function atOnce(secrets: Secrets, whole: Report): string {
  return `${secrets.redact(renderJson(secrets.redactAll(whole)))}\n`;
}

/** The report file written as the run goes: each row handed over as it is final, then the rest. */
function asItGoes(secrets: Secrets, whole: Report, path: string, midway?: () => void): string {
  const file = new ReportFile(path, secrets);
  whole.regions.forEach((r, i) => {
    if (i === Math.floor(whole.regions.length / 2)) midway?.();
    file.row(r);
    // Nothing is at the path while the run goes on.
    if (i % 97 === 0) expect(existsSync(path)).toBe(false);
  });
  expect(file.finish(secrets.redactAll(whole))).toBeUndefined();
  return readFileSync(path, 'utf8');
}

const dir = () => mkdtempSync(join(tmpdir(), 'cbcs-report-file-'));
const details = fc.array(
  fc.oneof(
    fc.constantFrom('the credential matches', 'none held', '', 'ünïcödé — “quoted” ✔', 'a\\b"c'),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  ),
  { minLength: 0, maxLength: 400 },
);

describe('the report file, written as the run goes', () => {
  test('is the text of the whole report rendered and redacted at once, for any rows', () => {
    fc.assert(
      fc.property(details, (texts) => {
        const secrets = new Secrets();
        secrets.add(TOKEN);
        const rows = texts.map((d, n) =>
          row(String(111111111111 + Math.floor(n / 17)), `r-${n % 17}`, d, n),
        );
        const whole = report(rows);
        const path = join(dir(), 'report.json');
        const text = asItGoes(secrets, whole, path);
        expect(text).toBe(atOnce(secrets, whole));
        if (text !== `${HIDDEN}\n`)
          expect((JSON.parse(text) as Report).regions).toHaveLength(rows.length);
      }),
      { numRuns: RUNS },
    );
  });

  test('a fleet of 500 accounts × 17 regions: valid JSON, every row, the same text', () => {
    const secrets = new Secrets();
    secrets.add(TOKEN);
    const rows = Array.from({ length: 500 * 17 }, (_, n) =>
      row(
        String(300000000001 + Math.floor(n / 17)),
        `region-${n % 17}`,
        'the credential matches',
        n,
      ),
    );
    const whole = report(rows);
    const path = join(dir(), 'report.json');
    const text = asItGoes(secrets, whole, path);
    expect(text).toBe(atOnce(secrets, whole));
    expect(JSON.parse(text)).toEqual(JSON.parse(renderJson(whole)));
  });

  test('a secret quoted in a row hides that line, as at once; one split between two rows hides the whole', () => {
    const secrets = new Secrets();
    secrets.add(TOKEN);
    const rows = Array.from({ length: 3000 }, (_, n) =>
      row(String(300000000001 + Math.floor(n / 17)), 'us-east-1', `detail ${n}`, n),
    );
    // Not a field's own quote (redactAll would hide that field): a line's, across two fields.
    rows[10]!.authType = `x ${TOKEN.slice(0, 6)}`;
    rows[10]!.detail = `${TOKEN.slice(6, 20)} y`;
    const once = report(rows.map((r) => ({ ...r })));
    const quoted = asItGoes(secrets, once, join(dir(), 'report.json'));
    expect(quoted).toBe(atOnce(secrets, once));
    expect(quoted).not.toContain(TOKEN.slice(6, 20));

    // The end of one row and the start of the next, wherever the rows file's parts meet: a
    // quote across them reads through the keys between (a secret that holds "region"), and
    // no line alone quotes 12 characters of it.
    const split = 'Zq8Wx3Tb' + 'region' + 'Kp5Lm';
    secrets.add(split);
    for (const at of [1, 41, 1501, 2998]) {
      const parts = rows.map((r) => ({ ...r }));
      parts[at]!.detail = `x ${split.slice(0, 8)}`;
      parts[at + 1]!.region = split.slice(14);
      const whole = report(parts);
      const text = asItGoes(secrets, whole, join(dir(), 'report.json'));
      expect(text).toBe(atOnce(secrets, whole));
      expect(text).toBe(`${HIDDEN}\n`);
    }
  });

  test('a secret found after rows were written is hidden in them too', () => {
    const secrets = new Secrets();
    secrets.add(TOKEN);
    const found = 'hunter2-Pw9Xq4Lm7Zr1';
    const rows = Array.from({ length: 2000 }, (_, n) =>
      row(
        String(300000000001 + Math.floor(n / 17)),
        'us-east-1',
        n === 3 ? `saw ${found}` : 'ok',
        n,
      ),
    );
    const whole = report(rows);
    const text = asItGoes(secrets, whole, join(dir(), 'report.json'), () =>
      secrets.addFound(found),
    );
    expect(text).not.toContain(found);
    expect(text).toBe(atOnce(secrets, whole));
    expect((JSON.parse(text) as Report).regions).toHaveLength(2000);
  });

  test('rows that are not the report’s (a run stopped on a bug) are replaced by the report’s own', () => {
    const secrets = new Secrets();
    const rows = Array.from({ length: 100 }, (_, n) => row('111111111111', `r${n}`, 'ok', n));
    const path = join(dir(), 'report.json');
    const file = new ReportFile(path, secrets);
    for (const r of rows.slice(0, 40)) file.row(r);
    const whole = report(rows);
    expect(file.finish(whole)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(atOnce(secrets, whole));
  });

  test('no rows at all, and an old report at the path until the new one is whole', () => {
    const secrets = new Secrets();
    const folder = dir();
    const path = join(folder, 'report.json');
    writeFileSync(path, '{"old": true}\n');
    const file = new ReportFile(path, secrets);
    for (const r of [row('111111111111', 'us-east-1', 'ok', 1)]) file.row(r);
    expect(readFileSync(path, 'utf8')).toBe('{"old": true}\n');
    const empty = report([]);
    expect(file.finish(empty)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(atOnce(secrets, empty));
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  test('a run that ends without a report leaves nothing in the folder', () => {
    const folder = dir();
    const file = new ReportFile(join(folder, 'report.json'), new Secrets());
    for (let n = 0; n < 5000; n++) file.row(row('111111111111', `r${n}`, 'ok', n));
    file.abandon();
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a folder that cannot be written: the problem is returned, naming the path', () => {
    const folder = dir();
    writeFileSync(join(folder, 'file'), '');
    const path = join(folder, 'file', 'report.json');
    const file = new ReportFile(path, new Secrets());
    file.row(row('111111111111', 'us-east-1', 'ok', 1));
    expect(file.finish(report([row('111111111111', 'us-east-1', 'ok', 1)]))).toMatch(
      new RegExp(`^Could not write the report file ${path}: `),
    );
  });
});

describe('Secrets.inParts', () => {
  test('parts of whole lines, each with a row’s keys, redact as the whole text does, wherever a secret falls', () => {
    const secret = 'Zq8Wx3Tb' + 'region' + 'Kp5Lm';
    const piece = fc.oneof(
      fc.constantFrom(
        secret,
        secret.slice(0, 8),
        secret.slice(14),
        TOKEN.slice(0, 9),
        TOKEN.slice(9),
      ),
      fc.string({ maxLength: 12 }),
    );
    const line = fc.array(piece, { maxLength: 4 }).map((p) => p.join(' '));
    const part = fc
      .array(line, { minLength: 0, maxLength: 3 })
      .map((lines) => `${['  "region": "', ...lines, '"action": "status" "detail"'].join('\n')}\n`);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        const secrets = new Secrets();
        secrets.add(TOKEN);
        secrets.add(secret);
        const inParts = secrets.inParts();
        const shown = parts.map((p) => inParts.part(p)).join('');
        const whole = secrets.redact(parts.join(''));
        if (whole === HIDDEN) expect(inParts.spoiled).toBe(true);
        else {
          expect(inParts.spoiled).toBe(false);
          expect(shown).toBe(whole);
        }
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
