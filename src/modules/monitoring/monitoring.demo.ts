import { now } from '../../db/ids.ts';
import type { DemoContext } from '../../module-kit/demo-context.ts';

const PILOTS = ['process:bgd', 'process:jam', 'process:mda', 'process:tun'];

/**
 * The seed gives no actions, indicators or figures for the pilot processes, so the demo invents
 * none: it only records the default roll-up (the plain average) for each pilot process that the
 * processes module's demo created, and skips any that is missing. Loading twice changes nothing.
 */
export async function monitoringDemo(context: DemoContext): Promise<void> {
  const db = context.db.kysely;
  for (const ref of PILOTS) {
    const processId = context.refs.get(ref);
    if (!processId) continue;
    await db
      .insertInto('monitoring_settings')
      .values({ process_id: processId, rollup: 'average', updated_by: context.actorId, updated_at: now() })
      .onConflict((oc) => oc.column('process_id').doNothing())
      .execute();
  }
}
