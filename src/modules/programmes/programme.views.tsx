import { EmptyState } from '../../web/components/empty-state.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Pagination } from '../../web/components/pagination.tsx';
import { Tag, type TagTone } from '../../web/components/tag.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { joined, OrganisationLink, Period } from './period.tsx';
import type { Programme, ProgrammeSummary } from './programme.presenter.ts';
import type { ParticipantRole, ProgrammeStatus } from './programme.table.ts';

const STATUS_TONES: Record<ProgrammeStatus, TagTone> = {
  planned: 'info',
  active: 'success',
  completed: 'neutral',
};

export function StatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useT();
  return <Tag label={t(`programme.status.${status}`)} tone={STATUS_TONES[status]} />;
}

function CountryLinks({ countries }: { countries: ProgrammeSummary['countries'] }) {
  const { locale } = useT();
  return (
    <>
      {joined(
        countries,
        (c) => (
          <a href={`/countries/${c.alpha3}`}>{c.name}</a>
        ),
        locale,
      )}
    </>
  );
}

export const PAGE_SIZE = 50;

export function ProgrammeListPage({
  programmes,
  total,
  page,
  canCreate,
}: {
  programmes: ProgrammeSummary[];
  total: number;
  page: number;
  canCreate: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout
      title={t('programme.list.title')}
      breadcrumbs={[{ label: t('programme.list.title') }]}
      mainClass="wide"
    >
      <PageHeading
        title={t('programme.list.title')}
        lead={t('programme.list.lead')}
        actions={
          canCreate ? (
            <a class="button button--primary" href="/programmes/new">
              {t('programme.list.add')}
            </a>
          ) : undefined
        }
      />
      {programmes.length === 0 ? (
        <EmptyState message={t('programme.list.empty')} />
      ) : (
        <>
          <p class="muted">{t('programme.list.count', { count: total })}</p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('programme.field.title')}</th>
                  <th scope="col">{t('programme.ledBy')}</th>
                  <th scope="col">{t('programme.field.status')}</th>
                  <th scope="col">{t('programme.field.period')}</th>
                  <th scope="col">{t('programme.field.countries')}</th>
                </tr>
              </thead>
              <tbody>
                {programmes.map((p) => (
                  <tr>
                    <th scope="row" dir="auto">
                      <a href={`/programmes/${p.id}`}>{p.title}</a>
                    </th>
                    <td>{p.leadOrganisation.acronym ?? p.leadOrganisation.name}</td>
                    <td>
                      <StatusTag status={p.status} />
                    </td>
                    <td>
                      <Period start={p.startDate} end={p.endDate} />
                    </td>
                    <td>{p.countries.length > 0 ? <CountryLinks countries={p.countries} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={(n) => `/programmes?page=${n}`} />
        </>
      )}
    </Layout>
  );
}

function Organisations({
  programme,
  participantRole: role,
}: {
  programme: Programme;
  participantRole: ParticipantRole;
}) {
  const { locale } = useT();
  const orgs = programme.participants.filter((p) => p.role === role).map((p) => p.organisation);
  return (
    <>
      {joined(
        orgs,
        (o) => (
          <OrganisationLink organisation={o} />
        ),
        locale,
      )}
    </>
  );
}

function Budget({ budget }: { budget: NonNullable<Programme['budget']> }) {
  const i18n = useT();
  const shown = i18n.money(budget.amountMinor, budget.currency);
  // "$" alone is ambiguous in English; say which currency when the symbol does not.
  return (
    <span class="figure">
      {shown}
      {shown.includes(budget.currency) || /[A-Z]{2}\$/.test(shown) ? null : (
        <span class="muted"> ({budget.currency})</span>
      )}
    </span>
  );
}

export function ProgrammePage({ programme }: { programme: Programme }) {
  const { t } = useT();
  const has = (role: ParticipantRole) => programme.participants.some((p) => p.role === role);
  const paragraphs = (programme.summary ?? '').split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <Layout
      title={programme.title}
      breadcrumbs={[{ label: t('programme.list.title'), href: '/programmes' }, { label: programme.title }]}
    >
      <PageHeading
        caption={programme.shortName ?? t('programme.caption')}
        title={programme.title}
        actions={
          programme.actions.update ? (
            <a class="button button--secondary" href={`/programmes/${programme.id}/edit`}>
              {t('programme.edit')}
            </a>
          ) : undefined
        }
      />
      {paragraphs.map((p) => (
        <p dir="auto">{p}</p>
      ))}
      <dl class="details">
        <dt>{t('programme.field.status')}</dt>
        <dd>
          <StatusTag status={programme.status} />
        </dd>
        <dt>{t('programme.field.period')}</dt>
        <dd>
          <Period start={programme.startDate} end={programme.endDate} />
        </dd>
        <dt>{t('programme.field.budget')}</dt>
        <dd>
          {programme.budget ? (
            <Budget budget={programme.budget} />
          ) : (
            <span class="muted">{t('programme.budget.none')}</span>
          )}
        </dd>
        <dt>{t('programme.ledBy')}</dt>
        <dd>
          <Organisations programme={programme} participantRole="lead" />
        </dd>
        {has('donor') ? (
          <>
            <dt>{t('programme.role.donor.plural')}</dt>
            <dd>
              <Organisations programme={programme} participantRole="donor" />
            </dd>
          </>
        ) : null}
        {has('implementing-partner') ? (
          <>
            <dt>{t('programme.role.implementing-partner.plural')}</dt>
            <dd>
              <Organisations programme={programme} participantRole="implementing-partner" />
            </dd>
          </>
        ) : null}
        {has('partner') ? (
          <>
            <dt>{t('programme.role.partner.plural')}</dt>
            <dd>
              <Organisations programme={programme} participantRole="partner" />
            </dd>
          </>
        ) : null}
        <dt>{t('programme.field.countries')}</dt>
        <dd>
          {programme.countries.length > 0 ? (
            <CountryLinks countries={programme.countries} />
          ) : (
            <span class="muted">{t('programme.countries.none')}</span>
          )}
        </dd>
      </dl>
      {programme.outputs.length > 0 ? (
        <section aria-labelledby="outputs">
          <h2 id="outputs">{t('programme.outputs')}</h2>
          <ol class="numbered-items">
            {programme.outputs.map((o) => (
              <li value={o.number} dir="auto">
                {o.text}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {programme.lessons.length > 0 ? (
        <section aria-labelledby="lessons">
          <h2 id="lessons">{t('programme.lessons')}</h2>
          <ul class="lesson-list">
            {programme.lessons.map((l) => (
              <li>
                <bdi class="lesson-list__label">{l.label})</bdi>
                <div>
                  <p dir="auto">{l.text}</p>
                  {l.theme ? <Tag label={t(`lesson.theme.${l.theme}`)} tone="info" /> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** The section of a country page listing the programmes that cover it. */
export function CountryProgrammesPanel({ programmes }: { programmes: ProgrammeSummary[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="country-programmes">
      <h2 id="country-programmes">{t('programme.panel.title')}</h2>
      <ul class="item-list">
        {programmes.map((p) => (
          <li>
            <h3 dir="auto">
              <a href={`/programmes/${p.id}`}>{p.title}</a>
            </h3>
            <p class="meta">
              <StatusTag status={p.status} /> {p.leadOrganisation.acronym ?? p.leadOrganisation.name} ·{' '}
              <Period start={p.startDate} end={p.endDate} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
