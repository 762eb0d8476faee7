import { readFileSync } from 'node:fs';

/** The fields of @actions/github's context copied into the report. */
export interface ActionContext {
  workflow?: string;
  runId?: number;
  runNumber?: number;
  actor?: string;
  serverUrl?: string;
  /** The REST API of the GitHub that runs the workflow (for the drift issue). */
  apiUrl?: string;
  readonly repo: { owner: string; repo: string };
}

/**
 * The workflow run's context, read from the variables the runner sets the way
 * `@actions/github`'s `context` reads them, without loading that package and the
 * Octokit it brings (a run that only syncs never needs them).
 */
export function runnerContext(env: NodeJS.ProcessEnv): ActionContext {
  return {
    workflow: env.GITHUB_WORKFLOW,
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
    runNumber: Number.parseInt(env.GITHUB_RUN_NUMBER ?? '', 10),
    actor: env.GITHUB_ACTOR,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    get repo() {
      if (env.GITHUB_REPOSITORY) {
        const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
        return { owner: owner!, repo: repo! };
      }
      const repository = eventPayload(env)?.repository;
      if (repository?.owner?.login && repository.name)
        return { owner: repository.owner.login, repo: repository.name };
      throw new Error(
        "context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'",
      );
    },
  };
}

function eventPayload(
  env: NodeJS.ProcessEnv,
): { repository?: { name?: string; owner?: { login?: string } } } | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
}
