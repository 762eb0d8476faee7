import { parseProxyUrl, proxyUserInfoProblem } from '../wire/index.js';
import {
  didYouMeanOneOf,
  MODES,
  withoutRandomWords,
  typedRuns,
  OPTIONS,
  defaultIn,
  type Mode,
  type OptionKey,
  type OptionSpec,
  type Platform,
} from '../base/index.js';
import type { OptionSource, OptionValue } from './source.js';

/**
 * The items of a list option, separated by commas, spaces or newlines. A YAML or JSON list
 * written into the string (`- a` on each line, `[a, b]`, `["a", "b"]`) gives the same
 * items: its markers, brackets and quotes are never part of a value.
 */
export function listItems(text: string): string[] {
  return text
    .trim()
    .replace(/^\[([\s\S]*)\]$/, '$1')
    .split(/[\s,]+/)
    .map((item) => item.replace(/^(["'])(.*)\1$/, '$2'))
    .filter((item) => item !== '' && item !== '-');
}

const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];

/**
 * Reads options from one source by the table, with their defaults, and collects every problem
 * and warning on the way: the readers of each concern read through it, and `buildConfig`
 * refuses once at the end.
 */
export class OptionReader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  readonly platform: Platform;
  /** The mode as far as it can be told before it is checked: some defaults depend on it. */
  private readonly modeGuess: Mode;

  constructor(readonly source: OptionSource) {
    this.platform = source.platform;
    const mode = this.spec('mode');
    const text = source.read(mode) ?? defaultIn(mode, this.platform, 'sync') ?? 'sync';
    this.modeGuess = MODES.find((m) => m === text.toLowerCase()) ?? 'sync';
  }

  spec(key: OptionKey): OptionSpec {
    return OPTIONS.find((o) => o.key === key)!;
  }

  /** How this front door names the option: `DRY_RUN` or `input 'dry-run'`. */
  label(key: OptionKey): string {
    return this.source.label(this.spec(key));
  }

  /** How to set an option to a value in this front door: `SERVER_TYPE=github` / `server-type: github`. */
  set(key: OptionKey, value: string): string {
    const spec = this.spec(key);
    return this.platform === 'pipe' ? `${spec.env[0]}=${value}` : `${spec.input}: ${value}`;
  }

  /** The value the user gave, without a default. */
  given(key: OptionKey): string | undefined {
    return this.source.read(this.spec(key));
  }

  /** The value given, else the table's default for this platform and mode. */
  raw(key: OptionKey): string | undefined {
    return this.given(key) ?? defaultIn(this.spec(key), this.platform, this.modeGuess);
  }

  sources(key: OptionKey): OptionValue[] {
    return this.source.sources(this.spec(key));
  }

  blank(key: OptionKey): boolean {
    return this.source.blank(this.spec(key));
  }

  problem(text: string): void {
    this.problems.push(text);
  }

  /** A warning about the configuration: it shows no random-looking word the user wrote, as a refusal (ConfigError). */
  warn(text: string): void {
    this.typed ??= typedRuns([...this.source.names(), ...OPTIONS.map((o) => this.source.read(o))]);
    this.warnings.push(withoutRandomWords(text, this.typed));
  }

  private typed: ReadonlySet<string> | undefined;

  /** `read()` on the platforms the table gives the option; `off` on the others. */
  onPlatform<T>(key: OptionKey, read: () => T, off: T): T {
    const platforms = this.spec(key).platforms;
    return !platforms || platforms.includes(this.platform) ? read() : off;
  }

  oneOf<T extends string>(
    key: OptionKey,
    valid: readonly T[],
    canon: (v: string) => string,
    shown: readonly string[] = this.spec(key).values ?? valid,
  ): T {
    const value = this.raw(key) ?? '';
    const found = valid.find((v) => canon(v) === canon(value));
    if (!found) {
      this.problem(
        `${this.label(key)} must be one of ${shown.join(', ')}; got "${value}".${didYouMeanOneOf(value, shown)}`,
      );
    }
    return found ?? valid[0];
  }

  bool(key: OptionKey): boolean {
    const value = (this.raw(key) ?? '').toLowerCase();
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    this.problem(
      `${this.label(key)} must be true or false; got "${this.raw(key)}".${didYouMeanOneOf(value, ['true', 'false'])}`,
    );
    return false;
  }

  url(key: OptionKey): string {
    const value = this.raw(key) ?? '';
    if (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
      return value.replace(/\/+$/, '');
    this.problem(
      `${this.label(key)} must be an http(s) URL, e.g. ${this.spec(key).default}; got "${value}".`,
    );
    return value;
  }

  /** The items of a list, each once; a warning names the ones given twice. */
  list(key: OptionKey, text = this.raw(key), name = this.label(key)): string[] {
    const items = listItems(text ?? '');
    const unique = [...new Set(items)];
    if (unique.length < items.length) {
      const twice = unique.filter((item) => items.indexOf(item) !== items.lastIndexOf(item));
      this.warn(`${name} names ${twice.join(', ')} more than once; each is used once.`);
    }
    return unique;
  }

  days(key: OptionKey): number | undefined {
    const text = this.raw(key);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text))
      this.problem(`${this.label(key)} must be a whole number of days (0 or more); got "${text}".`);
    return Number(text);
  }

  seconds(key: OptionKey, min: number, max: number): number {
    const text = this.raw(key) ?? '';
    const value = Number(text);
    if (/^\d+$/.test(text) && value >= min && value <= max) return value;
    this.problem(
      `${this.label(key)} must be a whole number of seconds from ${min} to ${max}; got "${text}".`,
    );
    return Number(defaultIn(this.spec(key), this.platform, this.modeGuess));
  }

  proxyUrl(key: OptionKey): string | undefined {
    const text = this.raw(key);
    if (text && !parseProxyUrl(text)) {
      const why = proxyUserInfoProblem(text);
      this.problem(
        `${this.label(key)} must be a proxy URL such as http://proxy.example.com:3128 (http or https, with a host)${why ? `; ${why}` : ''}.`,
      );
    }
    return text;
  }
}
