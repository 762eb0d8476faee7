// Issue 17, section 9: the emulator is a new user's first contact. Every command its banner
// suggests works as printed (run here, in order, on the shipped pipe bundle under Node 24),
// and a port that is taken gets one line naming it and how to choose another.
import { describe, expect, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, node24 } from '../support/run-bundle.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Starts `npm run emulator`'s script; resolves with its banner once it is complete. */
function startCli(args: string[]): { child: ChildProcess; banner: Promise<string> } {
  const child = spawn(TSX, ['emulator/cli.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const banner = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (/^# admin:.*$/m.test(out)) resolve(out);
    });
    child.on('close', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
  });
  return { child, banner };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('close', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('the emulator banner', () => {
  test('every command it suggests exits 0, in the order shown', async () => {
    const { child, banner } = startCli(['--port', '0']);
    try {
      const text = await banner;
      const exports = [...text.matchAll(/^export (\w+)=(.*)$/gm)].map(([, k, v]) => [k, v]);
      const commands = [...text.matchAll(/^#\s+(.*node dist\/pipe\/index\.js)$/gm)].map(
        (m) => m[1],
      );
      expect(commands.length).toBeGreaterThanOrEqual(4);
      expect(commands.some((c) => c.includes('github-enterprise'))).toBe(true);
      for (const command of commands) {
        // As a shell runs it after the exports, with the Node 24 that the tests use.
        const line = command.replace(/ node dist\//, ` ${node24()} dist/`);
        const r = spawnSync('bash', ['-c', line], {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', HOME: '/tmp', ...Object.fromEntries(exports) },
          encoding: 'utf8',
        });
        expect({ command, code: r.status, stderr: r.stderr }).toEqual({
          command,
          code: 0,
          stderr: '',
        });
      }
    } finally {
      await stop(child);
    }
  });

  test('a port that is taken: one line naming it and how to choose another, no stack', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const child = spawn(TSX, ['emulator/cli.ts', '--port', String(port)], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `# Port ${port} is already in use (another emulator?). Stop what holds it, or choose another port: npm run emulator -- --port ${port + 1} (or EMULATOR_PORT=${port + 1} npm run emulator).`,
      ]);
    } finally {
      holder.close();
    }
  });
});
