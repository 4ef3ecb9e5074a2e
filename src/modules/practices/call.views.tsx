import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { type FieldErrors, FormPage } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { CallDraft } from './call.service.ts';
import type { PracticeStatus } from './practice.table.ts';
import { StatusTag } from './practice.views.tsx';

export interface CallView {
  id: string;
  title: string;
  description: string;
  theme: string | null;
  region: string | null;
  origin: string | null;
  destination: string | null;
  opensOn: string;
  closesOn: string;
  state: 'upcoming' | 'open' | 'closed';
  demo: boolean;
  actions: { edit: boolean; seeSubmissions: boolean; submit: boolean };
}

function CallState({ call }: { call: CallView }) {
  const { t } = useT();
  return (
    <Tag
      label={t(`practice.call.state.${call.state}`)}
      tone={call.state === 'open' ? 'success' : 'neutral'}
    />
  );
}

export function CallListPage({ calls, canCreate }: { calls: CallView[]; canCreate: boolean }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout
      title={t('practice.call.list')}
      breadcrumbs={[
        { label: t('practice.list.title'), href: '/practices' },
        { label: t('practice.call.list') },
      ]}
    >
      <PageHeading
        title={t('practice.call.list')}
        lead={t('practice.call.lead')}
        actions={
          canCreate ? (
            <a class="button button--primary" href="/calls/new">
              {t('practice.call.add')}
            </a>
          ) : undefined
        }
      />
      {calls.length === 0 ? (
        <EmptyState message={t('practice.call.none')} />
      ) : (
        <ul class="item-list">
          {calls.map((c) => (
            <li>
              <h3 dir="auto">
                <a href={`/calls/${c.id}`}>{c.title}</a>
              </h3>
              <p class="meta">
                <CallState call={c} />
                <span>
                  {t('practice.call.dates', { opens: i18n.date(c.opensOn), closes: i18n.date(c.closesOn) })}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function CallPage({
  call,
  submissions,
}: {
  call: CallView;
  submissions:
    | { id: string; title: string; status: PracticeStatus; reviews: number; promising: boolean }[]
    | null;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout
      title={call.title}
      breadcrumbs={[{ label: t('practice.call.list'), href: '/calls' }, { label: call.title }]}
    >
      <PageHeading caption={t('practice.call.caption')} title={call.title} />
      <p class="meta">
        <CallState call={call} />
        {call.demo ? <Tag label={t('practice.demo')} tone="warning" /> : null}
        <span>
          {t('practice.call.dates', { opens: i18n.date(call.opensOn), closes: i18n.date(call.closesOn) })}
        </span>
      </p>
      {call.description.split(/\n\s*\n/).map((p) => (
        <p dir="auto">{p}</p>
      ))}
      <dl class="details">
        {call.theme ? (
          <>
            <dt>{t('practice.filter.theme')}</dt>
            <dd>{call.theme}</dd>
          </>
        ) : null}
        {call.region ? (
          <>
            <dt>{t('practice.field.region')}</dt>
            <dd>{call.region}</dd>
          </>
        ) : null}
        {call.origin || call.destination ? (
          <>
            <dt>{t('practice.corridor')}</dt>
            <dd>
              {t('practice.corridorOf', { origin: call.origin ?? '…', destination: call.destination ?? '…' })}
            </dd>
          </>
        ) : null}
      </dl>
      {call.state === 'open' && call.actions.submit ? (
        <p>
          <a class="button button--primary" href={`/practices/new?call=${call.id}`}>
            {t('practice.call.submitTo')}
          </a>
        </p>
      ) : call.state === 'closed' ? (
        <p role="status">{t('practice.call.closedNote')}</p>
      ) : null}
      {submissions ? (
        <section aria-labelledby="submissions">
          <h2 id="submissions">{t('practice.call.submissions')}</h2>
          {submissions.length === 0 ? (
            <EmptyState message={t('practice.call.noSubmissions')} />
          ) : (
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('practice.field.title')}</th>
                  <th scope="col">{t('practice.filter.status')}</th>
                  <th scope="col">{t('practice.review.title')}</th>
                </tr>
              </thead>
              <tbody>
                {submissions.map((s) => (
                  <tr>
                    <td dir="auto">
                      <a href={`/practices/${s.id}`}>{s.title}</a>
                    </td>
                    <td>
                      <StatusTag status={s.status} />
                      {s.promising ? <Tag label={t('practice.promising')} tone="success" /> : null}
                    </td>
                    <td>{t('practice.call.reviewCount', { count: s.reviews })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

export function CallFormPage({
  draft,
  errors,
  choices,
}: {
  draft: CallDraft;
  errors: FieldErrors;
  choices: { countries: { value: string; label: string }[]; themes: { value: string; label: string }[] };
}) {
  const { t } = useT();
  const title = t('practice.call.add');
  return (
    <FormPage
      title={title}
      breadcrumbs={[{ label: t('practice.call.list'), href: '/calls' }, { label: title }]}
      action="/calls"
      errors={errors}
    >
      <TextField name="title" label={t('practice.field.title')} value={draft.title} error={errors.title} />
      <TextArea
        name="description"
        label={t('practice.call.description')}
        value={draft.description}
        error={errors.description}
        rows={5}
      />
      <SelectField
        name="themeId"
        label={t('practice.filter.theme')}
        value={draft.themeId}
        error={errors.themeId}
        placeholder={t('practice.form.none')}
        options={choices.themes}
        optional
      />
      <TextField
        name="region"
        label={t('practice.field.region')}
        value={draft.region}
        error={errors.region}
        optional
      />
      <div class="inline-fields">
        <SelectField
          name="origin"
          label={t('practice.field.origin')}
          value={draft.origin}
          error={errors.origin}
          placeholder={t('practice.form.none')}
          options={choices.countries}
          optional
        />
        <SelectField
          name="destination"
          label={t('practice.field.destination')}
          value={draft.destination}
          error={errors.destination}
          placeholder={t('practice.form.none')}
          options={choices.countries}
          optional
        />
      </div>
      <div class="inline-fields">
        <TextField
          name="opensOn"
          type="date"
          label={t('practice.call.opensOn')}
          value={draft.opensOn}
          error={errors.opensOn}
          width="half"
        />
        <TextField
          name="closesOn"
          type="date"
          label={t('practice.call.closesOn')}
          value={draft.closesOn}
          error={errors.closesOn}
          width="half"
        />
      </div>
      <div class="button-group">
        <Button>{t('practice.call.create')}</Button>
      </div>
    </FormPage>
  );
}
