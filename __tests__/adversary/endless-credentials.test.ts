// Red-team finding: the AWS SDK fetches a container's credentials (and the instance
// metadata) with clients of its own, which take no request handler of ours and read the
// whole answer. A credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI) that answers
// 200 with an endless body filled memory: 377 MB in a 10 s run of 8b35e3c's pipe bundle,
// growing until the deadline. Every node:http answer of the process is now held to 2 MiB
// (wire/answer-cap.ts). Through both shipped bundles under Node 24: the run fails naming
// the answer, the endpoint could hand over only a bounded amount, nothing is imported.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { expectNoSecretIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'EndL3ssCr3dsQ9wXz7KpRt2VbNm4JhGfDs';

let server: Server;
let endpoint = '';
/** Bytes the endpoint got to write: what the client read, plus the sockets' buffers. */
let sent = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.write('{"AccessKeyId":"');
    const pump = () => {
      while (!res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) break;
      }
    };
    res.on('drain', pump);
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/credentials`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe.each(FRONTS)('%s bundle: an endless container credentials answer', (front) => {
  test('is abandoned at 2 MiB, named, and nothing is imported', async () => {
    sent = 0;
    emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'timeout-seconds': '20' },
      {
        env: {
          AWS_ACCESS_KEY_ID: undefined,
          AWS_SECRET_ACCESS_KEY: undefined,
          AWS_CONTAINER_CREDENTIALS_FULL_URI: endpoint,
        },
      },
    );
    expect(r.code).toBe(1);
    expect(r.everything).toContain('127.0.0.1 answered with more than 2 MiB');
    // Not the deadline: the answer was abandoned, not waited out.
    expect(r.everything).not.toContain('timed out after 20 s');
    // Before: hundreds of MB went into the process; now the cap, plus the sockets' buffers.
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    expect(emu.get().codebuild.credentials('us-east-1')).toEqual([]);
    expectNoSecretIn({ everything: r.everything }, [GH]);
  });
});
