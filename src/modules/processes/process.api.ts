import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { notFound } from '../../web/errors.ts';
import { termWithChildren } from '../taxonomy/index.ts';
import { loadBody } from './body.load.ts';
import { replaceBody } from './body.service.ts';
import { errorAnswers, problem, processPointers } from './process.api-support.ts';
import { loadProcessOut, presentRows } from './process.load.ts';
import { bodyJson, processJson } from './process.presenter.ts';
import { listProcessesAfter } from './process.repository.ts';
import {
  bodyOut,
  bodyPutBody,
  processCreateBody,
  processListQuery,
  processOut,
  processParams,
  processPatchBody,
  stageOut,
  stageParams,
  stagePatchBody,
} from './process.schema.ts';
import { createProcess, updateProcess } from './process.service.ts';
import { loadStageById, loadStages } from './stage.load.ts';
import { findStage } from './stage.repository.ts';
import { updateStage } from './stage.service.ts';
import { loadWorkspace } from './workspace.ts';

/** `[created_at, id]` of a page's last process. */
const processCursor = cursorCodec(
  z
    .tuple([z.string().refine((at) => !Number.isNaN(Date.parse(at))), z.string().regex(/^[a-z0-9]{1,40}$/)])
    .transform(([createdAt, id]) => ({ createdAt, id })),
);

/** The JSON API of processes, with the same permissions as the pages (private → 404). */
export function processApiRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const tags = ['processes'];

  app.get(
    '/api/v1/processes',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Processes you may see: all public ones, and private ones you belong to',
        querystring: processListQuery,
        response: { 200: z.object({ data: z.array(processOut), next: z.string().nullable() }), 400: problem },
      },
    },
    async (request) => {
      const { country, level, tag, cursor, limit } = request.query;
      const termIds = tag ? await termWithChildren(kysely, tag) : undefined;
      const rows = await listProcessesAfter(
        kysely,
        request.actor,
        { country, level, termIds },
        cursor ? processCursor.decode(cursor) : null,
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const data = (await presentRows(kysely, page, request.i18n)).map(processJson);
      const last = page.at(-1);
      return {
        data,
        next: rows.length > limit && last ? processCursor.encode([last.created_at, last.id]) : null,
      };
    },
  );

  app.post(
    '/api/v1/processes',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Start a process (you become its owner)',
        security: [{ bearer: [] }],
        body: processCreateBody,
        response: { 201: processOut, ...errorAnswers },
      },
    },
    async (request, reply) => {
      const result = await createProcess(kysely, actorId(request.actor), request.body);
      if (!result.ok) return sendFailure(request, reply, result, processPointers);
      return reply.status(201).send(await loadProcessOut(kysely, request, result.value.id));
    },
  );

  app.get(
    '/api/v1/processes/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'One process',
        params: processParams,
        response: { 200: processOut, 404: problem },
      },
    },
    async (request) => loadProcessOut(kysely, request, request.params.id),
  );

  app.patch(
    '/api/v1/processes/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: "Change a process's settings (owners); send the version you read",
        security: [{ bearer: [] }],
        params: processParams,
        body: processPatchBody,
        response: { 200: processOut, ...errorAnswers },
      },
    },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'manage');
      const body = request.body;
      const pick = <T>(value: T | null | undefined, current: T | null): T | undefined =>
        value === null ? undefined : (value ?? current ?? undefined);
      const result = await updateProcess(kysely, actorId(request.actor), process.id, {
        version: body.version,
        title: body.title ?? process.title,
        countryAlpha3: body.countryAlpha3 ?? process.country.alpha3,
        areaId: body.newArea ? undefined : pick(body.areaId, process.area?.id ?? null),
        newArea: body.newArea,
        planName: body.planName ?? process.planName,
        periodStart: pick(body.periodStart, process.periodStart),
        periodEnd: pick(body.periodEnd, process.periodEnd),
        leadOrganisationId: pick(body.leadOrganisationId, process.leadOrganisation?.id ?? null),
        visibility: body.visibility ?? process.visibility,
        summary: pick(body.summary, process.summary),
        tags: body.tags ?? process.tags.map((t) => t.id),
      });
      if (!result.ok) return sendFailure(request, reply, result, processPointers);
      return loadProcessOut(kysely, request, process.id);
    },
  );

  app.get(
    '/api/v1/processes/:id/stages',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The six stages of a process, with their deliverables',
        params: processParams,
        response: { 200: z.object({ data: z.array(stageOut), next: z.string().nullable() }), 404: problem },
      },
    },
    async (request) => {
      const { process } = await loadWorkspace(kysely, request, 'view');
      return { data: await loadStages(kysely, process.id, request.i18n), next: null };
    },
  );

  app.get(
    '/api/v1/processes/:id/stages/:stageId',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'One stage of a process, with its deliverables',
        params: stageParams,
        response: { 200: stageOut, 404: problem },
      },
    },
    async (request) => {
      const { process } = await loadWorkspace(kysely, request, 'view');
      const stage = await loadStageById(kysely, process.id, request.params.stageId, request.i18n);
      if (!stage) throw notFound();
      return stage;
    },
  );

  app.patch(
    '/api/v1/processes/:id/stages/:stageId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: "Change a stage's status, dates or notes (owners and members); send the version you read",
        security: [{ bearer: [] }],
        params: stageParams,
        body: stagePatchBody,
        response: { 200: stageOut, ...errorAnswers },
      },
    },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'edit');
      const current = await findStage(kysely, process.id, request.params.stageId);
      if (!current) throw notFound();
      const body = request.body;
      const keep = <T>(value: T | null | undefined, old: T | null): T | null =>
        value === undefined ? old : value;
      const result = await updateStage(kysely, actorId(request.actor), process.id, current.id, {
        version: body.version,
        status: body.status ?? current.status,
        startDate: keep(body.startDate, current.start_date),
        endDate: keep(body.endDate, current.end_date),
        notes: keep(body.notes, current.notes) || null,
      });
      if (!result.ok) return sendFailure(request, reply, result);
      const saved = await loadStageById(kysely, process.id, current.id, request.i18n);
      if (!saved) throw notFound();
      return saved;
    },
  );

  app.get(
    '/api/v1/processes/:id/body',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The coordinating body: mandate, members, whole-of-government map',
        params: processParams,
        response: { 200: bodyOut, 404: problem },
      },
    },
    async (request) => {
      const { process } = await loadWorkspace(kysely, request, 'view');
      return bodyJson(await loadBody(kysely, process.id));
    },
  );

  app.put(
    '/api/v1/processes/:id/body',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Replace the coordinating body, its members and map (owners and members)',
        security: [{ bearer: [] }],
        params: processParams,
        body: bodyPutBody,
        response: { 200: bodyOut, ...errorAnswers },
      },
    },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'edit');
      const body = request.body;
      const result = await replaceBody(kysely, actorId(request.actor), process.id, {
        version: body.version,
        name: body.name,
        kind: body.kind,
        mandate: body.mandate || null,
        members: body.members,
        government: body.government.map((row) => ({
          organisationId: row.organisationId ?? null,
          ministryName: row.ministryName || null,
          levels: { national: row.national, regional: row.regional, local: row.local },
        })),
      });
      if (!result.ok) return sendFailure(request, reply, result);
      return bodyJson(await loadBody(kysely, process.id));
    },
  );
}
