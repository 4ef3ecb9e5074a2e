import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { Access } from './organisation-access.ts';
import { canUpdateProgramme } from './programme.policy.ts';
import { type Programme, presentProgramme } from './programme.presenter.ts';
import { findProgramme, loadParts } from './programme.repository.ts';

/** A programme with its lists, as the actor may see it; undefined when there is none. */
export async function getProgramme(
  db: Db,
  id: string,
  i18n: Translator,
  access: Access,
): Promise<Programme | undefined> {
  const row = await findProgramme(db.kysely, id);
  if (!row) return undefined;
  const parts = await loadParts(db.kysely, [id]);
  const leads = [
    row.lead_organisation_id,
    ...parts.participants.filter((p) => p.role === 'lead').map((p) => p.organisation_id),
  ];
  return presentProgramme(row, parts, i18n, { update: canUpdateProgramme(access, leads) });
}
