import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { commentWait } from './consultation.limits.ts';
import { consultationAccessFor } from './consultation.loader.ts';
import {
  type ConsultationView,
  listConsultationSummaries,
  loadConsultationView,
} from './consultation.presenter.ts';
import {
  closeApiInput,
  commentInput,
  commentOut,
  consultationApiInput,
  consultationOut,
  consultationParams,
  consultationSummaryOut,
  processParams,
  sectionParams,
  stanceInput,
  versionInput,
} from './consultation.schema.ts';
import {
  addComment,
  closeConsultation,
  createConsultation,
  openConsultation,
  type Result,
  setStance,
} from './consultation.service.ts';

const TAGS = ['consultations'];

/** Maps a refused or failed command to the API's problem. */
function problemFor(result: Exclude<Result<unknown>, { ok: true }>): HttpProblem {
  switch (result.kind) {
    case 'not-found':
      return notFound();
    case 'conflict':
      return new HttpProblem(409, 'VersionConflict', 'error.versionConflict');
    case 'invalid':
      return new HttpProblem(
        422,
        'ValidationFailed',
        Object.values(result.errors)[0]?.key ?? 'error.validation',
        Object.values(result.errors)[0]?.values,
      );
    case 'refused':
      if (result.reason === 'closed')
        return new HttpProblem(409, 'ConsultationClosed', 'consultation.refusal.closed');
      if (result.reason === 'not-invited')
        return new HttpProblem(403, 'NotInvited', 'consultation.refusal.notInvited');
      if (result.reason === 'signed-out') return new HttpProblem(401, 'Unauthorized', 'error.unauthorized');
      if (result.reason === 'not-draft')
        return new HttpProblem(409, 'ConsultationNotDraft', 'consultation.error.notDraft');
      return new HttpProblem(409, 'ConsultationNotOpen', 'consultation.refusal.notOpen');
  }
}

/** The API answer: the view without the reader's own organisations, refusal and proposed voice. */
function present(view: ConsultationView) {
  const { myOrganisations: _mine, refusal: _refusal, speaksFor: _speaksFor, ...rest } = view;
  return {
    ...rest,
    actions: {
      comment: view.actions.comment,
      moderate: view.actions.moderate,
      edit: view.actions.edit,
      close: view.actions.close,
    },
    sections: view.sections.map(({ myStance: _stance, ...s }) => s),
  };
}

export function consultationApi(app: App, { db, config }: AppDeps): void {
  const k = db.kysely;

  app.get(
    '/api/v1/processes/:id/consultations',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        summary: "A process's consultations (drafts only for the process team), newest first",
        params: processParams,
        response: { 200: z.object({ data: z.array(consultationSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { access } = await consultationAccessFor(k, request.actor, request.params.id);
      return { data: await listConsultationSummaries(k, access, request.params.id), next: null };
    },
  );

  app.get(
    '/api/v1/processes/:id/consultations/:cid',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        summary: 'One consultation: its sections with support and objection counts and the visible comments',
        params: consultationParams,
        response: { 200: consultationOut },
      },
    },
    async (request) => {
      const { id, cid } = request.params;
      const { access, myOrganisations } = await consultationAccessFor(k, request.actor, id);
      const view = await loadConsultationView(k, access, myOrganisations, id, cid);
      if (!view) throw notFound();
      return present(view);
    },
  );

  /** The consultation as the caller now sees it, after a change. */
  async function answer(request: FastifyRequest, processId: string, consultationId: string) {
    const { access, myOrganisations } = await consultationAccessFor(k, request.actor, processId);
    const view = await loadConsultationView(k, access, myOrganisations, processId, consultationId);
    if (!view) throw notFound();
    return present(view);
  }

  app.post(
    '/api/v1/processes/:id/consultations',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary: 'Write a consultation as a draft, its sections in order (owners and members)',
        security: [{ bearer: [] }],
        params: processParams,
        body: consultationApiInput,
        response: { 201: consultationOut },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const body = request.body;
      const result = await createConsultation(db, access, id, {
        title: body.title,
        introduction: body.introduction || null,
        audience: body.audience,
        invited: body.invited,
        sections: body.sections,
      });
      if (!result.ok) throw problemFor(result);
      return reply
        .status(201)
        .header('location', `/api/v1/processes/${id}/consultations/${result.value.id}`)
        .send(await answer(request, id, result.value.id));
    },
  );

  app.post(
    '/api/v1/processes/:id/consultations/:cid/open',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary:
          'Open a draft for comments (owners and members); it needs sections, and invitations if invitation-only',
        security: [{ bearer: [] }],
        params: consultationParams,
        body: versionInput,
        response: { 200: consultationOut },
      },
    },
    async (request) => {
      const { id, cid } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const result = await openConsultation(db, access, id, cid, request.body.version);
      if (!result.ok) throw problemFor(result);
      return answer(request, id, cid);
    },
  );

  app.post(
    '/api/v1/processes/:id/consultations/:cid/close',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary: 'Close an open consultation with a summary of what changed (owners); it stays readable',
        security: [{ bearer: [] }],
        params: consultationParams,
        body: closeApiInput,
        response: { 200: consultationOut },
      },
    },
    async (request) => {
      const { id, cid } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const result = await closeConsultation(db, access, id, cid, request.body.version, request.body.summary);
      if (!result.ok) throw problemFor(result);
      return answer(request, id, cid);
    },
  );

  app.post(
    '/api/v1/processes/:id/consultations/:cid/sections/:sid/comments',
    {
      config: { policy: 'signed-in', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: TAGS,
        summary: 'Comment on a section of an open consultation',
        description:
          'Open to any signed-in user for a public consultation, and to the people of the invited organisations (and the process team) for an invitation-only one. A closed consultation answers 409 ConsultationClosed.',
        security: [{ bearer: [] }],
        params: sectionParams,
        body: commentInput,
        response: { 201: commentOut },
      },
    },
    async (request, reply) => {
      const { id, cid, sid } = request.params;
      const { access, myOrganisations } = await consultationAccessFor(k, request.actor, id);
      if (request.actor.kind === 'user') {
        const wait = await commentWait(db, config, { userId: request.actor.user.id, ip: request.ip });
        if (wait > 0) {
          reply.header('retry-after', String(wait * 60));
          throw new HttpProblem(429, 'RateLimited', 'consultation.error.tooManyComments', { minutes: wait });
        }
      }
      const result = await addComment(db, access, id, cid, sid, request.body);
      if (!result.ok) throw problemFor(result);
      const view = await loadConsultationView(k, access, myOrganisations, id, cid);
      const comment = view?.sections.flatMap((s) => s.comments).find((c) => c.id === result.value.id);
      if (!comment) throw notFound();
      return reply.status(201).send(comment);
    },
  );

  app.put(
    '/api/v1/processes/:id/consultations/:cid/sections/:sid/stance',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary: 'Support or object to a section (one stance per person; `none` withdraws it)',
        security: [{ bearer: [] }],
        params: sectionParams,
        body: stanceInput,
        response: { 200: z.object({ stance: z.enum(['support', 'object']).nullable() }) },
      },
    },
    async (request) => {
      const { id, cid, sid } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const result = await setStance(db, access, id, cid, sid, request.body.stance);
      if (!result.ok) throw problemFor(result);
      return result.value;
    },
  );
}
