import type { OptionSource } from '../core/config.js';

/** The part of @actions/core the input source needs. */
export interface InputReader {
  getInput(name: string): string;
}

/** Action inputs (INPUT_<NAME>) as an OptionSource; labels read `input 'server-type'`. */
export function inputSource(core: InputReader, env: NodeJS.ProcessEnv): OptionSource {
  return {
    platform: 'action',
    read(option) {
      const value = core.getInput(option.input).trim();
      if (value) return value;
      for (const name of option.actionEnvFallback ?? []) {
        const fallback = env[name]?.trim();
        if (fallback) return fallback;
      }
      return undefined;
    },
    label: (option) => `input '${option.input}'`,
  };
}
