// Red-team finding: a proxy URL the product cannot read was refused as the Action's
// `http-proxy` input, but the pipe's HTTPS_PROXY (the same option, read where the calls are
// made) was silently dropped: 8b35e3c's pipe went direct, past the proxy, and exited 0 with
// `socks5://…`, `ftp://…` or a typo. Both shipped bundles under Node 24 now refuse it before
// any call, naming the option, without a stack trace.
import { describe, expect, test } from '@jest/globals';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Pr0xyUrlC4r3l3ssQ8wEr7TyUi2OpAsDfGh';

describe.each(FRONTS)('%s bundle: a proxy URL it cannot read', (front) => {
  test.each(['socks5://127.0.0.1:1080', 'http://[::1', 'ftp://proxy.example.com:21'])(
    '%s is refused, naming the option; nothing is called',
    async (proxy) => {
      emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
      const r = await runFront(emu.get(), front, {
        'server-type': 'github',
        token: GH,
        'http-proxy': proxy,
      });
      expect(r.code).toBe(2);
      const name = front === 'pipe' ? 'HTTPS_PROXY' : "input 'http-proxy'";
      expect(r.everything).toContain(`${name} must be a proxy URL`);
      expect(r.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(emu.get().requests).toEqual([]);
    },
  );
});

// Red-team finding (5a9aae3): a `%` in the proxy's user name or password that does not start
// an escape (`Sup3rS3cret%zz`, a password pasted unencoded). The URL parses, so the value
// passed the check; the proxy agent's decodeURIComponent then threw inside its connect, after
// the socket was made: the pipe crashed on an unhandled 'error' event with a stack trace
// (exit 1). Now the value is refused before any call, saying how to write `%`.
describe.each(FRONTS)('%s bundle: a proxy password with a bare %', (front) => {
  test.each([
    'http://builder:Sup3rS3cret%zz@127.0.0.1:9',
    'http://builder%:S3cret@127.0.0.1:9',
    'builder:100%pass@127.0.0.1:9',
  ])('%s is refused, naming the option and %25; no stack trace', async (proxy) => {
    emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    const r = await runFront(emu.get(), front, {
      'server-type': 'github',
      token: GH,
      'github-api-url': 'https://api.github.com',
      'http-proxy': proxy,
    });
    expect(r.code).toBe(2);
    const name = front === 'pipe' ? 'HTTPS_PROXY' : "input 'http-proxy'";
    expect(r.everything).toContain(`${name} must be a proxy URL`);
    expect(r.everything).toContain('%25');
    expect(r.everything).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.everything).not.toContain('S3cret');
    expect(emu.get().requests).toEqual([]);
  });
});
