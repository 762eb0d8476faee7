// inventory: who holds what, in every target, and the projects that use each; no token.
import {
  describeTargets,
  perTarget,
  projectInspector,
  placeOf,
  type RunContext,
} from '../targets.js';
import { loadProjects } from '../../aws/index.js';

/** Who holds what: the source credentials of every target and the projects that use each. No token. */
export async function inventory(ctx: RunContext): Promise<void> {
  const { config, report } = ctx;
  if (ctx.targets.length)
    ctx.deps.logger.info(`Taking the inventory of ${describeTargets(ctx)}...`);
  const inspection = await projectInspector(
    ctx,
    undefined,
    'not checked: inventory reads nothing from the provider',
  );
  const { inventoryRow } = inspection?.module ?? (await loadProjects());
  await perTarget(ctx, async (client, target) => {
    const held = await client.list();
    const inspected = inspection && (await inspection.inspect(client, target));
    const { row, warnings } = inventoryRow(held, inspected, config.serverTypes, placeOf(target));
    report.warnings.push(...warnings);
    return row;
  });
}
