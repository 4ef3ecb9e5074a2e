import { DocumentList, type DocumentRow } from '../../documents/index.ts';
import type { DateParts } from '../../i18n/partial-date.ts';
import { formatPartialDate } from '../../i18n/partial-date.ts';
import { DateInput } from '../../web/components/date-input.tsx';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { FrameProcess } from '../processes/index.ts';
import { ProcessFrame } from '../processes/index.ts';
import { paragraphs } from '../reports/index.ts';
import { LESSON_DOCUMENTS, lessonHref } from './lesson.documents.ts';
import type { Lesson } from './lesson.presenter.ts';
import { LIMITS } from './lesson.schema.ts';
import { LESSON_STAGES } from './lesson.table.ts';
import type { Theme } from './lesson.themes.ts';

export const TAB = 'lessons';
export const LOG_PAGE_SIZE = 50;
export const CROSS_PAGE_SIZE = 25;

interface FrameProps {
  heading: FrameProcess;
}

/** One lesson: its text, then its themes, stage, date, author, source and free tags. */
export function LessonItem({
  lesson,
  showProcess = false,
  actions,
  page = false,
}: {
  lesson: Lesson;
  showProcess?: boolean;
  actions?: { edit: string; remove: string };
  /** Link to the lesson's own page (its documents). */
  page?: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <li class="lessons-item" id={`lesson-${lesson.id}`}>
      {showProcess ? (
        <p class="lessons-item__where">
          <a href={`/countries/${lesson.process.country}`}>{lesson.process.countryName}</a>
          {' · '}
          <a href={`/processes/${lesson.processId}/lessons#lesson-${lesson.id}`}>
            <bdi>{lesson.process.title}</bdi>
          </a>
        </p>
      ) : null}
      <div class="lessons-item__text">
        {paragraphs(lesson.text).map((p) => (
          <p dir="auto">{p}</p>
        ))}
      </div>
      <p class="meta">
        {lesson.themes.map((theme) => (
          <Tag label={theme.name} tone="info" />
        ))}
        {lesson.stage ? (
          <span>{t('lessons.stageLabel', { stage: t(`lessons.stage.${lesson.stage}`) })}</span>
        ) : null}
        {lesson.date ? <span>{formatPartialDate(i18n, lesson.date)}</span> : null}
        {lesson.author ? (
          <span>
            {t('lessons.recordedBy')} <bdi>{lesson.author.name}</bdi>
          </span>
        ) : null}
      </p>
      {lesson.source ? (
        <p class="small muted">
          {t('lessons.source')} <bdi>{lesson.source}</bdi>
        </p>
      ) : null}
      {lesson.tags.length > 0 ? (
        <p class="meta lessons-item__tags">
          <span class="visually-hidden">{t('lessons.field.tags')}</span>
          {lesson.tags.map((tag) => (
            <Tag label={tag} />
          ))}
        </p>
      ) : null}
      {actions || page ? (
        <p class="small lessons-item__actions">
          {page ? <a href={lessonHref(lesson.processId, lesson.id)}>{t('lessons.openPage')}</a> : null}
          {actions ? <a href={actions.edit}>{t('lessons.edit')}</a> : null}
          {actions ? <a href={actions.remove}>{t('lessons.delete')}</a> : null}
        </p>
      ) : null}
    </li>
  );
}

/** One lesson on its own page, with the documents that back it. */
export function LessonPage({
  heading,
  lesson,
  documents,
  canEdit,
}: FrameProps & { lesson: Lesson; documents: DocumentRow[]; canEdit: boolean }) {
  const { t } = useT();
  const base = `/processes/${heading.id}/lessons`;
  return (
    <ProcessFrame process={heading} active={TAB}>
      <p>
        <a href={`${base}#lesson-${lesson.id}`}>{t('lessons.backToLog')}</a>
      </p>
      <ul class="lessons-list">
        <LessonItem
          lesson={lesson}
          actions={
            canEdit ? { edit: `${base}/${lesson.id}/edit`, remove: `${base}/${lesson.id}/delete` } : undefined
          }
        />
      </ul>
      <DocumentList
        documents={documents}
        ownerType={LESSON_DOCUMENTS}
        ownerId={lesson.id}
        access={{ write: canEdit }}
      />
    </ProcessFrame>
  );
}

/** The running log of one process. */
export function LessonLogPage({
  heading,
  lessons,
  total,
  page,
  canEdit,
}: FrameProps & { lessons: Lesson[]; total: number; page: number; canEdit: boolean }) {
  const { t } = useT();
  const base = `/processes/${heading.id}/lessons`;
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      actions={
        canEdit ? (
          <a class="button button--primary" href={`${base}/new`}>
            {t('lessons.add')}
          </a>
        ) : undefined
      }
    >
      <p class="lead">{t('lessons.log.lead')}</p>
      <p>
        <a href="/lessons">{t('lessons.log.compare')}</a>
      </p>
      {lessons.length === 0 ? (
        <EmptyState message={t(canEdit ? 'lessons.log.emptyTeam' : 'lessons.log.empty')} />
      ) : (
        <>
          <ul class="lessons-list">
            {lessons.map((lesson) => (
              <LessonItem
                lesson={lesson}
                page
                actions={
                  canEdit
                    ? { edit: `${base}/${lesson.id}/edit`, remove: `${base}/${lesson.id}/delete` }
                    : undefined
                }
              />
            ))}
          </ul>
          <Pagination page={page} pageSize={LOG_PAGE_SIZE} total={total} href={(n) => `${base}?page=${n}`} />
          <ul class="consultation-links">
            <li>
              <a href={`${base}.csv`}>{t('lessons.download.csv')}</a>
            </li>
            <li>
              <a href={`${base}.xlsx`}>{t('lessons.download.xlsx')}</a>
            </li>
          </ul>
        </>
      )}
    </ProcessFrame>
  );
}

/** The lesson form as typed. */
export interface LessonDraft {
  text: string;
  themes: string[];
  tags: string;
  stage: string;
  date: DateParts;
  source: string;
}

export const LESSON_FIELDS = ['text', 'themes', 'tags', 'stage', 'date', 'source'];

function ThemeCheckboxes({
  themes,
  selected,
  error,
}: {
  themes: Theme[];
  selected: string[];
  error?: string;
}) {
  const { t } = useT();
  const chosen = new Set(selected);
  return (
    <fieldset class={error ? 'field field--error' : 'field'} id="themes" aria-describedby="themes-hint">
      <legend class="field__label">
        {t('lessons.field.themes')} <span class="field__optional">{t('form.optional')}</span>
      </legend>
      <p class="field__hint" id="themes-hint">
        {t('lessons.hint.themes')}
      </p>
      {error ? (
        <p class="field__error" id="themes-error">
          {error}
        </p>
      ) : null}
      <div class="checkboxes">
        {themes.map((theme) => (
          <div class="checkbox">
            <input
              type="checkbox"
              id={`themes-${theme.code}`}
              name="themes"
              value={theme.id}
              checked={chosen.has(theme.id)}
            />
            <label for={`themes-${theme.code}`}>{theme.name}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Recording or editing a lesson. */
export function LessonFormPage({
  heading,
  mode,
  action,
  draft,
  errors,
  themes,
  version,
  conflict = false,
  savedHref,
}: FrameProps & {
  mode: 'create' | 'update';
  action: string;
  draft: LessonDraft;
  errors: FieldErrors;
  themes: Theme[];
  version?: number;
  conflict?: boolean;
  /** The saved lesson, to compare after a conflict. */
  savedHref?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const title = t(mode === 'create' ? 'lessons.form.createTitle' : 'lessons.form.editTitle');
  return (
    <ProcessFrame process={heading} active={TAB} title={title} trail={[{ label: title }]}>
      {conflict ? <ConflictNotice savedHref={savedHref} /> : null}
      <ErrorSummary errors={errors} />
      <Form action={action}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextArea
          name="text"
          label={t('lessons.field.text')}
          hint={t('lessons.hint.text', { max: i18n.number(LIMITS.text) })}
          error={errors.text}
          value={draft.text}
          rows={6}
        />
        <ThemeCheckboxes themes={themes} selected={draft.themes} error={errors.themes} />
        <TextField
          name="tags"
          label={t('lessons.field.tags')}
          hint={t('lessons.hint.tags', { max: LIMITS.tags })}
          error={errors.tags}
          value={draft.tags}
          optional
        />
        <SelectField
          name="stage"
          label={t('lessons.field.stage')}
          hint={t('lessons.hint.stage')}
          error={errors.stage}
          value={draft.stage}
          placeholder={t('lessons.stage.none')}
          optional
          options={LESSON_STAGES.map((s) => ({ value: s, label: t(`lessons.stage.${s}`) }))}
        />
        <DateInput
          name="date"
          legend={t('lessons.field.date')}
          hint={t('lessons.hint.date')}
          error={errors.date}
          value={draft.date}
          labels={{
            day: t('lessons.date.day'),
            month: t('lessons.date.month'),
            year: t('lessons.date.year'),
          }}
          optional
        />
        <TextField
          name="source"
          label={t('lessons.field.source')}
          hint={t('lessons.hint.source')}
          error={errors.source}
          value={draft.source}
          maxLength={LIMITS.source}
          optional
        />
        <div class="button-group">
          <Button>{t(mode === 'create' ? 'lessons.form.create' : 'lessons.form.save')}</Button>
          <a href={`/processes/${heading.id}/lessons`}>{t('lessons.form.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

/** The separate step that removes a lesson. */
export function LessonDeletePage({ heading, lesson }: FrameProps & { lesson: Lesson }) {
  const { t } = useT();
  const base = `/processes/${heading.id}/lessons`;
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      title={t('lessons.delete.title')}
      trail={[{ label: t('lessons.delete.title') }]}
    >
      <ul class="lessons-list">
        <LessonItem lesson={lesson} />
      </ul>
      <Form action={`${base}/${lesson.id}/delete`}>
        <p>{t('lessons.delete.warning')}</p>
        <div class="button-group">
          <Button kind="warning">{t('lessons.delete.button')}</Button>
          <a href={base}>{t('lessons.form.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

export interface ThemeGroup {
  /** A theme id, or `none`. */
  id: string;
  name: string;
  total: number;
  lessons: Lesson[];
}

export interface CrossCountryFilters {
  theme?: string;
  country?: string;
}

function query(filters: CrossCountryFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.country) params.set('country', filters.country);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Lessons of all public processes, grouped by theme so countries can be compared. */
export function CrossCountryPage({
  groups,
  themes,
  countries,
  filters,
  page,
  errors = {},
}: {
  groups: ThemeGroup[];
  themes: Theme[];
  countries: { alpha3: string; name: string }[];
  filters: CrossCountryFilters;
  page: number;
  errors?: FieldErrors;
}) {
  const i18n = useT();
  const { t } = i18n;
  const filtered = Boolean(filters.theme);
  return (
    <Layout title={t('lessons.cross.title')} breadcrumbs={[{ label: t('lessons.cross.title') }]}>
      <PageHeading title={t('lessons.cross.title')} lead={t('lessons.cross.lead')} />
      <ErrorSummary errors={errors} />
      <form method="get" action="/lessons" class="filters">
        <SelectField
          name="theme"
          label={t('lessons.filter.theme')}
          error={errors.theme}
          value={filters.theme ?? ''}
          placeholder={t('lessons.filter.allThemes')}
          options={[
            ...themes.map((theme) => ({ value: theme.id, label: theme.name })),
            { value: 'none', label: t('lessons.theme.none') },
          ]}
        />
        <SelectField
          name="country"
          label={t('lessons.filter.country')}
          error={errors.country}
          value={filters.country ?? ''}
          placeholder={t('lessons.filter.allCountries')}
          options={countries.map((c) => ({ value: c.alpha3, label: c.name }))}
        />
        <Button kind="secondary">{t('lessons.filter.apply')}</Button>
      </form>
      {groups.every((g) => g.total === 0) ? (
        <EmptyState message={t('lessons.cross.empty')} />
      ) : (
        groups
          .filter((g) => g.total > 0)
          .map((group) => (
            <section class="lessons-group" aria-labelledby={`group-${group.id}`}>
              <h2 id={`group-${group.id}`}>
                {group.name} <span class="muted small">{t('lessons.count', { count: group.total })}</span>
              </h2>
              <ul class="lessons-list">
                {group.lessons.map((lesson) => (
                  <LessonItem lesson={lesson} showProcess />
                ))}
              </ul>
              {filtered ? (
                <Pagination
                  page={page}
                  pageSize={CROSS_PAGE_SIZE}
                  total={group.total}
                  href={(n) => `/lessons${query(filters, { page: String(n) })}`}
                />
              ) : group.total > group.lessons.length ? (
                <p>
                  <a href={`/lessons${query({ ...filters, theme: group.id })}`}>
                    {t('lessons.cross.seeAll', { count: group.total, theme: group.name })}
                  </a>
                </p>
              ) : null}
            </section>
          ))
      )}
      <ul class="consultation-links">
        <li>
          <a href={`/lessons.csv${query(filters)}`}>{t('lessons.download.csv')}</a>
        </li>
        <li>
          <a href={`/lessons.xlsx${query(filters)}`}>{t('lessons.download.xlsx')}</a>
        </li>
        <li>
          <a href={`/api/v1/lessons${query(filters)}`}>{t('lessons.download.api')}</a>
        </li>
      </ul>
    </Layout>
  );
}
