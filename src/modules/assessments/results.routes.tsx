import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { scoreBarChart } from '../../charts/index.ts';
import { problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { GapActionCreator, ModuleManifest } from '../../module-kit/manifest.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParams } from '../../web/params.ts';
import { loadProcessSpace } from '../processes/index.ts';
import { AREAS, ITEMS, roundSheets } from './assessment.export.ts';
import { listAssessments } from './assessment.repository.ts';
import { type Comparison, type RoundResult, roundResult } from './assessment.results.ts';
import { assessmentItemParams, assessmentParams } from './assessment.schema.ts';
import { turnGapIntoAction } from './assessment.service.ts';
import { ComparePage } from './compare.views.tsx';
import { ResultsPage } from './results.views.tsx';
import { loadComparison, loadRound } from './round.loader.ts';

/** The module that turns gaps into actions, when one is installed. */
export function gapActionCreator(manifests: readonly ModuleManifest[]): GapActionCreator | undefined {
  return manifests.find((m) => m.process?.createActionFromGap)?.process?.createActionFromGap;
}

export function chartOf(result: RoundResult, round: number, i18n: Translator): string {
  return scoreBarChart({
    bars: result.areas.map((a) => ({ label: a.label, value: a.score })),
    title: i18n.t('assessment.chart.title', { round }),
    noValue: i18n.t('assessment.chart.noValue'),
    axisLabel: i18n.t('assessment.chart.axis'),
    rtl: i18n.dir === 'rtl',
  });
}

const compareQuery = z.object({
  from: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  to: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** Result pages, downloads, gaps into actions, and the comparison of rounds. */
export function resultRoutes(app: App, { db, manifests }: AppDeps): void {
  const creator = gapActionCreator(manifests);

  app.get(
    '/processes/:id/assessments/:assessmentId/results',
    { config: { policy: 'public' }, schema: { params: assessmentParams } },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'view');
      const result = roundResult(round.items);
      const rounds = await listAssessments(db.kysely, id);
      return reply.page(
        <ResultsPage
          context={round.context}
          assessment={{
            id: round.assessment.id,
            round: round.assessment.round,
            createdAt: round.assessment.created_at,
            updatedAt: round.assessment.updated_at,
          }}
          result={result}
          chart={chartOf(result, round.assessment.round, request.i18n)}
          earlier={rounds.map((r) => r.round).filter((r) => r < round.assessment.round)}
          canMakeActions={creator !== undefined && round.context.may.edit}
        />,
      );
    },
  );

  // The round's items (results.csv), its area results (areas.csv, the chart's data), or both (.xlsx).
  for (const [file, format, csvSheet] of [
    ['results', 'csv', ITEMS],
    ['areas', 'csv', AREAS],
    ['results', 'xlsx', ITEMS],
  ] as const)
    app.get(
      `/processes/:id/assessments/:assessmentId/${file}.${format}`,
      { config: { policy: 'public' }, schema: { params: assessmentParams } },
      async (request, reply) => {
        const { id, assessmentId } = request.params;
        const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'view');
        const number = round.assessment.round;
        return sendTable(reply, {
          filename: `assessment-round-${number}${file === 'areas' ? '-areas' : ''}`,
          format,
          sheets: roundSheets(number, round.items, roundResult(round.items), request.i18n),
          csvSheet,
          rtl: request.i18n.dir === 'rtl',
        });
      },
    );

  app.post(
    '/processes/:id/assessments/:assessmentId/gaps/:itemId/action',
    { config: { policy: 'signed-in' }, schema: { params: assessmentItemParams } },
    async (request, reply) => {
      const { id, assessmentId, itemId } = request.params;
      await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      if (!creator) throw notFound();
      const result = await turnGapIntoAction(
        db,
        creator,
        { processId: id, assessmentId, scoreId: itemId },
        actorId(request.actor),
        request.i18n,
      );
      const back = `/processes/${id}/assessments/${assessmentId}/results#gap-${itemId}`;
      if (result.ok) return reply.seeOther(back, { kind: 'success', key: 'assessment.flash.actionCreated' });
      if (result.kind === 'not-found') throw notFound();
      // Not a gap, or already an action: the refusal says which.
      const why = problemsOf(result)._form;
      return reply.seeOther(back, { kind: 'warning', key: why?.key ?? 'assessment.flash.notAGap' });
    },
  );

  app.get(
    '/processes/:id/assessments/compare',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const context = await loadProcessSpace(db.kysely, request.actor, id, 'view', request.i18n);
      const rounds = (await listAssessments(db.kysely, id)).map((r) => r.round);
      const query = compareQuery.parse(request.query ?? {});
      const from = query.from ?? rounds[1] ?? null;
      const to = query.to ?? rounds[0] ?? null;
      let error: string | undefined;
      let comparison: Comparison | null = null;
      if (from !== null && to !== null && rounds.length >= 2) {
        const compared = await loadComparison(db, id, from, to, request.i18n);
        if (compared.ok) comparison = compared.comparison;
        else error = request.i18n.t(compared.problemKey);
      }
      return reply.page(
        <ComparePage
          context={context}
          rounds={rounds}
          from={from}
          to={to}
          comparison={comparison}
          error={error}
        />,
        error ? 422 : 200,
      );
    },
  );
}
