import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { type FieldErrors, fieldErrors, formFields, translateProblems } from '../../web/form/index.ts';
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

/** The form's own fields as typed, to draw it again (nothing else the body carried). */
function formValues(fields: Record<string, string>): OrganisationFormValues {
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
    const page = async (errors: FieldErrors, status: number) => {
      const names = await countryNames(db.kysely, i18n);
      return reply.page(
        <OrganisationFormPage values={formValues(fields)} errors={errors} countryOptions={names.options} />,
        status,
      );
    };
    const parsed = organisationInput.safeParse(fields);
    if (!parsed.success) return page(fieldErrors(parsed.error, i18n, labels(i18n)), 422);
    const result = await createOrganisation(db, actorId(request.actor), parsed.data);
    if (!result.ok)
      return page(
        translateProblems(problemsOf(result), i18n, { labels: labels(i18n) }),
        failureStatus(result),
      );
    return reply.seeOther(`/organisations/${result.value.id}`, { kind: 'success', key: 'org.flash.created' });
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
          values={formValues(Object.fromEntries(Object.entries(organisation).map(([k, v]) => [k, v ?? ''])))}
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
      const invalid = (errors: FieldErrors, status: number) =>
        reply.page(
          <OrganisationFormPage
            organisation={organisation}
            values={formValues(fields)}
            errors={errors}
            countryOptions={names.options}
            version={version.data}
          />,
          status,
        );

      const parsed = organisationInput.safeParse(fields);
      if (!parsed.success) return invalid(fieldErrors(parsed.error, i18n, labels(i18n)), 422);
      const result = await updateOrganisation(db, actorId(request.actor), id, version.data, parsed.data);
      if (result.ok)
        return reply.seeOther(`/organisations/${id}`, { kind: 'success', key: 'org.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'conflict') {
        // Show their version beside the user's kept text; saving again is now a deliberate choice.
        const current = await findOrganisation(db.kysely, id);
        if (!current) throw notFound();
        const theirs = presentOrganisation(current, i18n, names);
        return reply.page(
          <OrganisationFormPage
            organisation={theirs}
            values={formValues(fields)}
            errors={{}}
            countryOptions={names.options}
            version={current.version}
            conflict={theirs}
          />,
          failureStatus(result),
        );
      }
      return invalid(
        translateProblems(problemsOf(result), i18n, { labels: labels(i18n) }),
        failureStatus(result),
      );
    },
  );
}
