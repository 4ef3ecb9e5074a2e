import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { loadProcessFor } from '../processes/process.access.ts';
import { can, type ProcessAction } from '../processes/process.policy.ts';
import type { ProcessRow } from '../processes/process.table.ts';

/** What every assessment page needs of its process: the row, what the actor may do, the frame. */
export interface ProcessContext {
  process: ProcessRow;
  canEdit: boolean;
  frame: { id: string; title: string; countryName: string; areaName: string | null };
}

/**
 * Loads the process first (404 when missing or not visible to the actor, or when the actor may
 * not do `action`), then the names its frame shows.
 */
export async function processContext(
  db: Db,
  actor: Actor,
  processId: string,
  action: ProcessAction,
  i18n: Translator,
): Promise<ProcessContext> {
  const { process, role } = await loadProcessFor(db.kysely, actor, processId, action);
  const [country, area] = await Promise.all([
    db.kysely
      .selectFrom('countries')
      .select(['alpha2', 'name_en'])
      .where('alpha3', '=', process.country_alpha3)
      .executeTakeFirst(),
    process.area_id
      ? db.kysely.selectFrom('areas').select('name').where('id', '=', process.area_id).executeTakeFirst()
      : undefined,
  ]);
  return {
    process,
    canEdit: can(actor, 'edit', process, role),
    frame: {
      id: process.id,
      title: process.title,
      countryName:
        (country && i18n.countryName(country.alpha2)) ?? country?.name_en ?? process.country_alpha3,
      areaName: area?.name ?? null,
    },
  };
}
