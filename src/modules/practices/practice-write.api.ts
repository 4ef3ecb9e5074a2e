import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { submitForm } from '../../web/form/index.ts';
import { practiceRow } from './practice.repository.ts';
import {
  PRACTICE_FORM_FALLBACK,
  type PracticeDraft,
  practiceForm,
  practiceParams,
} from './practice.schema.ts';
import { createPractice, practiceProblems, updatePractice } from './practice.service.ts';
import { standingOf } from './practice.standing.ts';
import { practiceStep } from './practice.workflow.ts';

const text = z.string().max(10_000).default('');
/** The practice as JSON: the form's fields, text as typed (the same schema checks both). */
const practiceIn = z.object({
  title: text,
  summary: text,
  locale: z.string().max(5).default('en'),
  translations: z
    .array(z.object({ locale: text, title: text, summary: text }))
    .max(3)
    .default([]),
  organisations: z
    .array(z.object({ organisation: text, role: text }))
    .max(30)
    .default([]),
  country: text,
  region: text,
  city: text,
  level: text,
  origin: text,
  destination: text,
  tags: z.array(z.string().max(60)).max(100).default([]),
  targetGroups: text,
  startYear: text,
  endYear: text,
  budget: text,
  currency: text,
  funders: text,
  activities: text,
  results: text,
  evidence: z
    .array(z.object({ label: text, figure: text, source: text }))
    .max(30)
    .default([]),
  budgetLine: z.boolean().default(false),
  localLaw: z.boolean().default(false),
  plan: z.boolean().default(false),
  links: z
    .array(z.object({ kind: text, id: text }))
    .max(30)
    .default([]),
  callId: text,
  replicatesId: text,
  replicationProgress: text,
});

const draftOf = (body: z.output<typeof practiceIn>): PracticeDraft => ({
  ...body,
  budgetLine: body.budgetLine ? 'yes' : '',
  localLaw: body.localLaw ? 'yes' : '',
  plan: body.plan ? 'yes' : '',
});

const STEPS = ['submit', 'answer', 'return', 'publish'] as const;

/** Writing practices and moving them along the workflow through the API, as the pages do. */
export function practiceWriteApiRoutes(app: App, { db }: AppDeps): void {
  const run = (
    draft: PracticeDraft,
    id: string | null,
    command: Parameters<typeof submitForm<typeof practiceForm, { id: string }>>[2]['run'],
  ) =>
    submitForm(practiceForm, draft, {
      fallback: PRACTICE_FORM_FALLBACK,
      problems: { fallback: 'practice.error.invalid', groups: ['tags'] },
      run: command,
      check: (rest) => practiceProblems(db, rest, id),
    });

  app.post(
    '/api/v1/practices',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['practices'],
        summary: 'Write up a practice (a draft of its author)',
        body: practiceIn,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const result = await run(draftOf(request.body), null, (input) =>
        createPractice(db, request.actor, input),
      );
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.code(201).send(result.value);
    },
  );

  app.put(
    '/api/v1/practices/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['practices'],
        summary: 'Save a new version of a practice (its author while a draft or returned; moderators)',
        params: practiceParams,
        body: practiceIn.extend({ version: z.number().int() }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // Someone who may not edit it learns nothing about it, not even what is wrong with the body.
      const row = await practiceRow(db.kysely, id);
      if (!row || !(await standingOf(db.kysely, request.actor, row)).edit) throw notFound();
      const { version, ...body } = request.body;
      const result = await run(draftOf(body), id, (input) =>
        updatePractice(db, request.actor, id, version, input),
      );
      if (!result.ok) return sendFailure(request, reply, result);
      return result.value;
    },
  );

  for (const step of STEPS)
    app.post(
      `/api/v1/practices/:id/${step}`,
      {
        config: { policy: 'signed-in' },
        schema: {
          tags: ['practices'],
          operationId: `${step}Practice`,
          summary: `Workflow step: ${step} (as on the practice's page)`,
          params: practiceParams,
          body: z.object({ version: z.number().int(), comment: z.string().max(8000).optional() }),
          response: { 200: z.object({ id: z.string(), status: z.string() }) },
        },
      },
      async (request, reply) => {
        const result = await practiceStep(db, request.actor, request.params.id, step, request.body);
        if (!result.ok) return sendFailure(request, reply, result);
        return result.value;
      },
    );
}
