import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { toDateParts } from '../../i18n/partial-date.ts';
import type { Translator } from '../../i18n/translator.ts';
import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import {
  formFields,
  listOf,
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  textOf,
  translateProblems,
} from '../../web/form/index.ts';
import { pastLastPage } from '../../web/paging.ts';
import { parseParams } from '../../web/params.ts';
import { loadFrame, loadProcessAccess, loadProcessFor, loadProcessSpace } from '../processes/index.ts';
import { lessonsTable } from './lesson.export.ts';
import { type Lesson, presentLessons } from './lesson.presenter.ts';
import { crossCountryGroups, lessonCountryChoices } from './lesson.public.ts';
import {
  countProcessLessons,
  findLesson,
  listProcessLessons,
  listPublicLessons,
} from './lesson.repository.ts';
import { lessonFilters, lessonForm, lessonParams, pageInput, processParams } from './lesson.schema.ts';
import {
  canEditLessons,
  createLesson,
  deleteLesson,
  type LessonAccess,
  lessonInputProblems,
  type Result,
  updateLesson,
} from './lesson.service.ts';
import { themeTerms, unknownFilterTheme } from './lesson.themes.ts';
import {
  CROSS_PAGE_SIZE,
  CrossCountryPage,
  LESSON_FIELDS,
  LessonDeletePage,
  type LessonDraft,
  LessonFormPage,
  LessonLogPage,
  LOG_PAGE_SIZE,
} from './lesson.views.tsx';

function readDraft(body: unknown): LessonDraft {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return {
    text: textOf(b, 'text'),
    themes: listOf(b, 'themes'),
    tags: textOf(b, 'tags'),
    stage: textOf(b, 'stage'),
    date: { day: textOf(b, 'date.day'), month: textOf(b, 'date.month'), year: textOf(b, 'date.year') },
    source: textOf(b, 'source'),
  };
}

function draftOf(lesson: Lesson): LessonDraft {
  return {
    text: lesson.text,
    themes: lesson.themes.map((t) => t.id),
    tags: lesson.tags.join(', '),
    stage: lesson.stage ?? '',
    date: toDateParts(lesson.date),
    source: lesson.source ?? '',
  };
}

const EMPTY: LessonDraft = {
  text: '',
  themes: [],
  tags: '',
  stage: '',
  date: { day: '', month: '', year: '' },
  source: '',
};

export function lessonRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  /** The process (404 unless the actor may view it), what they may do there, and its frame. */
  async function context(request: FastifyRequest, processId: string) {
    const space = await loadProcessSpace(k, request.actor, processId, 'view', request.i18n);
    const access: LessonAccess = { actor: request.actor, ...space };
    return { process: space.process, access, heading: space.frame };
  }

  /** Every problem at once: the schema's, and the service's for the fields that passed. */
  async function formResult(
    draft: LessonDraft,
    run: (input: z.output<typeof lessonForm>) => Promise<Result<{ id: string }>>,
  ): Promise<Result<{ id: string }>> {
    const parsed = lessonForm.safeParse(draft);
    if (parsed.success) return run(parsed.data);
    const rest = parseFieldByField(
      lessonForm,
      { ...draft },
      { text: '-', themes: [], tags: [], stage: null, date: null, source: null },
    );
    const errors = mergeProblems(
      problemsFromZod(parsed.error, { fallback: 'lessons.error.invalid' }),
      await lessonInputProblems(db, rest),
    );
    return { ok: false, kind: 'invalid', errors };
  }

  app.get('/processes/:id/lessons', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const { page } = pageInput.parse(request.query ?? {});
    const ctx = await context(request, id);
    const [rows, total] = await Promise.all([
      listProcessLessons(k, id, { limit: LOG_PAGE_SIZE, offset: (page - 1) * LOG_PAGE_SIZE }),
      countProcessLessons(k, id),
    ]);
    const past = pastLastPage(request.url, page, total, LOG_PAGE_SIZE);
    if (past) return reply.seeOther(past);
    return reply.page(
      <LessonLogPage
        heading={ctx.heading}
        lessons={await presentLessons(k, rows, request.i18n)}
        total={total}
        page={page}
        canEdit={canEditLessons(ctx.access)}
      />,
    );
  });

  app.get('/processes/:id/lessons/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const ctx = await context(request, id);
    if (!canEditLessons(ctx.access)) throw notFound();
    return reply.page(
      <LessonFormPage
        heading={ctx.heading}
        mode="create"
        action={`/processes/${id}/lessons`}
        draft={EMPTY}
        errors={{}}
        themes={await themeTerms(k, request.i18n.locale)}
      />,
    );
  });

  app.post('/processes/:id/lessons', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const ctx = await context(request, id);
    if (!canEditLessons(ctx.access)) throw notFound();
    const draft = readDraft(request.body);
    const result = await formResult(draft, (input) => createLesson(db, ctx.access, input));
    if (result.ok)
      return reply.seeOther(`/processes/${id}/lessons#lesson-${result.value.id}`, {
        kind: 'success',
        key: 'lessons.flash.created',
      });
    if (result.kind !== 'invalid') throw notFound();
    return reply.page(
      <LessonFormPage
        heading={ctx.heading}
        mode="create"
        action={`/processes/${id}/lessons`}
        draft={draft}
        errors={translateProblems(result.errors, request.i18n, { order: LESSON_FIELDS })}
        themes={await themeTerms(k, request.i18n.locale)}
      />,
      422,
    );
  });

  async function lessonOr404(request: FastifyRequest) {
    const { id, lid } = parseParams(lessonParams, request.params);
    const ctx = await context(request, id);
    if (!canEditLessons(ctx.access)) throw notFound();
    const row = await findLesson(k, id, lid);
    if (!row) throw notFound();
    const [lesson] = await presentLessons(k, [row], request.i18n);
    return { ...ctx, id, lid, lesson: lesson! };
  }

  app.get('/processes/:id/lessons/:lid/edit', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const ctx = await lessonOr404(request);
    return reply.page(
      <LessonFormPage
        heading={ctx.heading}
        mode="update"
        action={`/processes/${ctx.id}/lessons/${ctx.lid}/edit`}
        draft={draftOf(ctx.lesson)}
        errors={{}}
        themes={await themeTerms(k, request.i18n.locale)}
        version={ctx.lesson.version}
      />,
    );
  });

  app.post(
    '/processes/:id/lessons/:lid/edit',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await lessonOr404(request);
      const version = Number.parseInt(formFields(request.body).version ?? '', 10);
      const draft = readDraft(request.body);
      const result = await formResult(draft, (input) =>
        updateLesson(db, ctx.access, ctx.lid, Number.isNaN(version) ? -1 : version, input),
      );
      if (result.ok)
        return reply.seeOther(`/processes/${ctx.id}/lessons#lesson-${ctx.lid}`, {
          kind: 'success',
          key: 'lessons.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        <LessonFormPage
          heading={ctx.heading}
          mode="update"
          action={`/processes/${ctx.id}/lessons/${ctx.lid}/edit`}
          draft={draft}
          errors={
            result.kind === 'invalid'
              ? translateProblems(result.errors, request.i18n, { order: LESSON_FIELDS })
              : {}
          }
          themes={await themeTerms(k, request.i18n.locale)}
          version={result.kind === 'conflict' ? result.currentVersion : version}
          conflict={result.kind === 'conflict'}
        />,
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );

  app.get(
    '/processes/:id/lessons/:lid/delete',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await lessonOr404(request);
      return reply.page(<LessonDeletePage heading={ctx.heading} lesson={ctx.lesson} />);
    },
  );

  app.post(
    '/processes/:id/lessons/:lid/delete',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await lessonOr404(request);
      const result = await deleteLesson(db, ctx.access, ctx.lid);
      if (!result.ok) throw notFound();
      return reply.seeOther(`/processes/${ctx.id}/lessons`, {
        kind: 'success',
        key: 'lessons.flash.deleted',
      });
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/processes/:id/lessons.${format}`, { config: { policy: 'public' } }, async (request, reply) => {
      const { id } = parseParams(processParams, request.params);
      await loadProcessAccess(k, request.actor, id, 'view');
      const rows = await listProcessLessons(k, id, { limit: 10_000 });
      const lessons = await presentLessons(k, rows, request.i18n);
      return sendTable(reply, {
        filename: `lessons-${id}`,
        format,
        sheets: [sheetOf(lessonsTable(lessons, request.i18n))],
        rtl: request.i18n.dir === 'rtl',
      });
    });
  }
}
