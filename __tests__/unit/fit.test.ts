// Texts kept within the platforms' limits (fit.ts, issue 16 item 8): properties over any
// Markdown and any report. A text that fits is left as it is; one that does not is at
// most the limit, ends its cut with the note, keeps its first lines, and closes a fold.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { bytes, chars, fitMarkdown, fitPlain, fitReportJson } from '../../src/core/report/fit.js';
import { renderJson, type Report } from '../../src/core/report/report.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const note = (left: number, total: number) => `**cut**: ${left} of ${total} lines left out.`;

const line = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.constantFrom('<details>', '</details>', '| a | b |', '|---|---|', '', '**Warnings**', '- w'),
);
const markdown = fc.array(line, { maxLength: 200 }).map((lines) => lines.join('\n'));

describe('fitMarkdown', () => {
  test('any Markdown: whole when it fits, else within the limit with the note, the first lines kept', () => {
    fc.assert(
      fc.property(
        markdown,
        fc.integer({ min: 200, max: 4000 }),
        fc.boolean(),
        (md, max, inBytes) => {
          const size = inBytes ? bytes : chars;
          const out = fitMarkdown(md, max, size, note);
          if (size(md) <= max) return expect(out).toBe(md);
          expect(size(out)).toBeLessThanOrEqual(max);
          expect(out).toMatch(/\*\*cut\*\*: \d+ of \d+ lines left out\./);
          const head = out.slice(0, out.indexOf('**cut**')).replace(/\n+(<\/details>\n+)?$/, '');
          if (head) expect(md.startsWith(head)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('a fold the cut leaves open is closed', () => {
    const md = ['# t', '<details>', '<summary>s</summary>', '', ...Array(500).fill('| row |')].join(
      '\n',
    );
    const out = fitMarkdown(md, 1000, bytes, note);
    expect(out.split('\n').filter((l) => l === '</details>')).toHaveLength(1);
    expect(bytes(out)).toBeLessThanOrEqual(1000);
  });
});

describe('fitPlain', () => {
  test('any text: within the limit, whole characters only', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 4, max: 400 }),
        (s, max) => {
          const out = fitPlain(s, max);
          expect(bytes(out)).toBeLessThanOrEqual(max);
          if (bytes(s) <= max) expect(out).toBe(s);
          else {
            // Whole characters: what is kept is the text's own beginning (a character cut in
            // two would decode as U+FFFD where the text has another character).
            expect(out.endsWith('…')).toBe(true);
            expect(s.startsWith(out.slice(0, -1))).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

function report(regions: number, findings: number): Report {
  return {
    tool: { name: 'codebuild-credential-sync', version: '1.0.0' },
    version: 2,
    mode: 'check',
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    dryRun: false,
    outcome: 'drift',
    drift: true,
    regions: Array.from({ length: regions }, (_, i) => ({
      region: `us-ab-${i}`,
      action: 'checked',
      status: 'drift',
      detail: 'holds no GITHUB credential'.padEnd(80, '.'),
    })),
    findings: Array.from({ length: findings }, (_, i) => ({
      kind: 'credential-missing',
      region: `us-ab-${i}`,
      message: 'holds no credential'.padEnd(60, '.'),
    })),
    warnings: [],
    errors: [],
    generatedAt: '2026-11-28T00:00:00.000Z',
  };
}

describe('fitReportJson', () => {
  test('any report: JSON within the limit, its first entries kept, `shortened` saying so', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1500, max: 40_000 }),
        (regions, findings, max) => {
          const r = report(regions, findings);
          const { json, shortened } = fitReportJson(r, max, renderJson, 'see the file');
          expect(bytes(json)).toBeLessThanOrEqual(max);
          const parsed = JSON.parse(json) as Report;
          if (bytes(renderJson(r)) <= max) {
            expect(json).toBe(renderJson(r));
            return expect(shortened).toBeUndefined();
          }
          expect(parsed.shortened).toBe(shortened);
          expect(shortened).toMatch(/; see the file\.$/);
          expect(parsed.regions).toEqual(r.regions.slice(0, parsed.regions.length));
          expect(parsed.findings).toEqual(r.findings.slice(0, parsed.findings.length));
          expect(parsed.outcome).toBe('drift');
        },
      ),
      { numRuns: 60 },
    );
  });
});
