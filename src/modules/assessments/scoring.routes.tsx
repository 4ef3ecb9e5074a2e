import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/form/index.ts';
import { scoreVersions } from './assessment.repository.ts';
import {
  assessmentItemParams,
  assessmentParams,
  itemScoreInput,
  itemScoreProblems,
  versionField,
} from './assessment.schema.ts';
import { saveItem } from './assessment.service.ts';
import { registerLiveScript } from './live-script.ts';
import { type LoadedRound, loadRound, pickSection } from './round.loader.ts';
import { itemErrors, sentValues } from './scoring.form.ts';
import { type PendingItem, ScoringPage } from './scoring.views.tsx';

/** The scoring page of a round (one section at a time) and the save of one item. */
export function scoringRoutes(app: App, { db }: AppDeps): void {
  const liveScript = registerLiveScript(app);

  function scoringPage(round: LoadedRound, section: unknown, pending: Map<string, PendingItem>) {
    const active = pickSection(round, section);
    return (
      <ScoringPage
        context={round.context}
        assessment={{
          id: round.assessment.id,
          round: round.assessment.round,
          createdAt: round.assessment.created_at,
        }}
        sections={round.sections}
        active={active}
        items={round.items.filter((i) => i.versionId === active.versionId)}
        pending={pending}
        liveScript={liveScript}
      />
    );
  }

  app.get(
    '/processes/:id/assessments/:assessmentId',
    { config: { policy: 'public' }, schema: { params: assessmentParams } },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'view');
      return reply.page(scoringPage(round, (request.query as Record<string, unknown>).section, new Map()));
    },
  );

  app.get(
    '/processes/:id/assessments/:assessmentId/versions.json',
    { config: { policy: 'public' }, schema: { params: assessmentParams } },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'view');
      const rows = await scoreVersions(db.kysely, round.assessment.id);
      return reply.header('cache-control', 'no-store').send({
        items: rows.map((r) => ({ id: r.id, version: Number(r.version), updatedBy: r.updated_by_name })),
      });
    },
  );

  app.post(
    '/processes/:id/assessments/:assessmentId/items/:itemId',
    { config: { policy: 'signed-in' }, schema: { params: assessmentItemParams } },
    async (request, reply) => {
      const { id, assessmentId, itemId } = request.params;
      const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      const item = round.items.find((i) => i.id === itemId);
      if (!item) throw notFound();
      const fields = formFields(request.body);
      const values = sentValues(fields);
      const version = versionField(fields.version);
      const again = async (pending: PendingItem, status: number) => {
        const fresh = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
        return reply.page(scoringPage(fresh, item.versionId, new Map([[itemId, pending]])), status);
      };
      const parsed = itemScoreInput.safeParse(values);
      if (!parsed.success)
        return again(
          {
            values,
            errors: itemErrors(itemScoreProblems(parsed.error), request.i18n),
            conflict: false,
            version,
          },
          422,
        );
      const result = await saveItem(
        db,
        { processId: id, assessmentId, scoreId: itemId },
        parsed.data,
        version,
        actorId(request.actor),
      );
      if (result.ok)
        return reply.seeOther(
          `/processes/${id}/assessments/${assessmentId}?section=${item.versionId}#item-${itemId}`,
          {
            kind: 'success',
            key: result.value.changed ? 'assessment.flash.itemSaved' : 'assessment.flash.itemUnchanged',
            values: { number: item.number },
          },
        );
      if (result.kind === 'not-found') throw notFound();
      // After a conflict the item is drawn from the fresh round: the saved version becomes the base.
      if (result.kind === 'conflict')
        return again({ values, errors: {}, conflict: true }, failureStatus(result));
      return again(
        { values, errors: itemErrors(problemsOf(result), request.i18n), conflict: false, version },
        failureStatus(result),
      );
    },
  );
}
