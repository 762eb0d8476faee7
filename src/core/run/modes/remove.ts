// delete: the credential of the server type removed from every target.
import { AwsCallError } from '../../aws/codebuild.js';
import { describeTargets, perTarget, type RunContext } from '../targets.js';

export async function remove(ctx: RunContext): Promise<void> {
  const { config } = ctx;
  ctx.deps.logger.info(
    `${config.dryRun ? 'Planning deletion' : 'Deleting'} in ${describeTargets(ctx)}...`,
  );
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
