import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { loadReport } from './report.data.ts';
import { ReportPage } from './report.views.tsx';
import { renderReportPdf } from './report-pdf.ts';

const params = z.object({ id: z.string().min(1).max(40) });

export function reportRoutes(app: App, { db, manifests }: AppDeps): void {
  app.get('/processes/:id/report', { config: { policy: 'public' } }, async (request, reply) => {
    const parsed = params.safeParse(request.params);
    if (!parsed.success) throw notFound();
    const report = await loadReport(db, manifests, request.actor, parsed.data.id, request.i18n);
    return reply.page(<ReportPage report={report} />);
  });

  app.get('/processes/:id/report.pdf', { config: { policy: 'public' } }, async (request, reply) => {
    const parsed = params.safeParse(request.params);
    if (!parsed.success) throw notFound();
    const report = await loadReport(db, manifests, request.actor, parsed.data.id, request.i18n);
    const pdf = renderReportPdf(report, request.i18n);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="process-${parsed.data.id}-report.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
