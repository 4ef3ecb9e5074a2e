import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { invalid } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { sendProblem } from '../../web/error-handler.ts';
import { notFound } from '../../web/errors.ts';
import { problemTypeUri } from '../../web/problem-types.ts';
import { loadProcessAccess } from '../processes/index.ts';
import { type ScoredItem, scoreLabel } from './assessment.presenter.ts';
import { listAssessments, scoreValues } from './assessment.repository.ts';
import { quickResult, roundResult } from './assessment.results.ts';
import {
  assessmentOut,
  assessmentParams,
  assessmentSummaryOut,
  itemOut,
  itemParams,
  itemScoreBody,
  itemScoreInput,
  itemScoreProblems,
  processParams,
  roundStartBody,
  type ScoredItemOut,
} from './assessment.schema.ts';
import { saveItem, startRound } from './assessment.service.ts';
import { type LoadedRound, loadRound } from './round.loader.ts';

function itemJson(item: ScoredItem, i18n: Translator): ScoredItemOut {
  return {
    id: item.id,
    version: item.version,
    templateKey: item.templateSlug,
    itemKey: item.itemKey,
    area: item.area,
    question: item.question.text,
    guidance: item.guidance?.text ?? null,
    evidenceExpected: item.expected?.text ?? null,
    scale: item.scale,
    score: item.score,
    scoreLabel: scoreLabel(i18n, item.score),
    evidence: item.evidence,
    comment: item.comment,
    gap: item.gap,
    updatedAt: item.updatedAt,
    updatedBy: item.updatedByName,
  };
}

/** A round as the API shows it: templates, the score per area, every item. */
function roundJson(round: LoadedRound, i18n: Translator) {
  const result = roundResult(round.items);
  const { id: processId } = round.context.process;
  return {
    id: round.assessment.id,
    round: round.assessment.round,
    createdAt: round.assessment.created_at,
    overallScore: result.overall,
    gaps: result.gaps.length,
    answered: result.answered,
    href: `/processes/${processId}/assessments/${round.assessment.id}/results`,
    templates: round.sections.map((s) => ({
      id: s.templateId,
      key: s.slug,
      version: s.version,
      title: s.title.text,
      kind: s.kind,
      scale: s.scale,
    })),
    areas: result.areas.map((a) => ({
      key: a.key,
      label: a.label,
      score: a.score,
      scored: a.scored,
      notApplicable: a.notApplicable,
      total: a.total,
      gaps: a.gaps,
    })),
    items: round.items.map((item) => itemJson(item, i18n)),
  };
}

/**
 * The 409 of a stale item save, with the item as it is saved now (`current`), so that a client
 * can show both versions: more than the kernel's conflict answer carries.
 */
function itemConflict(request: FastifyRequest, reply: FastifyReply, current: ScoredItemOut) {
  const body = {
    type: problemTypeUri(request.server.publicUrl, 'VersionConflict'),
    title: 'Conflict',
    status: 409,
    code: 'VersionConflict',
    detail: request.i18n.t('error.versionConflict'),
    instance: request.url,
    current,
  };
  return reply.status(409).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/** Assessments of a process in the API, with the same permissions as the pages. */
export function assessmentApi(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/processes/:id/assessments',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['assessments'],
        summary: "A process's assessment rounds, newest first, with their overall score and gap count",
        params: processParams,
        response: { 200: z.object({ data: z.array(assessmentSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { id } = request.params;
      await loadProcessAccess(db.kysely, request.actor, id, 'view');
      const rows = await listAssessments(db.kysely, id);
      const values = await scoreValues(
        db.kysely,
        rows.map((r) => r.id),
      );
      return {
        data: rows.map((r) => {
          const quick = quickResult(values.filter((v) => v.assessment_id === r.id).map((v) => v.score));
          return {
            id: r.id,
            round: r.round,
            createdAt: r.created_at,
            overallScore: quick.overall,
            gaps: quick.gaps,
            answered: quick.answered,
            href: `/processes/${id}/assessments/${r.id}/results`,
          };
        }),
        next: null,
      };
    },
  );

  app.get(
    '/api/v1/processes/:id/assessments/:assessmentId',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['assessments'],
        summary: 'One assessment round: its templates, every item with its score, and the score per sector',
        params: assessmentParams,
        response: { 200: assessmentOut },
      },
    },
    async (request) => {
      const { id, assessmentId } = request.params;
      return roundJson(
        await loadRound(db, request.actor, request.i18n, id, assessmentId, 'view'),
        request.i18n,
      );
    },
  );

  app.post(
    '/api/v1/processes/:id/assessments',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['assessments'],
        summary:
          'Start the next round with the current versions of the chosen checklists (members of the process)',
        security: [{ bearer: [] }],
        params: processParams,
        body: roundStartBody,
        response: { 201: assessmentOut },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await loadProcessAccess(db.kysely, request.actor, id, 'edit');
      // Keys are the stable names clients know; ids work too.
      const wanted = [...new Set(request.body.templates)];
      const known = await db.kysely
        .selectFrom('checklist_templates')
        .select(['id', 'slug'])
        .where((eb) => eb.or([eb('id', 'in', wanted), eb('slug', 'in', wanted)]))
        .execute();
      const unknown = wanted.filter((w) => !known.some((t) => t.id === w || t.slug === w));
      if (unknown.length > 0)
        return sendProblem(request, reply, {
          status: 422,
          code: 'UnknownChecklist',
          titleKey: 'assessment.error.unknownTemplates',
          errors: unknown.map((key) => ({
            location: 'body',
            pointer: `/templates/${request.body.templates.indexOf(key)}`,
            detail: request.i18n.t('assessment.error.unknownTemplate', { key }),
          })),
        });
      const result = await startRound(
        db,
        actorId(request.actor),
        id,
        known.map((t) => t.id),
      );
      // Someone started a round at the same moment and took its number.
      if (!result.ok && result.kind === 'conflict')
        return sendProblem(request, reply, {
          status: 409,
          code: 'RoundTaken',
          titleKey: 'assessment.error.roundTaken',
        });
      if (!result.ok) return sendFailure(request, reply, result);
      const round = await loadRound(db, request.actor, request.i18n, id, result.value.id, 'view');
      return reply
        .status(201)
        .header('location', `/api/v1/processes/${id}/assessments/${result.value.id}`)
        .send(roundJson(round, request.i18n));
    },
  );

  app.put(
    '/api/v1/processes/:id/assessments/:assessmentId/items/:itemId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['assessments'],
        summary: 'Score one item (members of the process). A stale version answers 409 with the saved item.',
        security: [{ bearer: [] }],
        params: itemParams,
        body: itemScoreBody,
        response: { 200: itemOut },
      },
    },
    async (request, reply) => {
      const { id, assessmentId, itemId } = request.params;
      await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      const parsed = itemScoreInput.safeParse(request.body);
      if (!parsed.success) return sendFailure(request, reply, invalid(itemScoreProblems(parsed.error)));
      const result = await saveItem(
        db,
        { processId: id, assessmentId, scoreId: itemId },
        parsed.data,
        request.body.version,
        actorId(request.actor),
      );
      if (!result.ok && result.kind === 'not-found') throw notFound();
      const fresh = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      const item = fresh.items.find((i) => i.id === itemId);
      if (!item) throw notFound();
      if (result.ok) return itemJson(item, request.i18n);
      if (result.kind === 'conflict') return itemConflict(request, reply, itemJson(item, request.i18n));
      return sendFailure(request, reply, result);
    },
  );
}
