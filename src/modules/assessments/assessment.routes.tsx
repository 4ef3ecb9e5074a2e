import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import { idParams } from '../../web/params.ts';
import { loadProcessSpace } from '../processes/index.ts';
import type { ScoredItem } from './assessment.presenter.ts';
import {
  listAssessments,
  scoreValues,
  scoreVersions,
  templatesOfAssessment,
} from './assessment.repository.ts';
import { quickResult } from './assessment.results.ts';
import {
  assessmentItemParams,
  assessmentParams,
  COMMENT_MAX,
  EVIDENCE_MAX,
  fingerprint,
  itemScoreInput,
  versionField,
} from './assessment.schema.ts';
import {
  type BatchEntry,
  type ItemProblems,
  saveChangedItems,
  saveItem,
  startRound,
} from './assessment.service.ts';
import { registerLiveScript } from './live-script.ts';
import { type LoadedRound, loadRound, pickSection } from './round.loader.ts';
import { RoundListPage } from './round-list.views.tsx';
import { BatchPage, type PendingItem, ScoringPage } from './scoring.views.tsx';
import { presentTemplateSummary } from './template.presenter.ts';
import { listTemplates } from './template.repository.ts';
import { parseTexts, pick } from './texts.ts';

/** Zod problems of one item's fields as messages that say how to fix them. */
export function itemProblems(error: z.ZodError, i18n: Translator): PendingItem['errors'] {
  const errors: PendingItem['errors'] = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === 'score') errors.score ??= i18n.t('assessment.error.score');
    if (field === 'evidence')
      errors.evidence ??= i18n.t('assessment.error.evidenceLong', { max: EVIDENCE_MAX });
    if (field === 'comment') errors.comment ??= i18n.t('assessment.error.commentLong', { max: COMMENT_MAX });
  }
  return errors;
}

function translated(problems: ItemProblems, i18n: Translator): PendingItem['errors'] {
  return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, i18n.t(key)]));
}

function sentValues(fields: Record<string, string>, prefix = '') {
  return {
    score: fields[`${prefix}score`] ?? '',
    evidence: fields[`${prefix}evidence`] ?? '',
    comment: fields[`${prefix}comment`] ?? '',
  };
}

/** The assessments tab, scoring pages and saves. */
export function assessmentRoutes(app: App, { db }: AppDeps): void {
  const liveScript = registerLiveScript(app);

  async function listPage(
    request: FastifyRequest,
    processId: string,
    state: { chosen?: string[]; error?: string },
  ) {
    const context = await loadProcessSpace(db.kysely, request.actor, processId, 'view', request.i18n);
    const rows = await listAssessments(db.kysely, processId);
    const values = await scoreValues(
      db.kysely,
      rows.map((r) => r.id),
    );
    const rounds = await Promise.all(
      rows.map(async (r) => {
        const own = values.filter((v) => v.assessment_id === r.id).map((v) => v.score);
        const templates = await templatesOfAssessment(db.kysely, r.id);
        return {
          id: r.id,
          round: r.round,
          createdAt: r.created_at,
          createdByName: r.created_by_name,
          templates: templates.map((tpl) => pick(parseTexts(tpl.title_json)!, request.i18n.locale).text),
          total: own.length,
          ...quickResult(own),
        };
      }),
    );
    const templates = context.may.edit
      ? (await listTemplates(db.kysely)).map((r) => presentTemplateSummary(r, request.i18n))
      : [];
    // The next round repeats the last one's checklists unless the team chooses otherwise.
    const last = rows[0] ? await templatesOfAssessment(db.kysely, rows[0].id) : [];
    const chosen = new Set(state.chosen ?? last.map((tpl) => tpl.template_id));
    return (
      <RoundListPage
        context={context}
        rounds={rounds}
        templates={templates}
        chosen={chosen}
        error={state.error}
      />
    );
  }

  app.get(
    '/processes/:id/assessments',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      return reply.page(await listPage(request, id, {}));
    },
  );

  app.post(
    '/processes/:id/assessments',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      await loadProcessSpace(db.kysely, request.actor, id, 'edit', request.i18n);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const raw = body.templates;
      const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
        .filter((v): v is string => typeof v === 'string' && v.length <= 64)
        .slice(0, 200);
      const result = await startRound(db, actorId(request.actor), id, chosen);
      if (result.ok)
        return reply.seeOther(`/processes/${id}/assessments/${result.value.id}`, {
          kind: 'success',
          key: 'assessment.flash.started',
          values: { round: result.value.round },
        });
      const error =
        result.kind === 'conflict'
          ? request.i18n.t('assessment.error.roundTaken')
          : request.i18n.t(result.errors.templates);
      return reply.page(
        await listPage(request, id, { chosen, error }),
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );

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
      const parsed = itemScoreInput.safeParse(values);
      const again = async (pending: PendingItem, status: number) => {
        const fresh = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
        return reply.page(scoringPage(fresh, item.versionId, new Map([[itemId, pending]])), status);
      };
      if (!parsed.success)
        return again(
          { values, errors: itemProblems(parsed.error, request.i18n), conflict: false, version },
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
      if (result.kind === 'conflict') return again({ values, errors: {}, conflict: true }, 409);
      return again(
        { values, errors: translated(result.errors, request.i18n), conflict: false, version },
        422,
      );
    },
  );

  function batchPage(
    round: LoadedRound,
    section: unknown,
    pending: Map<string, PendingItem>,
    saved?: number,
  ) {
    const active = pickSection(round, section);
    return (
      <BatchPage
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
        saved={saved}
      />
    );
  }

  app.get(
    '/processes/:id/assessments/:assessmentId/batch',
    { config: { policy: 'signed-in' }, schema: { params: assessmentParams } },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      return reply.page(batchPage(round, (request.query as Record<string, unknown>).section, new Map()));
    },
  );

  app.post(
    '/processes/:id/assessments/:assessmentId/batch',
    { config: { policy: 'signed-in' }, schema: { params: assessmentParams } },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const round = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      const fields = formFields(request.body);
      const section = pickSection(round, fields.section);
      const items = round.items.filter((i) => i.versionId === section.versionId);
      const changed: {
        item: ScoredItem;
        values: ReturnType<typeof sentValues>;
        version: number;
        orig: string;
      }[] = [];
      for (const item of items) {
        const prefix = `items.${item.id}.`;
        const orig = fields[`${prefix}orig`];
        if (orig === undefined) continue;
        const values = sentValues(fields, prefix);
        if (
          fingerprint({ score: values.score || null, evidence: values.evidence, comment: values.comment }) ===
          orig
        )
          continue;
        changed.push({ item, values, version: versionField(fields[`${prefix}version`]), orig });
      }
      const pending = new Map<string, PendingItem>();
      const entries: BatchEntry[] = [];
      for (const c of changed) {
        const parsed = itemScoreInput.safeParse(c.values);
        if (parsed.success) entries.push({ scoreId: c.item.id, input: parsed.data, version: c.version });
        pending.set(c.item.id, {
          values: c.values,
          errors: parsed.success ? {} : itemProblems(parsed.error, request.i18n),
          conflict: false,
          version: c.version,
          orig: c.orig,
        });
      }
      const invalid = [...pending.values()].some((p) => Object.keys(p.errors).length > 0);
      // Any problem and nothing is saved: the user fixes it and sends the whole form again.
      if (invalid) return reply.page(batchPage(round, section.versionId, pending), 422);
      const result = await saveChangedItems(
        db,
        { processId: id, assessmentId },
        entries,
        actorId(request.actor),
      );
      if (!result.ok && result.kind === 'not-found') throw notFound();
      if (!result.ok) {
        for (const [scoreId, problems] of result.errors)
          pending.set(scoreId, { ...pending.get(scoreId)!, errors: translated(problems, request.i18n) });
        return reply.page(batchPage(round, section.versionId, pending), 422);
      }
      if (result.conflicts.size === 0)
        return reply.seeOther(`/processes/${id}/assessments/${assessmentId}?section=${section.versionId}`, {
          kind: 'success',
          key: 'assessment.flash.batchSaved',
          values: { count: result.saved.length },
        });
      const fresh = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      const conflicts = new Map<string, PendingItem>();
      for (const [scoreId] of result.conflicts) {
        const now = fresh.items.find((i) => i.id === scoreId)!;
        // Their version becomes the base: sending the form again saves the user's text over it, knowingly.
        conflicts.set(scoreId, {
          values: pending.get(scoreId)!.values,
          errors: {},
          conflict: true,
          version: now.version,
          orig: fingerprint(now),
        });
      }
      return reply.page(batchPage(fresh, section.versionId, conflicts, result.saved.length), 409);
    },
  );
}
