import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { conflict, invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { setTags, unknownTermIds } from '../taxonomy/index.ts';
import {
  countryExists,
  findArea,
  findOrganisationName,
  findProcessRow,
  insertArea,
  insertProcess,
  updateProcessRow,
} from './process.repository.ts';
import type { ProcessInput } from './process.schema.ts';
import { AREA_LEVELS, type ProcessesTable } from './process.table.ts';
import { insertStages } from './stage.repository.ts';

/** Checks what only the database can tell: the country, area, lead organisation and tags exist. */
async function checkInput(trx: Kysely<Database>, input: ProcessInput): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (!(await countryExists(trx, input.countryAlpha3))) errors.countryAlpha3 = 'process.error.countryUnknown';
  if (input.areaId !== undefined && input.newArea !== undefined) {
    errors.areaId = 'process.error.areaBoth';
  } else if (input.areaId !== undefined) {
    const area = await findArea(trx, input.areaId);
    if (!area) errors.areaId = 'process.error.areaUnknown';
    else if (area.country_alpha3 !== input.countryAlpha3) errors.areaId = 'process.error.areaOtherCountry';
  } else if (input.newArea !== undefined) {
    const { name, level, parentId } = input.newArea;
    if (!name.trim()) errors.newAreaName = 'process.error.newAreaName';
    if (!(AREA_LEVELS as readonly string[]).includes(level))
      errors.newAreaLevel = 'process.error.newAreaLevel';
    if (parentId !== undefined) {
      const parent = await findArea(trx, parentId);
      if (!parent) errors.newAreaParentId = 'process.error.areaUnknown';
      else if (parent.country_alpha3 !== input.countryAlpha3)
        errors.newAreaParentId = 'process.error.areaOtherCountry';
    }
  }
  if (input.periodStart && input.periodEnd && input.periodEnd <= input.periodStart)
    errors.periodEnd = 'process.error.endBeforeStart';
  if (input.leadOrganisationId !== undefined && !(await findOrganisationName(trx, input.leadOrganisationId)))
    errors.leadOrganisationId = 'process.error.organisationUnknown';
  if ((await unknownTermIds(trx, input.tags)).length > 0) errors.tags = 'taxonomy.error.unknown';
  return errors;
}

/** The area the process sits in: an existing one, a new one (created and audited), or none. */
async function resolveArea(
  trx: Transaction<Database>,
  actorId: string | null,
  input: ProcessInput,
  at: string,
): Promise<string | null> {
  if (input.areaId !== undefined) return input.areaId;
  if (input.newArea === undefined) return null;
  const area = {
    id: newId(),
    country_alpha3: input.countryAlpha3,
    parent_id: input.newArea.parentId ?? null,
    name: input.newArea.name.trim(),
    level: input.newArea.level,
    created_at: at,
  };
  await insertArea(trx, area);
  await recordAudit(trx, {
    actorId,
    action: 'area.create',
    entityType: 'area',
    entityId: area.id,
    after: area,
  });
  return area.id;
}

function columns(input: ProcessInput, areaId: string | null) {
  return {
    title: input.title,
    country_alpha3: input.countryAlpha3,
    area_id: areaId,
    plan_name: input.planName,
    period_start: input.periodStart ?? null,
    period_end: input.periodEnd ?? null,
    lead_organisation_id: input.leadOrganisationId ?? null,
    summary: input.summary ?? null,
    visibility: input.visibility,
  } satisfies Partial<ProcessesTable>;
}

/**
 * Creates a process with its six stages; the creator becomes its owner. `actorId` is null only
 * for the demo loader without an admin (then nobody owns it until an admin adds someone).
 */
export async function createProcess(
  db: Kysely<Database>,
  actorId: string | null,
  input: ProcessInput,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const errors = await checkInput(trx, input);
    if (Object.keys(errors).length > 0) return invalid(errors);
    const at = now();
    const id = newId();
    const areaId = await resolveArea(trx, actorId, input, at);
    const values = columns(input, areaId);
    await insertProcess(trx, { id, ...values, created_by: actorId, created_at: at, updated_at: at });
    if (actorId) {
      await trx
        .insertInto('process_members')
        .values({
          id: newId(),
          process_id: id,
          user_id: actorId,
          organisation_id: null,
          role: 'owner',
          created_at: at,
        })
        .execute();
    }
    await insertStages(trx, id);
    await setTags(trx, 'process', id, input.tags);
    await recordAudit(trx, {
      actorId,
      action: 'process.create',
      entityType: 'process',
      entityId: id,
      after: { ...values, tags: [...new Set(input.tags)] },
    });
    return ok({ id });
  });
}

/** Changes a process's settings if nobody saved since `version`; tags are replaced. */
export async function updateProcess(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: ProcessInput & { version: number },
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const current = await findProcessRow(trx, processId);
    if (!current) return notFound();
    const errors = await checkInput(trx, input);
    if (Object.keys(errors).length > 0) return invalid(errors);
    if (current.version !== input.version) return conflict();
    const at = now();
    const areaId = await resolveArea(trx, actorId, input, at);
    const values = columns(input, areaId);
    if (!(await updateProcessRow(trx, processId, input.version, { ...values, updated_at: at })))
      return conflict();
    const tagChange = await setTags(trx, 'process', processId, input.tags);
    const newTags = [...new Set(input.tags)];
    const oldTags = [...newTags.filter((id) => !tagChange.added.includes(id)), ...tagChange.removed];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      const old = current[key as keyof typeof values];
      if (old !== value) {
        before[key] = old;
        after[key] = value;
      }
    }
    if (tagChange.added.length || tagChange.removed.length) {
      before.tags = oldTags;
      after.tags = newTags;
    }
    await recordAudit(trx, {
      actorId,
      action: 'process.update',
      entityType: 'process',
      entityId: processId,
      before,
      after,
    });
    return ok({ version: input.version + 1 });
  });
}

/** Makes a process public or private (members page), with the same version guard. */
export async function setVisibility(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  visibility: 'public' | 'private',
  version: number,
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const current = await findProcessRow(trx, processId);
    if (!current) return notFound();
    if (!(await updateProcessRow(trx, processId, version, { visibility, updated_at: now() })))
      return conflict();
    await recordAudit(trx, {
      actorId,
      action: 'process.visibility',
      entityType: 'process',
      entityId: processId,
      before: { visibility: current.visibility },
      after: { visibility },
    });
    return ok({ version: version + 1 });
  });
}
