// The floor under a one-region sync: what any Node program that validates a GitHub
// token and imports it with the AWS SDK must do, and nothing else. No configuration,
// no checks, no report: GET /user, then ImportSourceCredentials and
// ListSourceCredentials with @aws-sdk/client-codebuild from node_modules, with the
// same compile cache as the bundles. `npm run bench` runs it beside the pipe.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
const { request } = await import('node:http');
const { CodeBuildClient, ImportSourceCredentialsCommand, ListSourceCredentialsCommand } =
  await import('@aws-sdk/client-codebuild');

const status = await new Promise((resolve, reject) => {
  const req = request(`${process.env.GITHUB_API_URL}/user`, {
    headers: { authorization: `token ${process.env.TOKEN}`, 'user-agent': 'sdk-floor' },
  });
  req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode)));
  req.on('error', reject);
  req.end();
});
if (status !== 200) throw new Error(`GET /user: ${status}`);
const client = new CodeBuildClient({ region: process.env.AWS_DEFAULT_REGION });
await client.send(
  new ImportSourceCredentialsCommand({
    token: process.env.TOKEN,
    serverType: 'GITHUB',
    authType: 'PERSONAL_ACCESS_TOKEN',
    shouldOverwrite: true,
  }),
);
await client.send(new ListSourceCredentialsCommand({}));
process.exit(0);
