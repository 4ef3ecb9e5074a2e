import { actorId } from '../../auth/actor.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { type FieldErrors, fieldErrors, formFields } from '../../web/forms.ts';
import { idParams } from '../../web/params.ts';
import { loadOrganisationFor } from './organisation.access.ts';
import { countryNames } from './organisation.countries.ts';
import { presentOrganisation } from './organisation.presenter.ts';
import { findOrganisation } from './organisation.repository.ts';
import { organisationInput, versionField } from './organisation.schema.ts';
import { createOrganisation, updateOrganisation } from './organisation.service.ts';
import { OrganisationFormPage, type OrganisationFormValues } from './organisation-form.views.tsx';

/** Field labels, for error messages that name the field. */
function labels(i18n: Translator): Record<string, string> {
  return {
    name: i18n.t('org.field.name'),
    acronym: i18n.t('org.field.acronym'),
    type: i18n.t('org.field.type'),
    country: i18n.t('org.field.country'),
    website: i18n.t('org.field.website'),
    description: i18n.t('org.field.description'),
  };
}

/** Service errors are catalogue keys; the form shows them as sentences. */
function translated(errors: Record<string, string>, i18n: Translator): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, i18n.t(key)]));
}

function keptValues(fields: Record<string, string>): OrganisationFormValues {
  const { name, acronym, type, country, website, description } = fields;
  return { name, acronym, type, country, website, description };
}

/** Adding an organisation (any signed-in user, who becomes its owner) and editing one. */
export function organisationFormRoutes(app: App, { db }: AppDeps): void {
  app.get('/organisations/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const names = await countryNames(db.kysely, request.i18n);
    return reply.page(<OrganisationFormPage values={{}} errors={{}} countryOptions={names.options} />);
  });

  app.post('/organisations', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { i18n } = request;
    const fields = formFields(request.body);
    const parsed = organisationInput.safeParse(fields);
    const result = parsed.success ? await createOrganisation(db, actorId(request.actor), parsed.data) : null;
    if (result?.ok) {
      return reply.seeOther(`/organisations/${result.value.id}`, {
        kind: 'success',
        key: 'org.flash.created',
      });
    }
    const errors = parsed.success
      ? translated(result?.errors ?? {}, i18n)
      : fieldErrors(parsed.error, i18n, labels(i18n));
    const names = await countryNames(db.kysely, i18n);
    return reply.page(
      <OrganisationFormPage values={keptValues(fields)} errors={errors} countryOptions={names.options} />,
      400,
    );
  });

  app.get(
    '/organisations/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { row } = await loadOrganisationFor(db, id, request.actor, 'edit');
      const names = await countryNames(db.kysely, request.i18n);
      const organisation = presentOrganisation(row, request.i18n, names);
      return reply.page(
        <OrganisationFormPage
          organisation={organisation}
          values={keptValues(Object.fromEntries(Object.entries(organisation).map(([k, v]) => [k, v ?? ''])))}
          errors={{}}
          countryOptions={names.options}
          version={row.version}
        />,
      );
    },
  );

  app.post(
    '/organisations/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { i18n } = request;
      const { id } = request.params;
      const { row } = await loadOrganisationFor(db, id, request.actor, 'edit');
      const fields = formFields(request.body);
      const version = versionField.safeParse(fields.version);
      if (!version.success) throw new HttpProblem(400, 'BadRequest', 'error.badRequest');
      const names = await countryNames(db.kysely, i18n);
      const organisation = presentOrganisation(row, i18n, names);
      // Invalid input keeps the version the user started from, so a later save still detects
      // someone else's change.
      const invalid = (errors: FieldErrors) =>
        reply.page(
          <OrganisationFormPage
            organisation={organisation}
            values={keptValues(fields)}
            errors={errors}
            countryOptions={names.options}
            version={version.data}
          />,
          400,
        );

      const parsed = organisationInput.safeParse(fields);
      if (!parsed.success) return invalid(fieldErrors(parsed.error, i18n, labels(i18n)));
      const result = await updateOrganisation(db, actorId(request.actor), id, version.data, parsed.data);
      if (result.ok)
        return reply.seeOther(`/organisations/${id}`, { kind: 'success', key: 'org.flash.updated' });
      if (result.code === 'VersionConflict') {
        // Show their version beside the user's kept text; saving again is now a deliberate choice.
        const current = await findOrganisation(db.kysely, id);
        if (!current) throw notFound();
        const theirs = presentOrganisation(current, i18n, names);
        return reply.page(
          <OrganisationFormPage
            organisation={theirs}
            values={keptValues(fields)}
            errors={{}}
            countryOptions={names.options}
            version={current.version}
            conflict={theirs}
          />,
          409,
        );
      }
      if (result.code === 'NotFound') throw notFound();
      return invalid(translated(result.errors, i18n));
    },
  );
}
