import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import {
  apiToken,
  assessmentWorld,
  postFields,
  scoreItem,
  scoreRows,
  startRound,
  type World,
} from './assessment.test-helpers.ts';

/**
 * A gap becomes an action through the real action plan (the monitoring module's manifest hook,
 * no stand-in): the action exists in the plan, links back to the gap, both steps are audited, and
 * the gap shows its action on the results page, in the API and in the process report.
 */
describe.each(DIALECTS)('a gap turned into an action of the plan on %s', (dialect) => {
  let world: World;
  let processId: string;
  let assessment: string;
  let gapId: string;
  let base: string;

  beforeAll(async () => {
    world = await assessmentWorld(dialect);
    processId = world.privateProcess.id;
    assessment = await startRound(world, processId, ['sector-health']);
    const rows = await scoreRows(world, assessment);
    gapId = rows[0]!.id;
    const scored = await scoreItem(world, world.browsers.member, processId, assessment, gapId, {
      score: 'not-addressed',
      evidence: 'No health coverage for returnees in the 2013 law.',
      version: 1,
    });
    expect(scored.statusCode).toBe(303);
    base = `/processes/${processId}/assessments/${assessment}`;
  });
  afterAll(() => world.close());

  const actionsOfProcess = () =>
    world.db.kysely.selectFrom('actions').selectAll().where('process_id', '=', processId).execute();

  it('creates one planned action in the plan, linked both ways and audited in the same step', async () => {
    expect(await actionsOfProcess()).toHaveLength(0);
    const response = await postFields(
      world.browsers.member,
      `${base}/gaps/${gapId}/action`,
      [],
      `${base}/results`,
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${base}/results#gap-${gapId}`);

    const actions = await actionsOfProcess();
    expect(actions).toHaveLength(1);
    const action = actions[0]!;
    const question = (
      JSON.parse(
        (
          await world.db.kysely
            .selectFrom('assessment_item_scores as s')
            .innerJoin('checklist_template_items as i', 'i.id', 's.template_item_id')
            .select('i.question_json')
            .where('s.id', '=', gapId)
            .executeTakeFirstOrThrow()
        ).question_json,
      ) as { en: string }
    ).en;
    expect(action).toMatchObject({
      title: question,
      status: 'planned',
      progress: 0,
      gap_href: `${base}/results#gap-${gapId}`,
      created_by: world.users.member.id,
    });
    expect(action.gap_ref).toBe(`Round 1 · Health · ${question}`);

    const link = await world.db.kysely
      .selectFrom('assessment_gap_actions')
      .selectAll()
      .where('item_score_id', '=', gapId)
      .executeTakeFirstOrThrow();
    expect(link).toMatchObject({
      action_id: action.id,
      action_href: `/processes/${processId}/actions/${action.id}`,
    });

    const audit = await world.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'actor_id', 'after_json'])
      .where('action', 'in', ['action.create', 'assessment.gap.action'])
      .execute();
    expect(audit).toHaveLength(2);
    const created = audit.find((a) => a.action === 'action.create')!;
    expect(created).toMatchObject({ entity_id: action.id, actor_id: world.users.member.id });
    expect(JSON.parse(created.after_json!)).toMatchObject({
      process_id: processId,
      status: 'planned',
      from_gap: true,
    });
    const linked = audit.find((a) => a.action === 'assessment.gap.action')!;
    expect(linked).toMatchObject({ entity_id: gapId, actor_id: world.users.member.id });
    expect(JSON.parse(linked.after_json!)).toMatchObject({ actionId: action.id });
  });

  it('shows the action on the gap, and the gap on the action, to an observer', async () => {
    const [action] = await actionsOfProcess();
    const actionHref = `/processes/${processId}/actions/${action!.id}`;
    const results = await world.browsers.observer.get(`${base}/results`);
    expect(results.statusCode).toBe(200);
    const gap = results.body.slice(results.body.indexOf(`id="gap-${gapId}"`));
    expect(gap.slice(0, gap.indexOf('</li>'))).toContain(`href="${actionHref}"`);
    expect(results.body).toContain('See the action made from this gap');

    const page = await world.browsers.observer.get(actionHref);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="${base}/results#gap-${gapId}"`);
    expect(page.body).toContain('Round 1 · Health · ');

    const list = await world.browsers.observer.get(`/processes/${processId}/actions`);
    expect(list.body).toContain(action!.title);

    const token = await apiToken(world, world.users.observer.id);
    const api = await world.app.inject({
      url: `/api/v1/processes/${processId}/actions/${action!.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({
      gapRef: action!.gap_ref,
      gapHref: `${base}/results#gap-${gapId}`,
      status: 'planned',
    });
    const round = await world.app.inject({
      url: `/api/v1/processes/${processId}/assessments/${assessment}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(round.json().items.find((i: { id: string }) => i.id === gapId)).toMatchObject({ gap: true });

    const report = await world.browsers.observer.get(`/processes/${processId}/report`);
    const section = report.body.slice(
      report.body.indexOf('id="report-30"'),
      report.body.indexOf('id="report-40"'),
    );
    expect(section).toContain(`href="${actionHref}"`);
    expect(report.body.slice(report.body.indexOf('id="report-40"'))).toContain(action!.title);
  });

  it('makes no second action when the gap is sent again', async () => {
    const again = await postFields(
      world.browsers.member,
      `${base}/gaps/${gapId}/action`,
      [],
      `${base}/results`,
    );
    expect(again.statusCode).toBe(303);
    expect(await actionsOfProcess()).toHaveLength(1);
    const audits = await world.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'action.create')
      .execute();
    expect(audits).toHaveLength(1);
  });
});
