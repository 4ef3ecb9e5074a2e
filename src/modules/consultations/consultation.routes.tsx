import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { parseParams } from '../../web/params.ts';
import { commentsTable } from './consultation.export.ts';
import { consultationDocuments, loadConsultationPage, loadConsultationSpace } from './consultation.loader.ts';
import { canEditConsultation } from './consultation.policy.ts';
import { listConsultationSummaries } from './consultation.presenter.ts';
import { consultationParams, processParams } from './consultation.schema.ts';
import { ConsultationListPage, ConsultationPage } from './consultation.views.tsx';

/** Reading consultations: a process's list, one consultation, and its comments as a table. */
export function consultationRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get('/processes/:id/consultations', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const ctx = await loadConsultationSpace(k, request.actor, id, request.i18n);
    const consultations = await listConsultationSummaries(k, ctx.access, id);
    return reply.page(
      <ConsultationListPage
        heading={ctx.heading}
        consultations={consultations}
        canCreate={canEditConsultation(ctx.access)}
      />,
    );
  });

  app.get('/processes/:id/consultations/:cid', { config: { policy: 'public' } }, async (request, reply) => {
    const { id, cid } = parseParams(consultationParams, request.params);
    const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
    return reply.page(
      <ConsultationPage
        heading={ctx.heading}
        consultation={ctx.consultation}
        documents={await consultationDocuments(k, ctx.consultation.id)}
        path={request.url}
      />,
    );
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/processes/:id/consultations/:cid/comments.${format}`,
      { config: { policy: 'public' } },
      async (request, reply) => {
        const { id, cid } = parseParams(consultationParams, request.params);
        const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
        return sendTable(reply, {
          filename: `consultation-${cid}-comments`,
          format,
          sheets: [sheetOf(commentsTable(ctx.consultation, request.i18n))],
          rtl: request.i18n.dir === 'rtl',
        });
      },
    );
  }
}
