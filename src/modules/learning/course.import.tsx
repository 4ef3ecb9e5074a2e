import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { invalid, problemsOf, type Result } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { Button, TextArea } from '../../web/components/form.tsx';
import { asBody, type FieldErrors, FormPage, textOf, translateProblems } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { type CourseDefinition, createCourse } from './course.service.ts';
import { CONTENT_LOCALES, QUESTION_KINDS } from './learning.table.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A whole course as JSON: what a moderator pastes to add one (the shape of `CourseDefinition`). */
export const courseDefinitionSchema = z.object({
  locale: z.enum(CONTENT_LOCALES),
  translationOf: z.string().max(64).optional(),
  title: text(200),
  summary: text(2000),
  published: z.boolean(),
  modules: z
    .array(
      z.object({
        title: text(200),
        intro: z.string().trim().max(2000),
        passMark: z.number().int(),
        lessons: z
          .array(
            z.object({
              title: text(200),
              body: text(20_000),
              linkUrl: z.string().max(2000).optional(),
              linkLabel: z.string().max(200).optional(),
              mediaUrl: z.string().max(2000).optional(),
            }),
          )
          .max(30),
        questions: z
          .array(
            z.object({
              prompt: text(1000),
              kind: z.enum(QUESTION_KINDS),
              options: z.array(z.object({ label: text(500), correct: z.boolean() })).max(10),
            }),
          )
          .max(30),
      }),
    )
    .min(1)
    .max(30),
});

/** Reads a pasted definition: its JSON, its shape, then the course's own rules, each as a sentence. */
export function readCourseDefinition(json: string): Result<CourseDefinition> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return invalid({ definition: 'course.import.error.json' });
  }
  const parsed = courseDefinitionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid({
      definition: { key: 'course.import.error.shape', values: { path: issue?.path.join('.') || '—' } },
    });
  }
  return { ok: true, value: parsed.data };
}

function ImportPage({ json, errors }: { json: string; errors: FieldErrors }) {
  const { t } = useT();
  return (
    <FormPage
      title={t('course.import.title')}
      breadcrumbs={[{ label: t('course.list.title'), href: '/courses' }, { label: t('course.import.title') }]}
      action="/courses/import"
      errors={errors}
      wide
    >
      <TextArea
        name="definition"
        label={t('course.import.field')}
        hint={t('course.import.hint')}
        value={json}
        error={errors.definition}
        rows={20}
      />
      <Button>{t('course.import.submit')}</Button>
    </FormPage>
  );
}

/** Adding a course by its definition (moderators and admins, decision 134). */
export function courseImportRoutes(app: App, { db }: AppDeps): void {
  app.get('/courses/import', { config: { policy: 'moderator' } }, async (_request, reply) =>
    reply.page(<ImportPage json="" errors={{}} />),
  );

  app.post('/courses/import', { config: { policy: 'moderator' } }, async (request, reply) => {
    const json = textOf(asBody(request.body), 'definition');
    const read = readCourseDefinition(json);
    const result = read.ok ? await createCourse(db, actorId(request.actor), read.value) : read;
    if (result.ok)
      return reply.seeOther(`/courses/${result.value.id}`, { kind: 'success', key: 'course.flash.imported' });
    // The course's own rules name a place in the definition (`modules.0.questions.1`): say where.
    const [place, problem] = Object.entries(problemsOf(result))[0] ?? [
      'definition',
      { key: 'course.import.error.json' },
    ];
    const errors: FieldErrors = {
      definition:
        place === 'definition'
          ? (translateProblems({ definition: problem }, request.i18n).definition ?? '')
          : request.i18n.t('course.import.error.rule', { path: place, rule: request.i18n.t(problem.key) }),
    };
    return reply.page(<ImportPage json={json} errors={errors} />, failureStatus(result));
  });
}
