import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BundleResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The signal that ended the process, if one did. */
  signal?: NodeJS.Signals | null;
  /** From spawn to exit, in milliseconds. */
  ms: number;
}

/** The Node 24 binary the shipped bundles run on (see global-setup.ts). */
export function node24(): string {
  const path = process.env.NODE24;
  if (!path)
    throw new Error('NODE24 is not set: run the tests through jest (global-setup resolves it).');
  return path;
}

/**
 * Runs a shipped bundle (`dist/pipe/index.js` or `dist/action/index.js`) as a
 * child process under Node 24, with only the given environment (plus PATH and
 * HOME), the way the runner or the pipe container starts it.
 */
export function runBundle(
  bundle: 'pipe' | 'action',
  env: Record<string, string | undefined>,
  options: { cwd?: string; timeoutMs?: number; onStart?: (child: ChildProcess) => void } = {},
): Promise<BundleResult> {
  const cleanEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
  };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) cleanEnv[key] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [join(ROOT, 'dist', bundle, 'index.js')], {
      env: cleanEnv,
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = Date.now();
    options.onStart?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, signal, ms: Date.now() - started });
    });
  });
}

/**
 * The version a bundle run from this clone names: package.json's, and, for a build between
 * releases (X.Y.Z-dev), `+` the clone's commit (12 digits), read at run time.
 */
export function buildVersion(env: { GITHUB_ACTION_REF?: string } = {}): string {
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  if (/^\d+\.\d+\.\d+$/.test(version)) return version;
  const ref =
    env.GITHUB_ACTION_REF ??
    execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim().slice(0, 12);
  return `${version}+${ref}`;
}
