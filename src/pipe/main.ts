import { enableCompileCache } from 'node:module';
import { buildConfig, envSource, type Config } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import { Secrets } from '../core/secrets.js';

export interface PipeIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The pipe and CLI: pipe variables in, ✔/✖ lines and the report out, the exit code as the result. */
export async function runPipe(io: PipeIo): Promise<number> {
  const { env } = io;
  // Register secrets before anything can print.
  const secrets = new Secrets();
  // A connection or secret ARN (CODECONNECTIONS, SECRETS_MANAGER) is not secret; anything else is.
  if (!/^arn:/.test(env.TOKEN?.trim() ?? '')) secrets.addCredential(env.TOKEN, env.USERNAME);
  secrets.add(env.BITBUCKET_STEP_OIDC_TOKEN);
  secrets.add(env.AWS_SECRET_ACCESS_KEY);
  secrets.add(env.AWS_SESSION_TOKEN);

  let config: Config;
  try {
    config = buildConfig(envSource(env));
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${secrets.redact(`✖ ${error.message}`)}\n`);
      return 2;
    }
    throw error;
  }
  // Only a valid configuration loads the run (clients, providers, reports): a mistake
  // costs little more than starting Node (docs/performance.md). V8 keeps the code it
  // compiles for the run in a cache directory (NODE_COMPILE_CACHE, else the OS temp
  // directory), so that later runs on the machine skip parsing it; a mistake never
  // touches the cache, which would cost it more than it saves.
  enableCompileCache?.();
  const { runConfigured } = await import('./run.js');
  return runConfigured(config, secrets, io);
}
