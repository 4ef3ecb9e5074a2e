import type { FastifyRequest } from 'fastify';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import {
  findBody,
  findBodyMember,
  findGovernmentRow,
  listBodyMembers,
  listGovernmentMap,
} from './body.repository.ts';
import {
  addBodyMember,
  addGovernmentRow,
  changeBodyMemberRole,
  editGovernmentRow,
  type GovernmentRowInput,
  removeBodyMember,
  removeGovernmentRow,
  saveBody,
} from './body.service.ts';
import {
  BodyFormPage,
  BodyMemberFormPage,
  BodyPage,
  GovernmentRowFormPage,
  governmentValues,
} from './body.views.tsx';
import { actorIdOf, commandErrors, inputErrors, kept } from './process.forms.ts';
import { can } from './process.policy.ts';
import { type Process, presentBody, presentGovernmentRow } from './process.presenter.ts';
import { organisationChoices } from './process.repository.ts';
import { bodyForm, bodyMemberForm, governmentRowForm, itemParams } from './process.schema.ts';
import { ConfirmPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

function bodyLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    name: t('body.field.name'),
    kind: t('body.field.kind'),
    mandate: t('body.field.mandate'),
    organisationId: t('body.members.organisation'),
    role: t('body.members.role'),
    ministryName: t('body.map.ministryName'),
    national: t('body.level.national'),
    regional: t('body.level.regional'),
    local: t('body.level.local'),
    nationalNote: t('body.map.note'),
    regionalNote: t('body.map.note'),
    localNote: t('body.map.note'),
    version: t('body.field.name'),
  };
}

function itemId(request: FastifyRequest): string {
  const params = itemParams.safeParse(request.params);
  if (!params.success) throw notFound();
  return params.data.itemId;
}

function governmentInput(data: ReturnType<typeof governmentRowForm.parse>): GovernmentRowInput {
  return {
    organisationId: data.organisationId ?? null,
    ministryName: data.ministryName ?? null,
    levels: {
      national: { takesPart: data.national, note: data.nationalNote ?? null },
      regional: { takesPart: data.regional, note: data.regionalNote ?? null },
      local: { takesPart: data.local, note: data.localNote ?? null },
    },
  };
}

/** The coordinating body: its page, its form, its members and its whole-of-government map. */
export function bodyRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };
  const base = (process: Process) => `/processes/${process.id}/body`;
  const choices = (process: Process) =>
    organisationChoices(kysely, { countryAlpha3: process.country.alpha3 });
  const ministryChoices = (process: Process) =>
    organisationChoices(kysely, {
      countryAlpha3: process.country.alpha3,
      types: ['national-government', 'local-government'],
    });

  app.get('/processes/:id/body', { config: { policy: 'public' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'view');
    const [row, members, government] = await Promise.all([
      findBody(kysely, process.id),
      listBodyMembers(kysely, process.id),
      listGovernmentMap(kysely, process.id),
    ]);
    return reply.page(
      <BodyPage
        process={process}
        body={presentBody(row, members, government)}
        canEdit={can(request.actor, 'edit', process, process.role)}
      />,
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
    const show = (errors: Record<string, string>, status: number, version: number) =>
      reply.page(
        <BodyFormPage process={process} values={kept(fields)} errors={errors} version={version} />,
        status,
      );
    const parsed = bodyForm.safeParse(fields);
    if (!parsed.success)
      return show(inputErrors(parsed.error, request.i18n, bodyLabels(request.i18n)), 400, readVersion);
    const result = await saveBody(kysely, actorIdOf(request), process.id, {
      name: parsed.data.name,
      kind: parsed.data.kind,
      mandate: parsed.data.mandate ?? null,
      version: parsed.data.version,
    });
    if (!result.ok) {
      const errors = commandErrors(result.errors, request.i18n, bodyLabels(request.i18n));
      return show(errors, result.code === 'conflict' ? 409 : 400, currentVersion);
    }
    return reply.seeOther(base(process), { kind: 'success', key: 'body.saved' });
  });

  // ---- Members of the body ----

  app.get('/processes/:id/body/members/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    return reply.page(
      <BodyMemberFormPage process={process} values={{}} errors={{}} organisations={await choices(process)} />,
    );
  });

  app.post('/processes/:id/body/members', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const fields = formFields(request.body);
    const show = async (errors: Record<string, string>, status: number) =>
      reply.page(
        <BodyMemberFormPage
          process={process}
          values={kept(fields)}
          errors={errors}
          organisations={await choices(process)}
        />,
        status,
      );
    const parsed = bodyMemberForm.safeParse(fields);
    if (!parsed.success) return show(inputErrors(parsed.error, request.i18n, bodyLabels(request.i18n)), 400);
    const result = await addBodyMember(kysely, actorIdOf(request), process.id, parsed.data);
    if (!result.ok) return show(commandErrors(result.errors, request.i18n, bodyLabels(request.i18n)), 400);
    return reply.seeOther(base(process), { kind: 'success', key: 'body.members.added' });
  });

  async function loadBodyMember(request: FastifyRequest) {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const member = await findBodyMember(kysely, process.id, itemId(request));
    if (!member) throw notFound();
    return { process, member, view: { id: member.id, name: member.organisation_name } };
  }

  app.get('/processes/:id/body/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member, view } = await loadBodyMember(request);
    return reply.page(
      <BodyMemberFormPage
        process={process}
        values={{ role: member.role }}
        errors={{}}
        organisations={[]}
        member={view}
      />,
    );
  });

  app.post('/processes/:id/body/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member, view } = await loadBodyMember(request);
    const fields = formFields(request.body);
    const parsed = bodyMemberForm.pick({ role: true }).safeParse(fields);
    if (!parsed.success) {
      const errors = inputErrors(parsed.error, request.i18n, bodyLabels(request.i18n));
      return reply.page(
        <BodyMemberFormPage
          process={process}
          values={kept(fields)}
          errors={errors}
          organisations={[]}
          member={view}
        />,
        400,
      );
    }
    const result = await changeBodyMemberRole(
      kysely,
      actorIdOf(request),
      process.id,
      member.id,
      parsed.data.role,
    );
    if (!result.ok) throw notFound();
    return reply.seeOther(base(process), { kind: 'success', key: 'body.members.saved' });
  });

  app.get('/processes/:id/body/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadBodyMember(request);
    const { t } = request.i18n;
    return reply.page(
      <ConfirmPage
        process={process}
        title={t('body.members.remove')}
        question={t('body.members.removeQuestion', { name: member.organisation_name })}
        action={`${base(process)}/members/${member.id}/remove`}
        submit={t('body.members.removeSubmit')}
        cancelHref={base(process)}
        active="body"
      />,
    );
  });

  app.post('/processes/:id/body/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadBodyMember(request);
    const result = await removeBodyMember(kysely, actorIdOf(request), process.id, member.id);
    if (!result.ok) throw notFound();
    return reply.seeOther(base(process), { kind: 'success', key: 'body.members.removed' });
  });

  // ---- Whole-of-government map ----

  app.get('/processes/:id/body/government/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    return reply.page(
      <GovernmentRowFormPage
        process={process}
        values={{ national: '1' }}
        errors={{}}
        organisations={await ministryChoices(process)}
      />,
    );
  });

  app.post('/processes/:id/body/government', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const fields = formFields(request.body);
    const show = async (errors: Record<string, string>, status: number) =>
      reply.page(
        <GovernmentRowFormPage
          process={process}
          values={kept(fields)}
          errors={errors}
          organisations={await ministryChoices(process)}
        />,
        status,
      );
    const parsed = governmentRowForm.safeParse(fields);
    if (!parsed.success) return show(inputErrors(parsed.error, request.i18n, bodyLabels(request.i18n)), 400);
    const result = await addGovernmentRow(
      kysely,
      actorIdOf(request),
      process.id,
      governmentInput(parsed.data),
    );
    if (!result.ok) return show(commandErrors(result.errors, request.i18n, bodyLabels(request.i18n)), 400);
    return reply.seeOther(base(process), { kind: 'success', key: 'body.map.added' });
  });

  async function loadGovernmentRow(request: FastifyRequest) {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const row = await findGovernmentRow(kysely, process.id, itemId(request));
    if (!row) throw notFound();
    return { process, row: presentGovernmentRow(row) };
  }

  app.get('/processes/:id/body/government/:itemId/edit', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(request);
    return reply.page(
      <GovernmentRowFormPage
        process={process}
        values={governmentValues(row)}
        errors={{}}
        organisations={await ministryChoices(process)}
        row={{ id: row.id, name: row.name, version: row.version }}
      />,
    );
  });

  app.post('/processes/:id/body/government/:itemId/edit', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(request);
    const fields = formFields(request.body);
    const readVersion = Number.isInteger(Number(fields.version)) ? Number(fields.version) : row.version;
    const show = async (errors: Record<string, string>, status: number, version: number) =>
      reply.page(
        <GovernmentRowFormPage
          process={process}
          values={kept(fields)}
          errors={errors}
          organisations={await ministryChoices(process)}
          row={{ id: row.id, name: row.name, version }}
        />,
        status,
      );
    const parsed = governmentRowForm.safeParse(fields);
    if (!parsed.success)
      return show(inputErrors(parsed.error, request.i18n, bodyLabels(request.i18n)), 400, readVersion);
    const result = await editGovernmentRow(kysely, actorIdOf(request), process.id, row.id, {
      ...governmentInput(parsed.data),
      version: parsed.data.version ?? readVersion,
    });
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      const errors = commandErrors(result.errors, request.i18n, bodyLabels(request.i18n));
      return result.code === 'conflict' ? show(errors, 409, row.version) : show(errors, 400, readVersion);
    }
    return reply.seeOther(base(process), { kind: 'success', key: 'body.map.saved' });
  });

  app.get('/processes/:id/body/government/:itemId/remove', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(request);
    const { t } = request.i18n;
    return reply.page(
      <ConfirmPage
        process={process}
        title={t('body.map.remove')}
        question={t('body.map.removeQuestion', { name: row.name })}
        action={`${base(process)}/government/${row.id}/remove`}
        submit={t('body.map.removeSubmit')}
        cancelHref={base(process)}
        active="body"
      />,
    );
  });

  app.post('/processes/:id/body/government/:itemId/remove', signedIn, async (request, reply) => {
    const { process, row } = await loadGovernmentRow(request);
    const result = await removeGovernmentRow(kysely, actorIdOf(request), process.id, row.id);
    if (!result.ok) throw notFound();
    return reply.seeOther(base(process), { kind: 'success', key: 'body.map.removed' });
  });
}
