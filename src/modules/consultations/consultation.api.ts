import { z } from 'zod';
import type { Actor } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { sendConsultationFailure } from './consultation.http.ts';
import { commentWait } from './consultation.limits.ts';
import { consultationAccessFor, loadConsultationFor } from './consultation.loader.ts';
import { listConsultationSummaries, presentConsultationForApi } from './consultation.presenter.ts';
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
  setStance,
} from './consultation.service.ts';

const TAGS = ['consultations'];

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
      return presentConsultationForApi(await loadConsultationFor(k, request.actor, id, cid));
    },
  );

  /** The consultation as the caller now sees it, after a change. */
  const answer = async (actor: Actor, processId: string, consultationId: string) =>
    presentConsultationForApi(await loadConsultationFor(k, actor, processId, consultationId));

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
      if (!result.ok) return sendConsultationFailure(request, reply, result);
      return reply
        .status(201)
        .header('location', `/api/v1/processes/${id}/consultations/${result.value.id}`)
        .send(await answer(request.actor, id, result.value.id));
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
    async (request, reply) => {
      const { id, cid } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const result = await openConsultation(db, access, id, cid, request.body.version);
      if (!result.ok) return sendConsultationFailure(request, reply, result);
      return answer(request.actor, id, cid);
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
    async (request, reply) => {
      const { id, cid } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const result = await closeConsultation(db, access, id, cid, request.body.version, request.body.summary);
      if (!result.ok) return sendConsultationFailure(request, reply, result);
      return answer(request.actor, id, cid);
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
      const { access } = await consultationAccessFor(k, request.actor, id);
      if (request.actor.kind === 'user') {
        const wait = await commentWait(db, config, { userId: request.actor.user.id, ip: request.ip });
        if (wait > 0) {
          reply.header('retry-after', String(wait * 60));
          throw new HttpProblem(429, 'RateLimited', 'consultation.error.tooManyComments', { minutes: wait });
        }
      }
      const result = await addComment(db, access, id, cid, sid, request.body);
      if (!result.ok) return sendConsultationFailure(request, reply, result);
      const view = await loadConsultationFor(k, request.actor, id, cid);
      const comment = view.sections.flatMap((s) => s.comments).find((c) => c.id === result.value.id);
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
    async (request, reply) => {
      const { id, cid, sid } = request.params;
      const { access } = await consultationAccessFor(k, request.actor, id);
      const result = await setStance(db, access, id, cid, sid, request.body.stance);
      if (!result.ok) return sendConsultationFailure(request, reply, result);
      return result.value;
    },
  );
}
