import type { Child } from 'hono/jsx';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT, useView } from '../../web/view-context.ts';
import type { MemberRow } from './membership.repository.ts';
import type { Organisation } from './organisation.presenter.ts';
import { MEMBERSHIP_ROLES } from './organisation.table.ts';

function useRoleOptions() {
  const { t } = useT();
  return MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`org.role.${role}`) }));
}

function crumbs(organisation: Organisation, t: (key: string) => string, last?: string) {
  return [
    { label: t('org.list.title'), href: '/organisations' },
    { label: organisation.name, href: `/organisations/${organisation.id}` },
    ...(last
      ? [
          { label: t('org.members.title'), href: `/organisations/${organisation.id}/members` },
          { label: last },
        ]
      : [{ label: t('org.members.title') }]),
  ];
}

export interface MembersPageProps {
  organisation: Organisation;
  members: MemberRow[];
  errors: FieldErrors;
  values: { email?: string; role?: string };
  /** What membership gives elsewhere (roles processes pass to everyone here), from other modules. */
  rights?: Child[];
  /** Invitations waiting for an answer (decision 46). */
  invitations?: { id: string; email: string; role: string; createdAt: string }[];
}

/** Owners' page: every member with a role form and a remove link, then "add a member". */
export function MembersPage({
  organisation,
  members,
  errors,
  values,
  rights = [],
  invitations = [],
}: MembersPageProps) {
  const i18n = useT();
  const { t } = i18n;
  const { actor } = useView();
  const base = `/organisations/${organisation.id}/members`;
  const roleOptions = useRoleOptions();
  return (
    <Layout title={`${t('org.members.title')}: ${organisation.name}`} breadcrumbs={crumbs(organisation, t)}>
      <PageHeading caption={organisation.name} title={t('org.members.title')} lead={t('org.members.lead')} />
      <ErrorSummary errors={errors} />
      <div class="table-wrap" id="members">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('org.col.member')}</th>
              <th scope="col">{t('org.col.role')}</th>
              <th scope="col">
                <span class="org-visually-hidden">{t('org.members.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr>
                <th scope="row">
                  <bdi>{m.name}</bdi>
                  {actor.kind === 'user' && actor.user.id === m.userId ? (
                    <span class="muted"> {t('org.members.you')}</span>
                  ) : null}
                  <br />
                  <span class="org-member-email">{m.email}</span>
                </th>
                <td>
                  <Form action={`${base}/${m.userId}/role`} class="org-role-form">
                    <label class="org-visually-hidden" for={`role-${m.userId}`}>
                      {t('org.members.roleFor', { name: m.name })}
                    </label>
                    <select class="input" id={`role-${m.userId}`} name="role">
                      {roleOptions.map((o) => (
                        <option value={o.value} selected={o.value === m.role}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                    <Button kind="secondary">{t('org.members.changeRole')}</Button>
                  </Form>
                </td>
                <td>
                  <a href={`${base}/${m.userId}/remove`}>
                    {t('org.members.remove')}
                    <span class="org-visually-hidden"> {m.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invitations.length > 0 ? (
        <>
          <h2>{t('org.invite.pendingTitle')}</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('org.members.email')}</th>
                  <th scope="col">{t('org.col.role')}</th>
                  <th scope="col">
                    <span class="org-visually-hidden">{t('org.members.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr>
                    <th scope="row">
                      <bdi>{invitation.email}</bdi>
                      <br />
                      <span class="muted small">
                        {t('org.invite.sentOn', { date: i18n.date(invitation.createdAt) })}
                      </span>
                    </th>
                    <td>{t(`org.role.${invitation.role}`)}</td>
                    <td>
                      <Form
                        action={`/organisations/${organisation.id}/invitations/${invitation.id}/withdraw`}
                        class="inline-form"
                      >
                        <button
                          type="submit"
                          class="button button--secondary"
                          aria-label={t('org.invite.withdraw', { email: invitation.email })}
                        >
                          {t('org.invite.withdrawShort')}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {rights}
      <h2>{t('org.members.add')}</h2>
      <Form action={base} class="form org-form">
        <TextField
          name="email"
          type="email"
          label={t('org.members.email')}
          hint={t('org.members.email.hint')}
          value={values.email}
          error={errors.email}
          autocomplete="off"
        />
        <SelectField
          name="role"
          label={t('org.members.role')}
          hint={t('org.role.hint')}
          value={values.role ?? 'member'}
          error={errors.role}
          options={roleOptions}
        />
        <Button>{t('org.members.submitAdd')}</Button>
      </Form>
      <p class="org-back">
        <a href={`/organisations/${organisation.id}`}>{t('org.members.back')}</a>
      </p>
    </Layout>
  );
}

/** The separate confirmation step before a member is removed. */
export function RemoveMemberPage({
  organisation,
  member,
}: {
  organisation: Organisation;
  member: MemberRow;
}) {
  const { t } = useT();
  const title = t('org.members.removeTitle', { name: member.name, organisation: organisation.name });
  const base = `/organisations/${organisation.id}/members`;
  return (
    <Layout title={title} breadcrumbs={crumbs(organisation, t, t('org.members.remove'))}>
      <PageHeading caption={organisation.name} title={title} />
      <p>{t('org.members.removeBody', { name: member.name })}</p>
      <Form action={`${base}/${member.userId}/remove`}>
        <div class="button-group">
          <Button kind="warning">{t('org.members.removeConfirm')}</Button>
          <a href={base}>{t('org.members.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}
