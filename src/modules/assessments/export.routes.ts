import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { processParams } from '../../web/params.ts';
import { loadProcessAccess } from '../processes/index.ts';
import { type ExportRound, ITEMS, roundsSheets } from './assessment.export.ts';
import { presentItem } from './assessment.presenter.ts';
import { itemScores, listAssessments } from './assessment.repository.ts';
import { roundResult } from './assessment.results.ts';

/**
 * Downloads of every round of a process at once, as CSV (one row per question and round) and as
 * a workbook (the score per sector of each round, and every question), with the page's permissions.
 */
export function assessmentExportRoutes(app: App, { db }: AppDeps): void {
  for (const format of ['csv', 'xlsx'] as const)
    app.get(
      `/processes/:id/assessments/export.${format}`,
      { config: { policy: 'public' }, schema: { params: processParams } },
      async (request, reply) => {
        const { id } = request.params;
        const context = await loadProcessAccess(db.kysely, request.actor, id, 'view');
        const assessments = (await listAssessments(db.kysely, context.process.id)).reverse();
        const items = (
          await itemScores(
            db.kysely,
            assessments.map((a) => a.id),
          )
        ).map((row) => presentItem(row, request.i18n));
        const rounds: ExportRound[] = assessments.map((a) => {
          const own = items.filter((i) => i.assessmentId === a.id);
          return { round: a.round, items: own, result: roundResult(own) };
        });
        return sendTable(reply, {
          filename: `assessments-${context.process.id}`,
          format,
          sheets: roundsSheets(rounds, request.i18n),
          csvSheet: ITEMS,
          rtl: request.i18n.dir === 'rtl',
        });
      },
    );
}
