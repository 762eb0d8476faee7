// AWS calls through a proxy that never answers (issue 25, the lows and point 13): each attempt
// ends at its own limit (connecting, then being answered), never at the run's deadline, and
// the SDK repeats it. No run deadline exists here at all: were the per-attempt limits gone,
// the call would wait for ever and Jest's timeout would fail the test.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CodeBuildClient, ListSourceCredentialsCommand } from '@aws-sdk/client-codebuild';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { awsRequestHandler } from '../../src/core/aws/http.js';
import { routingAgents } from '../../src/core/wire/proxy-agents.js';
import { proxySettings } from '../../src/core/wire/proxy.js';
import { networkFailure } from '../../src/core/wire/network-errors.js';

let silent: Server;
let url = '';
const connects: string[] = [];
const sockets: Socket[] = [];
let answerConnect = false;

beforeAll(async () => {
  silent = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.once('data', (head) => {
      connects.push(head.toString('latin1').split('\r\n')[0]!);
      if (answerConnect) socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe('an AWS call through a silent proxy', () => {
  test.each([
    ['never answers CONNECT', false, 'connect-timeout'],
    ['answers CONNECT 200, then nothing', true, 'timeout'],
  ])(
    'that %s: each attempt ends at its limit, and is repeated',
    async (_, answer, kind) => {
      answerConnect = answer;
      connects.splice(0);
      const agents = routingAgents(proxySettings({ HTTPS_PROXY: url })!);
      const client = new CodeBuildClient({
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret-at-all' },
        maxAttempts: 2,
        requestHandler: awsRequestHandler(
          { connectTimeoutMs: 300, callTimeoutMs: 700 },
          'CodeBuild',
          agents,
        ),
      });
      try {
        const error = await client
          .send(new ListSourceCredentialsCommand({}))
          .catch((e: unknown) => e);
        expect(networkFailure(error)?.kind).toBe(kind);
        expect((error as Error).message).toMatch(
          answer ? /700 ms requestTimeout/ : /timeout of 300 ms/,
        );
        // Two attempts, each its own CONNECT.
        expect(connects).toEqual([
          'CONNECT codebuild.us-east-1.amazonaws.com:443 HTTP/1.1',
          'CONNECT codebuild.us-east-1.amazonaws.com:443 HTTP/1.1',
        ]);
      } finally {
        client.destroy();
        agents.httpAgent.destroy();
        agents.httpsAgent.destroy();
      }
    },
    20_000,
  );
});
