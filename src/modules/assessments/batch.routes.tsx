import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/form/index.ts';
import type { ScoredItem } from './assessment.presenter.ts';
import {
  assessmentParams,
  fingerprint,
  itemScoreInput,
  itemScoreProblems,
  versionField,
} from './assessment.schema.ts';
import { type BatchEntry, saveChangedItems } from './assessment.service.ts';
import { type LoadedRound, loadRound, pickSection } from './round.loader.ts';
import { itemErrors, sentValues } from './scoring.form.ts';
import { BatchPage, type PendingItem } from './scoring.views.tsx';

/** "Save all changed": one form for a whole section, every changed item saved at once. */
export function batchRoutes(app: App, { db }: AppDeps): void {
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
        values: PendingItem['values'];
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
          errors: parsed.success ? {} : itemErrors(itemScoreProblems(parsed.error), request.i18n),
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
      if (!result.ok) {
        if (result.kind === 'not-found') throw notFound();
        const problems = problemsOf(result);
        for (const [scoreId, item] of pending)
          pending.set(scoreId, { ...item, errors: itemErrors(problems, request.i18n, `items.${scoreId}.`) });
        return reply.page(batchPage(round, section.versionId, pending), failureStatus(result));
      }
      const { saved, conflicts } = result.value;
      if (conflicts.length === 0)
        return reply.seeOther(`/processes/${id}/assessments/${assessmentId}?section=${section.versionId}`, {
          kind: 'success',
          key: 'assessment.flash.batchSaved',
          values: { count: saved.length },
        });
      const fresh = await loadRound(db, request.actor, request.i18n, id, assessmentId, 'edit');
      const conflicted = new Map<string, PendingItem>();
      for (const scoreId of conflicts) {
        const now = fresh.items.find((i) => i.id === scoreId)!;
        // Their version becomes the base: sending the form again saves the user's text over it, knowingly.
        conflicted.set(scoreId, {
          values: pending.get(scoreId)!.values,
          errors: {},
          conflict: true,
          version: now.version,
          orig: fingerprint(now),
        });
      }
      return reply.page(batchPage(fresh, section.versionId, conflicted, saved.length), 409);
    },
  );
}
