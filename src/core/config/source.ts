import { runnerFilesIn } from './report-path.js';
import { shardOfParallelStep, type Shard } from './shard.js';
import type { OptionSpec, Platform } from '../base/index.js';

/** One place an option is set. */
export interface OptionValue {
  label: string;
  value: string;
  explicit?: boolean;
}

/** Where raw option values come from: the environment (pipe) or Action inputs. */
export interface OptionSource {
  platform: Platform;
  /** The raw value, or undefined when unset or empty: the first of sources(). */
  read(option: OptionSpec): string | undefined;
  /**
   * Every place that sets the option, in precedence order, each named as the user spells it.
   * `explicit`: written for this step (an Action input, a pipe list form), not a variable an
   * earlier step or the repository may have exported.
   */
  sources(option: OptionSpec): OptionValue[];
  /** How the user spells the option, for messages: `input 'dry-run'` or `DRY_RUN`. */
  label(option: OptionSpec): string;
  /** Every name the user set: pipe, every variable; Action, every input (from INPUT_*, lower case). */
  names(): string[];
  /** Whether the option is set, but to nothing (an empty or blank value). */
  blank(option: OptionSpec): boolean;
  /** The runner's files (GITHUB_OUTPUT, ...) by name, which the report file may not be. */
  runnerFiles?: Record<string, string>;
  /**
   * Whether a name that is nobody's was set on purpose, and is worth a warning: in a
   * Bitbucket step (its `variables:` plus the platform's) and in the Action (`with:`), yes;
   * in a workstation's shell, which holds dozens of other programs' variables, no.
   */
  strangersMatter?: boolean;
  /** The pipe's default `shard`: Bitbucket's parallel step, when the step is one. */
  parallelStep?: Shard;
}

/**
 * Reads pipe variables, in the option's precedence order (`readOrder`, else
 * `env`); a list may also come in Bitbucket's `X_COUNT`, `X_0`, ... form, which
 * wins over a plain `X` because the pipe's YAML set it.
 */
export function envSource(env: NodeJS.ProcessEnv, platform: Platform = 'pipe'): OptionSource {
  const sources = (option: OptionSpec) => {
    const found: OptionValue[] = [];
    for (const name of option.readOrder ?? option.env) {
      const items = option.kind === 'list' ? readListForm(env, name) : undefined;
      if (items) found.push({ label: `${name}_0..${name}_COUNT`, value: items, explicit: true });
      const value = env[name]?.trim();
      if (value) found.push({ label: name, value });
    }
    return found;
  };
  return {
    platform,
    read: (option) => sources(option)[0]?.value,
    sources,
    label: (option) => option.env[0],
    names: () => Object.keys(env),
    blank: (option) =>
      sources(option).length === 0 &&
      option.env.some((name) => env[name] !== undefined && !env[name]?.trim()),
    runnerFiles: runnerFilesIn(env),
    // Bitbucket Pipelines sets BITBUCKET_BUILD_NUMBER in every step (and passes it to pipes).
    strangersMatter: platform !== 'pipe' || Boolean(env.BITBUCKET_BUILD_NUMBER),
    ...(platform === 'pipe'
      ? {
          parallelStep: shardOfParallelStep(
            env.BITBUCKET_PARALLEL_STEP,
            env.BITBUCKET_PARALLEL_STEP_COUNT,
          ),
        }
      : {}),
  };
}

function readListForm(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const count = Number.parseInt(env[`${name}_COUNT`] ?? '', 10);
  if (!Number.isInteger(count) || count <= 0) return undefined;
  // The items present, in index order: a huge or wrong X_COUNT costs nothing.
  const item = new RegExp(`^${name}_(0|[1-9]\\d*)$`);
  const items = Object.entries(env)
    .map(([key, value]) => [Number(item.exec(key)?.[1] ?? NaN), value?.trim() ?? ''] as const)
    .filter(([index, value]) => index < count && value)
    .sort(([a], [b]) => a - b);
  return items.map(([, value]) => value).join(',') || undefined;
}
