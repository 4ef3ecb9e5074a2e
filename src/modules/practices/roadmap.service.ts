import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  type Result,
  refused,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { now } from '../../db/ids.ts';
import { isIsoDate } from '../../web/form/index.ts';
import { practiceRow } from './practice.repository.ts';
import { standingOf } from './practice.standing.ts';

/** A road map as typed: policy options and steps (rows already read, blank ones dropped). */
export interface RoadmapDraft {
  policyOptions: string;
  steps: { title: string; owner: string; dueOn: string; milestone: string }[];
}

/** Checks a road map field by field. */
export function roadmapProblems(draft: RoadmapDraft): Problems {
  const problems: Problems = {};
  if (!draft.policyOptions.trim()) problems.policyOptions = { key: 'practice.error.policyOptions' };
  else if (draft.policyOptions.length > 8000) problems.policyOptions = { key: 'practice.error.textTooLong' };
  if (draft.steps.length > 50) problems.steps = { key: 'practice.error.tooManyRows' };
  draft.steps.forEach((s, row) => {
    if (!s.title.trim()) problems[`steps.${row}.title`] = { key: 'practice.error.stepTitle' };
    else if (s.title.length > 500) problems[`steps.${row}.title`] = { key: 'practice.error.textTooLong' };
    if (s.owner.length > 200) problems[`steps.${row}.owner`] = { key: 'practice.error.textTooLong' };
    if (s.dueOn.trim() && !isIsoDate(s.dueOn.trim()))
      problems[`steps.${row}.dueOn`] = { key: 'practice.error.dueOn' };
  });
  return problems;
}

/** Saves the scale-up road map of a promising practice (its author or a moderator). */
export async function saveRoadmap(
  db: Db,
  actor: Actor,
  practiceId: string,
  version: number | null,
  draft: RoadmapDraft,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const practice = await practiceRow(trx, practiceId);
    if (!practice) return notFound();
    const may = await standingOf(trx, actor, practice);
    if (!may.read) return notFound();
    if (!may.roadmap) return refused({ _form: 'practice.error.roadmapNotPromising' });
    const problems = roadmapProblems(draft);
    if (Object.keys(problems).length) return invalid(problems);
    const current = await trx
      .selectFrom('practice_roadmaps')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .executeTakeFirst();
    const at = now();
    const values = { policy_options: draft.policyOptions.trim(), updated_by: actorId(actor), updated_at: at };
    if (current) {
      if (version === null || Number(current.version) !== version) return conflict(Number(current.version));
      const result = await trx
        .updateTable('practice_roadmaps')
        .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
        .where('practice_id', '=', practiceId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return conflict(version + 1);
      await trx.deleteFrom('practice_roadmap_steps').where('practice_id', '=', practiceId).execute();
    } else
      await trx
        .insertInto('practice_roadmaps')
        .values({ practice_id: practiceId, ...values })
        .execute();
    const steps = draft.steps.map((s, i) => ({
      practice_id: practiceId,
      position: i + 1,
      title: s.title.trim(),
      owner: s.owner.trim() || null,
      due_on: s.dueOn.trim() || null,
      milestone: s.milestone === 'yes' ? 1 : 0,
    }));
    if (steps.length) await trx.insertInto('practice_roadmap_steps').values(steps).execute();
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: current ? 'practice.roadmap.update' : 'practice.roadmap.create',
      entityType: 'practice',
      entityId: practiceId,
      before: current ? { policyOptions: current.policy_options } : undefined,
      after: { policyOptions: values.policy_options, steps },
    });
    return ok({ id: practiceId });
  });
}
