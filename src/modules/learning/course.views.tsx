import type { Child } from 'hono/jsx';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, Form } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { CourseOutline, CourseSummary } from './course.presenter.ts';
import { contentDir, LanguageName, Paragraphs } from './learning.components.tsx';

/** A progress bar with its value in words beside it. */
export function CourseProgress({ percent, label }: { percent: number; label: string }) {
  const { t } = useT();
  const text = t('course.progress.percent', { value: percent });
  return (
    <span class="progress">
      <progress max="100" value={String(percent)} aria-label={label}>
        {text}
      </progress>{' '}
      <span class="progress__text figure">{text}</span>
    </span>
  );
}

/** The catalogue of published courses, with the reader's own place in those they follow. */
export function CourseListPage({
  courses,
  nextHref,
  mine,
  canCreate,
}: {
  courses: CourseSummary[];
  nextHref: string | null;
  mine: Map<string, { completed: boolean }>;
  canCreate: boolean;
}) {
  const { t } = useT();
  return (
    <Layout title={t('course.list.title')}>
      <PageHeading
        title={t('course.list.title')}
        lead={t('course.list.lead')}
        actions={
          canCreate ? (
            <a class="button button--secondary" href="/courses/import">
              {t('course.import.title')}
            </a>
          ) : null
        }
      />
      <p>
        <a href="/guidance">{t('course.list.guidanceLink')}</a>
      </p>
      {courses.length === 0 ? (
        <EmptyState message={t('course.list.empty')} />
      ) : (
        <ul class="item-list">
          {courses.map((c) => {
            const progress = mine.get(c.id);
            return (
              <li>
                <h2 dir="auto" lang={c.locale}>
                  <a href={`/courses/${c.id}`}>{c.title}</a>
                </h2>
                <p class="meta">
                  <span lang={c.locale}>
                    <LanguageName locale={c.locale} />
                  </span>{' '}
                  {progress?.completed ? <Tag label={t('course.completed')} tone="success" /> : null}
                  {progress && !progress.completed ? <Tag label={t('course.enrolled')} tone="info" /> : null}
                </p>
                <p dir="auto" lang={c.locale}>
                  {c.summary}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref} rel="next">
            {t('guidance.list.next')}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

/** A course: what it covers, module by module, and for a learner where they stand and where to go on. */
export function CoursePage({ course }: { course: CourseOutline }) {
  const { t, date } = useT();
  const progress = course.progress;
  return (
    <Layout
      title={course.title}
      breadcrumbs={[{ label: t('course.list.title'), href: '/courses' }, { label: course.title }]}
    >
      <PageHeading
        title={course.title}
        caption={t('course.caption')}
        actions={
          course.actions.results ? (
            <a class="button button--secondary" href={`/courses/${course.id}/results`}>
              {t('course.results.link')}
            </a>
          ) : null
        }
      />
      {course.published ? null : (
        <p>
          <Tag label={t('course.draft')} tone="warning" />
        </p>
      )}
      <div lang={course.locale} dir={contentDir(course.locale)}>
        <p class="lead">{course.summary}</p>
      </div>
      {course.languages.length > 0 ? (
        <p>
          {t('course.otherLanguages')}{' '}
          {course.languages.map((l, i) => (
            <>
              {i > 0 ? ', ' : null}
              <a href={`/courses/${l.id}`} hreflang={l.locale}>
                <LanguageName locale={l.locale} />
              </a>
            </>
          ))}
        </p>
      ) : null}
      {progress ? (
        <section class="course-progress" aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t('course.progress.title')}</h2>
          <p>
            <CourseProgress percent={progress.percent} label={t('course.progress.label')} />
          </p>
          <p>
            {t('course.progress.detail', {
              lessons: progress.lessonsDone,
              lessonsTotal: progress.lessonsTotal,
              quizzes: progress.quizzesPassed,
              quizzesTotal: progress.quizzesTotal,
            })}
          </p>
          {progress.certificateCode ? (
            <p>
              {t('course.progress.completed', { date: date(progress.completedAt ?? progress.enrolledAt) })}{' '}
              <a href={`/certificates/${progress.certificateCode}`}>{t('course.certificate.open')}</a>
            </p>
          ) : progress.resumeHref ? (
            <p>
              <a class="button" href={progress.resumeHref}>
                {progress.lessonsDone === 0 && progress.quizzesPassed === 0
                  ? t('course.start')
                  : t('course.resume')}
              </a>
            </p>
          ) : null}
        </section>
      ) : course.actions.enrol ? (
        <Form action={`/courses/${course.id}/enrol`}>
          <Button>{t('course.enrol')}</Button>
        </Form>
      ) : course.actions.signIn ? (
        <p>
          <a href={`/sign-in?next=${encodeURIComponent(`/courses/${course.id}`)}`}>
            {t('course.signInToEnrol')}
          </a>
        </p>
      ) : null}
      <ol class="course-modules" lang={course.locale} dir={contentDir(course.locale)}>
        {course.modules.map((m) => (
          <li>
            <h2 dir="auto">{m.title}</h2>
            <p dir="auto">{m.intro}</p>
            <ol>
              {m.lessons.map((l) => (
                <li>
                  <a href={`/courses/${course.id}/lessons/${l.id}`}>{l.title}</a>
                  {l.done ? (
                    <>
                      {' '}
                      <Tag label={t('course.lesson.done')} tone="success" />
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
            {m.questions > 0 ? (
              <p>
                {m.quiz ? (
                  <a href={`/courses/${course.id}/modules/${m.id}/quiz`}>
                    {t('course.quiz.link', { count: m.questions })}
                  </a>
                ) : (
                  t('course.quiz.link', { count: m.questions })
                )}{' '}
                {m.quiz?.passed ? (
                  <Tag label={t('course.quiz.passed', { score: m.quiz.bestScore ?? 0 })} tone="success" />
                ) : null}
                {m.quiz && !m.quiz.passed && m.quiz.attempts > 0 ? (
                  <Tag
                    label={t('course.quiz.notYet', { score: m.quiz.bestScore ?? 0, mark: m.passMark })}
                    tone="warning"
                  />
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Layout>
  );
}

/** One lesson: its text, a link to read further, a video or audio by link, and the button to go on. */
export function LessonPage({
  course,
  lesson,
  enrolled,
  done,
  documents,
}: {
  course: { id: string; title: string; locale: string };
  lesson: {
    id: string;
    title: string;
    body: string;
    module_title: string;
    link_url: string | null;
    link_label: string | null;
    media_url: string | null;
  };
  enrolled: boolean;
  done: boolean;
  documents?: Child;
}) {
  const { t } = useT();
  return (
    <Layout
      title={lesson.title}
      breadcrumbs={[
        { label: t('course.list.title'), href: '/courses' },
        { label: course.title, href: `/courses/${course.id}` },
        { label: lesson.title },
      ]}
    >
      <PageHeading title={lesson.title} caption={lesson.module_title} />
      <div lang={course.locale} dir={contentDir(course.locale)} class="lesson-text">
        <Paragraphs text={lesson.body} />
      </div>
      {lesson.link_url ? (
        <p>
          <a href={lesson.link_url} rel="noopener noreferrer external">
            {lesson.link_label ?? lesson.link_url}
          </a>
        </p>
      ) : null}
      {lesson.media_url ? (
        <p>
          {t('course.lesson.media')}{' '}
          <a href={lesson.media_url} rel="noopener noreferrer external">
            {lesson.media_url}
          </a>
        </p>
      ) : null}
      {documents}
      {enrolled ? (
        <Form action={`/courses/${course.id}/lessons/${lesson.id}/done`}>
          {done ? <p>{t('course.lesson.alreadyDone')}</p> : null}
          <Button>{t('course.lesson.next')}</Button>
        </Form>
      ) : (
        <p>
          <a href={`/courses/${course.id}`}>{t('course.lesson.enrolFirst')}</a>
        </p>
      )}
    </Layout>
  );
}
