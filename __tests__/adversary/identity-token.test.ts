// Red-team finding (issue 25, rule b): the web identity token the AWS SDK sends to STS
// (AWS_WEB_IDENTITY_TOKEN_FILE, or a profile's `web_identity_token_file`: runners on EKS,
// IRSA) was not a secret of the run: only keys and session tokens were. An STS that quotes
// the token back in its refusal ("Token eyJ… is not valid") had it printed whole by both
// shipped bundles, in the log, the `::error::` annotation, the job summary and the report
// file. Now the files the SDK reads for the run's identity (and the container endpoint's
// authorization token) are read once, before the first AWS call, into the run's secrets.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, runFront } from '../support/front-run.js';
import { expectNoFragmentIn } from '../support/secret-scan.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Id3nt1tyT0k3nT3stQwEr7TyUi2OpAs8Df4Lk9Zx';
// A JWT as an OIDC provider issues it (header.payload.signature).
const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJzdWIiOiJyZXBvOmFjbWUvaW5mcmEiLCJhdWQiOiJzdHMifQ.' +
  'Q2lnbmF0dXJlWmFuZG9tU3RyaW5nMTIzNDU2Nzg5MEFCQ0RFRg';
const ROLE = 'arn:aws:iam::123456789012:role/ci';

let sts: Server;
let stsUrl = '';
const dir = mkdtempSync(join(tmpdir(), 'identity-'));
const tokenFile = join(dir, 'token');
beforeAll(async () => {
  writeFileSync(tokenFile, `${JWT}\n`);
  // An STS that refuses AssumeRoleWithWebIdentity quoting the token it was given.
  sts = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const given = new URLSearchParams(body).get('WebIdentityToken') ?? '';
      res.writeHead(400, { 'content-type': 'text/xml' });
      res.end(
        `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>` +
          `<Code>InvalidIdentityToken</Code><Message>Token ${given} is not valid</Message></Error>` +
          `<RequestId>1</RequestId></ErrorResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => sts.listen(0, '127.0.0.1', resolve));
  stsUrl = `http://127.0.0.1:${(sts.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => sts.close(() => resolve())));

function profileConfig(): string {
  const file = join(dir, 'config');
  writeFileSync(
    file,
    `[profile ci]\nrole_arn = ${ROLE}\nweb_identity_token_file = ${tokenFile}\nregion = us-east-1\n`,
  );
  return file;
}

const SOURCES: Record<string, () => Record<string, string | undefined>> = {
  AWS_WEB_IDENTITY_TOKEN_FILE: () => ({
    AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
    AWS_ROLE_ARN: ROLE,
  }),
  "a profile's web_identity_token_file": () => ({
    AWS_CONFIG_FILE: profileConfig(),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    AWS_PROFILE: 'ci',
  }),
};

describe.each(FRONTS)('%s bundle: STS quoting the web identity token back', (front) => {
  test.each(Object.keys(SOURCES))('%s', async (source) => {
    emu.get().github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
    const r = await runFront(
      emu.get(),
      front,
      { 'server-type': 'github', token: GH, 'github-api-url': emu.get().env.GITHUB_API_URL! },
      {
        env: {
          AWS_ACCESS_KEY_ID: undefined,
          AWS_SECRET_ACCESS_KEY: undefined,
          AWS_ENDPOINT_URL_STS: stsUrl,
          ...SOURCES[source]!(),
        },
      },
    );
    // The refusal is still said, naming web identity; the token is hidden.
    expect(r.code).toBe(1);
    expect(r.everything).toContain('InvalidIdentityToken');
    expect(r.everything).toContain('***');
    expectNoFragmentIn(r.outputs, [JWT, GH]);
    expect(emu.get().writeCalls()).toEqual([]);
  });
});
