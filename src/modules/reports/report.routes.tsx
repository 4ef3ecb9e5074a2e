import type { App, AppDeps } from '../../web/app-types.ts';
import { parseParams, processParams } from '../../web/params.ts';
import { loadReport } from './report.data.ts';
import { ReportPage } from './report.views.tsx';
import { renderReportPdf } from './report-pdf.ts';

/** The process report: a printable page and its PDF, for whoever may view the process (404 otherwise). */
export function reportRoutes(app: App, { db, manifests }: AppDeps): void {
  app.get('/processes/:id/report', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const report = await loadReport(db, manifests, request.actor, id, request.i18n);
    return reply.page(<ReportPage report={report} />);
  });

  app.get('/processes/:id/report.pdf', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const report = await loadReport(db, manifests, request.actor, id, request.i18n);
    const pdf = renderReportPdf(report, request.i18n);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="process-${id}-report.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
