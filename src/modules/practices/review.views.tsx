import { Button, SelectField, TextArea } from '../../web/components/form.tsx';
import { type FieldErrors, Form, FormPage } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Practice } from './practice.presenter.ts';
import { CRITERIA, type Criterion } from './practice.table.ts';
import type { ReviewWithScores } from './review.repository.ts';
import type { ScoreDraft } from './review.service.ts';

/** The reviews of a practice as the actor may see them (see `reviewsFor`). */
export interface ReviewsView {
  reviews: ReviewWithScores[];
  mine: ReviewWithScores | null;
  means: { criterion: Criterion; mean: number | null }[];
}

/** Average, spread, means per criterion and, for those allowed, each reviewer's scores. */
export function ReviewSummary({ practice: p, reviews }: { practice: Practice; reviews: ReviewsView }) {
  const i18n = useT();
  const { t } = i18n;
  if (p.review.count === 0 && !p.actions.seeReviews) return null;
  const submitted = reviews.reviews.filter((r) => r.state === 'submitted');
  // The translator's shared formatter (at most 3 decimals): a formatter per call costs a lot.
  const fmt = (n: number | null) => (n === null ? '–' : i18n.number(Math.round(n * 100) / 100));
  return (
    <section aria-labelledby="reviews">
      <h2 id="reviews">{t('practice.review.title')}</h2>
      {p.review.count === 0 ? (
        <p class="muted">{t('practice.review.none')}</p>
      ) : (
        <p>
          {t('practice.review.standing', {
            count: p.review.count,
            average: fmt(p.review.average),
            spread: fmt(p.review.spread),
          })}
        </p>
      )}
      {p.review.needsThirdReviewer ? <p role="status">{t('practice.review.needsThird')}</p> : null}
      {reviews.means.some((m) => m.mean !== null) ? (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('practice.review.criterion')}</th>
              <th scope="col">{t('practice.review.mean')}</th>
              {p.actions.seeReviews ? submitted.map((r) => <th scope="col">{r.reviewerName}</th>) : null}
            </tr>
          </thead>
          <tbody>
            {reviews.means.map((m) => (
              <tr>
                <th scope="row">{t(`practice.criterion.${m.criterion}`)}</th>
                <td>{fmt(m.mean)}</td>
                {p.actions.seeReviews
                  ? submitted.map((r) => {
                      const s = r.scores.find((x) => x.criterion === m.criterion);
                      return (
                        <td>
                          {s ? s.score : '–'}
                          {s ? (
                            <span class="muted" dir="auto">
                              {' '}
                              {s.comment}
                            </span>
                          ) : null}
                        </td>
                      );
                    })
                  : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The reviewer's page: declare a conflict, or score each criterion with a comment. */
export function ReviewFormPage({
  practice,
  review,
  draft,
  errors,
  conflict,
}: {
  practice: Practice;
  review: ReviewWithScores;
  draft: ScoreDraft;
  errors: FieldErrors;
  conflict?: boolean;
}) {
  const { t } = useT();
  const title = t('practice.review.formTitle');
  const scoreOptions = ['1', '2', '3', '4', '5'].map((s) => ({ value: s, label: t(`practice.score.${s}`) }));
  return (
    <FormPage
      title={title}
      caption={practice.title}
      breadcrumbs={[
        { label: t('practice.list.title'), href: '/practices' },
        { label: practice.title, href: `/practices/${practice.id}` },
        { label: title },
      ]}
      action={`/practices/${practice.id}/review`}
      errors={errors}
      version={review.version}
      conflict={conflict}
      savedHref={`/practices/${practice.id}`}
      wide
      before={
        <>
          <p>{t('practice.review.intro')}</p>
          <p>
            <a href={`/practices/${practice.id}`}>{t('practice.review.readPractice')}</a>
          </p>
          <ConflictForm practiceId={practice.id} version={review.version} />
          <h2>{t('practice.review.scoresTitle')}</h2>
        </>
      }
    >
      <div class="checkbox field">
        <input type="checkbox" id="noConflict" name="noConflict" value="yes" />
        <label for="noConflict">{t('practice.review.noConflict')}</label>
      </div>
      {errors.noConflict ? <p class="field__error">{errors.noConflict}</p> : null}
      {CRITERIA.map((c) => (
        <fieldset class="row-group">
          <legend>{t(`practice.criterion.${c}`)}</legend>
          <p class="field__hint">{t(`practice.criterionHint.${c}`)}</p>
          <SelectField
            name={`score.${c}`}
            label={t('practice.review.score')}
            value={draft[c].score}
            error={errors[`score.${c}`]}
            placeholder={t('practice.form.choose')}
            options={scoreOptions}
          />
          <TextArea
            name={`comment.${c}`}
            label={t('practice.review.comment')}
            value={draft[c].comment}
            error={errors[`comment.${c}`]}
            rows={2}
          />
        </fieldset>
      ))}
      <div class="button-group">
        <Button>{t('practice.review.submit')}</Button>
      </div>
    </FormPage>
  );
}

/** The conflict declaration, a form of its own beside the scores. */
export function ConflictForm({ practiceId, version }: { practiceId: string; version: number }) {
  const { t } = useT();
  return (
    <section aria-labelledby="conflict">
      <h2 id="conflict">{t('practice.review.conflictTitle')}</h2>
      <p>{t('practice.review.conflictHint')}</p>
      <Form action={`/practices/${practiceId}/review/conflict`}>
        <ConflictFields version={version} />
      </Form>
    </section>
  );
}

function ConflictFields({ version }: { version: number }) {
  const { t } = useT();
  return (
    <>
      <input type="hidden" name="version" value={String(version)} />
      <TextArea name="note" label={t('practice.review.conflictNote')} optional rows={2} />
      <Button kind="warning">{t('practice.review.declareConflict')}</Button>
    </>
  );
}
