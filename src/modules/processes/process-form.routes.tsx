import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound, unauthorized } from '../../web/errors.ts';
import {
  asBody,
  type FieldErrors,
  fieldErrors,
  formFields,
  keptValues,
  listOf,
  translateProblems,
} from '../../web/form/index.ts';
import { VisibilityPage } from './member.views.tsx';
import { loadProcessFormChoices } from './process.load.ts';
import { canCreateProcess } from './process.policy.ts';
import { LIMITS, processForm, processFormInput, visibilityForm } from './process.schema.ts';
import { createProcess, setVisibility, updateProcess } from './process.service.ts';
import { processFormErrors, processLabels } from './process-form.problems.ts';
import { NewProcessPage, ProcessSettingsPage, processValues } from './process-form.views.tsx';
import { loadWorkspace } from './workspace.ts';

/** A command's failure as sentences beside the process form's fields. */
function commandErrors(request: FastifyRequest, failure: Failure): FieldErrors {
  return translateProblems(problemsOf(failure), request.i18n, { labels: processLabels(request.i18n) });
}

/** The forms that start a process and change its settings and visibility. */
export function processFormRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };

  app.get('/processes/new', signedIn, async (request, reply) => {
    if (!canCreateProcess(request.actor)) throw unauthorized();
    const choices = await loadProcessFormChoices(kysely, request.i18n);
    return reply.page(
      <NewProcessPage choices={choices} values={{ visibility: 'public' }} tags={[]} errors={{}} />,
    );
  });

  app.post('/processes', signedIn, async (request, reply) => {
    if (!canCreateProcess(request.actor)) throw unauthorized();
    const { i18n } = request;
    const fields = formFields(request.body);
    const tags = listOf(asBody(request.body), 'tags');
    const rerender = async (errors: FieldErrors, status: number) =>
      reply.page(
        <NewProcessPage
          choices={await loadProcessFormChoices(kysely, i18n)}
          values={keptValues(fields)}
          tags={tags}
          errors={errors}
        />,
        status,
      );
    const parsed = processForm.safeParse(fields);
    if (!parsed.success) return rerender(processFormErrors(parsed.error, fields, i18n), 422);
    if (tags.length > LIMITS.tags) return rerender({ tags: i18n.t('taxonomy.error.unknown') }, 422);
    const result = await createProcess(kysely, actorId(request.actor), processFormInput(parsed.data, tags));
    if (!result.ok) return rerender(commandErrors(request, result), failureStatus(result));
    return reply.seeOther(`/processes/${result.value.id}`, { kind: 'success', key: 'process.created' });
  });

  app.get('/processes/:id/settings', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    return reply.page(
      <ProcessSettingsPage
        process={process}
        choices={await loadProcessFormChoices(kysely, request.i18n)}
        values={processValues(process)}
        tags={process.tags.map((t) => t.id)}
        errors={{}}
        version={process.version}
      />,
    );
  });

  app.post('/processes/:id/settings', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const { i18n } = request;
    const fields = formFields(request.body);
    const tags = listOf(asBody(request.body), 'tags');
    const version = Number(fields.version);
    const rerender = async (errors: FieldErrors, status: number, currentVersion = version) =>
      reply.page(
        <ProcessSettingsPage
          process={process}
          choices={await loadProcessFormChoices(kysely, i18n)}
          values={keptValues(fields)}
          tags={tags}
          errors={errors}
          version={Number.isInteger(currentVersion) ? currentVersion : process.version}
        />,
        status,
      );
    const parsed = processForm.safeParse(fields);
    if (!parsed.success) return rerender(processFormErrors(parsed.error, fields, i18n), 422);
    if (!Number.isInteger(version))
      return rerender({ _form: i18n.t('error.versionConflict') }, 409, process.version);
    const result = await updateProcess(kysely, actorId(request.actor), process.id, {
      ...processFormInput(parsed.data, tags),
      version,
    });
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      // On a conflict the form keeps the user's text and now carries the current version, so
      // saving again (after reviewing) overwrites knowingly.
      const shown = result.kind === 'conflict' ? process.version : version;
      return rerender(commandErrors(request, result), failureStatus(result), shown);
    }
    return reply.seeOther(`/processes/${process.id}`, { kind: 'success', key: 'process.saved' });
  });

  app.get('/processes/:id/visibility', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    return reply.page(<VisibilityPage process={process} values={{}} errors={{}} version={process.version} />);
  });

  app.post('/processes/:id/visibility', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const fields = formFields(request.body);
    const labels = { visibility: request.i18n.t('process.field.visibility') };
    const rerender = (errors: FieldErrors, status: number) =>
      reply.page(
        <VisibilityPage
          process={process}
          values={keptValues(fields)}
          errors={errors}
          version={process.version}
        />,
        status,
      );
    const parsed = visibilityForm.safeParse(fields);
    if (!parsed.success) return rerender(fieldErrors(parsed.error, request.i18n, labels), 422);
    const result = await setVisibility(
      kysely,
      actorId(request.actor),
      process.id,
      parsed.data.visibility,
      parsed.data.version,
    );
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      return rerender(translateProblems(problemsOf(result), request.i18n, { labels }), failureStatus(result));
    }
    return reply.seeOther(`/processes/${process.id}/members`, {
      kind: 'success',
      key: 'process.visibility.saved',
    });
  });
}
