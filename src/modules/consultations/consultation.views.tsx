import { DocumentList, type DocumentRow } from '../../documents/index.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, SelectField, TextArea } from '../../web/components/form.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { FrameProcess } from '../processes/index.ts';
import { ProcessFrame } from '../processes/index.ts';
import {
  CommentItem,
  organisationName,
  Paragraphs,
  Radios,
  StanceCounts,
  StatusTag,
} from './consultation.components.tsx';
import { CONSULTATION_DOCUMENTS } from './consultation.loader.ts';
import type { ConsultationSummary, ConsultationView, SectionView } from './consultation.presenter.ts';
import { LIMITS } from './consultation.schema.ts';

export const TAB = 'consultations';

export interface FrameProps {
  heading: FrameProcess;
}

export const consultationPath = (processId: string, id: string) =>
  `/processes/${processId}/consultations/${id}`;

/** The consultations of a process: open ones to take part in, closed ones to read. */
export function ConsultationListPage({
  heading,
  consultations,
  canCreate,
}: FrameProps & { consultations: ConsultationSummary[]; canCreate: boolean }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      actions={
        canCreate ? (
          <a class="button button--primary" href={`/processes/${heading.id}/consultations/new`}>
            {t('consultation.list.add')}
          </a>
        ) : undefined
      }
    >
      <p class="lead">{t('consultation.list.lead')}</p>
      {consultations.length === 0 ? (
        <EmptyState message={t(canCreate ? 'consultation.list.emptyTeam' : 'consultation.list.empty')} />
      ) : (
        <ul class="item-list">
          {consultations.map((c) => (
            <li>
              <h3 dir="auto">
                <a href={consultationPath(heading.id, c.id)}>{c.title}</a>
              </h3>
              <p class="meta">
                <StatusTag status={c.status} />
                <span>{t(`consultation.audience.${c.audience}`)}</span>
                <span>{t('consultation.sectionCount', { count: c.sectionCount })}</span>
                <span>{t('consultation.commentCount', { count: c.commentCount })}</span>
                {c.closedAt ? (
                  <span>{t('consultation.closedOn', { date: i18n.date(c.closedAt) })}</span>
                ) : c.openedAt ? (
                  <span>{t('consultation.openedOn', { date: i18n.date(c.openedAt) })}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </ProcessFrame>
  );
}

/** Why the reader cannot take part, in words that say what to do. */
function RefusalNotice({ consultation, path }: { consultation: ConsultationView; path: string }) {
  const { t } = useT();
  switch (consultation.refusal) {
    case 'signed-out':
      return (
        <p class="notice">
          <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t('consultation.refusal.signIn')}</a>
        </p>
      );
    case 'not-invited':
      return <p class="notice">{t('consultation.refusal.notInvited')}</p>;
    case 'not-open':
      return <p class="notice">{t('consultation.refusal.notOpen')}</p>;
    default:
      return null;
  }
}

function ClosedNotice({ consultation }: { consultation: ConsultationView }) {
  const i18n = useT();
  if (consultation.status !== 'closed' || !consultation.closedAt) return null;
  return (
    <div class="notice notice--success consultation-closed">
      <h3 class="notice__title">
        {i18n.t('consultation.closed.title', { date: i18n.date(consultation.closedAt) })}
      </h3>
      <h4>{i18n.t('consultation.closed.summary')}</h4>
      <Paragraphs text={consultation.closingSummary} />
    </div>
  );
}

function SectionBlock({ consultation, section }: { consultation: ConsultationView; section: SectionView }) {
  const { t } = useT();
  const base = consultationPath(consultation.processId, consultation.id);
  return (
    <section class="consultation-section" aria-labelledby={`section-${section.id}`}>
      <h3 id={`section-${section.id}`} dir="auto">
        <span class="consultation-section__number">{section.position}.</span> {section.title}
      </h3>
      <div class="consultation-section__text">
        <Paragraphs text={section.body} />
      </div>
      {consultation.status !== 'draft' ? (
        <>
          <StanceCounts support={section.support} object={section.object} />
          {section.comments.length > 0 ? (
            <>
              <h4>{t('consultation.comments', { count: section.comments.length })}</h4>
              <ol class="consultation-comments">
                {section.comments.map((c) => (
                  <CommentItem
                    comment={c}
                    hideHref={consultation.actions.moderate ? `${base}/comments/${c.id}/hide` : undefined}
                  />
                ))}
              </ol>
            </>
          ) : (
            <p class="muted">{t('consultation.noComments')}</p>
          )}
          {consultation.actions.comment ? (
            <p>
              <a href={`${base}/sections/${section.id}`}>
                {t('consultation.respond', { number: section.position })}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** A consultation: its text section by section, with counts and comments, and what the reader may do. */
export function ConsultationPage({
  heading,
  consultation,
  path,
  documents,
  errors = {},
}: FrameProps & {
  consultation: ConsultationView;
  path: string;
  documents: DocumentRow[];
  errors?: FieldErrors;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = consultationPath(heading.id, consultation.id);
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      title={consultation.title}
      trail={[{ label: consultation.title }]}
    >
      <ErrorSummary errors={errors} />
      <p class="meta consultation-meta">
        <StatusTag status={consultation.status} />
        <span>{t(`consultation.audience.${consultation.audience}`)}</span>
        {consultation.openedAt ? (
          <span>{t('consultation.openedOn', { date: i18n.date(consultation.openedAt) })}</span>
        ) : null}
      </p>
      <ClosedNotice consultation={consultation} />
      <Paragraphs text={consultation.introduction} />
      {consultation.audience === 'invited' ? (
        <>
          <h3>{t('consultation.invited')}</h3>
          {consultation.invited.length === 0 ? (
            <p class="muted">{t('consultation.invited.none')}</p>
          ) : (
            <ul>
              {consultation.invited.map((o) => (
                <li>
                  <a href={`/organisations/${o.id}`}>
                    <bdi>{organisationName(o)}</bdi>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      <RefusalNotice consultation={consultation} path={path} />
      {consultation.actions.open ? (
        <div class="consultation-actions">
          <Form action={`${base}/open`}>
            <input type="hidden" name="version" value={String(consultation.version)} />
            <p class="field__hint">{t('consultation.open.hint')}</p>
            <div class="button-group">
              <Button>{t('consultation.open.button')}</Button>
              <a href={`${base}/edit`}>{t('consultation.edit.link')}</a>
            </div>
          </Form>
        </div>
      ) : (
        <ul class="consultation-links">
          {consultation.actions.edit ? (
            <li>
              <a href={`${base}/edit`}>{t('consultation.edit.settingsLink')}</a>
            </li>
          ) : null}
          {consultation.actions.close ? (
            <li>
              <a href={`${base}/close`}>{t('consultation.close.link')}</a>
            </li>
          ) : null}
          {consultation.status !== 'draft' ? (
            <>
              <li>
                <a href={`${base}/comments.csv`}>{t('consultation.download.csv')}</a>
              </li>
              <li>
                <a href={`${base}/comments.xlsx`}>{t('consultation.download.xlsx')}</a>
              </li>
            </>
          ) : null}
        </ul>
      )}
      <DocumentList
        documents={documents}
        ownerType={CONSULTATION_DOCUMENTS}
        ownerId={consultation.id}
        access={{ write: consultation.actions.attach }}
      />
      {consultation.sections.length === 0 ? <EmptyState message={t('consultation.noSections')} /> : null}
      {consultation.sections.map((s) => (
        <SectionBlock consultation={consultation} section={s} />
      ))}
    </ProcessFrame>
  );
}

export interface SectionFormState {
  body: string;
  organisationId: string;
  stance: string;
}

/** One section with its comments, and the forms to take a position and comment. */
export function SectionPage({
  heading,
  consultation,
  section,
  path,
  draft,
  errors = {},
  late = false,
}: FrameProps & {
  consultation: ConsultationView;
  section: SectionView;
  path: string;
  draft: SectionFormState;
  errors?: FieldErrors;
  late?: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = consultationPath(heading.id, consultation.id);
  const sectionBase = `${base}/sections/${section.id}`;
  return (
    <ProcessFrame
      process={heading}
      active={TAB}
      title={section.title}
      trail={[{ label: consultation.title, href: base }, { label: section.title }]}
    >
      <ErrorSummary errors={errors} />
      {late && consultation.closedAt ? (
        <div class="notice notice--error" role="alert">
          <p>{t('consultation.error.closed', { date: i18n.date(consultation.closedAt) })}</p>
          <p>{t('consultation.error.closedKept')}</p>
        </div>
      ) : null}
      {late && (draft.body || draft.stance) ? (
        <div class="field">
          <label class="field__label" for="kept">
            {t('consultation.comment.label')}
          </label>
          <textarea class="input" id="kept" rows={4} readonly>
            {draft.body || t(`consultation.stance.${draft.stance === 'object' ? 'object' : 'support'}`)}
          </textarea>
        </div>
      ) : null}
      <div class="consultation-section__text">
        <Paragraphs text={section.body} />
      </div>
      {consultation.status !== 'draft' ? (
        <StanceCounts support={section.support} object={section.object} />
      ) : null}
      <RefusalNotice consultation={consultation} path={path} />
      {consultation.status === 'closed' && !late ? (
        <p class="notice">{t('consultation.refusal.closed')}</p>
      ) : null}
      {consultation.actions.comment ? (
        <>
          <Form action={`${sectionBase}/stance`} class="form consultation-stance">
            <Radios
              name="stance"
              legend={t('consultation.stance.legend')}
              hint={section.myStance ? t(`consultation.stance.current.${section.myStance}`) : undefined}
              error={errors.stance}
              value={draft.stance || section.myStance || ''}
              options={[
                { value: 'support', label: t('consultation.stance.support') },
                { value: 'object', label: t('consultation.stance.object') },
                ...(section.myStance ? [{ value: 'none', label: t('consultation.stance.none') }] : []),
              ]}
            />
            <Button kind="secondary">{t('consultation.stance.save')}</Button>
          </Form>
          <Form action={`${sectionBase}/comments`}>
            <h3>{t('consultation.comment.heading')}</h3>
            <TextArea
              name="body"
              label={t('consultation.comment.label')}
              hint={t('consultation.comment.hint', { max: i18n.number(LIMITS.comment) })}
              error={errors.body}
              value={draft.body}
              rows={6}
            />
            {consultation.myOrganisations.length > 0 ? (
              <SelectField
                name="organisationId"
                label={t('consultation.comment.organisation')}
                hint={t('consultation.comment.organisationHint')}
                error={errors.organisationId}
                value={draft.organisationId}
                placeholder={t('consultation.comment.asMyself')}
                options={consultation.myOrganisations.map((o) => ({
                  value: o.id,
                  label: organisationName(o),
                }))}
              />
            ) : null}
            <Button>{t('consultation.comment.post')}</Button>
          </Form>
        </>
      ) : null}
      <h3>{t('consultation.comments', { count: section.comments.length })}</h3>
      {section.comments.length === 0 ? (
        <p class="muted">{t('consultation.noComments')}</p>
      ) : (
        <ol class="consultation-comments">
          {section.comments.map((c) => (
            <CommentItem
              comment={c}
              hideHref={consultation.actions.moderate ? `${base}/comments/${c.id}/hide` : undefined}
            />
          ))}
        </ol>
      )}
      <p>
        <a href={base}>{t('consultation.backToAll')}</a>
      </p>
    </ProcessFrame>
  );
}
