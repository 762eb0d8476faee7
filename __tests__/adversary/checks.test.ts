// The adversary suite's own checks catch what they are for (issue 25, point 12): a check
// that cannot fail would let every generated run pass. No bundle runs here: the scan sees
// every generated disguise of a secret (and not a text that only shares 11 characters), the
// runner-command reading catches a command after a lone \r, the Markdown check catches
// outside text outside code spans and a table cell split by it, and the peak memory read
// from /proc sees a child that holds 120 MB.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { expectMarkdownInert, injectedCommands, watchPeak } from '../support/adversary.js';
import { disguise, githubToken } from '../support/disguise.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

describe('the scan for secrets', () => {
  test('finds every generated disguise of 12 or more characters of a secret, in any text around it', () => {
    fc.assert(
      fc.property(
        githubToken,
        disguise,
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (token, quote, before, after) => {
          const text = `${before}${quote(token)}${after}`;
          expect(() => expectNoFragmentIn({ out: text }, [token])).toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  test('passes 11 characters of a secret, and text that is not one', () => {
    const token = 'ghp_' + 'Ch3ck1ngTh3Ch3ck3rT0k3nQwErTyUiOpAs';
    expectNoFragmentIn({ out: `quoted: ${token.slice(5, 16)} and more` }, [token]);
    expectNoFragmentIn({ out: 'GitHub answered 400: Bad credentials' }, [token]);
  });
});

describe('the reading of stdout as the runner reads it', () => {
  test.each([
    ['a lone \\r', 'Region x\r::set-output name=PWNED::arn'],
    ['\\r\\n', 'Region x\r\n::error title=PWNED::x'],
    ['\\n', 'x\n  ::warning file=PWNED::x'],
    ['a command the Action never sends', '::stop-commands::abc'],
    ['data starting with the mark', '::add-mask::PWNED'],
    ['the older ##[ form, anywhere in a line', 'text ##[error]x'],
  ])('catches a command injected after %s', (_, stdout) => {
    expect(injectedCommands(stdout)).not.toEqual([]);
  });

  test("passes the Action's own commands, quoting outside text in their data", () => {
    expect(
      injectedCommands(
        '::add-mask::ghp_x\n::group::check in us-east-1\n::endgroup::\n::warning::AWS said "::error title=PWNED::x"\n::error::failed',
      ),
    ).toEqual([]);
  });
});

describe('the Markdown check', () => {
  test('catches outside text outside a code span, and a table row split by a pipe', () => {
    expect(() => expectMarkdownInert({ md: 'Region `x` <img src=x onerror=PWNED>' })).toThrow();
    expect(() =>
      expectMarkdownInert({ md: '| Region | Detail |\n|---|---|\n| `a | b` | c |' }),
    ).toThrow();
  });

  test('passes outside text inside code spans of any fence, and escaped pipes', () => {
    expectMarkdownInert({
      md: '| Region | Detail |\n|---|---|\n| ``a ` PWNED \\| b`` | c |\n\nSaid: `<img PWNED>`',
    });
  });
});

describe('the peak memory read from /proc', () => {
  test('sees a child that holds 120 MB', async () => {
    const child = spawn(process.execPath, [
      '-e',
      'const b = Buffer.alloc(120 * 1024 * 1024, 1); setTimeout(() => b.length, 500);',
    ]);
    const watched = watchPeak(child);
    await new Promise((resolve) => child.on('close', resolve));
    expect(watched.peak()).toBeGreaterThan(120 * 1024 * 1024);
    expect(watched.peak()).toBeLessThan(400 * 1024 * 1024);
  });
});
