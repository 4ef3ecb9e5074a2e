import { Button, Form } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { ConflictNotice } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import type { ScoredItem, TemplateInRound } from './assessment.presenter.ts';
import { COMMENT_MAX, EVIDENCE_MAX, fingerprint } from './assessment.schema.ts';
import { SCALE_VALUES } from './scale.ts';
import { ProblemSummary, ScoreTag, Shown } from './shared.views.tsx';

/** What the user sent for one item, kept when it could not be saved (errors or a conflict). */
export interface PendingItem {
  values: { score: string; evidence: string; comment: string };
  errors: Partial<Record<'score' | 'evidence' | 'comment', string>>;
  /** Someone else saved the item since the user loaded it: their version is shown beside. */
  conflict: boolean;
  /** The version (and, in the batch form, the fingerprint) the user's text was based on. */
  version?: number;
  orig?: string;
}

export interface Section extends TemplateInRound {
  answered: number;
  total: number;
}

export interface RoundPageProps {
  context: ProcessSpace;
  assessment: { id: string; round: number; createdAt: string };
  sections: Section[];
  active: Section;
  items: ScoredItem[];
  pending: Map<string, PendingItem>;
  /** Script that notices saves by others while the page is open (progressive enhancement). */
  liveScript?: string;
}

function ItemHeading({ item }: { item: ScoredItem }) {
  const { t } = useT();
  return (
    <>
      <h3 class="assessment-item__question">
        <span class="assessment-item__number">{item.number}.</span> <Shown text={item.question} />
      </h3>
      {item.area.key !== item.templateSlug ? <Tag label={item.area.label} /> : null}
      {item.guidance || item.expected ? (
        <details class="assessment-item__help">
          <summary>{t('assessment.item.help')}</summary>
          <dl class="details">
            {item.guidance ? (
              <>
                <dt>{t('checklist.field.guidance')}</dt>
                <dd>
                  <Shown text={item.guidance} />
                </dd>
              </>
            ) : null}
            {item.expected ? (
              <>
                <dt>{t('checklist.field.evidence')}</dt>
                <dd>
                  <Shown text={item.expected} />
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      ) : null}
    </>
  );
}

/** The saved state of an item: its score, evidence and comments, and who saved it when. */
export function SavedItem({ item, heading }: { item: ScoredItem; heading?: string }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <dl class="details assessment-item__saved">
      {heading ? (
        <>
          <dt class="assessment-item__saved-heading">{heading}</dt>
          <dd />
        </>
      ) : null}
      <dt>{t('assessment.field.score')}</dt>
      <dd>
        <ScoreTag score={item.score} />
        {item.updatedAt ? (
          <span class="muted small">
            {' '}
            {t('assessment.item.savedBy', {
              name: item.updatedByName ?? t('assessment.item.someone'),
              date: i18n.dateTime(item.updatedAt),
            })}
          </span>
        ) : null}
      </dd>
      <dt>{t('assessment.field.evidence')}</dt>
      <dd class="prewrap" dir="auto">
        {item.evidence ?? '—'}
      </dd>
      <dt>{t('assessment.field.comment')}</dt>
      <dd class="prewrap" dir="auto">
        {item.comment ?? '—'}
      </dd>
    </dl>
  );
}

/** The item's fields; `prefix` names them (`` for one item, `items.<id>.` in the batch form). */
export function ItemFields({
  item,
  prefix,
  values,
  errors,
}: {
  item: ScoredItem;
  prefix: string;
  values: PendingItem['values'];
  errors: PendingItem['errors'];
}) {
  const { t } = useT();
  const id = (field: string) => `${field}-${item.id}`;
  return (
    <>
      <fieldset
        class={errors.score ? 'field field--error' : 'field'}
        aria-describedby={errors.score ? `${id('score')}-error` : undefined}
      >
        <legend class="field__label">{t('assessment.field.score')}</legend>
        {errors.score ? (
          <p class="field__error" id={`${id('score')}-error`}>
            {errors.score}
          </p>
        ) : null}
        <div class="radios">
          {SCALE_VALUES[item.scale].map((value, index) => (
            <div class="checkbox">
              <input
                type="radio"
                id={index === 0 ? id('score') : `${id('score')}-${value}`}
                name={`${prefix}score`}
                value={value}
                checked={values.score === value}
              />
              <label for={index === 0 ? id('score') : `${id('score')}-${value}`}>
                {t(`assessment.score.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class={errors.evidence ? 'field field--error' : 'field'}>
        <label class="field__label" for={id('evidence')}>
          {t('assessment.field.evidence')} <span class="field__optional">{t('form.optional')}</span>
        </label>
        <p class="field__hint" id={`${id('evidence')}-hint`}>
          {t('assessment.field.evidenceHint')}
        </p>
        {errors.evidence ? (
          <p class="field__error" id={`${id('evidence')}-error`}>
            {errors.evidence}
          </p>
        ) : null}
        <textarea
          class="input"
          id={id('evidence')}
          name={`${prefix}evidence`}
          rows={3}
          maxlength={EVIDENCE_MAX}
          dir="auto"
          aria-invalid={errors.evidence ? 'true' : undefined}
          aria-describedby={`${id('evidence')}-hint${errors.evidence ? ` ${id('evidence')}-error` : ''}`}
        >
          {values.evidence}
        </textarea>
      </div>
      <div class={errors.comment ? 'field field--error' : 'field'}>
        <label class="field__label" for={id('comment')}>
          {t('assessment.field.comment')} <span class="field__optional">{t('form.optional')}</span>
        </label>
        {errors.comment ? (
          <p class="field__error" id={`${id('comment')}-error`}>
            {errors.comment}
          </p>
        ) : null}
        <textarea
          class="input"
          id={id('comment')}
          name={`${prefix}comment`}
          rows={2}
          maxlength={COMMENT_MAX}
          dir="auto"
          aria-invalid={errors.comment ? 'true' : undefined}
        >
          {values.comment}
        </textarea>
      </div>
    </>
  );
}

/** For an editor, the form shows the saved texts: one line says the score and who saved it. */
function SavedLine({ item }: { item: ScoredItem }) {
  const i18n = useT();
  return (
    <p class="meta">
      <ScoreTag score={item.score} />
      {item.updatedAt ? (
        <span>
          {i18n.t('assessment.item.savedBy', {
            name: item.updatedByName ?? i18n.t('assessment.item.someone'),
            date: i18n.dateTime(item.updatedAt),
          })}
        </span>
      ) : null}
    </p>
  );
}

const savedValues = (item: ScoredItem): PendingItem['values'] => ({
  score: item.score ?? '',
  evidence: item.evidence ?? '',
  comment: item.comment ?? '',
});

/** The notice a page script reveals when someone saves the item while the page is open. */
function StaleNotice() {
  const { t } = useT();
  return (
    <p class="notice notice--warning" data-stale hidden>
      {t('assessment.live.changed')}
    </p>
  );
}

function ScoringItem({
  item,
  action,
  section,
  pending,
  canEdit,
}: {
  item: ScoredItem;
  action: string;
  section: string;
  pending: PendingItem | undefined;
  canEdit: boolean;
}) {
  const { t } = useT();
  return (
    <section
      class="assessment-item"
      id={`item-${item.id}`}
      data-item={item.id}
      data-version={String(item.version)}
    >
      <ItemHeading item={item} />
      {canEdit ? <StaleNotice /> : null}
      {pending?.conflict ? <ConflictNotice messageKey="assessment.item.conflict" /> : null}
      {!canEdit || pending?.conflict ? (
        <SavedItem item={item} heading={pending?.conflict ? t('assessment.item.theirVersion') : undefined} />
      ) : (
        <SavedLine item={item} />
      )}
      {canEdit ? (
        <Form action={action} class="form assessment-item__form">
          <input type="hidden" name="version" value={String(pending?.version ?? item.version)} />
          <input type="hidden" name="section" value={section} />
          {pending?.conflict ? (
            <p class="assessment-item__yours">{t('assessment.item.yourVersion')}</p>
          ) : null}
          <ItemFields
            item={item}
            prefix=""
            values={pending?.values ?? savedValues(item)}
            errors={pending?.errors ?? {}}
          />
          <Button kind="secondary">{t('assessment.item.save')}</Button>
        </Form>
      ) : null}
    </section>
  );
}

function SectionNav({
  base,
  sections,
  active,
  suffix = '',
}: {
  base: string;
  sections: Section[];
  active: Section;
  suffix?: string;
}) {
  const { t, number } = useT();
  return (
    <nav aria-label={t('assessment.sections')} class="assessment-sections">
      <ul>
        {sections.map((s) => (
          <li>
            <a
              href={`${base}${suffix}?section=${s.versionId}`}
              aria-current={s.versionId === active.versionId ? 'page' : undefined}
            >
              <Shown text={s.title} />
            </a>{' '}
            <span class="muted small">
              {t('assessment.progress', { answered: number(s.answered), total: number(s.total) })}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function pendingProblems(
  items: ScoredItem[],
  pending: Map<string, PendingItem>,
  t: (k: string, v?: Record<string, string | number>) => string,
) {
  const problems: { href: string; text: string }[] = [];
  for (const item of items) {
    const p = pending.get(item.id);
    if (!p) continue;
    for (const [field, message] of Object.entries(p.errors))
      problems.push({
        href: `#${field}-${item.id}`,
        text: t('assessment.item.problem', { number: item.number, message }),
      });
    if (p.conflict)
      problems.push({
        href: `#item-${item.id}`,
        text: t('assessment.item.conflictShort', { number: item.number }),
      });
  }
  return problems;
}

function RoundFrame({ props, children }: { props: RoundPageProps; children: unknown }) {
  const i18n = useT();
  const { t } = i18n;
  const { context, assessment, active } = props;
  const base = `/processes/${context.process.id}/assessments/${assessment.id}`;
  const title = t('assessment.round', { round: assessment.round });
  return (
    <ProcessFrame process={context.frame} active="assessments" title={title} trail={[{ label: title }]}>
      <p class="meta">
        <span>{t('assessment.startedOn', { date: i18n.date(assessment.createdAt) })}</span>
        <a href={`${base}/results`}>{t('assessment.results.link')}</a>
      </p>
      {active.newerExists ? (
        <p class="notice">{t('assessment.versionKept', { version: active.version })}</p>
      ) : null}
      {children as never}
    </ProcessFrame>
  );
}

/** Scoring one section (template) of a round, one item at a time. */
export function ScoringPage(props: RoundPageProps) {
  const { t } = useT();
  const { context, assessment, items, active, pending } = props;
  const base = `/processes/${context.process.id}/assessments/${assessment.id}`;
  return (
    <RoundFrame props={props}>
      <SectionNav base={base} sections={props.sections} active={active} />
      <h3 class="assessment-section-title">
        <Shown text={active.title} />
      </h3>
      {context.may.edit ? (
        <p>
          {t('assessment.scoring.lead')}{' '}
          <a href={`${base}/batch?section=${active.versionId}`}>{t('assessment.batch.link')}</a>
        </p>
      ) : null}
      <ProblemSummary problems={pendingProblems(items, pending, t)} />
      <div data-live={context.may.edit ? `${base}/versions.json` : undefined}>
        {items.map((item) => (
          <ScoringItem
            item={item}
            action={`${base}/items/${item.id}`}
            section={active.versionId}
            pending={pending.get(item.id)}
            canEdit={context.may.edit}
          />
        ))}
      </div>
      {props.liveScript && context.may.edit ? <script src={props.liveScript} defer /> : null}
    </RoundFrame>
  );
}

/** Every item of a section in one form, saved with "Save all changed". */
export function BatchPage(props: RoundPageProps & { saved?: number }) {
  const { t } = useT();
  const { context, assessment, items, active, pending } = props;
  const base = `/processes/${context.process.id}/assessments/${assessment.id}`;
  return (
    <RoundFrame props={props}>
      <SectionNav base={base} sections={props.sections} active={active} suffix="/batch" />
      <h3 class="assessment-section-title">
        <Shown text={active.title} />
      </h3>
      <p>
        {t('assessment.batch.lead')}{' '}
        <a href={`${base}?section=${active.versionId}`}>{t('assessment.batch.back')}</a>
      </p>
      {props.saved !== undefined ? (
        <div class="notice notice--success" role="status">
          <p>{t('assessment.batch.savedSome', { count: props.saved })}</p>
        </div>
      ) : null}
      <ProblemSummary problems={pendingProblems(items, pending, t)} />
      <Form action={`${base}/batch`} class="form form--wide">
        <input type="hidden" name="section" value={active.versionId} />
        {items.map((item) => {
          const p = pending.get(item.id);
          const prefix = `items.${item.id}.`;
          return (
            <section class="assessment-item" id={`item-${item.id}`}>
              <ItemHeading item={item} />
              {p?.conflict ? (
                <>
                  <ConflictNotice messageKey="assessment.item.conflict" />
                  <SavedItem item={item} heading={t('assessment.item.theirVersion')} />
                  <p class="assessment-item__yours">{t('assessment.item.yourVersion')}</p>
                </>
              ) : null}
              <input type="hidden" name={`${prefix}version`} value={String(p?.version ?? item.version)} />
              {/* What the page was loaded with: only items the user changed are saved. */}
              <input type="hidden" name={`${prefix}orig`} value={p?.orig ?? fingerprint(item)} />
              <ItemFields
                item={item}
                prefix={prefix}
                values={p?.values ?? savedValues(item)}
                errors={p?.errors ?? {}}
              />
            </section>
          );
        })}
        <Button>{t('assessment.batch.submit')}</Button>
      </Form>
    </RoundFrame>
  );
}
