import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, rowsOf, textOf, translateProblems, versionOf } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { getPractice } from './practice.loader.ts';
import { loadRoadmap } from './roadmap.loader.ts';
import { type RoadmapDraft, saveRoadmap } from './roadmap.service.ts';
import { RoadmapFormPage } from './roadmap.views.tsx';

function readRoadmapDraft(body: unknown): RoadmapDraft {
  const b = asBody(body);
  return {
    policyOptions: textOf(b, 'policyOptions'),
    steps: rowsOf(
      b,
      'steps',
      ['title', 'owner', 'dueOn', 'milestone'] as const,
      ['title', 'owner', 'dueOn'] as const,
    ),
  };
}

/** The scale-up road map of a promising practice: its form. */
export function roadmapRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/practices/:id/roadmap',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const practice = await getPractice(db, id, request.actor, request.i18n);
      if (!practice?.actions.roadmap) throw notFound();
      const roadmap = await loadRoadmap(db.kysely, id);
      const draft: RoadmapDraft = {
        policyOptions: roadmap?.policyOptions ?? '',
        steps: (roadmap?.steps ?? []).map((s) => ({
          title: s.title,
          owner: s.owner ?? '',
          dueOn: s.dueOn ?? '',
          milestone: s.milestone ? 'yes' : '',
        })),
      };
      return reply.page(
        <RoadmapFormPage practice={practice} draft={draft} errors={{}} version={roadmap?.version} />,
      );
    },
  );

  app.post(
    '/practices/:id/roadmap',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const practice = await getPractice(db, id, request.actor, request.i18n);
      if (!practice) throw notFound();
      const version = versionOf(asBody(request.body)) ?? null;
      const draft = readRoadmapDraft(request.body);
      const result = await saveRoadmap(db, request.actor, id, version, draft);
      if (result.ok)
        return reply.seeOther(`/practices/${id}#roadmap`, { kind: 'success', key: 'practice.flash.roadmap' });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        <RoadmapFormPage
          practice={practice}
          draft={draft}
          errors={translateProblems(problemsOf(result), request.i18n)}
          version={result.kind === 'conflict' ? result.currentVersion : (version ?? undefined)}
          conflict={result.kind === 'conflict'}
        />,
        failureStatus(result),
      );
    },
  );
}
