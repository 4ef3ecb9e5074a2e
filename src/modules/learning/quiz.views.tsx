import { Button, ErrorSummary, Form } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';

export interface QuizView {
  course: { id: string; title: string; locale: string };
  module: { id: string; title: string; passMark: number };
  questions: {
    id: string;
    prompt: string;
    kind: 'single' | 'multiple';
    options: { id: string; label: string }[];
  }[];
  /** The best attempt so far. */
  best: { passed: boolean; score: number } | null;
  enrolled: boolean;
}

/**
 * A module's quiz: radio buttons for single choice, checkboxes for multiple choice. Once passed,
 * the page says so and offers no form (the pass stands). After a failed attempt it says the score.
 */
export function QuizPage({
  quiz,
  errors,
  chosen,
  outcome,
}: {
  quiz: QuizView;
  errors: FieldErrors;
  chosen: Record<string, string[]>;
  outcome?: { score: number; passMark: number };
}) {
  const { t } = useT();
  const { course, module } = quiz;
  const title = t('course.quiz.title', { module: module.title });
  return (
    <Layout
      title={title}
      breadcrumbs={[
        { label: t('course.list.title'), href: '/courses' },
        { label: course.title, href: `/courses/${course.id}` },
        { label: title },
      ]}
    >
      <PageHeading
        title={title}
        caption={course.title}
        lead={t('course.quiz.lead', { mark: module.passMark })}
      />
      {outcome ? (
        <div class="notice notice--warning" role="status">
          <p>{t('course.quiz.failed', { score: outcome.score, mark: outcome.passMark })}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
      {quiz.best?.passed ? (
        <div class="notice" role="status">
          <p>{t('course.quiz.alreadyPassed', { score: quiz.best.score })}</p>
          <p>
            <a href={`/courses/${course.id}`}>{t('course.backToCourse')}</a>
          </p>
        </div>
      ) : !quiz.enrolled ? (
        <p>
          <a href={`/courses/${course.id}`}>{t('course.lesson.enrolFirst')}</a>
        </p>
      ) : (
        <Form action={`/courses/${course.id}/modules/${module.id}/quiz`}>
          {quiz.questions.map((q, index) => {
            const field = `q-${q.id}`;
            const error = errors[field];
            return (
              <div class={error ? 'field field--error' : 'field'}>
                <fieldset
                  class="radios"
                  id={field}
                  aria-describedby={error ? `${field}-error` : `${field}-hint`}
                >
                  <legend class="field__label" lang={course.locale} dir="auto">
                    {t('course.quiz.number', { number: index + 1 })} {q.prompt}
                  </legend>
                  <p class="field__hint" id={`${field}-hint`}>
                    {q.kind === 'single' ? t('course.quiz.chooseOne') : t('course.quiz.chooseAll')}
                  </p>
                  {error ? (
                    <p class="field__error" id={`${field}-error`}>
                      {error}
                    </p>
                  ) : null}
                  <div class="quiz-options">
                    {q.options.map((o) => (
                      <div class="checkbox">
                        <input
                          type={q.kind === 'single' ? 'radio' : 'checkbox'}
                          id={`o-${o.id}`}
                          name={field}
                          value={o.id}
                          checked={chosen[q.id]?.includes(o.id)}
                        />
                        <label for={`o-${o.id}`} lang={course.locale} dir="auto">
                          {o.label}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </div>
            );
          })}
          <Button>{t('course.quiz.submit')}</Button>
        </Form>
      )}
    </Layout>
  );
}
