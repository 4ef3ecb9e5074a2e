import { listAudit, listAuditEntityTypes } from '../../audit/audit.repository.ts';
import { findUserByEmail } from '../../auth/user.repository.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { fieldErrors, formFields } from '../../web/form/index.ts';
import { auditQuery, listCursor } from './admin.schema.ts';
import { presentAuditEntry } from './audit.presenter.ts';
import { type AuditFilters, AuditPage, auditHref } from './audit.views.tsx';

const AUDIT_PAGE_SIZE = 50;

export function auditRoutes(app: App, { db }: AppDeps): void {
  app.get('/admin/audit', { config: { policy: 'admin' } }, async (request, reply) => {
    const { t } = request.i18n;
    const types = await listAuditEntityTypes(db.kysely);
    const parsed = auditQuery.safeParse(request.query);
    if (!parsed.success) {
      const raw = formFields(request.query);
      const errors = fieldErrors(parsed.error, request.i18n, {
        type: t('admin.audit.type'),
        actor: t('admin.audit.actor'),
        entity: t('admin.audit.which'),
        cursor: t('pagination.label'),
      });
      const filters: AuditFilters = { actor: raw.actor, type: types.find((x) => x === raw.type) };
      return reply.page(<AuditPage entries={[]} filters={filters} types={types} errors={errors} />, 400);
    }
    const filters: AuditFilters = {
      type: parsed.data.type,
      actor: parsed.data.actor,
      entity: parsed.data.entity,
    };
    // The actor filter takes an email address, or "system" for changes made by Corridor itself.
    let actorId: string | null | undefined;
    if (filters.actor) {
      if (filters.actor.toLowerCase() === 'system') actorId = null;
      else {
        const actor = await findUserByEmail(db.kysely, filters.actor);
        if (!actor) {
          return reply.page(<AuditPage entries={[]} filters={filters} types={types} actorUnknown />);
        }
        actorId = actor.id;
      }
    }
    const cursor = listCursor.read(parsed.data.cursor);
    const rows = await listAudit(db.kysely, {
      limit: AUDIT_PAGE_SIZE + 1,
      entityType: filters.type,
      entityId: filters.entity,
      actorId,
      cursor: cursor ? { at: cursor.key, id: cursor.id } : undefined,
    });
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const last = page.at(-1);
    const nextHref =
      rows.length > AUDIT_PAGE_SIZE && last
        ? auditHref(filters, listCursor.encode([last.at, last.id]))
        : undefined;
    return reply.page(
      <AuditPage
        entries={page.map(presentAuditEntry)}
        filters={filters}
        types={types}
        nextHref={nextHref}
        paged={cursor !== undefined}
      />,
    );
  });
}
