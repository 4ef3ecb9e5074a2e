import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import type { GapActionInput, ModuleManifest } from '../../module-kit/manifest.ts';
import {
  assessmentWorld,
  auditCount,
  postFields,
  scoreItem,
  scoreRows,
  startRound,
  type World,
} from './assessment.test-helpers.ts';

/** What the stand-in action plan module was asked to create; `fail` makes the next call throw. */
const calls = vi.hoisted(() => ({ inputs: [] as GapActionInput[], fail: false }));

vi.mock('../index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../index.ts')>();
  const actions: ModuleManifest = {
    name: 'test-actions',
    process: {
      createActionFromGap: async (trx, input) => {
        // Proves the call runs inside the caller's transaction: the score row is visible to it.
        const row = await trx
          .selectFrom('assessment_item_scores')
          .select('id')
          .where('id', '=', input.gapRef.id)
          .executeTakeFirst();
        if (!row) throw new Error('not in the transaction');
        if (calls.fail) throw new Error('the action plan refused');
        calls.inputs.push(input);
        return {
          id: `action-${calls.inputs.length}`,
          href: `/processes/${input.processId}/actions/${calls.inputs.length}`,
        };
      },
    },
  };
  // The stand-in replaces the real action plan's hook, so that a refusal can be staged.
  const others = original.modules.map(({ process, ...rest }) => {
    if (!process) return rest;
    const { createActionFromGap: _real, ...hooks } = process;
    return { ...rest, process: hooks };
  });
  return { modules: [...others, actions] };
});

describe.each(DIALECTS)('turning a gap into an action on %s', (dialect) => {
  let world: World;
  let processId: string;
  let assessment: string;
  let rows: Awaited<ReturnType<typeof scoreRows>>;
  beforeAll(async () => {
    calls.inputs.length = 0;
    world = await assessmentWorld(dialect);
    processId = world.privateProcess.id;
    assessment = await startRound(world, processId, ['sector-diaspora']);
    rows = await scoreRows(world, assessment);
    for (const [index, score] of [
      [0, 'partly'],
      [1, 'fully'],
      [2, 'not-addressed'],
    ] as const) {
      const response = await scoreItem(world, world.browsers.member, processId, assessment, rows[index]!.id, {
        score,
        version: 1,
      });
      expect(response.statusCode).toBe(303);
    }
  });
  afterAll(() => world.close());

  const results = () => `/processes/${processId}/assessments/${assessment}/results`;
  const gapUrl = (id: string) => `/processes/${processId}/assessments/${assessment}/gaps/${id}/action`;
  const links = async () => world.db.kysely.selectFrom('assessment_gap_actions').selectAll().execute();

  it('offers the button on each gap to members only', async () => {
    const member = await world.browsers.member.get(results());
    expect(member.body.match(/Turn this gap into an action/g)).toHaveLength(2);
    const observer = await world.browsers.observer.get(results());
    expect(observer.body).not.toContain('Turn this gap into an action');
  });

  it('refuses observers, outsiders, missing CSRF and non-gaps, creating nothing', async () => {
    const gap = rows[0]!.id;
    expect((await postFields(world.browsers.observer, gapUrl(gap), [], results())).statusCode).toBe(404);
    expect((await postFields(world.browsers.outsider, gapUrl(gap), [], '/checklists')).statusCode).toBe(404);
    expect((await postFields(world.browsers.member, gapUrl(gap), [], results(), false)).statusCode).toBe(403);
    const notGap = await postFields(world.browsers.member, gapUrl(rows[1]!.id), [], results());
    expect(notGap.statusCode).toBe(303);
    expect((await postFields(world.browsers.member, gapUrl('nope'), [], results())).statusCode).toBe(404);
    expect(calls.inputs).toHaveLength(0);
    expect(await links()).toHaveLength(0);
    expect(await auditCount(world, 'assessment.gap.action')).toBe(0);
  });

  it('rolls everything back when the action plan refuses', async () => {
    calls.fail = true;
    const response = await postFields(world.browsers.member, gapUrl(rows[0]!.id), [], results());
    calls.fail = false;
    expect(response.statusCode).toBe(500);
    expect(await links()).toHaveLength(0);
    expect(await auditCount(world, 'assessment.gap.action')).toBe(0);
  });

  it('creates the action in one step, links it, audits it, and does it only once', async () => {
    const response = await postFields(world.browsers.member, gapUrl(rows[0]!.id), [], results());
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${results()}#gap-${rows[0]!.id}`);
    expect(calls.inputs).toHaveLength(1);
    expect(calls.inputs[0]).toMatchObject({
      processId,
      title:
        'Is there a diaspora policy, or an institution with a clear mandate and a budget for working with the diaspora?',
      actorId: world.users.member.id,
      gapRef: { kind: 'assessment-item', id: rows[0]!.id, assessmentId: assessment, round: 1 },
    });
    expect(calls.inputs[0]!.gapRef.label).toMatch(
      /^Round 1 · Diaspora engagement · Is there a diaspora policy/,
    );
    expect(await links()).toMatchObject([{ item_score_id: rows[0]!.id, action_id: 'action-1' }]);
    expect(await auditCount(world, 'assessment.gap.action')).toBe(1);
    const page = await world.browsers.observer.get(results());
    expect(page.body).toContain(`href="/processes/${processId}/actions/1"`);
    expect(page.body).toContain('See the action made from this gap');
    const again = await postFields(world.browsers.member, gapUrl(rows[0]!.id), [], results());
    expect(again.statusCode).toBe(303);
    expect(calls.inputs).toHaveLength(1);
    expect(await links()).toHaveLength(1);
  });
});
