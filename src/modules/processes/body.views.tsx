import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Body, GovernmentRow, Process } from './process.presenter.ts';
import type { OrganisationChoice } from './process.repository.ts';
import { LIMITS } from './process.schema.ts';
import { BODY_KINDS, BODY_ROLES, GOVERNMENT_LEVELS } from './process.table.ts';
import { frameOf, ProcessFrame } from './process-frame.tsx';

function organisationOptions(organisations: OrganisationChoice[]) {
  return organisations.map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }));
}

/**
 * The whole-of-government map as an accessible table: a row per ministry or body, a column per
 * level of government, each cell saying in words whether it takes part and how.
 */
export function GovernmentMatrix({ rows, editBase }: { rows: GovernmentRow[]; editBase?: string }) {
  const { t } = useT();
  if (rows.length === 0) return <p class="muted">{t('body.map.empty')}</p>;
  return (
    <div class="table-wrap">
      <table class="matrix">
        <caption>{t('body.map.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('body.map.ministry')}</th>
            {GOVERNMENT_LEVELS.map((level) => (
              <th scope="col">{t(`body.level.${level}`)}</th>
            ))}
            {editBase ? (
              <th scope="col">
                <span class="visually-hidden">{t('body.map.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.name}</th>
              {GOVERNMENT_LEVELS.map((level) =>
                row[level].takesPart ? (
                  <td class="matrix__yes">
                    <span aria-hidden="true">✓ </span>
                    <span class="visually-hidden">{t('body.map.takesPart')}. </span>
                    {row[level].note}
                  </td>
                ) : (
                  <td class="matrix__no">
                    <span aria-hidden="true">—</span>
                    <span class="visually-hidden">{t('body.map.notInvolved')}</span>
                  </td>
                ),
              )}
              {editBase ? (
                <td>
                  <a href={`${editBase}/${row.id}/edit`}>
                    {t('body.edit')}
                    <span class="visually-hidden"> {row.name}</span>
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The coordinating body: its mandate, members and whole-of-government map. */
export function BodyPage({ process, body, canEdit }: { process: Process; body: Body; canEdit: boolean }) {
  const { t } = useT();
  const base = `/processes/${process.id}/body`;
  return (
    <ProcessFrame process={frameOf(process, t)} active="body">
      <p class="muted">{t('body.lead')}</p>
      {body.name ? (
        <dl class="details">
          <dt>{t('body.field.name')}</dt>
          <dd>{body.name}</dd>
          <dt>{t('body.field.kind')}</dt>
          <dd>
            {body.kind ? t(`body.kind.${body.kind}`) : <span class="muted">{t('process.notSet')}</span>}
          </dd>
          <dt>{t('body.field.mandate')}</dt>
          <dd class="prewrap" dir="auto">
            {body.mandate ?? <span class="muted">{t('process.notSet')}</span>}
          </dd>
        </dl>
      ) : (
        <p class="muted">{t('body.notSetUp')}</p>
      )}
      {canEdit ? (
        <p>
          <a href={`${base}/edit`}>{body.name ? t('body.editBody') : t('body.setUp')}</a>
        </p>
      ) : null}

      <h3>{t('body.members.title')}</h3>
      {body.members.length === 0 ? (
        <p class="muted">{t('body.members.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('body.members.organisation')}</th>
                <th scope="col">{t('body.members.role')}</th>
                {canEdit ? (
                  <th scope="col">
                    <span class="visually-hidden">{t('body.map.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {body.members.map((member) => (
                <tr>
                  <th scope="row">
                    <a href={`/organisations/${member.organisation.id}`}>{member.organisation.name}</a>
                  </th>
                  <td>{t(`body.role.${member.role}`)}</td>
                  {canEdit ? (
                    <td>
                      <a href={`${base}/members/${member.id}/edit`}>
                        {t('body.edit')}
                        <span class="visually-hidden"> {member.organisation.name}</span>
                      </a>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <p>
          <a href={`${base}/members/new`}>{t('body.members.add')}</a>
        </p>
      ) : null}

      <h3>{t('body.map.title')}</h3>
      <p class="muted">{t('body.map.lead')}</p>
      <GovernmentMatrix rows={body.government} editBase={canEdit ? `${base}/government` : undefined} />
      {canEdit ? (
        <p>
          <a href={`${base}/government/new`}>{t('body.map.add')}</a>
        </p>
      ) : null}
    </ProcessFrame>
  );
}

interface FormProps {
  process: Process;
  values: Record<string, string>;
  errors: FieldErrors;
}

export function BodyFormPage({ process, values, errors, version }: FormProps & { version: number }) {
  const { t } = useT();
  const base = `/processes/${process.id}/body`;
  const title = version === 0 ? t('body.setUp') : t('body.editBody');
  return (
    <ProcessFrame process={frameOf(process, t)} active="body" title={title}>
      <ErrorSummary errors={errors} />
      <Form action={`${base}/edit`}>
        <input type="hidden" name="version" value={String(version)} />
        <TextField
          name="name"
          label={t('body.field.name')}
          hint={t('body.field.nameHint')}
          value={values.name}
          error={errors.name}
          maxLength={LIMITS.title}
        />
        <SelectField
          name="kind"
          label={t('body.field.kind')}
          value={values.kind}
          error={errors.kind}
          placeholder={t('process.field.choose')}
          options={BODY_KINDS.map((k) => ({ value: k, label: t(`body.kind.${k}`) }))}
        />
        <TextArea
          name="mandate"
          label={t('body.field.mandate')}
          hint={t('body.field.mandateHint')}
          optional
          value={values.mandate}
          error={errors.mandate}
          maxLength={LIMITS.text}
          rows={6}
        />
        <div class="button-group">
          <Button>{t('body.save')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

export function BodyMemberFormPage({
  process,
  values,
  errors,
  organisations,
  member,
}: FormProps & { organisations: OrganisationChoice[]; member?: { id: string; name: string } }) {
  const { t } = useT();
  const base = `/processes/${process.id}/body`;
  const title = member ? t('body.members.editTitle', { name: member.name }) : t('body.members.add');
  return (
    <ProcessFrame process={frameOf(process, t)} active="body" title={title}>
      <ErrorSummary errors={errors} />
      <Form action={member ? `${base}/members/${member.id}/edit` : `${base}/members`}>
        {member ? null : (
          <SelectField
            name="organisationId"
            label={t('body.members.organisation')}
            hint={t('body.members.organisationHint')}
            value={values.organisationId}
            error={errors.organisationId}
            placeholder={t('process.field.choose')}
            options={organisationOptions(organisations)}
          />
        )}
        <SelectField
          name="role"
          label={t('body.members.role')}
          value={values.role ?? 'member'}
          error={errors.role}
          options={BODY_ROLES.map((r) => ({ value: r, label: t(`body.role.${r}`) }))}
        />
        <div class="button-group">
          <Button>{member ? t('body.members.saveRole') : t('body.members.addSubmit')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
      {member ? (
        <p>
          <a href={`${base}/members/${member.id}/remove`}>{t('body.members.remove')}</a>
        </p>
      ) : null}
    </ProcessFrame>
  );
}

export function GovernmentRowFormPage({
  process,
  values,
  errors,
  organisations,
  row,
}: FormProps & { organisations: OrganisationChoice[]; row?: { id: string; name: string; version: number } }) {
  const { t } = useT();
  const base = `/processes/${process.id}/body`;
  const title = row ? t('body.map.editTitle', { name: row.name }) : t('body.map.add');
  return (
    <ProcessFrame process={frameOf(process, t)} active="body" title={title}>
      <ErrorSummary errors={errors} />
      <Form action={row ? `${base}/government/${row.id}/edit` : `${base}/government`}>
        {row ? <input type="hidden" name="version" value={String(row.version)} /> : null}
        <fieldset class="form-group">
          <legend class="form-group__legend">{t('body.map.ministry')}</legend>
          <p class="field__hint">{t('body.map.ministryHint')}</p>
          <SelectField
            name="organisationId"
            label={t('body.map.organisation')}
            value={values.organisationId}
            error={errors.organisationId}
            placeholder={t('process.field.none')}
            options={organisationOptions(organisations)}
          />
          <TextField
            name="ministryName"
            label={t('body.map.ministryName')}
            value={values.ministryName}
            error={errors.ministryName}
            maxLength={LIMITS.title}
          />
        </fieldset>
        {GOVERNMENT_LEVELS.map((level) => (
          <fieldset class={errors[level] ? 'form-group field--error' : 'form-group'} id={level}>
            <legend class="form-group__legend">{t(`body.level.${level}`)}</legend>
            {errors[level] ? (
              <p class="field__error" id={`${level}-error`}>
                {errors[level]}
              </p>
            ) : null}
            <div class="checkboxes__item">
              <input
                type="checkbox"
                id={`${level}-check`}
                name={level}
                value="1"
                checked={values[level] === '1'}
              />
              <label for={`${level}-check`}>
                {t('body.map.takesPartAt', { level: t(`body.level.${level}`) })}
              </label>
            </div>
            <TextField
              name={`${level}Note`}
              label={t('body.map.note')}
              hint={t('body.map.noteHint')}
              optional
              value={values[`${level}Note`]}
              error={errors[`${level}Note`]}
              maxLength={LIMITS.cell}
            />
          </fieldset>
        ))}
        <div class="button-group">
          <Button>{row ? t('body.map.save') : t('body.map.addSubmit')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
      {row ? (
        <p>
          <a href={`${base}/government/${row.id}/remove`}>{t('body.map.remove')}</a>
        </p>
      ) : null}
    </ProcessFrame>
  );
}

/** The form values of a government map row. */
export function governmentValues(row: GovernmentRow): Record<string, string> {
  const values: Record<string, string> = {
    organisationId: row.organisation?.id ?? '',
    ministryName: row.ministryName ?? '',
  };
  for (const level of GOVERNMENT_LEVELS) {
    values[level] = row[level].takesPart ? '1' : '';
    values[`${level}Note`] = row[level].note ?? '';
  }
  return values;
}
