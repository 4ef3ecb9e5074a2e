import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { type FieldErrors, formFields, keptValues } from '../../web/form/index.ts';
import { bodyCommandErrors, bodyInputErrors, governmentInput } from './body.form.ts';
import { loadGovernmentRow, ministryChoices } from './body.load.ts';
import { addGovernmentRow, editGovernmentRow, removeGovernmentRow } from './body.service.ts';
import { GovernmentRowFormPage, governmentValues } from './body.views.tsx';
import { governmentRowForm } from './process.schema.ts';
import { ConfirmPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

/** The whole-of-government map of a process: which ministries take part, at which level. */
export function governmentMapRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };
  const base = (processId: string) => `/processes/${processId}/body`;

  app.get('/processes/:id/body/government/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    return reply.page(
      <GovernmentRowFormPage
        process={process}
        values={{ national: '1' }}
        errors={{}}
        organisations={await ministryChoices(kysely, process)}
      />,
    );
  });

  app.post('/processes/:id/body/government', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const fields = formFields(request.body);
    const show = async (errors: FieldErrors, status: number) =>
      reply.page(
        <GovernmentRowFormPage
          process={process}
          values={keptValues(fields)}
          errors={errors}
          organisations={await ministryChoices(kysely, process)}
        />,
        status,
      );
    const parsed = governmentRowForm.safeParse(fields);
    if (!parsed.success) return show(bodyInputErrors(parsed.error, request.i18n), 422);
    const result = await addGovernmentRow(
      kysely,
      actorId(request.actor),
      process.id,
      governmentInput(parsed.data),
    );
    if (!result.ok) return show(bodyCommandErrors(result, request.i18n), failureStatus(result));
    return reply.seeOther(base(process.id), { kind: 'success', key: 'body.map.added' });
  });

  app.get('/processes/:id/body/government/:itemId/edit', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(kysely, request);
    return reply.page(
      <GovernmentRowFormPage
        process={process}
        values={governmentValues(row)}
        errors={{}}
        organisations={await ministryChoices(kysely, process)}
        row={{ id: row.id, name: row.name, version: row.version }}
      />,
    );
  });

  app.post('/processes/:id/body/government/:itemId/edit', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(kysely, request);
    const fields = formFields(request.body);
    const readVersion = Number.isInteger(Number(fields.version)) ? Number(fields.version) : row.version;
    const show = async (errors: FieldErrors, status: number, version: number) =>
      reply.page(
        <GovernmentRowFormPage
          process={process}
          values={keptValues(fields)}
          errors={errors}
          organisations={await ministryChoices(kysely, process)}
          row={{ id: row.id, name: row.name, version }}
        />,
        status,
      );
    const parsed = governmentRowForm.safeParse(fields);
    if (!parsed.success) return show(bodyInputErrors(parsed.error, request.i18n), 422, readVersion);
    const result = await editGovernmentRow(kysely, actorId(request.actor), process.id, row.id, {
      ...governmentInput(parsed.data),
      version: parsed.data.version ?? readVersion,
    });
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      // A conflict: the form now carries the version saved first, so saving again is deliberate.
      const version = result.kind === 'conflict' ? row.version : readVersion;
      return show(bodyCommandErrors(result, request.i18n), failureStatus(result), version);
    }
    return reply.seeOther(base(process.id), { kind: 'success', key: 'body.map.saved' });
  });

  app.get('/processes/:id/body/government/:itemId/remove', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(kysely, request);
    const { t } = request.i18n;
    return reply.page(
      <ConfirmPage
        process={process}
        title={t('body.map.remove')}
        question={t('body.map.removeQuestion', { name: row.name })}
        action={`${base(process.id)}/government/${row.id}/remove`}
        submit={t('body.map.removeSubmit')}
        cancelHref={base(process.id)}
        active="body"
      />,
    );
  });

  app.post('/processes/:id/body/government/:itemId/remove', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(kysely, request);
    const result = await removeGovernmentRow(kysely, actorId(request.actor), process.id, row.id);
    if (!result.ok) throw notFound(); // its one failure: the row is gone
    return reply.seeOther(base(process.id), { kind: 'success', key: 'body.map.removed' });
  });
}
