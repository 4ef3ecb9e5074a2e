import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { toDateParts } from '../../i18n/partial-date.ts';
import type { Translator } from '../../i18n/translator.ts';
import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import {
  listOf,
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  textOf,
  translateProblems,
} from '../../web/form/index.ts';
import { fieldErrors, formFields } from '../../web/forms.ts';
import { pastLastPage } from '../../web/paging.ts';
import { loadFrame, loadProcessFor } from '../processes/index.ts';
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

function params<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

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

/** Lessons of the cross-country view and its downloads, from the query's filters (400 on bad ones). */
function readFilters(query: unknown, i18n: Translator) {
  const parsed = lessonFilters.safeParse(query ?? {});
  if (parsed.success) return { ok: true as const, filters: parsed.data };
  return {
    ok: false as const,
    errors: fieldErrors(parsed.error, i18n, {
      theme: i18n.t('lessons.filter.theme'),
      country: i18n.t('lessons.filter.country'),
    }),
  };
}

export function lessonRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  async function context(request: FastifyRequest, processId: string) {
    const { process, role } = await loadProcessFor(k, request.actor, processId, 'view');
    const access: LessonAccess = { actor: request.actor, process, role };
    const heading = await loadFrame(k, process, role, request.i18n);
    return { process, access, heading };
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
    const { id } = params(processParams, request);
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
    const { id } = params(processParams, request);
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
    const { id } = params(processParams, request);
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
    const { id, lid } = params(lessonParams, request);
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
      const { id } = params(processParams, request);
      await context(request, id);
      const rows = await listProcessLessons(k, id, { limit: 10_000 });
      const lessons = await presentLessons(k, rows, request.i18n);
      return sendTable(reply, {
        filename: `lessons-${id}`,
        format,
        sheets: [sheetOf(lessonsTable(lessons, request.i18n))],
        rtl: request.i18n.dir === 'rtl',
      });
    });

    app.get(`/lessons.${format}`, { config: { policy: 'public' } }, async (request, reply) => {
      const read = readFilters(request.query, request.i18n);
      if (!read.ok || (await unknownFilterTheme(k, read.filters.theme)))
        throw new HttpProblem(400, 'InvalidFilter', 'lessons.error.themeFilter');
      const rows = await listPublicLessons(k, read.filters, { limit: 20_000, offset: 0 });
      const lessons = await presentLessons(k, rows, request.i18n);
      return sendTable(reply, {
        filename: 'lessons',
        format,
        sheets: [sheetOf(lessonsTable(lessons, request.i18n))],
        rtl: request.i18n.dir === 'rtl',
      });
    });
  }

  app.get('/lessons', { config: { policy: 'public' } }, async (request, reply) => {
    const { page } = pageInput.parse(request.query ?? {});
    const read = readFilters(request.query, request.i18n);
    const errors = !read.ok
      ? read.errors
      : (await unknownFilterTheme(k, read.filters.theme))
        ? { theme: request.i18n.t('lessons.error.themeFilter') }
        : null;
    // A filter that cannot be read shows every lesson again, with the problem above the filters.
    const filters = read.ok && !errors ? read.filters : {};
    const [data, countries] = await Promise.all([
      crossCountryGroups(k, filters, errors ? 1 : page, request.i18n),
      lessonCountryChoices(k, request.i18n),
    ]);
    // One theme is paged; without a theme filter every theme shows its first lessons on one page.
    const paged = 'theme' in filters && filters.theme ? data.groups[0] : undefined;
    const past = pastLastPage(request.url, errors ? 1 : page, paged?.total ?? 0, CROSS_PAGE_SIZE);
    if (past) return reply.seeOther(past);
    return reply.page(
      <CrossCountryPage
        groups={data.groups}
        themes={data.themes}
        countries={countries}
        filters={filters}
        page={errors ? 1 : page}
        errors={errors ?? {}}
      />,
      errors ? 400 : 200,
    );
  });
}
