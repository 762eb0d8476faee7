// Standalone emulator: npx tsx emulator/cli.ts [--port 4599] [--host 127.0.0.1]
// Seeds demo tokens, prints the exports that point the product at it and logs one
// line per request (never tokens or secrets).
import { startEmulator, type Emulator } from './index.js';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i !== -1) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

export const DEMO = {
  githubClassic: 'ghp_demo1zVjy50TjgFTZtE4BXyYE8KMAjGP7LYJN7',
  githubFineGrained: 'github_pat_demoLkkn6MhbB8KwxAaA_kM6GmDcyM5ca9Je',
  githubMissingScopes: 'ghp_demos3R0SXCiRGnUlWzVvMywIlzQqgbpqP0n',
  githubWorkflow: 'ghs_demoMugL4JlnGE1ZI1HalYwk9uk7zBhGLPn',
  githubEnterprise: 'ghp_demoWmH33meqmRYjh9bBjGfWtXc9EYI1VcX5',
  bitbucketAccessToken: 'ATCTTdemoM32qR3IPP8fpUeumHOjf8GtpSUbZ9v',
  bitbucketAppPassword: { username: 'demo-user', password: 'ATBBdemovsnG5Ug5PZuhoIYh3' },
  repository: 'demo-org/demo-repo',
  webIdentityRole: 'arn:aws:iam::123456789012:role/codebuild-credential-sync',
};

function seed(emu: Emulator): void {
  const in90Days = new Date(Date.now() + 90 * 24 * 3600 * 1000);
  emu.github.addToken(DEMO.githubClassic, {
    scopes: ['repo', 'admin:repo_hook'],
    expiresAt: in90Days,
    login: 'demo-user',
  });
  emu.github.addToken(DEMO.githubFineGrained, {
    login: 'demo-user',
    permissions: {
      contents: 'read',
      statuses: 'write',
      repository_hooks: 'write',
      pull_requests: 'read',
    },
    repositories: [DEMO.repository],
  });
  emu.github.addToken(DEMO.githubMissingScopes, { scopes: ['read:user'], login: 'demo-user' });
  emu.github.addToken(DEMO.githubWorkflow);
  emu.github.addToken(DEMO.githubEnterprise, {
    scopes: ['repo', 'admin:repo_hook'],
    expiresAt: in90Days,
    login: 'demo-user',
    enterprise: true,
  });
  emu.bitbucket.addToken(DEMO.bitbucketAccessToken, {
    kind: 'access-token',
    scopes: ['repository', 'pullrequest', 'webhook'],
    repositories: [DEMO.repository],
  });
  emu.bitbucket.addToken(DEMO.bitbucketAppPassword.password, {
    kind: 'app-password',
    username: DEMO.bitbucketAppPassword.username,
    scopes: ['repository', 'pullrequest', 'webhook', 'account'],
    repositories: [DEMO.repository],
  });
  emu.codeconnections.add({
    arn: `arn:aws:codeconnections:us-east-1:${emu.accountId}:connection/demo-bitbucket`,
    name: 'demo-bitbucket',
    status: 'AVAILABLE',
    providerType: 'Bitbucket',
  });
}

async function main(): Promise<void> {
  const port = Number(argValue('--port') ?? process.env.EMULATOR_PORT ?? 4599);
  const host = argValue('--host') ?? '127.0.0.1';
  const emu = await startEmulator({
    port,
    host,
    onRequest: (r) => {
      const where = r.region ? ` ${r.region}` : '';
      const who = r.accessKeyId
        ? ` key=${r.accessKeyId}`
        : r.authScheme
          ? ` auth=${r.authScheme}`
          : '';
      const fault = r.fault ? ` fault=${r.fault}` : '';
      console.log(`${r.at} ${r.service} ${r.operation}${where} -> ${r.status}${who}${fault}`);
    },
  });
  seed(emu);

  console.log(`# codebuild-credential-sync emulator listening on ${emu.url}`);
  console.log('# point the product at it:');
  for (const [key, value] of Object.entries(emu.env)) console.log(`export ${key}=${value}`);
  console.log('export AWS_DEFAULT_REGION=us-east-1');
  // Each command here is run by a test against this banner (__tests__/emulator-cli.test.ts).
  console.log('# then, from the repository, in this order (each exits 0):');
  console.log(`#   SERVER_TYPE=github TOKEN=${DEMO.githubClassic} node dist/pipe/index.js`);
  console.log(`#   TOKEN=${DEMO.bitbucketAccessToken} node dist/pipe/index.js`);
  console.log(
    `#   MODE=check SERVER_TYPE=github TOKEN=${DEMO.githubClassic} node dist/pipe/index.js`,
  );
  console.log(
    `#   SERVER_TYPE=github-enterprise GITHUB_API_URL=${emu.ghesUrl} TOKEN=${DEMO.githubEnterprise} node dist/pipe/index.js`,
  );
  console.log('# demo tokens:');
  console.log(`#   GitHub classic (repo, admin:repo_hook): ${DEMO.githubClassic}`);
  console.log(`#   GitHub fine-grained (${DEMO.repository}): ${DEMO.githubFineGrained}`);
  console.log(`#   GitHub classic without repo scope:      ${DEMO.githubMissingScopes}`);
  console.log(`#   GitHub workflow token (issues):         ${DEMO.githubWorkflow}`);
  console.log(`#   GitHub Enterprise Server (/ghes only):  ${DEMO.githubEnterprise}`);
  console.log(`#   Bitbucket access token:                 ${DEMO.bitbucketAccessToken}`);
  console.log(
    `#   Bitbucket app password (removed, 401):  ${DEMO.bitbucketAppPassword.username}:${DEMO.bitbucketAppPassword.password}`,
  );
  console.log(`#   Web identity role (any JWT accepted):   ${DEMO.webIdentityRole}`);
  console.log(`# admin: GET ${emu.url}/__emulator/state, GET ${emu.url}/__emulator/requests`);

  const shutdown = (signal: string) => {
    console.log(`# ${signal}: stopping`);
    emu.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE') {
    // One line, no stack: the port is the only thing to change.
    console.error(
      `# Port ${port} is already in use (another emulator?). Stop what holds it, or choose another port: npm run emulator -- --port ${(port ?? 4599) + 1} (or EMULATOR_PORT=${(port ?? 4599) + 1} npm run emulator).`,
    );
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
