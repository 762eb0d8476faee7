// `npm run demo`: a real sync and drift check, through the shipped pipe bundle,
// against the built-in emulator of CodeBuild and GitHub. Nothing leaves this machine.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/index.js';
import { node24Path } from './node24.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = node24Path();
const emulator = await startEmulator();
const token = 'ghp_' + 'DemoDemoDemoDemoDemoDemoDemoDemo1234';
emulator.github.addToken(token, {
  scopes: ['repo', 'workflow'],
  login: 'demo-user',
  // Far from expiry: the demo shows a clean sync and check, then the drift it plants.
  expiresAt: new Date(Date.now() + 90 * 24 * 3600 * 1000),
});

/** Runs the shipped pipe bundle as a child process (async: the emulator lives in this process). */
function step(title: string, env: Record<string, string>): Promise<number> {
  console.log(`\n\x1b[1m$ ${title}\x1b[0m`);
  const child = spawn(node, [join(root, 'dist', 'pipe', 'index.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      ...emulator.env,
      SERVER_TYPE: 'github',
      TOKEN: token,
      AWS_DEFAULT_REGION: 'us-east-1,eu-west-1',
      ...env,
    },
    stdio: 'inherit',
  });
  return new Promise((resolve) =>
    child.on('close', (code) => {
      console.log(`(exit code ${code})`);
      resolve(code ?? 1);
    }),
  );
}

try {
  console.log(`Emulator listening on ${emulator.url} (CodeBuild, GitHub, Bitbucket, STS).`);
  const codes = [
    await step('sync: validate the token, import it into us-east-1 and eu-west-1', {
      MODE: 'sync',
    }),
    await step('check: everything in place', { MODE: 'check' }),
  ];
  codes.push(
    await step('delete in eu-west-1 only (as someone cleaning up by hand would)', {
      MODE: 'delete',
      AWS_DEFAULT_REGION: 'eu-west-1',
    }),
  );
  codes.push(await step('check: drift is found before a build finds it', { MODE: 'check' }));

  const writes = emulator.writeCalls().map((w) => `${w.operation} ${w.region} -> HTTP ${w.status}`);
  console.log(`\nCodeBuild write calls the emulator saw:\n  ${writes.join('\n  ')}`);
  const expected = [0, 0, 0, 3];
  const ok = codes.every((code, i) => code === expected[i]);
  console.log(
    ok
      ? '\nDemo finished as expected: sync 0, check 0, delete 0, check with drift 3.'
      : `\nUnexpected exit codes: ${codes.join(', ')}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await emulator.stop();
}
