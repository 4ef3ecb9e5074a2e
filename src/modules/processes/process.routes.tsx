import type { Kysely } from 'kysely';
import { z } from 'zod';
import { normaliseEmail } from '../../auth/user.repository.ts';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound, unauthorized } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { allTerms, tagsOf, termWithChildren } from '../taxonomy/index.ts';
import { findBody, listBodyMembers, listGovernmentMap } from './body.repository.ts';
import { countInvitationsTo } from './invitation.repository.ts';
import { countMembers } from './member.repository.ts';
import { VisibilityPage } from './member.views.tsx';
import { pairedProcessIds } from './pair.repository.ts';
import {
  actorIdOf,
  commandErrors,
  formList,
  inputErrors,
  kept,
  processInputErrors,
} from './process.forms.ts';
import { canCreateProcess } from './process.policy.ts';
import { type Process, presentBody, presentProcess, presentStage } from './process.presenter.ts';
import {
  countriesWithProcesses,
  listAreas,
  listProcessPage,
  organisationChoices,
  type ProcessListRow,
  visibleAmong,
} from './process.repository.ts';
import { processForm, processFormInput, visibilityForm } from './process.schema.ts';
import { createProcess, setVisibility, updateProcess } from './process.service.ts';
import { ProcessListPage, ProcessOverviewPage } from './process.views.tsx';
import {
  NewProcessPage,
  type ProcessFormChoices,
  ProcessSettingsPage,
  processValues,
} from './process-form.views.tsx';
import { listStages } from './stage.repository.ts';
import { loadWorkspace } from './workspace.ts';

const PAGE_SIZE = 20;

const listQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .catch(undefined),
  level: z.enum(['national', 'local']).optional().catch(undefined),
  tag: z.string().max(40).optional().catch(undefined),
  page: pageNumber,
});

/** Labels of the process form's fields, as error messages name them. */
export function processLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    title: t('process.field.title'),
    countryAlpha3: t('process.field.country'),
    areaId: t('process.field.areaExisting'),
    newAreaName: t('process.field.newAreaName'),
    newAreaLevel: t('process.field.newAreaLevel'),
    newAreaParentId: t('process.field.newAreaParent'),
    planName: t('process.field.planName'),
    periodStart: t('process.field.periodStart'),
    periodEnd: t('process.field.periodEnd'),
    leadOrganisationId: t('process.field.lead'),
    visibility: t('process.field.visibility'),
    summary: t('process.field.summary'),
    tags: t('taxonomy.picker.legend'),
    version: t('process.field.title'),
  };
}

/** Presents rows with their tags, in one query for all tags. */
export async function presentRows(
  db: Kysely<Database>,
  rows: ProcessListRow[],
  i18n: Translator,
): Promise<Process[]> {
  const tags = await tagsOf(
    db,
    'process',
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentProcess(row, tags.get(row.id) ?? [], i18n, null));
}

async function formChoices(db: Kysely<Database>, i18n: Translator): Promise<ProcessFormChoices> {
  const [countries, areas, organisations, terms] = await Promise.all([
    db.selectFrom('countries').select(['alpha3', 'alpha2', 'name_en']).execute(),
    listAreas(db),
    organisationChoices(db, { types: ['national-government', 'local-government'] }),
    allTerms(db),
  ]);
  const collator = new Intl.Collator(i18n.locale);
  return {
    countries: countries
      .map((c) => ({ alpha3: c.alpha3, name: i18n.countryName(c.alpha2) ?? c.name_en }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    areas,
    organisations,
    terms,
  };
}

/** The process list, creation, the workspace overview, settings and visibility. */
export function processRoutes(app: App, { db, processSummaries }: AppDeps): void {
  const kysely = db.kysely;

  app.get('/processes', { config: { policy: 'public' } }, async (request, reply) => {
    const query = listQuery.parse(request.query);
    const termIds = query.tag ? await termWithChildren(kysely, query.tag) : undefined;
    const filter = { country: query.country, level: query.level, termIds };
    const [{ rows, total }, countries, terms] = await Promise.all([
      listProcessPage(kysely, request.actor, filter, {
        offset: (query.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
      countriesWithProcesses(kysely, request.actor),
      allTerms(kysely),
    ]);
    const past = pastLastPage(request.url, query.page, total, PAGE_SIZE);
    if (past) return reply.seeOther(past);
    const collator = new Intl.Collator(request.i18n.locale);
    const href = (page: number) => {
      const params = new URLSearchParams();
      if (query.country) params.set('country', query.country);
      if (query.level) params.set('level', query.level);
      if (query.tag) params.set('tag', query.tag);
      params.set('page', String(page));
      return `/processes?${params.toString()}`;
    };
    return reply.page(
      <ProcessListPage
        processes={await presentRows(kysely, rows, request.i18n)}
        filters={{ country: query.country, level: query.level, tag: query.tag }}
        countries={countries
          .map((c) => ({ alpha3: c.alpha3, name: request.i18n.countryName(c.alpha2) ?? c.name_en }))
          .sort((a, b) => collator.compare(a.name, b.name))}
        terms={terms}
        page={query.page}
        pageSize={PAGE_SIZE}
        total={total}
        href={href}
        invitations={
          request.actor.kind === 'user'
            ? await countInvitationsTo(kysely, normaliseEmail(request.actor.user.email))
            : 0
        }
      />,
    );
  });

  app.get('/processes/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    if (!canCreateProcess(request.actor)) throw unauthorized();
    const choices = await formChoices(kysely, request.i18n);
    return reply.page(
      <NewProcessPage choices={choices} values={{ visibility: 'public' }} tags={[]} errors={{}} />,
    );
  });

  app.post('/processes', { config: { policy: 'signed-in' } }, async (request, reply) => {
    if (!canCreateProcess(request.actor)) throw unauthorized();
    const fields = formFields(request.body);
    const tags = formList(request.body, 'tags');
    const parsed = processForm.safeParse(fields);
    const labels = processLabels(request.i18n);
    const rerender = async (errors: Record<string, string>) =>
      reply.page(
        <NewProcessPage
          choices={await formChoices(kysely, request.i18n)}
          values={kept(fields)}
          tags={tags}
          errors={errors}
        />,
        400,
      );
    if (!parsed.success) return rerender(processInputErrors(parsed.error, fields, request.i18n, labels));
    if (tags.length > 100) return rerender({ tags: request.i18n.t('taxonomy.error.unknown') });
    const result = await createProcess(kysely, actorIdOf(request), processFormInput(parsed.data, tags));
    if (!result.ok) return rerender(commandErrors(result.errors, request.i18n, labels));
    return reply.seeOther(`/processes/${result.value.id}`, { kind: 'success', key: 'process.created' });
  });

  app.get('/processes/:id', { config: { policy: 'public' } }, async (request, reply) => {
    const { process, role } = await loadWorkspace(kysely, request, 'view');
    const [stageRows, bodyRow, bodyMembers, government, memberCount, pairIds] = await Promise.all([
      listStages(kysely, process.id),
      findBody(kysely, process.id),
      listBodyMembers(kysely, process.id),
      listGovernmentMap(kysely, process.id),
      countMembers(kysely, process.id),
      pairedProcessIds(kysely, process.id),
    ]);
    const [pairRows, summaries] = await Promise.all([
      visibleAmong(kysely, request.actor, pairIds),
      Promise.all(
        processSummaries.map((provider) =>
          provider(db, { id: process.id, countryAlpha3: process.country.alpha3, role }, request.actor),
        ),
      ),
    ]);
    const panels = summaries
      .flatMap((s) => (s ? [s] : []))
      .sort((a, b) => a.order - b.order)
      .map((s) => s.node);
    return reply.page(
      <ProcessOverviewPage
        process={process}
        stages={stageRows.map((s) => presentStage(s, [], request.i18n))}
        body={presentBody(bodyRow, bodyMembers, government)}
        memberCount={memberCount}
        pairs={await presentRows(kysely, pairRows, request.i18n)}
        panels={panels}
      />,
    );
  });

  app.get('/processes/:id/settings', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    return reply.page(
      <ProcessSettingsPage
        process={process}
        choices={await formChoices(kysely, request.i18n)}
        values={processValues(process)}
        tags={process.tags.map((t) => t.id)}
        errors={{}}
        version={process.version}
      />,
    );
  });

  app.post('/processes/:id/settings', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const fields = formFields(request.body);
    const tags = formList(request.body, 'tags');
    const labels = processLabels(request.i18n);
    const parsed = processForm.safeParse(fields);
    const version = Number(fields.version);
    const rerender = async (errors: Record<string, string>, status: number, currentVersion = version) =>
      reply.page(
        <ProcessSettingsPage
          process={process}
          choices={await formChoices(kysely, request.i18n)}
          values={kept(fields)}
          tags={tags}
          errors={errors}
          version={Number.isInteger(currentVersion) ? currentVersion : process.version}
        />,
        status,
      );
    if (!parsed.success) return rerender(processInputErrors(parsed.error, fields, request.i18n, labels), 400);
    if (!Number.isInteger(version))
      return rerender({ _form: request.i18n.t('error.versionConflict') }, 409, process.version);
    const result = await updateProcess(kysely, actorIdOf(request), process.id, {
      ...processFormInput(parsed.data, tags),
      version,
    });
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      // On a conflict the form keeps the user's text and now carries the current version, so
      // saving again (after reviewing) overwrites knowingly.
      if (result.code === 'conflict')
        return rerender(commandErrors(result.errors, request.i18n, labels), 409, process.version);
      return rerender(commandErrors(result.errors, request.i18n, labels), 400);
    }
    return reply.seeOther(`/processes/${process.id}`, { kind: 'success', key: 'process.saved' });
  });

  app.get('/processes/:id/visibility', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    return reply.page(<VisibilityPage process={process} values={{}} errors={{}} version={process.version} />);
  });

  app.post('/processes/:id/visibility', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const fields = formFields(request.body);
    const parsed = visibilityForm.safeParse(fields);
    const labels = { visibility: request.i18n.t('process.field.visibility') };
    if (!parsed.success)
      return reply.page(
        <VisibilityPage
          process={process}
          values={kept(fields)}
          errors={inputErrors(parsed.error, request.i18n, labels)}
          version={process.version}
        />,
        400,
      );
    const result = await setVisibility(
      kysely,
      actorIdOf(request),
      process.id,
      parsed.data.visibility,
      parsed.data.version,
    );
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      return reply.page(
        <VisibilityPage
          process={process}
          values={kept(fields)}
          errors={commandErrors(result.errors, request.i18n, labels)}
          version={process.version}
        />,
        409,
      );
    }
    return reply.seeOther(`/processes/${process.id}/members`, {
      kind: 'success',
      key: 'process.visibility.saved',
    });
  });
}
