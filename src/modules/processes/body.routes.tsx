import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { type FieldErrors, formFields, keptValues } from '../../web/form/index.ts';
import { bodyCommandErrors, bodyInputErrors } from './body.form.ts';
import { loadBody } from './body.load.ts';
import { findBody } from './body.repository.ts';
import { saveBody } from './body.service.ts';
import { BodyFormPage, BodyPage } from './body.views.tsx';
import { bodyForm } from './process.schema.ts';
import { loadWorkspace } from './workspace.ts';

/** The coordinating body's page, and the form that names it and states its mandate. */
export function bodyRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };

  app.get('/processes/:id/body', { config: { policy: 'public' } }, async (request, reply) => {
    const { process, may } = await loadWorkspace(kysely, request, 'view');
    return reply.page(
      <BodyPage process={process} body={await loadBody(kysely, process.id)} canEdit={may.edit} />,
    );
  });

  app.get('/processes/:id/body/edit', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const row = await findBody(kysely, process.id);
    const values = { name: row?.name ?? '', kind: row?.kind ?? '', mandate: row?.mandate ?? '' };
    return reply.page(
      <BodyFormPage process={process} values={values} errors={{}} version={row ? Number(row.version) : 0} />,
    );
  });

  app.post('/processes/:id/body/edit', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const fields = formFields(request.body);
    const current = await findBody(kysely, process.id);
    const currentVersion = current ? Number(current.version) : 0;
    const readVersion = Number.isInteger(Number(fields.version)) ? Number(fields.version) : currentVersion;
    const show = (errors: FieldErrors, status: number, version: number) =>
      reply.page(
        <BodyFormPage process={process} values={keptValues(fields)} errors={errors} version={version} />,
        status,
      );
    const parsed = bodyForm.safeParse(fields);
    if (!parsed.success) return show(bodyInputErrors(parsed.error, request.i18n), 422, readVersion);
    const result = await saveBody(kysely, actorId(request.actor), process.id, {
      name: parsed.data.name,
      kind: parsed.data.kind,
      mandate: parsed.data.mandate ?? null,
      version: parsed.data.version,
    });
    // Its one failure is a conflict: the form now carries the version saved first.
    if (!result.ok)
      return show(bodyCommandErrors(result, request.i18n), failureStatus(result), currentVersion);
    return reply.seeOther(`/processes/${process.id}/body`, { kind: 'success', key: 'body.saved' });
  });
}
