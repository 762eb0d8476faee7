// delete: the credential of the server type removed from every target.
import { AwsCallError } from '../../aws/index.js';
import type { Config } from '../../config/index.js';
import { perTarget, type RunContext } from '../targets.js';

/**
 * The run's first line: what will be deleted, and where, before any call (the accounts and
 * regions an organization or `all` stands for are found afterwards, and listed per region).
 */
export function deletePlan(config: Config): string {
  const type = config.serverType.toLowerCase().replace(/_/g, '-');
  const regions = config.allRegions
    ? 'every region the account has enabled'
    : `${config.regions.length === 1 ? 'region' : 'regions'} ${config.regions.join(', ')}`;
  const accounts = config.accounts
    ? config.accounts.kind === 'ids'
      ? ` of accounts ${config.accounts.ids.join(', ')}`
      : config.accounts.kind === 'ou'
        ? ` of every account in ${config.accounts.ou}`
        : ' of every account in the organization'
    : config.rolesToAssume.length
      ? ` of the account${config.rolesToAssume.length === 1 ? '' : 's'} of ${config.rolesToAssume.join(', ')}`
      : '';
  const verb = config.dryRun ? 'Dry run: would delete' : 'Deleting';
  return `${verb} CodeBuild's ${type} source credential (${config.names.serverType} ${type}) in ${regions}${accounts}.`;
}

export async function remove(ctx: RunContext): Promise<void> {
  const { config } = ctx;
  await perTarget(ctx, async (client) => {
    const held = (await client.list(config.serverType))[0];
    if (!held)
      return {
        action: 'nothing-to-delete',
        status: 'ok',
        detail: `holds no ${config.serverType} credential`,
      };
    if (config.dryRun)
      return {
        action: 'would-delete',
        status: 'ok',
        arn: held.arn,
        authType: held.authType,
        detail: `would delete the ${held.authType} credential`,
      };
    try {
      await client.delete(held.arn);
    } catch (error) {
      if (error instanceof AwsCallError && error.code === 'ResourceNotFoundException') {
        return {
          action: 'nothing-to-delete',
          status: 'ok',
          detail: 'the credential was already gone',
        };
      }
      throw error;
    }
    return {
      action: 'deleted',
      status: 'ok',
      arn: held.arn,
      authType: held.authType,
      detail: `deleted the ${held.authType} credential`,
    };
  });
}
