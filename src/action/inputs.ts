import { type OptionSource, type OptionValue, runnerFilesIn } from '../core/config/index.js';
import type { OptionSpec } from '../core/base/index.js';

/** The part of @actions/core the input source needs. */
export interface InputReader {
  getInput(name: string): string;
}

/** Action inputs (INPUT_<NAME>) as an OptionSource; labels read `input 'server-type'`. */
export function inputSource(core: InputReader, env: NodeJS.ProcessEnv): OptionSource {
  const sources = (option: OptionSpec) => {
    const found: OptionValue[] = [];
    const value = core.getInput(option.input).trim();
    if (value) found.push({ label: `input '${option.input}'`, value, explicit: true });
    for (const name of option.actionEnvFallback ?? []) {
      const fallback = env[name]?.trim();
      if (fallback) found.push({ label: `env ${name}`, value: fallback });
    }
    return found;
  };
  return {
    platform: 'action',
    read: (option) => sources(option)[0]?.value,
    sources,
    label: (option) => `input '${option.input}'`,
    // The runner sets INPUT_<NAME> for every `with:` key, declared or not (upper case, spaces as _).
    names: () =>
      Object.keys(env)
        .filter((name) => name.startsWith('INPUT_'))
        .map((name) => name.slice('INPUT_'.length).toLowerCase()),
    blank: (option) => {
      const value = env[`INPUT_${option.input.toUpperCase()}`];
      return value !== undefined && !value.trim();
    },
    runnerFiles: runnerFilesIn(env),
  };
}
