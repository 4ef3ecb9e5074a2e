import type { FastifyRequest } from 'fastify';
import { type Failure, problemsOf } from '../../commands/index.ts';
import { toDateParts } from '../../i18n/partial-date.ts';
import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, listOf, submitForm, textOf, translateProblems, versionOf } from '../../web/form/index.ts';
import { pastLastPage } from '../../web/paging.ts';
import { parseParams } from '../../web/params.ts';
import { lessonsTable } from './lesson.export.ts';
import {
  type LessonSpace,
  lessonAccessFor,
  loadEditableLesson,
  loadLessonLog,
  loadLessonSpace,
  loadLessonWriting,
  loadProcessLessons,
} from './lesson.loader.ts';
import { canEditLessons } from './lesson.policy.ts';
import type { Lesson } from './lesson.presenter.ts';
import { type LessonInput, lessonForm, lessonParams, pageInput, processParams } from './lesson.schema.ts';
import { createLesson, deleteLesson, lessonInputProblems, updateLesson } from './lesson.service.ts';
import { themeTerms } from './lesson.themes.ts';
import {
  LESSON_FIELDS,
  LessonDeletePage,
  type LessonDraft,
  LessonFormPage,
  LessonLogPage,
  LOG_PAGE_SIZE,
} from './lesson.views.tsx';

function readDraft(body: unknown): LessonDraft {
  const b = asBody(body);
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

/** What the service's checks see of a field that failed the schema. */
const FALLBACK: LessonInput = { text: '-', themes: [], tags: [], stage: null, date: null, source: null };

export function lessonRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  /** Runs a lesson command on the form as typed: every problem at once, the schema's and the service's. */
  function submit(draft: LessonDraft, run: (input: LessonInput) => ReturnType<typeof createLesson>) {
    return submitForm(lessonForm, draft, {
      fallback: FALLBACK,
      problems: { fallback: 'lessons.error.invalid' },
      run,
      check: (rest) => lessonInputProblems(db, rest),
    });
  }

  /** The lesson form again, with the text as typed and what went wrong. */
  async function formAgain(
    request: FastifyRequest,
    ctx: LessonSpace,
    options: { draft: LessonDraft; failure: Failure; action: string; version?: number; savedHref?: string },
  ) {
    const { failure } = options;
    // A conflict is said by the notice above the form, with a link to the saved lesson.
    const problems = failure.kind === 'conflict' ? {} : problemsOf(failure);
    return (
      <LessonFormPage
        heading={ctx.heading}
        mode={options.version === undefined ? 'create' : 'update'}
        action={options.action}
        draft={options.draft}
        errors={translateProblems(problems, request.i18n, { order: LESSON_FIELDS })}
        themes={await themeTerms(k, request.i18n.locale)}
        version={(failure.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure.kind === 'conflict'}
        savedHref={options.savedHref}
      />
    );
  }

  app.get('/processes/:id/lessons', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const { page } = pageInput.parse(request.query ?? {});
    const ctx = await loadLessonSpace(k, request.actor, id, request.i18n);
    const { lessons, total } = await loadLessonLog(k, id, { page, size: LOG_PAGE_SIZE }, request.i18n);
    const past = pastLastPage(request.url, page, total, LOG_PAGE_SIZE);
    if (past) return reply.seeOther(past);
    return reply.page(
      <LessonLogPage
        heading={ctx.heading}
        lessons={lessons}
        total={total}
        page={page}
        canEdit={canEditLessons(ctx.access)}
      />,
    );
  });

  app.get('/processes/:id/lessons/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = parseParams(processParams, request.params);
    const ctx = await loadLessonWriting(k, request.actor, id, request.i18n);
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
    const ctx = await loadLessonWriting(k, request.actor, id, request.i18n);
    const draft = readDraft(request.body);
    const result = await submit(draft, (input) => createLesson(db, ctx.access, input));
    if (result.ok)
      return reply.seeOther(`/processes/${id}/lessons#lesson-${result.value.id}`, {
        kind: 'success',
        key: 'lessons.flash.created',
      });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(
      await formAgain(request, ctx, { draft, failure: result, action: `/processes/${id}/lessons` }),
      failureStatus(result),
    );
  });

  app.get('/processes/:id/lessons/:lid/edit', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id, lid } = parseParams(lessonParams, request.params);
    const ctx = await loadEditableLesson(k, request.actor, { id, lid }, request.i18n);
    return reply.page(
      <LessonFormPage
        heading={ctx.heading}
        mode="update"
        action={`/processes/${id}/lessons/${lid}/edit`}
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
      const { id, lid } = parseParams(lessonParams, request.params);
      const ctx = await loadEditableLesson(k, request.actor, { id, lid }, request.i18n);
      const version = versionOf(asBody(request.body));
      const draft = readDraft(request.body);
      const result = await submit(draft, (input) => updateLesson(db, ctx.access, lid, version ?? -1, input));
      if (result.ok)
        return reply.seeOther(`/processes/${id}/lessons#lesson-${lid}`, {
          kind: 'success',
          key: 'lessons.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formAgain(request, ctx, {
          draft,
          failure: result,
          action: `/processes/${id}/lessons/${lid}/edit`,
          version: version ?? ctx.lesson.version,
          savedHref: `/processes/${id}/lessons#lesson-${lid}`,
        }),
        failureStatus(result),
      );
    },
  );

  app.get(
    '/processes/:id/lessons/:lid/delete',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const params = parseParams(lessonParams, request.params);
      const ctx = await loadEditableLesson(k, request.actor, params, request.i18n);
      return reply.page(<LessonDeletePage heading={ctx.heading} lesson={ctx.lesson} />);
    },
  );

  app.post(
    '/processes/:id/lessons/:lid/delete',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, lid } = parseParams(lessonParams, request.params);
      const ctx = await loadEditableLesson(k, request.actor, { id, lid }, request.i18n);
      const result = await deleteLesson(db, ctx.access, lid);
      if (!result.ok) throw notFound();
      return reply.seeOther(`/processes/${id}/lessons`, { kind: 'success', key: 'lessons.flash.deleted' });
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/processes/:id/lessons.${format}`, { config: { policy: 'public' } }, async (request, reply) => {
      const { id } = parseParams(processParams, request.params);
      await lessonAccessFor(k, request.actor, id);
      const lessons = await loadProcessLessons(k, id, 10_000, request.i18n);
      return sendTable(reply, {
        filename: `lessons-${id}`,
        format,
        sheets: [sheetOf(lessonsTable(lessons, request.i18n))],
        rtl: request.i18n.dir === 'rtl',
      });
    });
  }
}
