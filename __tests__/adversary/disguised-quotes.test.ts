// The adversary suite (issue 25, point 12): a hostile provider, AWS endpoint or proxy quotes
// a secret back in a disguise fast-check generates, through both shipped bundles under
// Node 24. A disguise is any slice (12 characters or more) of the token (or the proxy's
// password), each character in any case, full width, mathematical or circled, with any
// combining accent, as a Cyrillic, Greek, Armenian or Latin look-alike or a small
// capital, with any run of separators between (spaces of every width, dashes, dots, no-break
// spaces, soft hyphens, zero-width and bidi controls, Hangul fillers, modifier letters, line
// breaks), forwards or reversed; or the slice in one of the encodings already covered (hex,
// %-escapes, HTML and JSON escapes, base64). The channels: GitHub's 400 and 401 messages,
// Bitbucket's error, CodeBuild's ImportSourceCredentials error, and a proxy's 407 status
// text. Every run is held to expectSealedRun (no 12-character run of any secret's
// skeleton in any output, no injected command, the deadline, 200 MB).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { useEmulator } from '../support/emulated.js';
import { FRONTS } from '../support/front-run.js';
import { FEW, adversaryRun, expectSealedRun } from '../support/adversary.js';
import { ALNUM, disguise, githubToken } from '../support/disguise.js';

const emu = useEmulator();
const BB = 'ATCTT3xF' + 'AdvD1sgu1s3dBbT0kenQwErTyUi0p2468';

const CHANNELS = [
  'github 400',
  'github 401',
  'bitbucket',
  'codebuild import',
  'proxy 407',
] as const;

/**
 * A hostile proxy: it answers every plain-http request 407, its status text the given
 * disguise of its own password (which the client sent it in the proxy URL).
 */
let proxy: Server;
let proxyPort = 0;
let statusText = '';
beforeAll(async () => {
  proxy = createServer((socket: Socket) => {
    socket.on('error', () => {});
    socket.once('data', () =>
      socket.end(
        Buffer.concat([
          Buffer.from('HTTP/1.1 407 '),
          Buffer.from(statusText.replace(/[\r\n]/g, ' ')),
          Buffer.from(
            '\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
          ),
        ]),
      ),
    );
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

describe.each(FRONTS)('%s bundle: a secret quoted back in a generated disguise', (front) => {
  test('is never shown: no 12-character run of its skeleton in any output', async () => {
    await fc.assert(
      fc.asyncProperty(
        githubToken,
        fc.constantFrom(...CHANNELS),
        disguise,
        fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 20, maxLength: 32 }),
        async (token, channel, quote, password) => {
          const e = emu.get();
          e.reset();
          const inputs: Record<string, string> = { 'server-type': 'github', token };
          const env: Record<string, string> = {};
          const secrets = [token];
          if (channel === 'github 400' || channel === 'github 401') {
            e.github.addToken(token, { scopes: ['repo'] });
            const status = channel === 'github 400' ? 400 : 401;
            e.faults.add({ service: 'github', kind: 'echo', status, disguise: quote });
          } else if (channel === 'bitbucket') {
            e.bitbucket.addToken(BB, { kind: 'access-token', scopes: ['repository'] });
            e.faults.add({ service: 'bitbucket', kind: 'echo', disguise: quote });
            Object.assign(inputs, { 'server-type': 'bitbucket', token: BB });
            secrets.splice(0, 1, BB);
          } else if (channel === 'codebuild import') {
            e.github.addToken(token, { scopes: ['repo', 'admin:repo_hook'] });
            e.faults.add({
              service: 'codebuild',
              operation: 'ImportSourceCredentials',
              kind: 'echo',
              disguise: quote,
            });
          } else {
            // The proxy quotes its own password: plain http through it is sent for
            // `localhost.` (not loopback to NO_PROXY), which it answers 407.
            e.github.addToken(token, { scopes: ['repo'] });
            statusText = `Proxy Authentication Required for ${quote(password)}`;
            inputs['github-api-url'] = `http://localhost.:${new URL(e.url).port}/github`;
            env.HTTP_PROXY = `http://builder:${password}@127.0.0.1:${proxyPort}`;
            secrets.push(password);
          }
          const r = await adversaryRun(e, front, inputs, { env });
          expectSealedRun(r, secrets);
          // The quote was made: the echo answered, or the proxy refused.
          if (channel === 'proxy 407') expect(r.everything).toContain('407');
          else expect(e.requests.some((q) => q.fault === 'echo')).toBe(true);
        },
      ),
      FEW(8),
    );
  }, 240_000);
});
