import { Button, ErrorSummary, Form, SelectField, TextField } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Member, Process, presentInvitation } from './process.presenter.ts';

type Invitation = ReturnType<typeof presentInvitation>;

import type { OrganisationChoice } from './process.repository.ts';
import { PROCESS_ROLES } from './process.table.ts';
import { Radios } from './process-form.views.tsx';
import { frameOf, ProcessFrame } from './process-frame.tsx';

/** The roles an entry may have: an organisation passes at most "member" (decision 44). */
function useRoleOptions(kind: 'person' | 'organisation' = 'person') {
  const { t } = useT();
  const roles = kind === 'organisation' ? PROCESS_ROLES.filter((r) => r !== 'owner') : PROCESS_ROLES;
  return roles.map((role) => ({
    value: role,
    label: t(`process.role.${role}`),
    hint: t(`process.role.${role}.hint`),
  }));
}

/** Who takes part in the process and with which role; who is invited; who can see it. */
export function MembersPage({
  process,
  members,
  invitations = [],
}: {
  process: Process;
  members: Member[];
  invitations?: Invitation[];
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${process.id}/members`;
  return (
    <ProcessFrame process={frameOf(process, t)} active="members">
      <p class="muted">{t('process.members.lead')}</p>
      <p class="muted">{t('process.members.orgRule')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('process.members.who')}</th>
              <th scope="col">{t('process.members.kind')}</th>
              <th scope="col">{t('process.members.role')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('body.map.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr>
                <th scope="row">
                  {member.name}
                  {member.email ? (
                    <>
                      <br />
                      <bdi class="muted small">{member.email}</bdi>
                    </>
                  ) : null}
                  {member.people !== null ? (
                    <>
                      <br />
                      <span class="muted small">
                        {t(`process.members.passes.${member.role === 'observer' ? 'observer' : 'member'}`, {
                          count: member.people,
                        })}
                      </span>
                    </>
                  ) : null}
                </th>
                <td>{t(`process.members.kind.${member.kind}`)}</td>
                <td>
                  <Tag
                    label={t(`process.role.${member.role}`)}
                    tone={member.role === 'owner' ? 'info' : 'neutral'}
                  />
                </td>
                <td>
                  <a href={`${base}/${member.id}/edit`}>
                    {t('process.members.change')}
                    <span class="visually-hidden"> {member.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invitations.length > 0 ? (
        <>
          <h3>{t('process.invite.pendingTitle')}</h3>
          <p class="muted">{t('process.invite.pendingLead')}</p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('process.members.email')}</th>
                  <th scope="col">{t('process.members.role')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('body.map.actions')}</span>
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
                        {t('process.invite.sentOn', { date: i18n.date(invitation.createdAt) })}
                      </span>
                    </th>
                    <td>{t(`process.role.${invitation.role}`)}</td>
                    <td>
                      <Form
                        action={`/processes/${process.id}/invitations/${invitation.id}/withdraw`}
                        class="inline-form"
                      >
                        <button
                          type="submit"
                          class="button button--secondary"
                          aria-label={t('process.invite.withdraw', { email: invitation.email })}
                        >
                          {t('process.invite.withdrawShort')}
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
      <ul class="link-list">
        <li>
          <a href={`${base}/new?kind=person`}>{t('process.members.invitePerson')}</a>
        </li>
        <li>
          <a href={`${base}/new?kind=organisation`}>{t('process.members.inviteOrganisation')}</a>
        </li>
      </ul>
      <h3>{t('process.field.visibility')}</h3>
      <p>
        <Tag
          label={t(`process.visibility.${process.visibility}`)}
          tone={process.visibility === 'private' ? 'warning' : 'success'}
        />{' '}
        {t(`process.visibility.${process.visibility}Hint`)}
      </p>
      <p>
        <a href={`/processes/${process.id}/visibility`}>{t('process.visibility.change')}</a>
      </p>
    </ProcessFrame>
  );
}

export function InviteMemberPage({
  process,
  kind,
  values,
  errors,
  organisations,
}: {
  process: Process;
  kind: 'person' | 'organisation';
  values: Record<string, string>;
  errors: FieldErrors;
  organisations: OrganisationChoice[];
}) {
  const { t } = useT();
  const base = `/processes/${process.id}/members`;
  const title =
    kind === 'person' ? t('process.members.invitePerson') : t('process.members.inviteOrganisation');
  return (
    <ProcessFrame process={frameOf(process, t)} active="members" title={title}>
      <ErrorSummary errors={errors} />
      <Form action={base}>
        <input type="hidden" name="kind" value={kind} />
        {kind === 'person' ? (
          <TextField
            name="email"
            type="email"
            label={t('process.members.email')}
            hint={t('process.members.emailHint')}
            value={values.email}
            error={errors.email}
            autocomplete="off"
          />
        ) : (
          <SelectField
            name="organisationId"
            label={t('process.members.organisation')}
            hint={t('process.members.organisationHint')}
            value={values.organisationId}
            error={errors.organisationId}
            placeholder={t('process.field.choose')}
            options={organisations.map((o) => ({
              value: o.id,
              label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
            }))}
          />
        )}
        <Radios
          name="role"
          legend={t('process.members.role')}
          value={values.role ?? 'member'}
          error={errors.role}
          options={useRoleOptions(kind)}
        />
        <div class="button-group">
          <Button>{t('process.members.inviteSubmit')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

export function MemberRolePage({
  process,
  member,
  values,
  errors,
}: {
  process: Process;
  member: Member;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const base = `/processes/${process.id}/members`;
  const title = t('process.members.changeTitle', { name: member.name });
  return (
    <ProcessFrame process={frameOf(process, t)} active="members" title={title}>
      <ErrorSummary errors={errors} />
      <Form action={`${base}/${member.id}/edit`}>
        <Radios
          name="role"
          legend={t('process.members.role')}
          value={values.role ?? member.role}
          error={errors.role}
          options={useRoleOptions(member.kind)}
        />
        <div class="button-group">
          <Button>{t('process.members.saveRole')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
      <p>
        <a href={`${base}/${member.id}/remove`}>{t('process.members.remove')}</a>
      </p>
    </ProcessFrame>
  );
}

export function VisibilityPage({
  process,
  values,
  errors,
  version,
}: {
  process: Process;
  values: Record<string, string>;
  errors: FieldErrors;
  version: number;
}) {
  const { t } = useT();
  const title = t('process.visibility.change');
  return (
    <ProcessFrame process={frameOf(process, t)} active="members" title={title}>
      <ErrorSummary errors={errors} />
      <Form action={`/processes/${process.id}/visibility`}>
        <input type="hidden" name="version" value={String(version)} />
        <Radios
          name="visibility"
          legend={t('process.field.visibility')}
          value={values.visibility ?? process.visibility}
          error={errors.visibility}
          options={[
            {
              value: 'public',
              label: t('process.visibility.public'),
              hint: t('process.visibility.publicHint'),
            },
            {
              value: 'private',
              label: t('process.visibility.private'),
              hint: t('process.visibility.privateHint'),
            },
          ]}
        />
        <div class="button-group">
          <Button>{t('process.visibility.save')}</Button>
          <a href={`/processes/${process.id}/members`}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}
