// The one typed Config, read from the options table: each concern has its reader (readers.ts,
// read-regions.ts, read-fleet.ts) over one OptionReader that collects every problem; then the
// checks across options (checks.ts); then one refusal naming them all.
import { ConfigError, OPTIONS, type OptionKey } from '../base/index.js';
import { crossFieldProblems } from './checks.js';
import { readFleet } from './read-fleet.js';
import { readRegions, readRoles, resolvePartition } from './read-regions.js';
import { OptionReader } from './reader.js';
import {
  readCredential,
  readNames,
  readRepositories,
  readServer,
  readSwitches,
} from './readers.js';
import type { OptionSource } from './source.js';
import type { Config } from './types.js';

export type { AccountsSource, Config } from './types.js';
export { envSource, type OptionSource, type OptionValue } from './source.js';

/** Builds the Config, collecting every problem before failing, and makes no network call. */
export function buildConfig(source: OptionSource): Config {
  const r = new OptionReader(source);
  readNames(r);
  const server = readServer(r);
  const { token, form } = readCredential(r, server.mode);
  const allowUnknownRegions = r.bool('allowUnknownRegions');
  const regions = readRegions(r, server.mode, allowUnknownRegions);
  const repositories = readRepositories(r);
  const rolesToAssume = readRoles(r, regions);
  const partition = resolvePartition(r, regions, rolesToAssume);
  const fleet = readFleet(r, rolesToAssume);
  const config: Config = {
    platform: source.platform,
    ...server,
    token,
    regions: regions.regions,
    allRegions: regions.allRegions,
    partition,
    repositories,
    rolesToAssume,
    ...fleet,
    ...readSwitches(r),
    allowUnknownRegions,
    warnings: r.warnings,
    names: Object.fromEntries(OPTIONS.map((o) => [o.key, source.label(o)])) as Record<
      OptionKey,
      string
    >,
  };
  crossFieldProblems(config, r, {
    explicitAuthType: Boolean(r.raw('authType')),
    explicitServerType: Boolean(r.given('serverType')),
    form,
  });
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}
