import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { OrganisationPanelProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { roleFromRow, visibleProcesses } from './process.access.ts';
import type { ProcessRole } from './process.table.ts';

/** Processes the reader may see that list the organisation, with the role it passes on. */
async function listedIn(db: Kysely<Database>, actor: Actor, organisationId: string) {
  const rows = await db
    .selectFrom('process_members')
    .innerJoin('processes', 'processes.id', 'process_members.process_id')
    .select(['processes.id', 'processes.title', 'process_members.role', 'process_members.organisation_id'])
    .where('process_members.organisation_id', '=', organisationId)
    .where(visibleProcesses(actor))
    .orderBy('processes.title')
    .orderBy('processes.id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, role: roleFromRow(r) }));
}

function Rights({ processes }: { processes: { id: string; title: string; role: ProcessRole }[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="organisation-process-roles">
      <h2 id="organisation-process-roles">{t('process.rights.title')}</h2>
      <p>{t('process.rights.lead')}</p>
      <ul>
        {processes.map((p) => (
          <li>
            <a href={`/processes/${p.id}`}>{p.title}</a>
            {' — '}
            {t(`process.rights.${p.role === 'observer' ? 'observer' : 'member'}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What belonging to an organisation gives in processes (decision 44), on its page and its members
 * page: every process (the reader may see) that lists it, and the role everyone in it gets there.
 */
export const processOrganisationRights: OrganisationPanelProvider = async (db, organisation, actor) => {
  const processes = await listedIn(db.kysely, actor, organisation.id);
  if (processes.length === 0) return null;
  return { order: 15, node: <Rights processes={processes} /> };
};
